"""Layout fixtures for dateline forms seen on held-out pages (probe set D families): a place closed by a full
stop, the place in brackets after the outlet, a site name ending in 'Berita'. Same conventions as
test_layouts.py (invented text, real layouts, the page's whole truth).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import FLOOD, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, lede, page


@pytest.mark.parametrize("dateline, place, outlet", [
    pytest.param("JAKARTA. ", "Jakarta", None, id="CITY. (full stop)"),
    pytest.param("SURABAYA. ", "Surabaya", None, id="CITY. (another city)"),
    pytest.param("Kabarcontoh.ID (Jakarta) - ", "Jakarta", "Kabarcontoh.ID", id="Outlet.ID (City) -"),
    pytest.param("LENTERA CONTOH BERITA - ", None, "LENTERA CONTOH BERITA", id="SITE NAME BERITA -"),
])
def test_more_dateline_forms(tmp_path, dateline, place, outlet):
    text = page(FLOOD_TITLE, "", lede(dateline, FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place=place, outlet=outlet), sentences(FLOOD), [])


def test_the_lede_with_a_full_stop_dateline_printed_above_the_title(tmp_path):
    # a business daily: the page's summary (the lede, dateline and all) above the headline, then the story
    first = lede("JAKARTA. ", FLOOD)
    text = page(first[0], FLOOD_TITLE, first)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta"), sentences(FLOOD), [])


def test_a_sentence_opening_with_an_upper_case_word_and_a_full_stop_is_no_dateline(tmp_path):
    # an abbreviation that is no gazetteer place, closed by a full stop, opens a sentence of the lede
    ps = lede("", FLOOD)
    text = page(FLOOD_TITLE, "", "PUPR. " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), [])


def test_an_edition_stamp_above_a_short_headline(tmp_path):
    # a print daily's web edition: the edition stamp first, then a three-word headline, then the lede
    title = "Tanggul Cibiru Rampung"
    text = page("Edisi 12-10-2017", title, lede("JAKARTA- ", FLOOD))
    check(tmp_path, text, Truth(title=title, place="Jakarta", published=dt.date(2017, 10, 12), basis="date_line"),
          sentences(FLOOD), ["Edisi 12-10-2017"])


def test_names_below_a_date_line_under_the_headline_are_still_credited(tmp_path):
    # the headline, an outlet-and-date byline, then the reporters' names on lines of their own
    text = page(FLOOD_TITLE, "Kabarcontoh.id - 31/10/2019, 10:48 WIB", "Ratna Kusumawati,", "Budi Hartono", "",
                lede("JAKARTA - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta", outlet="Kabarcontoh.id", published=dt.date(2019, 10, 31),
                                basis="date_line", authors=("Ratna Kusumawati", "Budi Hartono")), sentences(FLOOD), [])


# Dateline heads from fresh sites (held-out probe sets Q and R, 2026-12): a site's name holding digits or initials
# run into a word, a host followed by a place or by the site's name without a comma, a host glued to the lede by
# a dash after a bar, and "PLACE | Brand" alone on the line above the lede.
@pytest.mark.parametrize("dateline, place, outlet", [
    pytest.param("Kabarkota24 - ", None, "Kabarkota24", id="Name24 - (digits: a site, no place)"),
    pytest.param("Suarapena.com Surabaya – ", "Surabaya", "Suarapena.com", id="Host.com Place – (no comma)"),
    pytest.param("KK.id  Kabar Kita - ", None, "KK.id", id="Host.id  Site Name - (the name spelled out)"),
    pytest.param("SURABAYA|KABARKITA.NEWS-", "Surabaya", "KABARKITA.NEWS", id="PLACE|HOST-Lede (glued dash)"),
    pytest.param("SURABAYA | KKIndonesia - ", "Surabaya", "KKIndonesia", id="PLACE | InitialsWord -"),
])
def test_fresh_site_dateline_heads(tmp_path, dateline, place, outlet):
    text = page(FLOOD_TITLE, "", lede(dateline, FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place=place, outlet=outlet), sentences(FLOOD), [])


def test_place_and_brand_alone_above_the_lede(tmp_path):
    # "PLACE | Brand" on a line of its own opens the text: a dateline, not the headline
    text = page(FLOOD_TITLE, "", "SURABAYA | KKIndonesia", lede("", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Surabaya", outlet="KKIndonesia"), sentences(FLOOD), [])


@pytest.mark.parametrize("opening", [
    pytest.param("SURABAYA | Kota-kota besar ", id="a capitalised compound after a bar stays in the lede"),
    pytest.param("SURABAYA – Pro-Israel ", id="a capitalised compound after a dash stays in the lede"),
])
def test_a_glued_dash_closes_only_a_host(opening):
    from sikap.pipeline.extract.datelines import parse

    d = parse(opening + "demonstran menggelar aksi di depan kedutaan pada Minggu pagi bersama warga.")
    assert d is not None and d.place == "Surabaya" and d.outlet is None
    assert d.evidence in ("SURABAYA |", "SURABAYA –")


def test_a_date_line_printing_the_day_twice_in_two_orders(tmp_path):
    # two widgets of one page: the local order, then the English order and an update stamp of the same day
    header = ["Selasa, 14 Maret 2023 | Maret 14, 2023 WIB Last Updated 2023-03-14T08:12:40Z"]
    text = page(FLOOD_TITLE, *header, lede("SURABAYA - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Surabaya", published=dt.date(2023, 3, 14), basis="date_line"),
          sentences(FLOOD), header)


def test_two_different_days_beside_each_other_are_no_date_line():
    from sikap.pipeline.extract.edge_lines import date_line

    assert date_line("Selasa, 14 Maret 2023 | Maret 14, 2023 WIB") is not None
    assert date_line("Selasa, 14 Maret 2023 | Maret 15, 2023 WIB") is None


@pytest.mark.parametrize("dateline, place, outlet, day", [
    pytest.param("Kabarkota24 - Surabaya, 16–08-2025 ", "Surabaya", "Kabarkota24", dt.date(2025, 8, 16),
                 id="Name24 - Place, dd–mm-yyyy Lede (en dash, no separator before the lede)"),
    pytest.param("Kabarkota.com - Surabaya, 16-08-2025. ", "Surabaya", "Kabarkota.com", dt.date(2025, 8, 16),
                 id="Host.com - Place, dd-mm-yyyy. Lede"),
])
def test_a_place_and_date_after_the_outlet_run_into_the_lede(tmp_path, dateline, place, outlet, day):
    text = page(FLOOD_TITLE, "", lede(dateline, FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place=place, outlet=outlet, published=day, basis="dateline"),
          sentences(FLOOD), [])
