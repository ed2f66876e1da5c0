"""Dateline, outlet, credit and attribution layouts met on the probe sets N, O and P (2026-12).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story
sentence must survive whole. Families: datelines cut by bars with or without spaces ("NAMA |KOTA –",
"Situs.com|Kota -", "Nama Situs|| Kota" on a line of its own), a dash glued after a closing bracket or between
a domain and the lede, a domain with no separator at all, a whole dateline in square brackets, a Malay day and
month without a year, initials or a run-together site name in the place's slot.
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import FLOOD, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, lede, page


# -- datelines -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix, place, outlet", [
    pytest.param("KABARCONTOH |SEMARANG – ", "Semarang", "KABARCONTOH", id="OUTLET |CITY –"),
    pytest.param("Kabarcontoh.com|Pekalongan - ", "Pekalongan", "Kabarcontoh.com", id="Domain|City -"),
    pytest.param("SLEMAN (Kabarcontoh.com)- ", "Sleman", "Kabarcontoh.com", id="CITY (Domain)- glued dash"),
    pytest.param("BLITAR, Kabarcontoh.com-", "Blitar", "Kabarcontoh.com", id="CITY, Domain-Word"),
    pytest.param("BLITAR, Kabarcontoh.id ", "Blitar", "Kabarcontoh.id", id="CITY, Domain Word (no dash)"),
    pytest.param("[MADIUN, KABARCONTOH]-", "Madiun", "KABARCONTOH", id="[CITY, OUTLET]-"),
    pytest.param("Kab. Sleman – kabarcontoh.com || ", "Sleman", "kabarcontoh.com", id="Place – domain ||"),
    pytest.param("KC – ", None, "KC", id="initials in the place's slot are the outlet"),
    pytest.param("CAHAYAPOLRESKOTAMANIS,-- ", None, "CAHAYAPOLRESKOTAMANIS", id="a run-together site name"),
])
def test_dateline_heads_cut_by_bars_glued_dashes_or_brackets(tmp_path, prefix, place, outlet):
    """The dateline grammar's separators as small sites print them: bars with or without spaces, a dash glued
    after a bracket or between a domain and the lede's first word, no separator after a domain; a bracketed
    'CITY, OUTLET'; initials or a name of many words run together in capitals name the site, never a place."""
    check(tmp_path, page(lede(prefix, FLOOD)), Truth(place=place, outlet=outlet), sentences(FLOOD), [])


@pytest.mark.parametrize("line, place, outlet", [
    pytest.param("Sleman|kabarcontoh.com", "Sleman", "kabarcontoh.com", id="Place|domain"),
    pytest.param("Media Kabar Contoh|| Sleman", "Sleman", "Media Kabar Contoh", id="Outlet Name|| Place"),
])
def test_a_dateline_with_bars_on_a_line_of_its_own(tmp_path, line, place, outlet):
    """Under the headline, a line of its own naming the place and the site, joined by a bar."""
    check(tmp_path, page(FLOOD_TITLE, line, lede("", FLOOD)), Truth(title=FLOOD_TITLE, place=place, outlet=outlet),
          sentences(FLOOD), [])


def test_a_malay_day_and_month_without_a_year_leaves_the_place(tmp_path):
    """'Putrajaya, 27 Mac- ' (a Malay month's short spelling, no year): the place, and no date."""
    check(tmp_path, page(lede("Putrajaya, 12 Mac- ", FLOOD)), Truth(place="Putrajaya"), sentences(FLOOD), [])
