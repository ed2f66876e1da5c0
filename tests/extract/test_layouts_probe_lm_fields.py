"""Dateline, outlet, date, credit and attribution layouts met on the held-out probe sets L and M (2026-12), each
family checked for its reach on the harvest of unlabelled pages from other sites.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story
sentence must survive whole. Families: a dateline's place followed by the larger unit it lies in (its
regency, province or country, after a comma, in brackets or after a slash), a stray comma before the dash, a
place of two words glued to the site's host by a full stop, a whole dateline in parentheses; a regency that
shares its name with a city; a date line headed by the site's name or by a rubric; a heading or a link's label
shaped like a name; names printed above their role labels under the text; a short ambiguous name after a weak cue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import FLOOD, paragraphs, sentences
from tests.extract.pagekit import Truth, check, lost, run_page
from tests.extract.test_layouts import FLOOD_TITLE, lede, page


# -- datelines -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix, place, outlet", [
    pytest.param("Soreang, Bandung — ", "Soreang", None, id="Town, Regency —"),
    pytest.param("Sleman, DIY – ", "Sleman", None, id="Regency, Province –"),
    pytest.param("KABARCONTOH.COM, SEMARANG, JATENG – ", "Semarang", "KABARCONTOH.COM",
                 id="OUTLET, CITY, PROVINCE –"),
    pytest.param("KabarContoh, Banda Aceh (Aceh) – ", "Banda Aceh", "KabarContoh", id="Outlet, City (Province) –"),
    pytest.param("Kabarcontoh.com (Seruyan/Kalteng)- ", "Seruyan", "Kabarcontoh.com", id="Domain (Regency/Province)-"),
    pytest.param("Kabarcontoh.id- Medan, — ", "Medan", "Kabarcontoh.id", id="Domain- City, — (a stray comma)"),
    pytest.param("KOTA MADIUN.KABARCONTOH.COM, – ", "Madiun", "KABARCONTOH.COM", id="KOTA CITY.DOMAIN, –"),
    pytest.param("(Kacon, Jambi) – ", "Jambi", "Kacon", id="(Outlet, City) –"),
    pytest.param("KAB. BANDUNG – ", "Kabupaten Bandung", None, id="a regency named like its city"),
    pytest.param("Sleman Kidul, Kabarcontoh.com - ", "Sleman Kidul", "Kabarcontoh.com",
                 id="a town the gazetteer lacks, named after its regency, beside a host"),
    pytest.param("Kabarcontoh.com - Kabarcontoh.com - ", None, "Kabarcontoh.com", id="a copy's outlet printed twice"),
    pytest.param("SLEMAN (KACON)-", "Sleman", "KACON", id="CITY (OUTLET)-Word, the dash glued on both sides"),
    pytest.param("SLEMAN [KACON]-", "Sleman", "KACON", id="CITY [OUTLET]-Word"),
])
def test_a_datelines_place_then_the_unit_it_lies_in(tmp_path, prefix, place, outlet):
    """The dateline's place followed by the larger unit it lies in (a regency, a province, a country), set off by
    a comma, brackets or a slash: the place is the first; a comma left before the dash or a city of two words
    glued to the host changes nothing; "Kab. X" is the regency, a different place from the city X."""
    check(tmp_path, page(lede(prefix, FLOOD)), Truth(place=place, outlet=outlet), sentences(FLOOD), [])


def test_a_malaysian_city_before_a_spaced_colon_and_a_lower_case_lede(tmp_path):
    """'SHAH ALAM : polis ...' (a Malaysian portal's desk story: a space before the colon, the lede's first word in
    lower case): a city the gazetteer knows, so the place."""
    story = [["polis menahan lima lelaki dalam serbuan di sebuah rumah teres di pinggir bandar minggu lepas.",
              "Semua suspek direman sehingga minggu depan bagi membantu siasatan."]] + FLOOD[1:]
    check(tmp_path, page(lede("SHAH ALAM : ", story)), Truth(place="Shah Alam"), sentences(story), [])


def test_a_summarys_points_above_the_lede_leave_the_dateline_its_place(tmp_path):
    """Three summary points ('• ...', sentences) between the date line and 'Kabarcontoh.com - ' opening the text:
    they are the summary, not the text's first paragraphs, so the dateline below them is still the article's."""
    points = ["  • Pemerintah kota memastikan pembangunan tanggul dimulai bulan ini di tepi sungai.",
              "  • Anggaran proyek berasal dari dana daerah dan bantuan pemerintah pusat tahun ini.",
              "  • Warga yang lahannya terkena proyek akan menerima ganti rugi sesuai aturan yang berlaku."]
    text = page(FLOOD_TITLE, "", "Rabu, 12 Maret 2025 | 10:15 WIB", "", "Baca 10 detik", points, "",
                lede("Kabarcontoh.com - ", FLOOD))
    doc = run_page(tmp_path, text)
    assert doc.meta["source_id"] == "kabarcontoh.com"
    assert not lost(doc, sentences(FLOOD))


def test_an_english_date_line_with_a_twelve_hour_clock(tmp_path):
    """'Published Oct 16, 2025 10:03 am' under the headline: the publication date (the clock's 'am' is no name)."""
    text = page(FLOOD_TITLE, "", "Published Oct 16, 2025 10:03 am", lede("JAKARTA - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta", published=dt.date(2025, 10, 16), basis="date_line"),
          sentences(FLOOD), ["Published Oct 16, 2025 10:03 am"])


def test_a_date_line_followed_by_its_update_stamp(tmp_path):
    """'Senin, 3 Maret 2025 Last Updated 2025-03-04T02:10:00Z' (a news theme's bar): the first date is the
    publication's, the stamp after the label is the update's."""
    bar = "Senin, 3 Maret 2025 Last Updated 2025-03-04T02:10:00Z"
    text = page(FLOOD_TITLE, "", bar, "", lede("SLEMAN - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Sleman", published=dt.date(2025, 3, 3), basis="date_line"),
          sentences(FLOOD), [bar])


def test_the_sites_date_line_is_no_dateline_and_the_real_one_follows(tmp_path):
    """'Kabarcontoh.id - Jumat, 2 Juni 2023 | 21:15 WIB' under the headline: the outlet's date line (its 'lede'
    is only a date), then 'JAKARTA, KABARCONTOH.ID - ' opening the text."""
    text = page(FLOOD_TITLE, "", "Kabarcontoh.id - Jumat, 2 Juni 2023 | 21:15 WIB", "",
                lede("JAKARTA, KABARCONTOH.ID - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta", outlet="KABARCONTOH.ID",
                                published=dt.date(2023, 6, 2), basis="date_line"),
          sentences(FLOOD), ["Kabarcontoh.id - Jumat, 2 Juni 2023 | 21:15 WIB"])


def test_a_meta_bar_with_a_rubric_and_a_registered_source_in_lower_case(tmp_path):
    """'Nasional | kompas | Rabu, 26 Maret 2025 - 18:10' (an aggregator's bar): the rubric is no byline, the source
    is the outlet, the date the publication date."""
    text = page(FLOOD_TITLE, "", "Nasional | kompas | Rabu, 26 Maret 2025 - 18:10", "", paragraphs(FLOOD))
    doc = run_page(tmp_path, text)
    assert doc.meta["authors"] == []
    assert doc.meta["source_id"] == "kompas"
    assert str(doc.meta["published_date"]) == "2025-03-26"
    assert not lost(doc, sentences(FLOOD))


def test_a_release_dated_at_a_place_names_nobody(tmp_path):
    """'(Jakarta, 24 Mei 2022)' alone under the headline: the place and date a release is issued at, no byline."""
    text = page(FLOOD_TITLE, "", "(Jakarta, 24 Mei 2022)", "", paragraphs(FLOOD))
    doc = run_page(tmp_path, text)
    assert doc.meta["authors"] == []
    assert str(doc.meta["published_date"]) == "2022-05-24"
    assert not lost(doc, sentences(FLOOD))


# -- credits ---------------------------------------------------------------------------------------------------------

def test_a_subheading_above_the_lede_is_no_byline(tmp_path):
    """'Babak Kedua' between the credit block and the text of a report's second page: its words are the text's own
    vocabulary ('... memasuki babak kedua'), so it is a heading, not a writer."""
    story = [["Memasuki babak kedua, tim tamu menambah tekanan dan menguasai bola lebih lama di lini tengah.",
              "Usaha itu membuahkan gol penyeimbang pada menit ke-55."]] + FLOOD[1:]
    text = page(FLOOD_TITLE, "", "Rabu, 10 Oktober 2018 20:30 WIB", "Editor: Wiryo Santoso", "Babak Kedua", "",
                paragraphs(story))
    doc = run_page(tmp_path, text)
    assert doc.meta["authors"] == [] and doc.meta["editors"] == ["Wiryo Santoso"]
    assert not lost(doc, sentences(story))


def test_a_heading_above_a_second_heading_and_the_cut_end_is_no_signoff(tmp_path):
    """Two short headings under the last paragraph, then the page's cut-off sentence: headings over more text."""
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), "", "Tanggapan Pemerintah Daerah Setempat", "Fokus Anggaran",
                "Dalam keterangan tertulis, pemerintah daerah menyebut anggaran tambahan masih dib")
    doc = run_page(tmp_path, text)
    assert doc.meta["authors"] == []
    assert not lost(doc, sentences(FLOOD))


@pytest.mark.parametrize("label", [
    pytest.param("Read Entire Article", id="an aggregator's link"),
    pytest.param("KEMBALI KE ARTIKEL", id="a blog theme's back link in capitals"),
])
def test_a_links_label_under_the_text_is_no_signoff(tmp_path, label):
    """A link's label alone under the text ('Read Entire Article'), shaped like a name: it credits nobody."""
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", paragraphs(FLOOD), label))
    assert doc.meta["authors"] == []
    assert not lost(doc, sentences(FLOOD))


def test_a_police_unit_beside_the_headline_is_no_person(tmp_path):
    """'Satlantas Polres Contoh' under a rubric line: an institution's word in the middle makes it no name."""
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", "Satlantas Polres Kotacontoh", "", paragraphs(FLOOD)))
    assert doc.meta["authors"] == []
    assert not lost(doc, sentences(FLOOD))


def test_names_above_their_role_labels_under_the_text(tmp_path):
    """'Wiryo' / 'Editor' / 'Santi' / 'Reporter' under the text: each name above the label that says its role; a
    label makes even a one-word pen name a credit."""
    text = page(lede("KABARCONTOH.COM – ", FLOOD), "", "Wiryo", "Editor", "Santi", "Reporter")
    check(tmp_path, text, Truth(outlet="KABARCONTOH.COM", authors=("Santi",), editors=("Wiryo",)),
          sentences(FLOOD), ["Wiryo", "Editor", "Santi", "Reporter"])


def test_one_name_under_two_joined_roles(tmp_path):
    """'Redaktur & Reporter : Santi' under the text (a national network's credit line): one person, both roles."""
    text = page(lede("KABARCONTOH.COM – ", FLOOD), "", "Redaktur & Reporter : Santi")
    check(tmp_path, text, Truth(outlet="KABARCONTOH.COM", authors=("Santi",), editors=("Santi",)),
          sentences(FLOOD), ["Redaktur & Reporter : Santi"])


def test_the_writers_role_and_outlet_between_the_label_and_the_name(tmp_path):
    """'Laporan Wartawan Kabarcontoh.com Wiryo Santoso' above the lede (a network's credit line, no comma): the
    name, without the role and the outlet's host printed before it."""
    credit = "Laporan Wartawan Kabarcontoh.com Wiryo Santoso"
    text = page(credit, lede("KABARCONTOH.COM, SLEMAN - ", FLOOD))
    check(tmp_path, text, Truth(place="Sleman", outlet="KABARCONTOH.COM", authors=("Wiryo Santoso",)),
          sentences(FLOOD), [credit])


# -- attributions ----------------------------------------------------------------------------------------------------

def test_a_neighbourhood_unit_after_a_weak_cue_is_no_broadcaster(tmp_path):
    """'info dari RT' (Rukun Tetangga, a neighbourhood unit): a weak cue before a short, ambiguous name holds for a
    news agency's only; the broadcaster of that name is not cited."""
    said = "\"Info dari RT, api muncul dari dapur,\" kata Kepala Regu Pemadam Kota Contoh, Wiryo Santoso."
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), said)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD) + [said], [])


def test_major_foreign_papers_are_registered():
    """'kepada The New York Post', 'The Independent UK' (an aggregator's label): papers Indonesian news cites."""
    from sikap.pipeline.extract.outlets import lookup_outlet

    assert lookup_outlet("The New York Post") == lookup_outlet("New York Post") == "new-york-post"
    assert lookup_outlet("The Independent UK") == "the-independent"
