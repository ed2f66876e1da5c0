"""Credit, dateline and outlet layouts met on the held-out probe sets H and I (2026-12, 80 unseen pages).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story
sentence must survive whole. Families: a label left without its value or a related-links heading under the
text (no sign-off name); an agency credited where a gallery's byline name stands ("Agency, Outlet"); a masthead
line naming the site above the lede (no byline).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import FLOOD, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check, lost, run_page
from tests.extract.test_layouts import FLOOD_TITLE, lede, page

RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Pasar Mengeluh Sepi Pembeli"


# -- lines under the text that stand where a sign-off name would ----------------------------------------------------

def test_a_label_without_its_value_under_the_text_credits_nobody(tmp_path):
    """'Kategori :' alone under the last paragraph (the category widget emptied by the copy): a label, no name."""
    text = page(FLOOD_TITLE, "", lede("BANDUNG - ", FLOOD), "", "Kategori :")
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Bandung"), sentences(FLOOD), [])


def test_related_links_headings_under_the_text_credit_nobody(tmp_path):
    """'Populer Lainnya' / 'Tautan Mitra' headings of emptied link blocks closing the page (no newline after the
    last): two capitalised words alone on a line, shaped like a sign-off name, naming nobody."""
    text = page(FLOOD_TITLE, "", lede("BANDUNG - ", FLOOD), "", "Populer Lainnya", "", "Tautan Mitra").rstrip()
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Bandung"), sentences(FLOOD), [])


# -- bylines that name an agency or the site -------------------------------------------------------------------------

def test_an_agency_credited_as_a_gallery_byline_is_an_attribution(tmp_path):
    """A photo gallery's header: rubric, 'Reuters, Harian Contoh' (the agency, then the outlet the page belongs
    to) and the date line: the agency is the text's source, not a person; the outlet is the page's."""
    text = page("FOTO Internasional", "Reuters, Harian Contoh", "16 September 2025 06:30", "",
                paragraphs(FLOOD))
    check(tmp_path, text, Truth(outlet="Harian Contoh", published=dt.date(2025, 9, 16), basis="date_line",
                                attributions=("Reuters",)), sentences(FLOOD), ["16 September 2025 06:30"])


def test_a_masthead_line_naming_the_site_is_no_byline(tmp_path):
    """A blog's greeting line and its masthead ('Radar Contoh', an outlet-shaped name) above the lede: the site
    naming itself, not a writer."""
    text = page("Salam Redaksi", "Radar Contoh", paragraphs(RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta["authors"] == []
    assert not lost(doc, sentences(RICE))


# -- datelines: outlets and places in odd shapes ---------------------------------------------------------------------

@pytest.mark.parametrize("prefix, place, outlet", [
    pytest.param("BANDUNG INSIDER - ", None, "BANDUNG INSIDER", id="CITY BRAND - (a site named after its city)"),
    pytest.param("Kabar Contoh Portal. Surabaya \u2013 ", "Surabaya", "Kabar Contoh Portal", id="Outlet Name. City -"),
    pytest.param("Radio Contoh 1234 \u2013 ", None, "Radio Contoh 1234", id="Radio Name 1234 - (a frequency)"),
    pytest.param("Bandung, Kabarcontoh.co.id", "Bandung", "Kabarcontoh.co.id", id="City, domain glued to the lede"),
    pytest.param("Kabarcontoh.com (KC), BANDUNG: ", "Bandung", "Kabarcontoh.com", id="domain (INITIALS), CITY:"),
    pytest.param("OKEZONECOM, JAKARTA \u2014 ", "Jakarta", "Okezone", id="REGISTEREDDOMAINCOM, CITY - (dots dropped)"),
])
def test_odd_dateline_shapes_give_place_and_outlet(tmp_path, prefix, place, outlet):
    check(tmp_path, page(lede(prefix, FLOOD)), Truth(place=place, outlet=outlet), sentences(FLOOD), [])


def test_a_dated_dateline_line_closed_by_the_outlet_domain(tmp_path):
    """'CITY , DAY MONTH YEAR – OUTLET.NEWS' alone on the line above the lede (month in capitals): place, date
    and outlet, and the line is no title."""
    text = page("SURABAYA , 13 JUNI 2025 \u2013 KABARCONTOH.NEWS", paragraphs(FLOOD))
    check(tmp_path, text, Truth(place="Surabaya", outlet="KABARCONTOH.NEWS", published=dt.date(2025, 6, 13),
                                basis="dateline"), sentences(FLOOD), [])


# -- attributions ----------------------------------------------------------------------------------------------------

def test_a_citation_of_an_outlets_video_channel_is_an_attribution(tmp_path):
    """'Dikutip dari kanal YouTube OUTLET' on a page whose dateline names its own outlet: the channel's outlet is
    cited (a channel named without a citing cue would be the page's own)."""
    ps = paragraphs(FLOOD)
    text = page(lede("KABARCONTOH.ID - ", FLOOD)[:1], "Dikutip dari kanal YouTube Metro TV " + ps[1], ps[2:])
    check(tmp_path, text, Truth(outlet="KABARCONTOH.ID", attributions=("Metro TV",)), sentences(FLOOD), [])


# -- the page naming itself ------------------------------------------------------------------------------------------

def test_an_outlet_describing_its_own_work_in_the_deck_is_the_pages_outlet(tmp_path):
    """A daily's deck under the headline: 'Pekan ini Okezone merangkum ...' (the outlet compiling, no citation),
    on a page whose dateline names no outlet."""
    deck = "Pekan ini Okezone merangkum lima hal yang perlu diketahui warga tentang tanggul baru di Kota Contoh."
    text = page(FLOOD_TITLE, "", deck, "", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Okezone"), sentences(FLOOD) + [deck], [])


def test_a_statement_given_to_the_site_names_the_pages_outlet(tmp_path):
    """'NAME pada kabarcontoh.id mengatakan ...': a statement given to the site (as 'kepada'), on a page that names
    no other outlet."""
    said = "Kepala dinas itu pada kabarcontoh.id mengatakan pintu air pertama dipasang bulan depan."
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), said)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="kabarcontoh.id"), sentences(FLOOD) + [said], [])


def test_a_follow_button_closing_a_byline_with_its_date_is_no_part_of_the_name(tmp_path):
    """'NAME - Weekday, DD Month YYYY, HH:MM WITA Follow': the writer is NAME, the button's word no part of it."""
    byline = "Dewi Anggraini - Rabu, 22 November 2023, 08:15 WITA Follow"
    text = page(FLOOD_TITLE, byline, "", lede("DENPASAR - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Denpasar", authors=("Dewi Anggraini",),
                                published=dt.date(2023, 11, 22), basis="byline"), sentences(FLOOD), [byline])


def test_a_dateline_of_city_country_and_agency_slash_outlet(tmp_path):
    """'Kairo, Mesir (Xinhua/Kabar Contoh) – ': the city (its country after it), the outlet whose page it is, and
    the agency whose text it carries."""
    check(tmp_path, page(lede("Kairo, Mesir (Xinhua/Kabar Contoh) \u2013 ", FLOOD)),
          Truth(place="Kairo", outlet="Kabar Contoh", attributions=("Xinhua",)), sentences(FLOOD), [])


@pytest.mark.parametrize("byline, authors, attributions", [
    pytest.param("ByXinhua", (), ("Xinhua",), id="ByAgency: the agency's text"),
    pytest.param("ByDewi Anggraini", ("Dewi Anggraini",), (), id="ByName: the writer"),
])
def test_a_by_label_glued_to_the_name_it_labels(tmp_path, byline, authors, attributions):
    """A theme printing 'By' and the byline's name in two spans, copied without a space between them."""
    text = page(FLOOD_TITLE, byline, "", lede("BEIJING - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Beijing", authors=authors, attributions=attributions),
          sentences(FLOOD), [byline])


@pytest.mark.parametrize("cited, source", [
    pytest.param("Rencana itu juga dimuat di dalam laporan EurAsian Times pekan lalu.", "EurAsian Times", id="a foreign defence site"),
    pytest.param("Seperti ditayangkan Kabar Pagi SCTV, warga di hilir sungai mulai mengungsi.", "SCTV",
                 id="a broadcast's transcript"),
])
def test_cited_outlets_named_after_a_cue(tmp_path, cited, source):
    """A registered outlet after a cue: a foreign outlet named after 'laporan', a channel after its programme's name
    and 'seperti ditayangkan' (the text a broadcast's transcript)."""
    text = page(lede("JAKARTA - ", FLOOD), cited)
    check(tmp_path, text, Truth(place="Jakarta", attributions=(source,)), sentences(FLOOD) + [cited], [])
