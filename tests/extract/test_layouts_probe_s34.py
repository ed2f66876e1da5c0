"""Layout fixtures for stop 34's rounds (2026-12), in invented words: a site's masthead printed in the dateline's
place with one of the outlet-name words that registered outlets' names open or close ("LENTERA KOTA –", "Name
World –", "MC Kabupaten –", "TIMES KOTA, KOTA –"), read as the outlet, not as a place. Same conventions as
test_layouts.py (invented text, whole truth)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("head,outlet", [("LENTERA CONTOH – ", "LENTERA CONTOH"), ("Kabarku World – ", "Kabarku World"),
                                         ("MC Kabupaten Contoh – ", "MC Kabupaten Contoh"),
                                         ("SINAR CONTOH BARU – ", "SINAR CONTOH BARU")])
def test_a_masthead_in_the_datelines_place_is_the_outlet(tmp_path, head, outlet):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet=outlet), sentences(RICE), [])


def test_a_network_sites_masthead_before_its_place(tmp_path):
    ps = lede("TIMES CONTOH, MALANG – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Malang", outlet="TIMES CONTOH"), sentences(RICE), [])


def test_a_place_the_gazetteer_knows_stays_the_place(tmp_path):
    ps = lede("SOFIFI – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Sofifi"), sentences(RICE), [])


def test_a_caption_closed_by_a_pipe_above_the_text_is_no_headline(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    caption = "Wali Kota Contoh meninjau stok beras di gudang pasar induk. |"
    check(tmp_path, page(caption, ps), Truth(place="Jakarta"), sentences(RICE), [caption])


def test_captions_closed_by_a_pipe_between_paragraphs(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:1], "Bertemu pedagang |", ps[1:2], "Stok beras di gudang Bulog Contoh |", ps[2:]),
          Truth(title=TITLE, place="Jakarta"), sentences(RICE), ["Bertemu pedagang |", "Stok beras di gudang Bulog Contoh |"])


def test_paragraphs_closed_by_pipes_stay_text(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, *[p + " |" for p in ps]))
    for s in sentences(RICE)[1:]:
        assert s in doc.text


def test_a_pager_inside_an_article_shown_whole(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:2], "2 dari 3 halaman", ps[2:]), Truth(title=TITLE, place="Jakarta"),
          sentences(RICE), ["2 dari 3 halaman"])


def test_a_date_line_printing_its_day_again_in_numbers_is_no_headline(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page("Kamis, 20 Februari 2025, 20.2.25 WIB", TITLE, ps),
          Truth(title=TITLE, place="Jakarta", published=dt.date(2025, 2, 20), basis="date_line"), sentences(RICE),
          ["Kamis, 20 Februari 2025, 20.2.25 WIB"])


def test_a_byline_glued_to_the_lede(tmp_path):
    ps = lede("", RICE)
    ps[0] = "Oleh: B. Santoso Wibowo" + ps[0]
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, authors=("B. Santoso Wibowo",)), sentences(RICE),
          ["Oleh: B. Santoso Wibowo"])


def test_a_host_glued_to_the_lede_by_a_hyphen_is_the_outlet(tmp_path):
    ps = lede("Kabarcontoh.id-", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet="Kabarcontoh.id"), sentences(RICE), [])


def test_an_english_header_clock_with_its_zone_is_no_headline(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page("May 27, 2017 02:59 AM PST", TITLE, ps))
    assert doc.meta["title"] == TITLE and "PST" not in doc.text


def test_empty_brackets_under_the_text(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, "[]"), Truth(title=TITLE, place="Jakarta"), sentences(RICE), ["[]"])


def test_an_unregistered_site_in_a_source_credit_and_lansir_without_its_prefix(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    ps[1] = ps[1] + " Harga di pasar induk juga naik, lansir Middle East Eye."
    check(tmp_path, page(TITLE, ps, "Sumber: Kotacontohmedia"),
          Truth(title=TITLE, place="Jakarta", attributions=("Middle East Eye", "Kotacontohmedia")),
          sentences(RICE), ["Sumber: Kotacontohmedia"])


@pytest.mark.parametrize("signoff", [" (Budi Santoso/Humas Fakultas/Humas Kampus)", " [Budi Santoso/Humas Fakultas/Humas Kampus]",
                                     " (Budi Santoso/Humas)"])
def test_a_writer_before_the_press_offices_signs_the_text(tmp_path, signoff):
    ps = lede("JAKARTA – ", RICE)
    ps[-1] += signoff
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", authors=("Budi Santoso",)), sentences(RICE),
          [signoff.strip()])


def test_the_desks_editor_named_on_the_date_line(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    line = "Redaksi : Budi Santoso | Selasa, 18 April 2017 | 11:45 WIB"
    check(tmp_path, page(TITLE, line, ps),
          Truth(title=TITLE, place="Jakarta", editors=("Budi Santoso",), published=dt.date(2017, 4, 18), basis="byline"),
          sentences(RICE), [line])


@pytest.mark.parametrize("line,who", [("Penulis: Budi Santoso | Selasa, 18 April 2017 | 11:45 WIB", "authors"),
                                      ("Reporter: Budi Santoso | Editor: Ani Wijaya | Selasa, 18 April 2017", "both")])
def test_the_date_on_a_credit_line_under_the_headline(tmp_path, line, who):
    ps = lede("JAKARTA – ", RICE)
    truth = Truth(title=TITLE, place="Jakarta", authors=("Budi Santoso",), published=dt.date(2017, 4, 18), basis="byline",
                  editors=("Ani Wijaya",) if who == "both" else ())
    check(tmp_path, page(TITLE, line, ps), truth, sentences(RICE), [line])


def test_an_outlets_name_alone_over_a_photos_caption_is_the_photos_credit(tmp_path):
    ps = lede("", RICE)
    caption = "ILUSTRASI. Warga antre membeli beras di pasar induk Kota Contoh."
    doc = check(tmp_path, page(TITLE, "Kompas.com", caption, ps), Truth(title=TITLE), sentences(RICE),
                ["Kompas.com", caption])
    assert doc.meta["source_id"] is None


@pytest.mark.parametrize("head,place,outlet", [("KABAR CONTOH,SITUBONDO, ", "Situbondo", "KABAR CONTOH"),
                                               ("kabarcontoh_ Majalengka – ", "Majalengka", "kabarcontoh"),
                                               ("LUMAJANG - (kabarcontoh.com) ", "Lumajang", "kabarcontoh.com"),
                                               ("SEMARANG —Kabarcontoh.id- ", "Semarang", "Kabarcontoh.id")])
def test_a_datelines_place_and_site_typed_loosely(tmp_path, head, place, outlet):
    """The site's name before the place with a comma or an underscore for its separator; its host in brackets after
    the dash, or glued to a dash after the place."""
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place=place, outlet=outlet), sentences(RICE), [])


def test_a_meta_line_with_the_date_first_and_the_credits_after_it(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    line = "Senin, 15 Maret 2021 Reporter: Budi Santoso Editor: Ani Wijaya 1447"
    check(tmp_path, page(TITLE, line, ps),
          Truth(title=TITLE, place="Jakarta", authors=("Budi Santoso",), editors=("Ani Wijaya",),
                published=dt.date(2021, 3, 15), basis="byline"), sentences(RICE), [line])


def test_a_site_name_closing_the_page_title_printed_twice(tmp_path):
    ps = lede("", RICE)
    line = TITLE + " - Kabarku"
    doc = check(tmp_path, page(line, ps, line), Truth(title=TITLE, outlet="Kabarku"), sentences(RICE), [line])
    assert doc.meta["title"] == TITLE


def test_a_headlines_second_half_after_a_dash_is_no_site(tmp_path):
    ps = lede("", RICE)
    line = "Harga Beras Naik Lagi - Pedagang Mengeluh"
    doc = run_page(tmp_path, page(line, ps))
    assert doc.meta["source_id"] is None and doc.meta["title"] == line


@pytest.mark.parametrize("end,authors,editors", [(" (RIZAL)", ("Rizal",), ()), ("\n\nEditor; Ani Wijaya", (), ("Ani Wijaya",))])
def test_a_student_papers_credits_typed_loosely(tmp_path, end, authors, editors):
    ps = lede("JAKARTA – ", RICE)
    ps[-1] += end
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", authors=authors, editors=editors),
          sentences(RICE), [end.strip()])


def test_a_writers_status_in_brackets_after_the_name(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    end = "Penulis: Budi Santoso (Magang)"
    check(tmp_path, page(TITLE, ps, end), Truth(title=TITLE, place="Jakarta", authors=("Budi Santoso",)),
          sentences(RICE), [end])


@pytest.mark.parametrize("sentence,cited", [(" Pernyataan itu dirilis KCNA pada Selasa malam.", ("KCNA",)),
                                            (" Tulisan itu dimuat di The Guardian pekan lalu.", ("The Guardian",)),
                                            (" Data yang dirilis pemerintah menunjukkan kenaikan.", ())])
def test_a_release_or_a_paper_named_after_dirilis_or_dimuat(tmp_path, sentence, cited):
    ps = lede("JAKARTA – ", RICE)
    ps[1] += sentence
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", attributions=cited),
          sentences(RICE), [])


def test_a_two_letter_code_before_the_outlet_in_a_signoff_credits_nobody(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    ps[-1] += " (Sg/RadarMadiun)"
    doc = run_page(tmp_path, page(TITLE, ps))
    assert not doc.meta.get("authors") and "RadarMadiun" not in doc.text
