"""Page chrome and titles met on the re-read held-out probes J and K (2026-12, 57 real pages).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py), every story
sentence must survive whole and every planted chrome line must be gone. Families: follow widgets cut by the
page's end, app-download prompts, WhatsApp-channel invitations, an ad slot's resume label, a link prompt closed
by 'KLIK DISINI', a logo's alt text and a welcome banner over the headline, a long headline in sentence case,
a Hijri date bar, a teaser's summary inside a related block, lone bullet teasers, a truncated copy of the title.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import FLOOD, NAVY, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, page

NAVY_TITLE = "Latihan Patroli Gabungan Digelar Lima Hari di Perairan Selatan"


# -- widgets and prompts ------------------------------------------------------------------------------------------

def test_a_follow_widget_cut_by_the_pages_end_is_removed(tmp_path):
    """A small portal: the text, then its follow widget cut mid-word by the copy's length."""
    text = page(FLOOD_TITLE, paragraphs(FLOOD), "Ikuti dan baca berita Kabar Contoh lai")
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), ["Ikuti dan baca berita Kabar Contoh lai"])


def test_an_app_download_prompt_in_malay_is_removed(tmp_path):
    """A Malaysian daily closes every article with its app prompt (a short sentence, then 'click here!')."""
    prompt = "Muat turun aplikasi Harian Contoh. Klik di sini!"
    text = page(FLOOD_TITLE, paragraphs(FLOOD), prompt)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), [prompt])


def test_a_whatsapp_channel_invitation_between_paragraphs_is_removed(tmp_path):
    invite = "Bergabunglah dengan saluran WhatsApp Kabar Contoh untuk mendapatkan berita pilihan setiap hari."
    ps = paragraphs(RICE)
    text = page(FLOOD_TITLE, ps[:1], invite, ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(RICE), [invite])


def test_an_ad_slots_resume_label_inside_the_text_is_removed(tmp_path):
    ps = paragraphs(NAVY)
    text = page(NAVY_TITLE, ps[:1], "ADVERTISEMENT", "SCROLL TO RESUME CONTENT", ps[1:])
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), ["ADVERTISEMENT", "SCROLL TO RESUME CONTENT"])


def test_a_link_prompt_closed_by_click_here_is_removed_and_the_list_under_it_kept(tmp_path):
    """A price list: a sentence announcing the full list and closed by ': KLIK DISINI', then the list."""
    prompt = "Daftar lengkap harga beras di semua pasar kota ini diperbarui setiap pagi : KLIK DISINI"
    ps = paragraphs(RICE)
    items = ["Pasar Baru Contoh", "Beras medium: Rp13.200 per kilogram", "Beras premium: Rp15.100 per kilogram"]
    text = page(FLOOD_TITLE, ps[:2], prompt, items, ps[2:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(RICE) + items, [prompt])


# -- the header -----------------------------------------------------------------------------------------------------

def test_a_logos_alt_text_over_a_long_sentence_case_headline(tmp_path):
    """An explainer's AMP copy: the logo's alt text ('Site icon' + the site's motto), then a long headline in
    sentence case with a quoted clause, then the text."""
    title = "Kota Contoh bangun tanggul baru – ‘Kami tidak ingin warga kembali mengungsi setiap musim hujan’"
    logo = "Site icon Portal Berita Rujukan Warga Kota Contoh"
    text = page(logo, title, paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=title), sentences(FLOOD), [logo])


def test_a_welcome_banner_and_region_menu_over_the_headline(tmp_path):
    """A network's regional page: a region menu item, a sponsor's welcome banner and a rubric over the headline."""
    banner = "Selamat Datang di Pusat Informasi Partai Contoh"
    text = page("Nusa Tenggara Barat", banner, "Berita Viral", NAVY_TITLE, paragraphs(NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), [banner, "Nusa Tenggara Barat", "Berita Viral"])


def test_a_hijri_date_bar_over_the_headline_is_no_title_and_no_date(tmp_path):
    """A national daily's template: today's Hijri and Gregorian dates (twice), the headline, the date line."""
    bar = "Tuesday, 6 Syawwal 1442 / 18 May 2021"
    text = page(bar, bar, FLOOD_TITLE, "Selasa 18 Feb 2020 00:43 WIB", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, published=dt.date(2020, 2, 18), basis="date_line"),
          sentences(FLOOD), [bar, "Selasa 18 Feb 2020 00:43 WIB"])
