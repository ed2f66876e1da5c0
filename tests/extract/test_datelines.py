"""datelines.parse: one grammar for every printed order of place, outlet and date before a lede."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.datelines import parse

LEDE = "Pemerintah Kota Contoh mulai membangun tanggul baru di tepi sungai."


@pytest.mark.parametrize("head, place, outlet, confident", [
    ("Jakarta (ANTARA) - ", "Jakarta", "ANTARA", True),
    ("KABARCONTOH.CO.ID, Jakarta - ", "Jakarta", "KABARCONTOH.CO.ID", True),
    ("Jakarta, Kabar Contoh - ", "Jakarta", "Kabar Contoh", True),
    ("KABARCONTOH.CO.ID, WINA -- ", "Wina", "KABARCONTOH.CO.ID", True),
    ("KABARCONTOH.CO.ID - JAKARTA. ", "Jakarta", "KABARCONTOH.CO.ID", True),
    ("Bojonegoro – Kabarkita – ", "Bojonegoro", "Kabarkita", True),
    ("Kabarcontoh.com - ", None, "Kabarcontoh.com", True),
    ("JAKARTA - ", "Jakarta", None, True),
    ("Baturaja: ", "Baturaja", None, True),
    ("[KABARCONTOH.ID] ", None, "KABARCONTOH.ID", True),
    ("Internasional, KABARCONTOH.ID: ", None, "KABARCONTOH.ID", True),
    ("Washington, Kabarcontoh.id - ", "Washington", "Kabarcontoh.id", True),
    ("JAKARTA, HARIAN CONTOH β ", "Jakarta", "HARIAN CONTOH", True),
    ("JAKARTA � ", "Jakarta", None, True),
    ("KabarKita. ", None, "KabarKita", False),
])
def test_forms(head, place, outlet, confident):
    line = head + LEDE
    d = parse(line)
    assert d is not None
    assert (d.place, d.outlet, d.confident, d.standalone) == (place, outlet, confident, False)
    assert line[d.end:].lstrip() == LEDE
    assert d.evidence == head.strip()


def test_a_dateline_with_its_date():
    line = "kabarcontoh.id – Surabaya, 26 Agustus 2024. " + LEDE
    d = parse(line)
    assert (d.place, d.outlet, line[d.end:].lstrip()) == ("Surabaya", "kabarcontoh.id", LEDE)
    assert line[d.date.start:d.date.end] == "26 Agustus 2024"


@pytest.mark.parametrize("line, place, outlet", [
    ("Jakarta, Kabar Contoh", "Jakarta", "Kabar Contoh"),
    ("Jakarta Kabar Contoh —", "Jakarta", "Kabar Contoh"),
])
def test_a_dateline_on_a_line_of_its_own(line, place, outlet):
    d = parse(line)
    assert (d.place, d.outlet, d.standalone, d.end) == (place, outlet, True, len(line))


@pytest.mark.parametrize("line", [
    "India - Pakistan di Ambang Perang",  # a headline: too short for a lede after the dash
    "Oleh karena itu, pemerintah memutuskan menunda rencana tersebut hingga tahun depan.",
    "Catatan: rapat berikutnya digelar pekan depan di gedung yang sama.",
    "Harga beras naik - pedagang mengeluh karena pembeli mulai berkurang drastis.",
    "pemerintah kota - yang baru dilantik - segera menyiapkan anggaran perbaikan jalan.",
    "Jakarta",  # a place alone on a line is a caption's or a heading's
    "",
])
def test_not_a_dateline(line):
    assert parse(line) is None


def test_a_date_line_is_not_a_dateline():
    assert parse("Minggu, (19/1/2025)") is None


def test_a_headline_with_a_dash_is_never_a_confident_dateline():
    d = parse("Timnas Putri - Tuan Rumah Berakhir 2-1, Garuda Pertiwi Melaju ke Semifinal")
    assert d is None or not d.confident


@pytest.mark.parametrize("line", ["\u2028", "\x85", " \u2029 "])
def test_a_line_of_other_white_space_is_no_dateline(line):
    assert parse(line) is None


def test_a_date_line_names_its_outlet_by_any_domain_a_dateline_accepts():
    """date lines and datelines share one domain pattern (text.DOMAIN): '.online', '.xyz', '.io' count too."""
    from sikap.pipeline.extract.edges import date_line
    from sikap.pipeline.extract.outlets import outlet_shaped

    for domain in ("kabar.online", "warta.xyz", "contoh.co.id", "berita.io"):
        assert outlet_shaped(domain), domain
        found = date_line(f"12 Agustus 2025 - {domain}")
        assert found is not None and found[2] == domain, domain


# The separator and second-part searches try their regexes only where a match can start; these compare them
# with the plain regexes they replace, on text made of the characters that decide them.
_PIECES = list("aB1_ ,.:;|\n\t\u00a0\u3000-–—−β�") + ["Jakarta", " - ", " -- ", "(ANTARA)", "Surabaya, 26 Agustus 2024. ",
                                                     ")-", "]-", " || ", "situs.com"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_separator_is_the_first_sep_match(text):
    from sikap.pipeline.extract.datelines import MAX_HEAD, SEP, _separator

    found, plain = _separator(text), SEP.search(text, 0, MAX_HEAD)
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_second_part_is_the_one_regex_reading(text):
    from sikap.pipeline.extract.datelines import _second_part

    one_regex = re.compile(r"(\(?[^\W\d_](?:[^.,:;|\n–—-]|\.(?=\w)){0,40}?(?:,\s*[^.\n–—-]{3,30}?)?)"
                           r"(\.\s+|,?\s*[–—]+\s*|,?\s+-{1,3}\s+|\s*\|{1,2}\s*|-(?=[A-Z][a-z])|-{1,2}\s+)(?=\S)")
    m = one_regex.match(text[:90])
    assert _second_part(text[:90]) == (m and (m.group(1), m.group(2), m.end()))
