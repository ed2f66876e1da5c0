"""Layouts met on the held-out probe sets W and X (2026-12), after they were measured, in a fix round.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: datelines closed by a comma and a dash ("KOTA,- "), by a full stop after the host ("KOTA,
SITUS.COM. "), or by nothing after a place in capitals ("SITUS–KOTA Warga ..."); a headline with its date line
glued after it, with a dangling separator, a comment's close or a section's name after it; a date line right above
the headline (and the theme's bar, which is not one); a source note glued to the last paragraph or printed in lower
case; a bracketed writer's sign-off and a columnist's closing blurb; a caption naming the person the next
paragraph opens with; a list of teasers and their times under "MORE ABOUT"; stray chrome (a close sign, a pager
run into its link, a shortlink, a share row of icon names, a picture's file name, quote marks alone, a
distributor's disclaimer).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import DIPLOMACY, RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("prefix, place, outlet", [
    ("MEDAN,- ", "Medan", None),
    ("Jakarta,- ", "Jakarta", None),
    ("SURABAYA, KABARCONTOH7.COM. ", "Surabaya", "KABARCONTOH7.COM"),
    ("KABARCONTOH–MEDAN ", "Medan", "KABARCONTOH"),
])
def test_datelines_closed_by_a_comma_dash_a_full_stop_or_nothing(tmp_path, prefix, place, outlet):
    text = page(TITLE, lede(prefix, RICE))
    check(tmp_path, text, Truth(title=TITLE, place=place, outlet=outlet), sentences(RICE), [])


def test_a_date_line_glued_after_the_headline(tmp_path):
    stamp = "Selasa, 14/10/2025 | 15:20"
    text = page(f"{TITLE} {stamp}", lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", published=dt.date(2025, 10, 14), basis="date_stamp"),
          sentences(RICE), [stamp])


def test_a_line_ending_in_a_date_and_time_below_the_top_is_not_cut(tmp_path):
    last = "Rapat lanjutan dijadwalkan pada Selasa, 14/10/2025 | 15:20"
    doc = run_page(tmp_path, page(TITLE, lede("JAKARTA – ", RICE), lede("", DIPLOMACY)[:3], last))
    assert doc.meta.get("published_date") is None and last in doc.text


@pytest.mark.parametrize("printed", [f"{TITLE} |", f"{TITLE} -->", f"{TITLE} – Asia & Pasifik"])
def test_what_a_copied_page_title_keeps_after_the_headline(tmp_path, printed):
    text = page(printed, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [])


def test_a_dash_joining_two_parts_of_a_headline_stays(tmp_path):
    headline = "Perundingan Dagang Kota Contoh – Kota Lain Berlanjut Pekan Depan"
    text = page(headline, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=headline, place="Jakarta"), sentences(RICE), [])


def test_a_date_line_right_above_the_headline(tmp_path):
    text = page("Selasa, 14 Oktober 2025", "", TITLE, "", lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", published=dt.date(2025, 10, 14), basis="date_line"),
          sentences(RICE), ["Selasa, 14 Oktober 2025"])


@pytest.mark.parametrize("between", [
    ["Menu"],  # the theme's bar above its menu
    ["Harga Pangan"],  # a rubric over the headline
])
def test_a_themes_date_bar_is_not_the_articles_date(tmp_path, between):
    text = page("Selasa, 14 Oktober 2025", "", between, TITLE, lede("JAKARTA – ", RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta.get("published_date") is None


def test_a_themes_bar_above_the_headline_and_the_articles_own_date_line_below(tmp_path):
    text = page("• Senin, 22 Desember 2025", "", TITLE, "", "- Jumat, 13 Juni 2025 | 09:37 WIB",
                lede("JAKARTA – ", RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta.get("published_date") == dt.date(2025, 6, 13)


@pytest.mark.parametrize("note, name", [("Sumber: Republika", "Republika"), ("Sumber: rmol", "RMOL")])
def test_a_source_note_glued_to_the_last_paragraph_or_in_lower_case(tmp_path, note, name):
    ps = lede("JAKARTA – ", RICE)
    glued = page(TITLE, ps[:-1], ps[-1] + " " + note)
    check(tmp_path, glued, Truth(title=TITLE, place="Jakarta", attributions=(name,)), sentences(RICE), [note])


def test_a_bracketed_writers_name_closing_the_text(tmp_path):
    ps = lede("", DIPLOMACY)
    text = page(ps[:-1], ps[-1] + " [Rahmat S]")
    check(tmp_path, text, Truth(authors=("Rahmat S",)), sentences(DIPLOMACY), ["[Rahmat S]"])


def test_a_columnists_blurb_closing_the_column(tmp_path):
    blurb = "Dr. Sekar Wulandari adalah dosen hubungan internasional di Universitas Contoh, Kota Contoh."
    text = page(lede("", DIPLOMACY), blurb)
    check(tmp_path, text, Truth(authors=("Sekar Wulandari",)), sentences(DIPLOMACY), [blurb])


def test_a_last_paragraph_saying_who_a_quoted_person_is_stays(tmp_path):
    said = "Pak Darmawan Hadi, kata warga, selalu hadir di setiap rapat kampung."
    last = "Darmawan Hadi adalah pengurus koperasi nelayan di pesisir utara kota itu sejak tahun 2010."
    text = page(lede("", DIPLOMACY), said, last)
    check(tmp_path, text, Truth(), sentences(DIPLOMACY) + [said, last], [])


def test_a_caption_naming_the_person_the_next_paragraph_opens_with(tmp_path):
    caption = "Ketua Komisi Pangan DPRD Kota Contoh, Ratna Sari"
    said = (f"{caption}, menegaskan bahwa stok beras di gudang daerah masih cukup untuk tiga bulan ke depan "
            "meski harga naik.")
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps[0], caption, said, ps[1:]))
    lines = doc.text.splitlines()
    assert caption not in lines and said in lines  # (the caption's words are the paragraph's first: compare lines)
    assert all(s in doc.text for s in sentences(RICE))


def test_a_subheading_the_next_paragraph_opens_with_stays(tmp_path):
    sub = "Kota Contoh"
    said = f"{sub} adalah kota pelabuhan di pesisir utara yang menjadi pintu masuk beras dari luar pulau."
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps[0], sub, said, ps[1:]))
    assert sub in doc.text.splitlines()


def test_teasers_and_their_times_under_more_about(tmp_path):
    teasers = ["MORE ABOUT", "Port city opens new grain terminal after two years", "11:22, 22.08.2025",
               "Rice prices fall in three provinces as harvest starts", "19:37, 21.08.2025"]
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[:-1], teasers, ps[-1])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), teasers)


@pytest.mark.parametrize("chrome", [
    "×",
    "1 2Laman berikutnya",
    "Shortlink for this post: https://kabarcontoh.com/?p=12345",
    "facebook icon twitter icon whatsapp icon telegram icon line icon copy",
    "GULIR UNTUK MELANJUTKAN KONTEN",
    "IMG 20240301 175933",
    "“`",
    "[]",
    "Artikel ini disediakan oleh penyedia konten pihak ketiga. Kabarcontoh tidak memberikan jaminan apa pun.",
])
def test_stray_chrome_between_and_after_the_paragraphs(tmp_path, chrome):
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[:2], chrome, ps[2:], chrome)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [chrome])


def test_a_foreign_outlet_that_says_something_is_cited(tmp_path):
    said = "Radio militer Israel mengatakan sebagian tahanan akan dipindahkan ke kota lain pekan depan."
    ps = lede("JAKARTA – ", DIPLOMACY)
    text = page(TITLE, ps[0], said, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("Army Radio",)),
          sentences(DIPLOMACY) + [said], [])


def test_a_person_who_says_something_is_no_citation(tmp_path):
    said = "Budi Santoso mengatakan sebagian pedagang akan pindah ke pasar baru pekan depan."
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[0], said, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE) + [said], [])


@pytest.mark.parametrize("prefix", ["Medan — kabarcontoh.net : ", "Medan — kabarcontoh.net: "])
def test_a_place_then_a_host_closed_by_a_colon(tmp_path, prefix):
    text = page(TITLE, lede(prefix, RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Medan", outlet="kabarcontoh.net"), sentences(RICE), [])


def test_a_site_icons_alt_text_names_the_outlet(tmp_path):
    logo = "Ikon situs web Kabarcontoh.Digital"
    text = page(logo, TITLE, lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="Kabarcontoh.Digital"), sentences(RICE), [logo])


def test_a_caption_closed_by_a_dash_and_a_picture_label(tmp_path):
    caption = "Pedagang beras menata karung di los pasar pada pagi hari – Gambar: Kabarcontoh.Digital"
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[0], caption, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [caption])


def test_a_cut_last_paragraph_under_read_also_lines_holding_their_teasers_stays(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    cut = "Pedagang di pasar induk menyatakan pasokan dari luar daerah mulai berkurang sejak awal pek"
    text = page(TITLE, ps, "BACA JUGA:Harga Cabai Turun", "BACA JUGA:Lima Pasar Tradisional Kota Contoh Buka Malam", cut)
    doc = run_page(tmp_path, text)
    assert cut in doc.text.splitlines() and all(s in doc.text for s in sentences(RICE))


def test_a_byline_with_the_pages_view_counter(tmp_path):
    text = page(TITLE, "by Rahmat Sutisna 33 views", lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, authors=("Rahmat Sutisna",)), sentences(RICE),
          ["by Rahmat Sutisna 33 views"])


def test_two_roles_joined_by_a_slash_before_the_colon(tmp_path):
    credit = "Penulis/Editor: Rahmat Sutisna"
    text = page(TITLE, lede("JAKARTA – ", RICE), credit)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", authors=("Rahmat Sutisna",), editors=("Rahmat Sutisna",)),
          sentences(RICE), [credit])


@pytest.mark.parametrize("closing, agency", [
    ("(j006)", None),
    ("- BERNAMA", "Bernama"),
    ("**media[367309]**", None),
])
def test_what_stands_alone_under_the_text(tmp_path, closing, agency):
    text = page(TITLE, lede("JAKARTA – ", RICE), closing)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=(agency,) if agency else ()),
          sentences(RICE), [closing])


def test_an_agency_in_capitals_after_a_dash_closing_a_last_sentence_without_its_stop(tmp_path):
    ps = lede("PUTRAJAYA – ", RICE)
    last = ps[-1].rstrip(".") + "- BERNAMA"
    doc = run_page(tmp_path, page(TITLE, ps[:-1], last))
    assert [a["source_id"] for a in doc.meta["attributions"]] == ["bernama"]
    assert ps[-1].rstrip(".") in doc.text and "BERNAMA" not in doc.text


OTHER_STORIES = ["Harga Cabai Rawit Turun Drastis Jelang Akhir Pekan di Pasar Induk",
                 "Polisi Tangkap Dua Pelaku Pencurian Motor di Kawasan Terminal Kota",
                 "Wali Kota Resmikan Taman Baru di Tepi Sungai untuk Warga"]


def test_headlines_of_other_stories_closing_the_page_without_a_heading(tmp_path):
    text = page(TITLE, lede("JAKARTA – ", RICE), OTHER_STORIES)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), OTHER_STORIES)


def test_a_list_the_text_introduces_stays(tmp_path):
    intro = "Tiga agenda yang dibahas dalam rapat itu adalah sebagai berikut:"
    doc = run_page(tmp_path, page(TITLE, lede("JAKARTA – ", RICE), intro, OTHER_STORIES))
    assert all(h in doc.text.splitlines() for h in OTHER_STORIES)
