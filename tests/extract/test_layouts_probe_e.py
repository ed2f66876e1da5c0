"""Layouts met on a third probe of 40 unseen pages (2026-12, set E) that the development pages do not show.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py), every story
sentence must survive whole and every planted chrome line must be gone. Families: footer placeholders of
machine-translated portals, related-article cards between and after the paragraphs, dateline shapes,
outlet-only datelines and sign-offs, citation phrasings, credit blocks.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import DIPLOMACY, FLOOD, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import DIPLO_TITLE, FLOOD_TITLE, lede, page

D = dt.date


# -- footer chrome ------------------------------------------------------------------------------------------------

def test_an_unrendered_ad_placeholder_a_source_link_button_and_a_comment_counter_close_the_page(tmp_path):
    """A translated portal: the text, then '[iklan_N]', the source-link button, blank lines, 'Komentar (N)'."""
    footer = ["[iklan_3]", "Tautan sumber", "", "", "", "Komentar (12)"]
    text = page(DIPLO_TITLE, lede("JAKARTA - ", DIPLOMACY), footer)
    check(tmp_path, text, Truth(title=DIPLO_TITLE, place="Jakarta"), sentences(DIPLOMACY),
          ["[iklan_3]", "Tautan sumber", "Komentar (12)"])


# -- dateline shapes ------------------------------------------------------------------------------------------------

def test_a_dateline_spaced_out_around_its_comma_and_the_domains_dot(tmp_path):
    """An aggregator's copy: 'CITY , OutletCity . id - ' (a space before the comma and around the dot)."""
    text = page(FLOOD_TITLE, lede("SEMARANG , kabarSemarang . id - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Semarang", outlet="kabarSemarang.id"), sentences(FLOOD), [])


def test_a_dash_glued_to_the_city_and_to_the_ledes_first_word(tmp_path):
    """'OUTLET NAME, CITY-Word ...': the dash has no space on either side."""
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "KABAR KOTA ONLINE, SEMARANG-" + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Semarang", outlet="KABAR KOTA ONLINE"), sentences(FLOOD), [])


def test_a_compound_glued_by_a_dash_at_the_ledes_start_is_no_dateline(tmp_path):
    """'KPK-Polri ...' opens a sentence: the word before the dash is no place."""
    first = "BPBD-Basarnas menggelar latihan evakuasi bersama di tepi sungai pada pekan lalu."
    text = page(FLOOD_TITLE, first, paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE), [first] + sentences(FLOOD), [])


def test_a_city_and_a_dash_alone_on_the_first_line_is_the_dateline_not_the_title(tmp_path):
    """A page copied from its dateline on: 'City -' alone on line 1, the lede on the next line, no headline."""
    text = page("Semarang -", paragraphs(FLOOD))
    check(tmp_path, text, Truth(place="Semarang"), sentences(FLOOD), [])


def test_a_registered_outlet_alone_before_the_dash_is_the_outlet_not_a_place(tmp_path):
    """'Eramuslim – ' opens the lede with the outlet's name and no city; the date after it is the event's."""
    first = "Rabu 12 Maret 2025, para menteri sepakat memperpanjang kerja sama patroli di perairan perbatasan."
    ps = paragraphs(FLOOD)
    text = page("Eramuslim \u2013 " + first, ps)
    check(tmp_path, text, Truth(outlet="Eramuslim"), [first] + sentences(FLOOD), [])


# -- sign-offs naming the outlet or the source first -----------------------------------------------------------------

def test_a_signoff_line_naming_the_outlet_then_a_staff_members_one_word_name(tmp_path):
    """A network's page 2: the text, then '(Outlet/Name)' on its own line: outlet and author."""
    text = page(paragraphs(FLOOD), "(Tribunnews/Rendra)")
    check(tmp_path, text, Truth(outlet="Tribunnews", authors=("Rendra",)), sentences(FLOOD), ["(Tribunnews/Rendra)"])


def test_a_signoff_glued_to_the_last_paragraph_naming_the_source_then_an_editors_code(tmp_path):
    """'... last sentence. (Source/Abc)': the source is cited (an attribution), the code names nobody."""
    ps = paragraphs(DIPLOMACY)
    text = page(DIPLO_TITLE, ps[:-1], ps[-1] + " (Bbcarabic/Ram)")
    check(tmp_path, text, Truth(title=DIPLO_TITLE, attributions=("BBC Arabic",)), sentences(DIPLOMACY),
          ["(Bbcarabic/Ram)"])


# -- citation phrasings ----------------------------------------------------------------------------------------------

CITED = [
    ("Para menteri juga membahas jalur bantuan kemanusiaan, demikian dilansir dari New Arab.", "The New Arab"),
    ("\"Kapal kami hadir untuk berjaga,\" kata kepala badan itu saat diwawancarai This Week in Asia.",
     "This Week in Asia"),
]


def test_an_outlet_cited_without_its_article_and_one_interviewing_the_speaker(tmp_path):
    ps = paragraphs(DIPLOMACY)
    text = page(DIPLO_TITLE, ps, [s for s, _ in CITED])
    check(tmp_path, text, Truth(title=DIPLO_TITLE, attributions=tuple(a for _, a in CITED)),
          sentences(DIPLOMACY) + [s for s, _ in CITED], [])


def test_a_quote_given_to_an_outlet_glued_to_the_cue_word(tmp_path):
    """'... kata warga kepadaOutlet Kota, Minggu (25/10).' on a page that names its own outlet."""
    quote = "\"Air naik sampai lutut,\" kata seorang warga kepadaTribun Jabar, Minggu (25/10)."
    text = page(FLOOD_TITLE, lede("KABARCONTOH.COM - ", FLOOD), quote)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="KABARCONTOH.COM", attributions=("Tribun Jabar",)),
          sentences(FLOOD) + [quote], [])


def test_a_closing_source_line_with_a_longer_label(tmp_path):
    """A copy site closes with 'Sumber Referensi Berita: OUTLET' (the label misspelt on the page seen)."""
    closing = "Sumber Refrensi Berita: CNNINDONESIA"
    text = page(paragraphs(DIPLOMACY), closing)
    check(tmp_path, text, Truth(attributions=("CNN Indonesia",)), sentences(DIPLOMACY), [closing])


# -- related-article cards between the paragraphs and closing the page -------------------------------------------

CARD_TEASERS = ["Harga Cabai Rawit Tembus Rp80 Ribu per Kilogram di Pasar Induk Kota Contoh",
                "Dinas Pertanian Siapkan Bibit Unggul untuk Musim Tanam Berikutnya"]
CLOSING_CARD = ["Petugas memeriksa pintu air di Kota Contoh",
                "Tanggul Sungai Cibiru Mulai Diuji Menjelang Musim Hujan",
                "Pemerintah Kota Contoh menguji tanggul baru sebelum musim hujan. Uji coba berlangsung dua hari.",
                "img_title", "KABARCONTOH.COM", "7 Mei 2024"]


def test_card_headlines_among_the_paragraphs_and_a_closing_card_with_its_own_date(tmp_path):
    """A portal's card template: headline lines between the paragraphs, and below the text a card (caption,
    headline, summary, the 'img_title' placeholder, outlet, date); the card's date is not the article's."""
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "", "Kabarcontoh.com \u2013 " + ps[0], "", CARD_TEASERS[0], "", ps[1], "",
                CARD_TEASERS[1], "", ps[2], "", CLOSING_CARD)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Kabarcontoh.com"), sentences(FLOOD),
          CARD_TEASERS + CLOSING_CARD)


def test_without_a_card_placeholder_a_title_case_line_among_the_paragraphs_is_a_subheading(tmp_path):
    sub = "Warga Menunggu Kepastian Ganti Rugi Lahan di Bantaran"
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "", "KABARCONTOH.COM \u2013 " + ps[0], "", ps[1], "", sub, "", ps[2])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="KABARCONTOH.COM"), sentences(FLOOD) + [sub], [])


# -- credit blocks and captions of the header ----------------------------------------------------------------------

def test_a_rubric_over_the_headline_over_a_date_line_and_labelled_credits(tmp_path):
    """A sports portal: 'Rubric' (two words), the headline, the date line, 'Penulis: A | Editor: B', a photo
    credit, the caption with its credit glued, the caption again without it, then the lede."""
    caption = "Warga memantau tanggul baru di tepi Sungai Cibiru pada sore hari."
    chrome = ["Liga Kota", "Kamis, 25 Oktober 2018 19:58 WIB", "Penulis: Ratna Kusumawati | Editor: Budi Hartono",
              "\u00a9 Ratna Kusumawati/KABARCONTOH", caption + " Copyright: \u00a9 Ratna Kusumawati/KABARCONTOH", caption]
    text = page(chrome[0], "", FLOOD_TITLE, "", chrome[1:], "", lede("KABARCONTOH.COM - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="KABARCONTOH.COM", published=D(2018, 10, 25),
                                basis="date_line", authors=("Ratna Kusumawati",), editors=("Budi Hartono",)),
          sentences(FLOOD), chrome)


def test_a_name_then_an_editor_label_on_the_next_line_credits_an_editor(tmp_path):
    """'Outlet - dd/mm/yyyy, hh:mm WIB', then 'NAME' and 'Editor' on lines of their own: the label follows
    the name it labels."""
    date_line = "Kabarcontoh.com - 02/08/2019, 20:47 WIB"
    text = page(FLOOD_TITLE, date_line, "", "Ratna Kusumawati", "", "Editor", "", lede("KABARCONTOH.COM - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="KABARCONTOH.COM", published=D(2019, 8, 2),
                                basis="date_line", editors=("Ratna Kusumawati",)),
          sentences(FLOOD), [date_line, "Ratna Kusumawati", "Editor"])


def test_a_photo_credit_gluing_an_outlets_name_beside_the_date_line_is_no_author(tmp_path):
    """'Day, D Month YYYY | HH:MM', then 'OutletWiki' (the photo's credit, a brand of a registered outlet)."""
    date_line = "Minggu, 25 Oktober 2020 | 11:21"
    text = page(FLOOD_TITLE, date_line, "TribunnewsWiki", "Ilustrasi tanggul di Kota Contoh", "",
                lede("Kabarcontoh.net - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Kabarcontoh.net", published=D(2020, 10, 25),
                                basis="date_line"), sentences(FLOOD), [date_line, "TribunnewsWiki"])


def test_a_caption_doubled_on_one_line_around_the_photographers_name(tmp_path):
    caption = "Warga memantau tanggul baru di tepi Sungai Cibiru, Kota Contoh, Jumat (2/8/2019)"
    doubled = caption + "RATNA KUSUMAWATI " + caption
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "", "KABARCONTOH.COM - " + ps[0], "", doubled, "", ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="KABARCONTOH.COM"), sentences(FLOOD), [doubled])


def test_a_title_case_subheading_over_the_pages_cut_off_end_is_no_name(tmp_path):
    """The page is cut two words into the paragraph under a subheading: the subheading is content."""
    sub, cut = "Tidak Berpotensi Banjir Susulan", "BPBD mengungka"
    text = page(FLOOD_TITLE, lede("SEMARANG - ", FLOOD), sub, cut)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Semarang"), sentences(FLOOD) + [sub, cut], [])


def test_a_caption_without_a_credit_closing_on_the_photos_date_between_two_paragraphs(tmp_path):
    """A translated portal prints the photo's caption as a line of its own: no credit, no full stop, the
    photo's date last. A Title Case subheading between the paragraphs stays, even one ending on a date."""
    caption = "Wali Kota Contoh meninjau tanggul baru di tepi Sungai Cibiru pada 11 Oktober"
    sub = "Warga Menunggu Ganti Rugi Lahan Sejak 9 September"  # a Title Case subheading may end on a date
    ps = paragraphs(FLOOD)
    text = page(ps[0], caption, ps[1], sub, ps[2])
    check(tmp_path, text, Truth(), sentences(FLOOD) + [sub], [caption])
