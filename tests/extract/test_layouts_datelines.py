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
