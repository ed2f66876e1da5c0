"""Dateline forms of small regional sites, met on the harvest2 pages (2026-12) where the outlet or place was missed.

Each fixture is a page written for this test in the observed layout (invented names and text), run through the
build's own steps; it states the page's whole truth and every story sentence must survive whole. Forms: a host
closed by a stray full stop before the dash; a site's one-word name glued to a province's or country's name, or
holding digits between letters (never a place); a site's name or host glued to the place by a dash or a slash; a
place, the host and a comma; an agency's dateline with the day and month before it; a press release's source in
brackets after the host; the host after the place and a double dash, closed by a comma.
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import FLOOD, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Kota Contoh Bangun Tanggul Baru untuk Cegah Banjir Tahunan"


@pytest.mark.parametrize("dateline, place, outlet", [
    pytest.param("kabarcontoh.kota.go.id.–", None, "kabarcontoh.kota.go.id", id="host closed by a full stop"),
    pytest.param("WARTANTB – ", None, "WARTANTB", id="NAME glued to a province"),
    pytest.param("LENSAINDONESIA – ", None, "LENSAINDONESIA", id="NAME glued to a country"),
    pytest.param("Kota24Update – ", None, "Kota24Update", id="name with digits between letters"),
    pytest.param("WARTACONTOH-Surabaya : ", "Surabaya", "WARTACONTOH", id="NAME-Place :"),
    pytest.param("KABARCONTOH.CO/JEMBER - ", "Jember", "KABARCONTOH.CO", id="HOST/PLACE -"),
    pytest.param("Ambon, Kabarcontoh.com, ", "Ambon", "Kabarcontoh.com", id="Place, Host,"),
    pytest.param("Banjarmasin, 18/4 (ANTARA)- ", "Banjarmasin", "ANTARA", id="Place, d/m (AGENCY)-"),
    pytest.param("KABARCONTOH.ID (DINKES) – ", None, "KABARCONTOH.ID", id="HOST (SOURCE) –"),
    pytest.param("Kediri -- kabarcontoh.com, ", "Kediri", "kabarcontoh.com", id="Place -- host,"),
])
def test_regional_site_datelines(tmp_path, dateline, place, outlet):
    text = page(TITLE, lede(dateline, FLOOD))
    check(tmp_path, text, Truth(title=TITLE, place=place, outlet=outlet), sentences(FLOOD), [])


@pytest.mark.parametrize("dateline, place", [
    pytest.param("BANDARLAMPUNG – ", "Bandar Lampung", id="a town glued from a place word and a province"),
    pytest.param("PALEMBANG – ", "Palembang", id="a city in capitals"),
])
def test_a_town_printed_as_one_word_stays_a_place(tmp_path, dateline, place):
    text = page(TITLE, lede(dateline, FLOOD))
    check(tmp_path, text, Truth(title=TITLE, place=place), sentences(FLOOD), [])
