"""Page chrome, titles and body loss met on two held-out probes of 80 unseen pages (2026-12, sets H and I).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py), every story
sentence must survive whole and every planted chrome line must be gone. Families: desk codes signing off a
paragraph, a headline printed after the text, a first sentence closed inside quotation marks, a domain masthead
over the headline, a name over the date line under the deck, a video's credit block, comment forms and follow
calls, multi-part photo credits, a teaser printed twice in a box, a site suffix in the headline.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import DIPLOMACY, FLOOD, NAVY, QUAKE, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, lede, page

RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Keluhkan Pembeli Sepi"


# -- body loss ------------------------------------------------------------------------------------------------------

def test_a_desk_code_with_a_digit_closing_the_last_paragraph_leaves_the_sentence_in_the_text(tmp_path):
    """A national daily: the last paragraph closed by '(Abc/X-2)', then two teasers of other stories."""
    ps = paragraphs(FLOOD)
    ps[-1] += " (Rdk/Z-3)"
    teasers = ["NELAYAN di pesisir selatan kembali melaut setelah cuaca buruk mereda selama sepekan terakhir.",
               "PETANI garam menyambut musim kemarau yang datang lebih awal tahun in"]
    text = page(FLOOD_TITLE, "", ps, teasers)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), ["(Rdk/Z-3)"])


def test_a_headline_printed_after_the_text_under_a_capitalised_sign_off_is_the_title(tmp_path):
    """A portal's old page: dateline and text first, '(Abc/Def)' closing the last paragraph, then the
    headline, a one-sentence summary copied from the text, and an ad slot."""
    title = "Tanggul Baru Sepanjang 3,5 Kilometer Cegah Banjir Sungai Cibiru"
    ps = lede("Kabarcontoh.id, Kota Contoh - ", FLOOD)
    ps[-1] += " (Tom/Ars)"
    summary = "Proyek senilai Rp48 miliar itu ditargetkan rampung sebelum musim hujan tahun depan."
    text = page(ps, title, summary, "Advertisement")
    check(tmp_path, text, Truth(title=title, place="Kota Contoh", outlet="Kabarcontoh.id"), sentences(FLOOD),
          ["(Tom/Ars)", "Advertisement"])


def test_a_headline_and_date_line_printed_after_the_text_are_the_title_and_date(tmp_path):
    """An agency's regional page: the text, then its headline in sentence case and its date line."""
    title = "Harga beras medium naik menjadi Rp13.200 per kilogram di pasar tradisional"
    ps = lede("Kota Contoh (ANTARA) - ", RICE)
    text = page(ps, title, "Rabu, 2 Agustus 2023 19:16 WIB")
    check(tmp_path, text, Truth(title=title, place="Kota Contoh", outlet="ANTARA", published=dt.date(2023, 8, 2),
                                basis="date_line"), sentences(RICE), ["Rabu, 2 Agustus 2023 19:16 WIB"])


def test_a_subheading_over_the_last_paragraph_is_no_title_after_the_text(tmp_path):
    """A subheading taken from the text's words stands over the last paragraph, which brings words of its own."""
    sub = "Pompa Berkapasitas Besar untuk Kota Contoh"
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "", ps[:2], sub, ps[2:])
    doc = check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), [])
    assert sub in doc.text


def test_a_first_sentence_closed_inside_quotation_marks_is_the_text_not_a_headline(tmp_path):
    """A copy without a headline: a caption credited 'Foto/X', then the lede ending '.”'."""
    caption = "Dua menteri berjabat tangan di Kota Contoh. Foto/X"
    first = "Pekan lalu, kedua menteri menandatangani nota yang “menjamin kerja sama kedua negara.”"
    ps = paragraphs(DIPLOMACY)
    text = page("", caption, first, ps)
    check(tmp_path, text, Truth(), [first] + sentences(DIPLOMACY), [caption])


# -- the header ------------------------------------------------------------------------------------------------------

def test_a_domain_masthead_over_the_headline_is_no_dateline(tmp_path):
    """A spam copy: the copying site's domain on the first line, the headline, the caption twice (alt text and
    the credited copy), then the original's outlet dateline."""
    caption = "Warga melihat tanggul yang sedang dibangun di tepi sungai."
    ps = lede("KABARCONTOH.ID - ", FLOOD)
    text = page("salinan-contoh.org", FLOOD_TITLE, caption, caption + " /Kabar/HO-Dinas PU", ps)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="KABARCONTOH.ID"), sentences(FLOOD),
          ["salinan-contoh.org", caption])


def test_the_writers_name_over_a_date_line_under_the_deck_is_the_byline(tmp_path):
    """A magazine: headline, a deck (a sentence), the writer's name, the date line, then the text."""
    deck = "Latihan gabungan kedua angkatan laut kembali digelar. Kali ini berfokus pada pencarian di laut lepas."
    title = "Menguji Patroli Gabungan di Perairan Selatan"
    text = page(title, deck, "Dewi Kartikasari", "Kamis, 30 Maret 2023", paragraphs(NAVY))
    check(tmp_path, text, Truth(title=title, authors=("Dewi Kartikasari",), published=dt.date(2023, 3, 30),
                                basis="date_line"), sentences(NAVY), ["Dewi Kartikasari", "Kamis, 30 Maret 2023"])


def test_a_teaser_printed_twice_in_a_box_opening_the_page_is_chrome(tmp_path):
    """A national daily: 'Headline' over an editorial teaser of two sentences printed twice, then the text."""
    teaser = "PERSATUAN tidak datang dengan sendirinya. Ia dirawat oleh kebiasaan kecil setiap hari."
    ps = paragraphs(QUAKE)
    text = page("Headline", teaser, teaser, ps)
    check(tmp_path, text, Truth(), sentences(QUAKE), ["Headline", teaser])


def test_a_site_suffix_after_the_headline_is_not_the_titles(tmp_path):
    """The page title with the section and the outlet's name after a dash ('HEADLINE - News Outlet')."""
    text = page(RICE_TITLE + " - News Kompas", "", paragraphs(RICE))
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), [])


# -- captions --------------------------------------------------------------------------------------------------------

def test_photo_credits_of_several_parts_close_captions_between_paragraphs(tmp_path):
    """Captions credited 'Foto/Outlet/NAME', '(AGENCY/Partner/NAME/xy.)', 'Foto: Agency |' and '--X Outlet News'."""
    captions = ["Petugas memeriksa pintu air di tepi sungai. Foto/KabarTV/Budi Santoso",
                "Warga mengangkut karung pasir ke tanggul (5/9/2025). (ANTARA/Xinhua/Rudi Hartono/ab.)",
                "Kepala dinas, Rina Marlina. Foto: Reuters |",
                "Banjir merendam permukiman di tepi sungai pada awal tahun--X Kabar Contoh News"]
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "", ps[0], captions[0], ps[1], captions[1], captions[2], captions[3], ps[2])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), captions)


# -- the footer and widgets ------------------------------------------------------------------------------------------

def test_a_videos_credit_block_and_its_outlet_sign_off_under_the_text_are_chrome(tmp_path):
    """A video portal: the text, '(Outlet-Video.com)', then 'Program:', 'Host:', 'Editor:', 'Uploader:' rows."""
    block = ["(Contoh-Video.com)", "Program: Contoh Video Update", "Host: Sari Wulandari", "Editor: Bima Prakoso",
             "Uploader: dimas arya"]
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), block)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, editors=("Bima Prakoso",)), sentences(FLOOD),
          ["Contoh-Video.com", "Program:", "Host:", "Uploader:"])


def test_comment_forms_follow_calls_and_a_quoted_read_also_are_chrome(tmp_path):
    """A news theme's comment form prompts, a forum's comment placeholder, a portal's comment disclaimer, a 'don't
    miss out' follow call, a read-also teaser in quotation marks, a pagination label and a page-timing line."""
    read_also = "“Baca Juga: Lima Cara Menghemat Belanja Dapur”"
    footer = ["Jangan ketinggalan berita penting! Follow kami sekarang di Google News.",
              "Tinggalkan Komentar", "Silakan masukkan komentar anda!", "Silakan masukkan nama Anda di sini",
              "Komentar yang asik ya", "Isi komentar sepenuhnya adalah tanggung jawab pengguna.", "Halaman:",
              "page/ rendering in 0.4120 seconds"]
    ps = paragraphs(RICE)
    text = page(RICE_TITLE, "", ps[:1], read_also, ps[1:], footer)
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), [read_also] + footer)


def test_a_photo_gallerys_captions_are_its_text_and_only_their_credits_are_chrome(tmp_path):
    """A copied photo gallery: rubric, 'Agency, Outlet' byline, date line, then captions each closed by a wire
    credit ('AGENCY/NAME', 'Partner Agency/Handout via AGENCY'): the captions are the story."""
    caps = ["Warga mengisi karung pasir di tepi Sungai Cibiru, Kota Contoh, 3 Maret 2025.",
            "Petugas dinas memeriksa pintu air yang baru dipasang di tanggul sebelah utara.",
            "Alat berat meratakan tanah di lokasi proyek tanggul sepanjang 3,5 kilometer.",
            "Kepala dinas meninjau pompa berkapasitas besar di rumah pompa yang baru dibangun."]
    credits = [" REUTERS/Budi Santoso", " REUTERS/Budi Santoso", " Kantor Berita Contoh/Handout via REUTERS",
               " Kantor Berita Contoh/Handout via REUTERS"]
    lines = ["FOTO Nasional", "Reuters, CNBC Indonesia", "3 Maret 2025 06:30", ""]
    for c, cr in zip(caps, credits):
        lines += [c + cr, ""]
    check(tmp_path, page(lines), Truth(outlet="CNBC Indonesia", published=dt.date(2025, 3, 3), basis="date_line",
                                       attributions=("Reuters",)), caps,
          ["REUTERS/Budi Santoso", "Handout via REUTERS", "Reuters, CNBC Indonesia"])


def test_a_related_posts_headline_and_its_excerpt_cut_with_an_ellipsis_under_the_text_are_chrome(tmp_path):
    """A news theme: under the text, another post's headline and the start of its text cut with '…', then the
    comment form's heading."""
    card = ["Nelayan Pesisir Selatan Kembali Melaut Setelah Cuaca Membaik",
            "Sementara itu, ratusan nelayan di pesisir selatan kembali melaut setelah sepekan tertahan di darat,…"]
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), card, "TINGGALKAN KOMENTAR")
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), card + ["TINGGALKAN KOMENTAR"])
