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

from tests.extract.corpus import DIPLOMACY, FLOOD, NAVY, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, lede, page

NAVY_TITLE = "Latihan Patroli Gabungan Digelar Lima Hari di Perairan Selatan"
DIPLOMACY_TITLE = "Dua Negara Sepakat Perluas Kerja Sama Perdagangan dan Pendidikan"


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


# -- teasers --------------------------------------------------------------------------------------------------------

def test_a_teasers_summary_before_its_read_more_button_in_a_related_block_is_removed(tmp_path):
    """An AMP page's related block: heading, then cards of headline, age, headline again, summary sentence
    and a 'Baca Selengkapnya' button."""
    other = "Hasil Liga Contoh: Tim Kota Contoh Menang 2-1 atas Tamu"
    summary = "Tim Kota Contoh menutup musim kompetisi dengan kemenangan di kandang sendiri."
    block = ["Berita terkait", other, "5 hari lalu", other, summary, "Baca Selengkapnya"]
    text = page(NAVY_TITLE, paragraphs(NAVY), block)
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), block)


def test_lone_bullet_teasers_between_paragraphs_are_removed(tmp_path):
    """A network portal: other stories' headlines each behind a dot bullet, alone between the paragraphs."""
    t1 = "• BERITA KOTA POPULER Hari Ini, Jalan Protokol Ditutup & Warga Keluhkan Macet Panjang"
    t2 = "• BREAKING NEWS - Ribuan Warga Datangi Balai Kota, Pasang Spanduk Tolak Relokasi Pasar"
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, ps[:1], t1, ps[1:2], t2, ps[2:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), [t1, t2])


def test_a_list_of_dot_bullets_in_the_text_stays(tmp_path):
    """Items of a list in the text stand next to each other: no lone teaser."""
    items = ["• Kecamatan Contoh Utara Mendapat Dua Pompa Air Baru Tahun Ini",
             "• Kecamatan Contoh Selatan Mendapat Tiga Pintu Air dan Satu Tanggul"]
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, ps[:1], items, ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), [])


def test_the_titles_first_words_cut_by_an_ellipsis_under_the_date_line_are_removed(tmp_path):
    """A portal's header: headline, date line, 'loading...', the headline's first words cut by an ellipsis, a
    caption, the font widget, then a dateline alone on its line."""
    cut = "Kota Contoh Bangun Tanggul,..."
    text = page(FLOOD_TITLE, "Selasa, 14 April 2020 - 13:11 WIB", "loading...", cut, "A A A", "JAKARTA -",
                paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta", published=dt.date(2020, 4, 14),
                                basis="date_line"), sentences(FLOOD), [cut, "loading...", "A A A"])


# -- dates ----------------------------------------------------------------------------------------------------------

def test_a_date_line_with_the_months_abbreviation_between_slashes_gives_the_publication_date(tmp_path):
    """A regional portal: headline, an empty byline label, 'Weekday, DD/Mon/YYYY HH:MM WIB', then the text."""
    line = "Minggu, 19/Okt/2014 16:27 WIB"
    text = page(FLOOD_TITLE, line, paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, published=dt.date(2014, 10, 19), basis="date_line"),
          sentences(FLOOD), [line])


# -- notices and credit rows ----------------------------------------------------------------------------------------

def test_a_republication_notice_with_sebelumnya_and_credit_rows_printed_as_cells_are_removed(tmp_path):
    """A network's regional edition closes the text with '(*)', the notice 'Artikel ini sebelumnya sudah tayang di
    NETWORK dengan judul: HEADLINE' and its credit rows printed as table cells ('Editor | : NAME |'). Who the
    rows credit is the credit rules' question; here the lines must leave the text and every sentence stay."""
    from tests.extract.pagekit import run_page

    notice = f"Artikel ini sebelumnya sudah tayang di Kabar Contoh Raya dengan judul: {NAVY_TITLE}"
    rows = ["Pewarta | : Rina Marlina |", "Editor | : Hendra Wijaya |"]
    text = page(NAVY_TITLE, paragraphs(NAVY), "(*)", notice, rows)
    doc = run_page(tmp_path, text)
    for line in [notice, *rows]:
        assert line not in doc.text
    for s in sentences(NAVY):
        assert s in doc.text
    assert doc.meta.get("title") == NAVY_TITLE


# -- body loss ------------------------------------------------------------------------------------------------------

def test_a_numbered_subheading_cut_by_the_pages_end_stays_in_the_text(tmp_path):
    """An SEO-style news page: numbered subheadings over short paragraphs, the copy cut inside the next one
    ('2. Tuntutan Penyelidi'): the cut subheading is the text's last fragment, not a tag line."""
    ps = paragraphs(FLOOD)
    cut = "2. Tuntutan Penyelidi"
    text = page(FLOOD_TITLE, ps, "Dampak Banjir bagi Warga Kota Contoh", "1. Sekolah dan Pasar Ditutup",
                "Sebagian sekolah dan pasar di bantaran sungai ditutup selama tiga hari.", cut)
    body = sentences(FLOOD) + ["1. Sekolah dan Pasar Ditutup",
                               "Sebagian sekolah dan pasar di bantaran sungai ditutup selama tiga hari.", cut]
    check(tmp_path, text, Truth(title=FLOOD_TITLE), body, [])


# -- captions and photo credits -------------------------------------------------------------------------------------

def test_a_labelled_caption_under_a_photographers_credit_is_removed_and_the_deck_above_kept(tmp_path):
    """A network's page 2: headline and deck again, the credit 'Outlet Name/PHOTOGRAPHER' alone on its line, the
    caption 'LABEL IN CAPITALS - what the photo shows, Weekday (d/m/yyyy).', then the text."""
    deck = "Proyek senilai Rp48 miliar itu ditargetkan selesai sebelum musim hujan tiba."
    credit = "Harian Contoh Raya/Budi Santoso"
    caption = ("TANGGUL BARU - Pekerja memasang tiang pancang di tepi Sungai Cibiru, Kota Contoh, Kamis (26/6/2025). "
               "Tanggul itu dibangun untuk mencegah banjir tahunan.")
    text = page(FLOOD_TITLE, deck, credit, caption, paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE), [deck] + sentences(FLOOD), [credit, caption])


def test_photo_credits_via_getty_images_between_paragraphs_are_removed(tmp_path):
    """International news copied from foreign outlets: 'NAME, AGENCY melalui Getty Images' and 'NAME, Getty
    Images' alone on their lines between the paragraphs."""
    c1, c2 = "Budi Santoso, AFP melalui Getty Images", "Rina Marlina, Getty Images"
    ps = paragraphs(DIPLOMACY)
    text = page(DIPLOMACY_TITLE, ps[:1], c1, ps[1:2], c2, ps[2:])
    check(tmp_path, text, Truth(title=DIPLOMACY_TITLE), sentences(DIPLOMACY), [c1, c2])


def test_a_spam_links_anchor_in_capitals_glued_after_a_paragraph_is_cut_off(tmp_path):
    """An SEO blog glues a link to another site after a paragraph's last sentence ('... tersebut. BERITA BOLA')."""
    ps = paragraphs(FLOOD)
    ps[0] += " KABAR BOLA"
    text = page(FLOOD_TITLE, ps)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), ["KABAR BOLA"])


def test_capitals_closing_the_pages_cut_last_line_stay(tmp_path):
    """A copy cut at its length may end on the capitals that open the next sentence: they are text."""
    ps = paragraphs(FLOOD)
    ps[-1] += " DPRD KOTA CONTOH"
    text = page(FLOOD_TITLE, ps)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD) + ["DPRD KOTA CONTOH"], [])


def test_a_title_case_headline_closed_by_a_stray_comma_is_the_title(tmp_path):
    """A regional portal's template leaves a comma after the headline (the page opens on an empty line); a deck
    and the text follow."""
    title = FLOOD_TITLE + ","
    deck = "Proyek senilai Rp48 miliar itu ditargetkan selesai sebelum musim hujan tiba."
    text = page("", title, deck, paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=title), [deck] + sentences(FLOOD), [])


# -- pagers and tag lines -------------------------------------------------------------------------------------------

def test_the_next_pages_subheading_cut_by_an_ellipsis_between_paragraphs_is_removed(tmp_path):
    """A regional portal breaks its article into pages and prints the next page's subheading cut by an
    ellipsis where the page breaks ('Butuh 80 Dapur Umum...')."""
    pager = "Pompa Air Tambahan..."
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, ps[:2], pager, ps[2:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), [pager])


def test_keywords_separated_by_commas_closing_the_page_are_a_tag_line(tmp_path):
    tags = "Kota Contoh, Sungai Cibiru, Banjir, Tanggul, Dinas Pekerjaan Umum"
    text = page(FLOOD_TITLE, paragraphs(FLOOD), tags)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), [tags])


def test_a_sentence_cut_after_commas_at_the_pages_end_stays(tmp_path):
    """A copy cut inside a sentence that names a person between commas ('Pakar X, NAME, m'): text, not tags."""
    cut = "Pengamat tata kota, Hana Wulandari, m"
    text = page(FLOOD_TITLE, paragraphs(FLOOD), cut)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD) + [cut], [])


def test_an_illustrations_alt_text_under_the_headline_is_no_byline(tmp_path):
    """A generated explainer page: the headline, the illustration's alt text ('Ikon' + what it shows), a
    subheading, then the text."""
    alt = "Ikon Tanggul Sungai"
    text = page(FLOOD_TITLE, alt, "Mengapa Tanggul Ini Penting", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), [alt])


def test_a_summary_card_cut_by_an_ellipsis_between_the_title_and_its_repeat_is_removed(tmp_path):
    """An aggregator's copy: the headline, a card (the photo's caption and credit glued to the dateline and the
    first words of the text, cut by an ellipsis), the headline again, then the article from its dateline."""
    card = ("Pekerja memasang tiang pancang di tepi Sungai Cibiru, Rabu (22/1/2025). Sumber: Dinas PU Kota ContohJAKARTA -- "
            "Pemerintah Kota Contoh mulai membangun tanggul baru sepanjang 3,5 kilometer,...")
    text = page(FLOOD_TITLE, card, FLOOD_TITLE, lede("JAKARTA -- ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta"), sentences(FLOOD), [card])


def test_an_agency_after_a_dash_closing_the_last_sentence_is_a_sign_off(tmp_path):
    """A Malaysian daily's copy of an agency story closes the text with ' - AGENCY', then its app prompt."""
    ps = paragraphs(NAVY)
    ps[-1] += " - AFP"
    text = page(NAVY_TITLE, ps, "Muat turun aplikasi Harian Contoh. Klik di sini!")
    check(tmp_path, text, Truth(title=NAVY_TITLE, attributions=("AFP",)), sentences(NAVY),
          ["- AFP", "Muat turun aplikasi Harian Contoh. Klik di sini!"])


def test_an_agencys_name_and_acronym_alone_between_paragraphs_is_removed(tmp_path):
    """An agency's banner copied as its name and acronym alone on a line inside its own story."""
    banner = "Kabar Contoh News Agency (KCNA)"
    ps = paragraphs(DIPLOMACY)
    text = page(DIPLOMACY_TITLE, ps[:2], banner, ps[2:])
    check(tmp_path, text, Truth(title=DIPLOMACY_TITLE), sentences(DIPLOMACY), [banner])


def test_a_headline_welcoming_to_a_place_stays_the_title(tmp_path):
    title = "Selamat Datang di Tanggul Baru Kota Contoh"
    text = page(title, paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=title), sentences(FLOOD), [])


def test_a_sentence_broken_off_by_an_ellipsis_between_paragraphs_stays(tmp_path):
    line = "Lalu datanglah air itu..."
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, ps[:2], line, ps[2:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD) + [line], [])


def test_a_sentence_about_joining_a_whatsapp_group_stays(tmp_path):
    line = "Warga diminta bergabung dengan grup WhatsApp siaga banjir yang dibentuk kelurahan."
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, ps[:2], line, ps[2:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD) + [line], [])


# -- a caption retelling the lede -----------------------------------------------------------------------------------

EXPLAINER_LEDE = ("Wali Kota Contoh meresmikan tanggul baru di tepi Sungai Cibiru bersama Gubernur Contoh Raya, "
                  "Kamis (22/01), setelah proyek itu rampung lebih cepat dari jadwal.")
EXPLAINER_MORE = ["Tanggul sepanjang 3,5 kilometer itu dibangun untuk melindungi sekitar 4.000 rumah di bantaran sungai.",
                  "Pemerintah kota menyebut biaya pembangunannya mencapai Rp48 miliar yang seluruhnya berasal dari anggaran daerah.",
                  "Warga berharap banjir tahunan yang selalu datang setiap Januari tidak terulang lagi tahun ini."]


def _explainer(line: str) -> str:
    return page("Kota Contoh bangun tanggul baru – ‘Kami tidak ingin warga kembali mengungsi’", EXPLAINER_LEDE,
                EXPLAINER_MORE[0], "Mengapa tanggul ini dibangun?", line, EXPLAINER_MORE[1], EXPLAINER_MORE[2])


def test_a_caption_retelling_the_lede_under_a_question_heading_is_removed(tmp_path):
    """An explainer: a question heading, the photo's caption (the lede's scene, closed by 'Weekday (d/m).'), then
    the paragraph answering the question."""
    caption = "Wali Kota Contoh dan Gubernur Contoh Raya meresmikan tanggul baru di tepi Sungai Cibiru, Kamis (22/01)."
    title = "Kota Contoh bangun tanggul baru – ‘Kami tidak ingin warga kembali mengungsi’"
    check(tmp_path, _explainer(caption), Truth(title=title), [EXPLAINER_LEDE] + EXPLAINER_MORE, [caption])


def test_a_one_sentence_paragraph_reporting_speech_under_a_heading_stays(tmp_path):
    line = "Tanggul itu dibangun agar warga tidak lagi mengungsi, kata Wali Kota Contoh di tepi Sungai Cibiru, Kamis (22/01)."
    title = "Kota Contoh bangun tanggul baru – ‘Kami tidak ingin warga kembali mengungsi’"
    check(tmp_path, _explainer(line), Truth(title=title), [EXPLAINER_LEDE, line] + EXPLAINER_MORE, [])


def test_a_one_sentence_paragraph_with_words_of_its_own_under_a_heading_stays(tmp_path):
    line = "Dinas pekerjaan umum mulai mengeruk endapan lumpur di hulu sungai sejak awal pekan, Senin (19/01)."
    title = "Kota Contoh bangun tanggul baru – ‘Kami tidak ingin warga kembali mengungsi’"
    check(tmp_path, _explainer(line), Truth(title=title), [EXPLAINER_LEDE, line] + EXPLAINER_MORE, [])
