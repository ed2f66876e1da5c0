"""Header layouts met on the held-out probe sets S and T (2026-12), after they were measured: what is not the title.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: a photo's caption opening a page that prints no headline, labelled "Ket Foto:" or closed
by a bar and its source ("| Sumber : NAME"); a breadcrumb glued to the headline that the next line prints alone
(or markup left before it); the heading of a tag or label listing; a theme's newsletter box above the headline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import FLOOD, RICE, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def flood_with(said: str, *footer: str) -> str:
    """The flood story under TITLE and a Jakarta dateline, `said` printed as its second paragraph."""
    ps = lede("JAKARTA – ", FLOOD)
    return page(TITLE, ps[0], said, ps[1:], list(footer))


@pytest.mark.parametrize("caption", [
    pytest.param("Ket Foto: Petugas memeriksa tanggul yang jebol di tepi Sungai Cibiru, Kecamatan Contoh, Kota Contoh.",
                 id="Ket Foto: caption"),
    pytest.param("KET. FOTO : Warga menumpuk karung pasir di tepi Sungai Cibiru", id="KET. FOTO : caption"),
    pytest.param("Tanggul Sungai Cibiru Usai Diterjang Banjir | Sumber : Tim Redaksi Kabar Contoh – Rudi Hartono",
                 id="caption | Sumber : NAME"),
])
def test_a_caption_opening_a_page_without_headline_is_not_the_title(tmp_path, caption):
    text = page(caption, lede("BOGOR, Kabarcontoh.id – ", FLOOD))
    check(tmp_path, text, Truth(place="Bogor", outlet="Kabarcontoh.id"), sentences(FLOOD), [caption])


@pytest.mark.parametrize("path", ["Home Ekonomi", "Beranda Kota Contoh", "Home Pertanian dan Pangan"])
def test_a_breadcrumb_glued_to_the_headline_printed_below_it(tmp_path, path):
    glued = f"{path} {TITLE}"
    text = page(glued, TITLE, lede("SURABAYA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Surabaya"), sentences(RICE), [glued])


def test_markup_left_before_the_headline_printed_again_below(tmp_path):
    glued = f"/> {TITLE}"
    text = page(glued, TITLE, lede("SURABAYA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Surabaya"), sentences(RICE), [glued])


def test_a_headline_ending_with_the_next_lines_words_stays_the_title(tmp_path):
    # the next line is a deck ending the way the headline does, longer than a path: the headline is the title
    deck = "Pasar Kota Contoh"
    text = page(TITLE, deck, lede("SURABAYA – ", RICE))
    doc = check(tmp_path, text, Truth(title=TITLE, place="Surabaya"), sentences(RICE), [])
    assert doc.meta["title"] == TITLE


@pytest.mark.parametrize("heading", [
    'Tag Results for "banjir" (48 articles)',
    "Tampilkan postingan dengan label Kota Contoh. Tampilkan semua postingan",
    "Showing posts with label Banjir. Show all posts",
])
def test_a_listings_heading_is_not_the_title(tmp_path, heading):
    text = page(heading, TITLE, lede("JAKARTA – ", FLOOD))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(FLOOD), [heading])


def test_a_newsletter_box_above_the_headline(tmp_path):
    box = ["Keep Up to Date with the Most Important News",
           "By pressing the Subscribe button, you confirm that you have read and are agreeing to our Privacy Policy "
           "and Terms of Use"]
    text = page(box, TITLE, lede("MAKASSAR – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Makassar"), sentences(RICE), box)


# -- datelines ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("dateline, place, outlet", [
    pytest.param("Kota Contoh, Radio Kabar 98,3 FM – ", "Kota Contoh", "Radio Kabar 98,3 FM",
                 id="Place, a station's name with its frequency"),
    pytest.param("AB Indonesia Pekanbaru – ", "Pekanbaru", "AB Indonesia", id="an outlet's name, then the town"),
    pytest.param("Kabar Kota Medan – ", "Medan", "Kabar Kota", id="an outlet word's name, then the town"),
])
def test_an_outlets_name_and_a_place_without_a_comma_between(tmp_path, dateline, place, outlet):
    text = page(TITLE, lede(dateline, RICE))
    check(tmp_path, text, Truth(title=TITLE, place=place, outlet=outlet), sentences(RICE), [])


@pytest.mark.parametrize("dateline, place, outlet", [
    pytest.param("Kabar Indonesia – ", None, "Kabar Indonesia", id="a name closed by the country is the name"),
    pytest.param("Warta Riau – ", None, "Warta Riau", id="a name closed by a province is the name"),
    pytest.param("Tanjung Balai – ", "Tanjungbalai", None, id="a place of two words stays whole"),
])
def test_names_closed_by_a_country_or_province_stay_whole(tmp_path, dateline, place, outlet):
    text = page(TITLE, lede(dateline, RICE))
    check(tmp_path, text, Truth(title=TITLE, place=place, outlet=outlet), sentences(RICE), [])


# -- the page naming itself ---------------------------------------------------------------------------------------

def test_the_site_quoting_a_source_names_itself(tmp_path):
    # "sebagaimana dikutip SITE dari ...": the site does the quoting; its dateline names no outlet
    said = ("Rina menyebut tanggul itu akan selesai sebelum musim hujan, sebagaimana dikutip Kabarsinarpagi.com dari "
            "unggahan di akun Instagram pribadinya, Selasa (3/12).")
    text = flood_with(said)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="Kabarsinarpagi.com"), sentences(FLOOD) + [said], [])


def test_a_site_quoted_by_name_from_the_start_of_the_cue_is_a_source(tmp_path):
    # "dikutip dari SITE": the site is quoted, not quoting
    said = "Rina menyebut tanggul itu akan selesai sebelum musim hujan, dikutip dari Kabarsinarpagi.com, Selasa (3/12)."
    text = flood_with(said)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("Kabarsinarpagi.com",)),
          sentences(FLOOD) + [said], [])


def test_a_copyright_line_naming_a_tagline_and_the_site(tmp_path):
    footer = ["Copyright © 2012. Selalu Terdepan - Sinar Kota News - All Rights Reserved"]
    text = page(TITLE, lede("KOTA KINABALU - ", RICE), footer)
    check(tmp_path, text, Truth(title=TITLE, place="Kota Kinabalu", outlet="Sinar Kota News"), sentences(RICE), footer)


def test_a_sites_host_after_a_dash_signs_the_text_off(tmp_path):
    # "... pagi tadi. -situs.my" closing the last paragraph (the page prints one more, repeated, below it)
    ps = lede("KUALA LUMPUR, 4 Apr – ", RICE)
    ps[-1] += " -kabarsinar.my"
    text = page(TITLE, ps)
    check(tmp_path, text, Truth(title=TITLE, place="Kuala Lumpur", outlet="kabarsinar.my"), sentences(RICE),
          ["-kabarsinar.my"])


def test_a_hyphenated_word_closing_a_paragraph_is_no_sign_off(tmp_path):
    said = "Pedagang berharap harga segera turun, kata Rina, warga Kota Contoh yang berbelanja di pasar pagi-pagi."
    ps = lede("KUALA LUMPUR – ", RICE)
    text = page(TITLE, ps, said)
    check(tmp_path, text, Truth(title=TITLE, place="Kuala Lumpur"), sentences(RICE) + [said], [])


# -- credits and dates --------------------------------------------------------------------------------------------

def test_a_malay_byline_and_date_line_under_the_headline(tmp_path):
    # a Malaysian portal: the writer's name, then "Mac 19, 2017 11:39 MYT" (the Malay month, the English order)
    text = page(TITLE, "Siti Rahmah Abdullah", "Mac 19, 2017 11:39 MYT", lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, published=dt.date(2017, 3, 19), basis="date_line",
                                authors=("Siti Rahmah Abdullah",)), sentences(RICE), [])


@pytest.mark.parametrize("printed, day", [
    ("Isnin, 19 Ogos 2024", dt.date(2024, 8, 19)),
    ("Khamis, 5 Disember 2024 10:00 MYT", dt.date(2024, 12, 5)),
    ("Jumaat, 12 Julai 2024", dt.date(2024, 7, 12)),
])
def test_malay_date_lines(tmp_path, printed, day):
    text = page(TITLE, printed, lede("KUALA LUMPUR – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Kuala Lumpur", published=day, basis="date_line"),
          sentences(RICE), [])


def test_the_alt_text_of_a_writers_picture_credits_nobody(tmp_path):
    text = page(TITLE, "Photo Author", "- Jumat, 13 Juni 2025 | 09:37 WIB", lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", published=dt.date(2025, 6, 13), basis="date_line"),
          sentences(RICE), ["Photo Author"])


def test_initials_joined_by_a_double_dash_sign_the_text_off(tmp_path):
    text = page(TITLE, lede("JAKARTA – ", RICE), "(Ab--Cde)")
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), ["(Ab--Cde)"])


@pytest.mark.parametrize("note, outlet, day", [
    ("Harian Contoh edisi Rabu 26 November 2008 halaman 8", "Harian Contoh", dt.date(2008, 11, 26)),
    ("Dimuat di Koran Kota Contoh edisi cetak, Senin 3 Mei 2021", "Koran Kota Contoh", dt.date(2021, 5, 3)),
])
def test_a_print_edition_note_closing_a_copy(tmp_path, note, outlet, day):
    # a blog archiving a daily's print articles: no dateline outlet; the note names the paper and the edition's day
    text = page(TITLE, lede("KUPANG – ", RICE), note)
    check(tmp_path, text, Truth(title=TITLE, place="Kupang", outlet=outlet, published=day, basis="print_edition"),
          sentences(RICE), [note])


def test_a_sentence_naming_an_edition_stays(tmp_path):
    said = "Majalah sekolah itu menerbitkan edisi khusus tentang banjir pada Senin 3 Mei 2021, kata Rina."
    text = page(TITLE, lede("KUPANG – ", RICE), said)
    check(tmp_path, text, Truth(title=TITLE, place="Kupang"), sentences(RICE) + [said], [])


# -- attributions -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("said, cited", [
    pytest.param("CNN pertama kali melaporkan rencana itu sebelum kementerian memberi tanggapan resmi kepada wartawan.",
                 ("CNN",), id="NAME pertama kali melaporkan"),
    pytest.param("Reuters juga memberitakan bahwa gudang pangan di pelabuhan itu sudah kosong sejak pekan lalu.",
                 ("Reuters",), id="NAME juga memberitakan"),
    pytest.param("Sebelumnya pada Kamis (12/6), CBS News, merujuk pada sumber pemerintah, menyatakan bahwa rapat "
                 "itu ditunda.", ("CBS News",), id="NAME, a clause, VERB"),
    pytest.param("Sumber memberitahu The Star bahawa pasukan keselamatan telah dikerahkan ke kawasan itu sejak pagi.",
                 ("The Star",), id="Malay: memberitahu NAME"),
    pytest.param("Pihak berkuasa belum memberi sebarang kenyataan mengenai kejadian itu setakat ini, lapor mStar.",
                 ("mStar",), id="Malay: lapor NAME"),
])
def test_reporting_verbs_and_cues_around_a_registered_name(tmp_path, said, cited):
    text = flood_with(said)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=cited), sentences(FLOOD) + [said], [])


def test_a_registered_name_closed_by_a_colon_alone_on_a_line_is_a_source_label(tmp_path):
    text = flood_with("Al Jazeera :")
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("Al Jazeera",)), sentences(FLOOD),
          ["Al Jazeera :"])


def test_a_name_with_a_clause_and_no_reporting_verb_is_no_citation(tmp_path):
    said = "Gedung Reuters, yang berdiri di dekat pelabuhan, ikut terendam air setinggi lutut orang dewasa."
    text = flood_with(said)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(FLOOD) + [said], [])


def test_a_paragraph_opened_by_the_word_sumber_is_text(tmp_path):
    said = "Sumber di kepolisian menyebut tanggul itu jebol karena pintu air tidak dibuka tepat waktu pada malam itu."
    text = flood_with(said)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(FLOOD) + [said], [])


def test_a_sentence_about_copyright_is_text(tmp_path):
    said = "Hak cipta atas lagu itu kini dipegang ahli waris penciptanya, kata kuasa hukum keluarga kepada wartawan."
    notices = ["Hak Cipta Dilindungi Undang-Undang", "Copyright © 2024 Kabar Contoh. All rights reserved."]
    text = flood_with(said, *notices)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="Kabar Contoh"), sentences(FLOOD) + [said],
          notices)


def test_a_name_after_an_outlet_and_a_comma_is_the_speaker(tmp_path):
    # "... Reuters, Full Name Kota, menjelaskan": the person named in the clause speaks, the outlet is not cited
    said = "Di depan gedung Reuters, Budi Santoso Jakarta, menjelaskan bahwa air mulai surut sejak Selasa pagi."
    check(tmp_path, flood_with(said), Truth(title=TITLE, place="Jakarta"), sentences(FLOOD) + [said], [])
