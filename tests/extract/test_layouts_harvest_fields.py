"""Dateline and outlet layouts met on the 301-page harvest of fresh sites (2026-12).

Each fixture is a page written for this test in a layout observed there (the text is invented), run through the
build's own steps; it states the page's outlet and place and every story sentence must survive whole. Families:
a dateline whose domain and place are followed by the lede with no separator at all ("Situs.com, Kota Warga ...",
"KOTA (SITUS.ID) Warga ...", "KOTA,SITUS.COM Warga ..."); a site that signs its dateline with a short code of its
own name ("KOTA, RAKA –"), which only the registry can tell (curated/sources/indonesia-regional.yaml).
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import FLOOD, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, lede, page


@pytest.mark.parametrize("prefix, place, outlet", [
    pytest.param("Kabarcontoh.com, Sleman ", "Sleman", "Kabarcontoh.com", id="Domain, City Lede"),
    pytest.param("Kabarcontoh.com, Banda Aceh ", "Banda Aceh", "Kabarcontoh.com", id="Domain, Two-word City Lede"),
    pytest.param("SLEMAN (KABARCONTOH.ID) ", "Sleman", "KABARCONTOH.ID", id="CITY (DOMAIN) Lede"),
    pytest.param("BLITAR,KABARCONTOH.COM ", "Blitar", "KABARCONTOH.COM", id="CITY,DOMAIN.COM Lede (capital suffix)"),
])
def test_a_domain_and_a_place_with_no_separator_before_the_lede(tmp_path, prefix, place, outlet):
    """Small sites and copies drop the dash: the domain and a gazetteer place, then the lede's capitalised first
    word. Read as a dateline only when one part is a web domain and the other a place the gazetteer knows."""
    check(tmp_path, page(lede(prefix, FLOOD)), Truth(place=place, outlet=outlet), sentences(FLOOD), [])


@pytest.mark.parametrize("prefix", [
    pytest.param("Kabarcontoh.com, Pemerintah ", id="no place after the comma"),
    pytest.param("Presiden (kabarcontoh.com) ", id="a word that is no place before the bracket"),
])
def test_a_domain_beside_a_word_that_is_no_place_is_not_a_dateline(prefix):
    """Without a gazetteer place the unseparated head is text: no dateline is read."""
    from sikap.pipeline.extract.datelines import parse

    assert parse(prefix + "Kota Contoh mulai membangun tanggul baru sepanjang 3,5 kilometer di tepi sungai.") is None


@pytest.mark.parametrize("prefix, place, code, sid", [
    pytest.param("JATISARI, RAKA – ", "Jatisari", "RAKA", "radar-karawang", id="CITY, RAKA –"),
    pytest.param("Lumajang, Motim - ", "Lumajang", "Motim", "memo-timur", id="City, Motim -"),
    pytest.param("MAKASSAR, RBO – ", "Makassar", "RBO", "reformasi-bangsa", id="CITY, RBO –"),
    pytest.param("BANDUNG,TM.ID: ", "Bandung", "TM.ID", "teropong-media", id="CITY,TM.ID:"),
    pytest.param("Aceh Utara,JBA- ", "Aceh Utara", "JBA", "jaringan-berita-aceh", id="Place,JBA-"),
    pytest.param("LCN – Lombok Timur, – ", "Lombok Timur", "LCN", "lensa-cyber-news", id="LCN – Place, –"),
])
def test_a_site_signing_its_dateline_with_a_code_is_the_registered_outlet(tmp_path, prefix, place, code, sid):
    """'KOTA, RAKA –': the code is the site's own short name; the registry's context alias makes it the outlet
    (a discovered id 'raka' would name nobody)."""
    doc = check(tmp_path, page(lede(prefix, FLOOD)), Truth(place=place, outlet=code), sentences(FLOOD), [])
    assert doc.meta["source_id"] == sid


def test_a_code_in_lower_case_in_running_text_names_no_outlet():
    """The codes are context aliases in the case printed: 'Raka' (a given name) is no outlet."""
    from sikap.pipeline.extract.outlets import lookup_outlet

    assert lookup_outlet("RAKA") == "radar-karawang"
    assert lookup_outlet("Raka") is None


# -- a page naming itself in its text -------------------------------------------------------------------------------

CALLED = ["Menurut Rina, pekerjaan tanggul dimulai dari sisi utara sungai.",
          "\"Kami kerjakan bertahap agar jalan warga tetap terbuka,\" kata Rina saat dihubungi Kabarcontoh.com, Senin."]


@pytest.mark.parametrize("cue", ["saat dihubungi", "ketika ditemui", "saat dijumpai"])
def test_a_source_met_or_called_by_the_site_names_the_page(tmp_path, cue):
    """'kata X saat dihubungi SITE': the site's own reporter called the source. On a page whose dateline names no
    outlet, the site named so is the page's outlet, not a citation."""
    quote = CALLED[1].replace("saat dihubungi", cue)
    text = page(FLOOD_TITLE, lede("", FLOOD), CALLED[0] + " " + quote)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Kabarcontoh.com"), sentences(FLOOD) + [CALLED[0], quote], [])


def test_a_report_by_the_sites_own_reporter_names_the_page(tmp_path):
    """'Berikut laporan wartawan OUTLET dari ...': the outlet's reporter filing from the scene. For a registered
    outlet 'laporan' alone is a weak citing cue read before the self-naming 'wartawan'; the whole phrase is the
    page naming itself when no dateline names an outlet (a registered outlet named without its domain, as on the harvest page)."""
    intro = "Berikut laporan wartawan Radar Jogja dari lokasi proyek di tepi Sungai Cibiru."
    text = page(FLOOD_TITLE, lede("", FLOOD), intro)
    doc = check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Radar Jogja"), sentences(FLOOD) + [intro], [])
    assert doc.meta["attributions"] == []


@pytest.mark.parametrize("prefix, outlet", [
    pytest.param("Kabarcontohpolres.com ", "Kabarcontohpolres.com", id="Host Lede (no separator)"),
    pytest.param("kabarcontohpolres.com,---", "kabarcontohpolres.com", id="host,---Lede (lower case, glued dashes)"),
])
def test_a_host_opening_the_lede_without_a_place(tmp_path, prefix, outlet):
    """A network of small sites opens the lede with its host alone: with no separator before the capitalised
    first word, or in lower case with a comma and dashes glued to the lede."""
    check(tmp_path, page(lede(prefix, FLOOD)), Truth(outlet=outlet), sentences(FLOOD), [])


def test_information_the_outlet_obtained_names_the_page(tmp_path):
    """'Dari informasi yang diperoleh OUTLET, ...': what the outlet's own reporter obtained, read like 'yang diterima
    OUTLET' (the weak 'Dari' further left no longer makes it a citation); on a page with no dateline outlet it is
    the page's outlet (a registered outlet named without its domain, as on the harvest page)."""
    intro = "Dari informasi yang diperoleh Radar Jogja, proyek itu sudah dilelang sejak awal tahun."
    text = page(FLOOD_TITLE, lede("", FLOOD), intro)
    doc = check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Radar Jogja"), sentences(FLOOD) + [intro], [])
    assert doc.meta["attributions"] == []


@pytest.mark.parametrize("prefix", [
    pytest.param("KABARCONTOH.ID, PEMKOT | ", id="OUTLET.ID, PEMKOT |"),
    pytest.param("KABARCONTOH.ID, PEMPROV – ", id="OUTLET.ID, PEMPROV –"),
])
def test_a_local_government_desk_in_the_places_slot_is_no_place(tmp_path, prefix):
    """'OUTLET.ID, PEMPROV |': regional portals print their local-government desk where a place would stand; the
    desk is a rubric, the dateline names the outlet and no place."""
    check(tmp_path, page(lede(prefix, FLOOD)), Truth(outlet="KABARCONTOH.ID"), sentences(FLOOD), [])
