"""Dateline, outlet, credit and attribution layouts met on the held-out probe sets J and K (2026-12).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story
sentence must survive whole. Families: datelines whose head is an outlet the registry may not know (a name
glued to an outlet word, an agency's self-name opening with "Kantor Berita"), two bureau cities joined by a
slash, a city glued to the site's domain by a full stop; credit fields printed as a flattened table ("Editor |
: NAME |"), an agency in the reporter field, "Red:" for the editor, an icon's alt text above the text; an
agency's dash sign-off, a release "yang diterima" an agency, a network's republication notice on an edition's
page; the page naming itself in a "(code/outlet)" sign-off, a copyright line printing its host in capitals, an
app-download prompt.
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import FLOOD, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check, run_page, lost
from tests.extract.test_layouts import FLOOD_TITLE, lede, page


# -- datelines -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix, place, outlet", [
    pytest.param("KABARSUMEDANG \u2013 ", None, "KABARSUMEDANG", id="OUTLETWORD+CITY as one word, no place"),
    pytest.param("Kantor Berita Nusantara Raya - ", None, "Kantor Berita Nusantara Raya",
                 id="an agency's self-name opening with 'Kantor Berita'"),
    pytest.param("Kairo/Istanbul (KABARCONTOH) - ", "Kairo", "KABARCONTOH", id="City/City (OUTLET) -"),
    pytest.param("Singaraja.Kabarcontoh.id \u2013 ", "Singaraja", "Kabarcontoh.id", id="City.Outlet.id -"),
    pytest.param("GARUT.Kabarcontoh.com - ", "Garut", "Kabarcontoh.com", id="CITY.Outlet.com -"),
])
def test_dateline_heads_that_name_an_unregistered_outlet(tmp_path, prefix, place, outlet):
    """An outlet the registry does not know, printed where the city stands or glued to it: the outlet, never a
    place named after the outlet ("Kabarsumedang")."""
    check(tmp_path, page(lede(prefix, FLOOD)), Truth(place=place, outlet=outlet), sentences(FLOOD), [])


def test_a_registered_outlets_acronym_that_spells_a_city_is_the_place_beside_another_outlet(tmp_path):
    """'KABARCONTOH.ID, MINA -- ': a dateline names one outlet; 'MINA' (an agency's acronym and the city near
    Makkah) beside a domain is the place (guards the agency's registration; a regression check)."""
    check(tmp_path, page(lede("KABARCONTOH.ID, MINA -- ", FLOOD)), Truth(place="Mina", outlet="KABARCONTOH.ID"),
          sentences(FLOOD), [])


# -- credits ---------------------------------------------------------------------------------------------------------

def test_a_flattened_credit_table_with_an_agency_as_reporter(tmp_path):
    """'Pewarta | : Antara |' and 'Editor | : NAME |' closing the page (a two-column table copied with bars): the
    agency is the text's source, the editor a person."""
    text = page(lede("KABARCONTOH.ID, BANDUNG - ", FLOOD), "Pewarta | : Antara |", "Editor | : Rina Kartika |")
    check(tmp_path, text, Truth(place="Bandung", outlet="KABARCONTOH.ID", editors=("Rina Kartika",),
                                attributions=("Antara",)), sentences(FLOOD),
          ["Pewarta | : Antara |", "Editor | : Rina Kartika |"])


def test_red_colon_names_the_editor(tmp_path):
    """'Red: NAME' under the text (the redaktur, as a national daily prints it); a sentence opening with the word
    'Red' credits nobody."""
    film = "Red Carpet Night di balai kota dibatalkan karena hujan deras yang turun sejak sore."
    text = page(lede("KABARCONTOH.ID, BANDUNG - ", FLOOD), film, "Red: Andi Saputra")
    check(tmp_path, text, Truth(place="Bandung", outlet="KABARCONTOH.ID", editors=("Andi Saputra",)),
          sentences(FLOOD) + [film], ["Red: Andi Saputra"])


def test_an_icons_alt_text_above_the_text_credits_nobody(tmp_path):
    """'Ikon Harga Beras' (an image's alt text) between a generated page's title and its first heading: three
    capitalised words shaped like a byline, naming nobody."""
    text = page("Informasi Terkini Harga Beras Hari Ini", "", "Ikon Harga Beras", "", "Memahami Pentingnya Harga Beras Medium", "",
                paragraphs(RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta["authors"] == []
    assert not lost(doc, sentences(RICE))


# -- attributions ----------------------------------------------------------------------------------------------------

def test_an_agencys_dash_signoff_closing_the_last_paragraph(tmp_path):
    """'... pekan depan. - Bernama' (the Malay wire sign-off glued to the last paragraph): the agency's text."""
    ps = paragraphs(FLOOD)
    text = page(ps[:-1], ps[-1] + " - Bernama")
    check(tmp_path, text, Truth(attributions=("Bernama",)), sentences(FLOOD), [])


def test_a_release_received_by_an_agency_is_its_copy(tmp_path):
    """'seperti dikutip dari siaran pers yang diterima ANTARA' on a page naming no outlet: the agency's wording,
    kept by the copy (a domestic site named so would be the page naming itself)."""
    said = ("Wali kota menyebut tanggul itu akan melindungi 12 kelurahan, seperti dikutip dari siaran pers resmi "
            "yang diterima ANTARA.")
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), said)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, attributions=("Antara",)), sentences(FLOOD) + [said], [])


def test_a_networks_republication_notice_on_its_editions_page_is_no_citation(tmp_path):
    """An edition's dateline ('TIMES JAKARTA, BOGOR – ') and the notice 'Artikel ini sebelumnya sudah tayang di
    TIMES Indonesia dengan judul: ...': the network's own story, not a source; the reporter field's agency is."""
    notice = f"Artikel ini sebelumnya sudah tayang di TIMES Indonesia dengan judul: {FLOOD_TITLE}"
    text = page(lede("TIMES JAKARTA, BOGOR \u2013 ", FLOOD), notice, "Pewarta | : Antara |")
    check(tmp_path, text, Truth(place="Bogor", outlet="TIMES Jakarta", attributions=("Antara",)),
          sentences(FLOOD), [])


# -- the page naming itself ------------------------------------------------------------------------------------------

def test_a_code_and_outlet_signoff_names_the_outlet_and_nobody(tmp_path):
    """'(xyz/dakwatuna)': an editor's code, then the outlet in lower case: the page's outlet, no author."""
    ps = paragraphs(FLOOD)
    text = page(ps[:-1], ps[-1] + " (xyz/dakwatuna)")
    check(tmp_path, text, Truth(outlet="Dakwatuna"), sentences(FLOOD), ["(xyz/dakwatuna)"])


def test_a_copyright_line_printing_a_registered_host_in_capitals(tmp_path):
    """'© 2025 TRIBUNnews.com Network,a subsidiary of ...' under a page 2 (no dateline): the host names the outlet."""
    footer = "\u00a9 2025 TRIBUNnews.com Network,a subsidiary of Contoh Media."
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), "", "Halaman 2 dari 2", footer)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Tribunnews.com"), sentences(FLOOD), [footer])


def test_an_app_download_prompt_names_the_site(tmp_path):
    """'Muat turun aplikasi Sinar Harian. Klik di sini!' under a Malay story naming no outlet: the site's own app."""
    text = page(paragraphs(FLOOD), "Muat turun aplikasi Sinar Harian. Klik di sini!")
    doc = run_page(tmp_path, text)
    assert doc.meta["source_id"] == "sinar-harian"
    assert not lost(doc, sentences(FLOOD))


def test_a_government_host_opening_the_lede_is_no_city_and_site(tmp_path):
    """'Bandung.go.id - ': one host (a city's government site, the '.go.id' suffix), not the city Bandung glued
    to a site named 'go.id'; nothing of it is this page's place."""
    from sikap.pipeline.extract.dateline_parts import _parts

    assert _parts("Bandung.go.id") == ["Bandung.go.id"]
    assert _parts("Bandung.Kabarcontoh.id") == ["Bandung", "Kabarcontoh.id"]


def test_a_short_first_name_before_the_outlet_in_a_signoff_is_still_the_writer(tmp_path):
    """'(Budi/kabarcontoh.id)': a first name, not a staff code, before the site: the writer, and the site."""
    ps = paragraphs(FLOOD)
    doc = run_page(tmp_path, page(ps[:-1], ps[-1] + " (Budi/kabarcontoh.id)"))
    assert doc.meta["authors"] == ["Budi"]
    assert doc.meta["source_id"] == "kabarcontoh.id"
