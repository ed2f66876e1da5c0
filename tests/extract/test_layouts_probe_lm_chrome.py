"""Page chrome, captions and titles met on two held-out probes of 80 pages from 80 new hosts (2026-12, sets L and
M), generalised on a harvest of 301 unlabelled pages from 291 other hosts.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py), every story
sentence must survive whole and every planted chrome line must be gone. Families: cookie notices, share rows,
newsletter boxes; photo credits in archive, Malay and collage forms; header captions without a credit (printed
twice, labelled, under their credit, a portrait's name and office); plus-bullet teasers; unrendered shortcodes,
ad-slot names, app banners; a title's lower-case site suffix, a long headline over its date.
"""

from __future__ import annotations

from tests.extract.corpus import COUNCIL, DIPLOMACY, FLOOD, NAVY, QUAKE, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, page

NAVY_TITLE = "Latihan Patroli Gabungan Digelar Lima Hari di Perairan Selatan"
RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Keluhkan Pembeli Sepi"
QUAKE_TITLE = "Gempa Magnitudo 5,6 Guncang Pesisir Selatan, Tak Berpotensi Tsunami"
COUNCIL_TITLE = "DPRD Sahkan Perda Perlindungan Pedagang Kecil"
DIPLOMACY_TITLE = "Dua Menlu Sepakat Buka Penerbangan Langsung dan Tambah Beasiswa"


# -- widgets: cookies, share rows, newsletter boxes ------------------------------------------------------------

def test_a_cookie_notice_cut_by_the_pages_end_is_chrome(tmp_path):
    """A regency's news page: the text, then the consent notice of its cookies, cut mid-word by the page's end
    (the notice must not pass for the last paragraph, which would make the real one a caption)."""
    chrome = ["We use cookies to make this site work better. If you keep browsing, you acc"]
    text = page(COUNCIL_TITLE, "", paragraphs(COUNCIL), "", chrome)
    check(tmp_path, text, Truth(title=COUNCIL_TITLE), sentences(COUNCIL), chrome)


def test_a_share_row_of_platform_buttons_and_a_newsletter_prompt_are_chrome(tmp_path):
    """A city portal: each share button printed with its verb on one line, and a newsletter sign-up prompt; a
    national portal's newsletter box between the paragraphs, its offer and its button on two lines."""
    chrome = ["Share Facebook Share Telegram Share Whatsapp Share Link",
              "Daftarkan alamat email Anda dan terima kabar pilihan langsung di mailbox Anda",
              "Dapatkan berita pilihan dan analisis mendalam di email kamu.", "Daftarkan email"]
    ps = paragraphs(RICE)
    text = page(RICE_TITLE, chrome[0], chrome[1], "", ps[0], chrome[2], chrome[3], ps[1:])
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), chrome)


# -- photo credits ---------------------------------------------------------------------------------------------

def test_archive_malay_collage_and_slashed_photo_credits_close_captions(tmp_path):
    """Captions closed by an agency's archive credit ('(AGENCY Photo/NAME, File)'), a Malay one ('(Gambar
    NAME)'), a collage credit ('(kolase OUTLET)'), a photo credit after a slash ('.../ Foto : NAME') and an
    agency chain after the sentence ('AGENCY/AGENCY/NAME'), between the paragraphs."""
    chrome = ["Kapal latih berlabuh di dermaga utama (AP Photo/Budi Santoso, File)",
              "Para perwira meninjau geladak kapal sebelum latihan dimulai. (Gambar Fulan Hakim)",
              "Skuat tim patroli gabungan (kolase harian contoh)",
              "Suasana upacara pembukaan latihan di dermaga, Senin (6/5/2024)/ Foto : Fulan",
              "Sebuah kapal intai melintas di perairan selatan pada 3 Mei 2024. ANTARA/Reuters/Fulan Hakim"]
    ps = paragraphs(NAVY)
    text = page(NAVY_TITLE, "", ps[0], chrome[0], chrome[1], ps[1], chrome[2], chrome[3], chrome[4], ps[2:])
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), chrome)


def test_an_outlet_and_a_name_on_a_line_are_a_photo_credit_not_the_sign_off_above_text(tmp_path):
    """A network's regional site: 'Outlet/NAME' alone under the photo is its credit, the caption above it goes
    too; the same form in parentheses closing the text is the writer's sign-off, and the paragraph above stays."""
    chrome = ["Petugas memeriksa pintu air yang baru dipasang di tepi sungai", "Kompas/Fulan Hakim"]
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "", ps[0], chrome[0], chrome[1], ps[1:], "(Kompas/Fulan Hakim)")
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Kompas", authors=("Fulan Hakim",)), sentences(FLOOD), chrome)


# -- header captions without a credit --------------------------------------------------------------------------

def test_a_header_caption_printed_twice_is_chrome_both_times(tmp_path):
    """Under the headline, the photo's alt text and its caption, the same words (the second closed by ' .'), then
    the dateline's lede."""
    chrome = ["Kepala dinas meninjau lokasi tanggul bersama warga bantaran sungai",
              "Kepala dinas meninjau lokasi tanggul bersama warga bantaran sungai ."]
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "", chrome, "", "SURABAYA - " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Surabaya"), sentences(FLOOD), chrome)


def test_an_abbreviated_caption_label_and_a_credited_caption_printed_twice_are_chrome(tmp_path):
    """A ministry's regional page opens its caption with the abbreviated label 'Ket:'; a portal prints the credited
    caption twice, the second copy closed by a stray slash."""
    chrome = ["Ket: Kepala kantor wilayah saat memberikan sambutan di depan peserta rapat koordinasi",
              "Pekerja memasang tiang pancang tanggul di tepi sungai. / Fulan Hakim",
              "Pekerja memasang tiang pancang tanggul di tepi sungai. / Fulan Hakim /"]
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, chrome[0], "SURABAYA - " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Surabaya"), sentences(FLOOD), chrome[:1])
    text = page(FLOOD_TITLE, chrome[1], chrome[2], "SURABAYA - " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Surabaya"), sentences(FLOOD), chrome[1:])


def test_a_labelled_header_caption_and_a_caption_under_its_credit_are_chrome(tmp_path):
    """A newspaper network's regional page: a caption opened by a label in capitals ('TINJAU: ...') under the
    headline; another page prints the photo's credit, then its caption without an end mark, then the lede."""
    chrome = ["TINJAU: Kepala dinas bersama camat meninjau tanggul yang sedang dibangun di tepi sungai, Senin (4/3).",
              "ANTARA FOTO/Fulan Hakim", "Pekerja memasang tiang pancang tanggul di tepi sungai"]
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, chrome[0], "SURABAYA - " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Surabaya"), sentences(FLOOD), chrome[:1])
    text = page(FLOOD_TITLE, chrome[1], chrome[2], "SURABAYA - " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Surabaya"), sentences(FLOOD), chrome[1:])


def test_a_portraits_name_and_office_above_the_lede_is_a_caption_a_deck_stays(tmp_path):
    """A page without a headline opens on a portrait's caption (a name, a comma, the office in Title Case, a full
    stop), then the dateline's lede; a deck under a headline (a sentence) is the text's."""
    chrome = ["Rina Marlina, Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Contoh."]
    ps = paragraphs(FLOOD)
    text = page(chrome[0], "SURABAYA - " + ps[0], ps[1:])
    check(tmp_path, text, Truth(place="Surabaya"), sentences(FLOOD), chrome)
    deck = "Warga bantaran sungai menunggu kepastian ganti rugi lahan yang terkena proyek tanggul."
    text = page(FLOOD_TITLE, deck, "SURABAYA - " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Surabaya"), sentences(FLOOD) + [deck], [])


# -- teasers, markup and other chrome --------------------------------------------------------------------------

def test_lone_plus_bullet_teasers_between_paragraphs_are_chrome(tmp_path):
    """A translated portal's copies: another story's headline after a plus sign, alone between two paragraphs,
    in Title Case or in sentence case without an end mark."""
    chrome = ["+ Video: Kapal Latih Baru Angkatan Laut Resmi Bertugas di Perairan Timur",
              "+ Kapal pengangkut kedua milik angkatan laut memulai uji coba di laut lepas"]
    ps = paragraphs(NAVY)
    text = page(NAVY_TITLE, "", ps[0], chrome[0], ps[1], chrome[1], ps[2:])
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), chrome)
    # a list of one item under a sentence announcing it with a colon is the text's
    intro = ("Sebelum kapal-kapal meninggalkan dermaga pada pagi hari, komandan latihan mengumpulkan seluruh perwira "
             "dan awak kapal di geladak utama untuk menyampaikan satu pesan penting yang harus dipatuhi oleh semua pihak "
             "selama latihan sebagai berikut:")
    item = "• Setiap kapal wajib melapor posisi kepada pusat kendali setiap dua jam sekali"
    text = page(NAVY_TITLE, "", ps[0], intro, item, ps[1:])
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY) + [intro, item.lstrip("• ")], [])


def test_shortcodes_file_names_related_headings_ad_slots_banners_and_tags_are_chrome(tmp_path):
    """Leftovers of page templates: an app banner over the headline, an unrendered shortcode, a zoom button glued
    to a caption, an ad server's slot name and a 'more on this' heading between the paragraphs, a hashtag of two
    words under the text."""
    chrome = ["Nikmati berita interaktif dan laporan langsung 24 jam hanya di aplikasi kami", "[keyword]banjir[/keyword]", "zoom-in Pekerja memasang tiang pancang tanggul",
              "2233445 Adx_Contoh_InPage_Mobile", "Lebih lanjut tentang ini…", "#Pemkot Contoh"]
    ps = paragraphs(FLOOD)
    text = page(chrome[0], FLOOD_TITLE, chrome[1], "", ps[0], chrome[2], chrome[3], ps[1], chrome[4], ps[2:], "",
                chrome[5])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), chrome)


# -- titles ----------------------------------------------------------------------------------------------------

def test_a_site_suffix_in_lower_case_is_cut_from_the_title(tmp_path):
    """'Headline! - outlet': the site's host without its web suffix, in lower case, after the headline."""
    title = "Gempa Guncang Pesisir Selatan, Warga Berhamburan Keluar Rumah!"
    text = page(title + " - kompas", "", paragraphs(QUAKE))
    check(tmp_path, text, Truth(title=title), sentences(QUAKE), [])


def test_a_long_sentence_case_headline_over_its_date_line_is_the_title(tmp_path):
    """An English page: an ad label, a headline of fifteen words in sentence case, a short line holding the date,
    then the dateline's lede."""
    import datetime as dt

    title = "Two foreign ministers agree to open direct flights and add scholarships for students of both countries"
    ps = paragraphs(DIPLOMACY)
    text = page("ADVERTISEMENT", title, "Published 16 October 2025", "SURABAYA - " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=title, place="Surabaya", published=dt.date(2025, 10, 16), basis="date_line"),
          sentences(DIPLOMACY), ["ADVERTISEMENT", "Published 16 October 2025"])


def test_a_site_suffix_of_several_words_naming_an_outlet_is_cut_from_the_title(tmp_path):
    """'Headline – Radar City': a regional paper's two-word name after the headline (its last word alone, a city,
    names no outlet), as an aggregator copies the paper's page title. With nothing else naming an outlet, the page
    title's site is the text's outlet (stop 34: outlet_resolve.title_suffix_outlet; the copy is the paper's text)."""
    title = "Petugas Pemadam Nyaris Tertimpa Atap Saat Memadamkan Api di Garasi Warga"
    text = page(title + " – Radar Banyuwangi", "", paragraphs(QUAKE))
    check(tmp_path, text, Truth(title=title, outlet="Radar Banyuwangi"), sentences(QUAKE), [])
