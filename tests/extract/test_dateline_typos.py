"""dateline_typos: a mistyped dateline head is read as typed properly, and the repair never moves an offset."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.dateline_typos import repaired
from sikap.pipeline.extract.datelines import parse

LEDE = "Jajaran polsek mengamankan sedikitnya delapan belas remaja yang hendak tawuran di jalan raya desa itu."


@pytest.mark.parametrize("head, place, outlet", [
    ("KOTA CONTOH, kabarcontoh,com : ", "Kota Contoh", "kabarcontoh.com"),
    ("Kabarcontoh .Net, Pati – ", "Pati", "Kabarcontoh.Net"),
    ("kabarcontoh. id, Pontianak – ", "Pontianak", "kabarcontoh.id"),
    ("Garut, (KC).- ", "Garut", "KC"),
])
def test_a_mistyped_host_in_the_dateline(head, place, outlet):
    found = parse(head + LEDE)
    assert (found.place, found.outlet) == (place, outlet)
    assert found.evidence == head.strip().rstrip()  # the evidence is the line as printed


def test_a_place_glued_to_the_lede_by_an_underscore():
    found = parse("LENGKONG_" + LEDE)
    assert found.place == "Lengkong" and found.evidence == "LENGKONG_"


def test_a_repair_alone_claims_nothing():
    assert repaired("Harga naik,com ini bukan alamat") == "Harga naik.com ini bukan alamat"  # a repair only retypes the head; parse still decides
    assert parse("Harga beras naik, id est mahal sekali bagi warga kota yang berbelanja setiap pekan di pasar.") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ABCKOTA abc,._-comidnet")), max_size=90))
def test_a_repair_keeps_the_lines_length(line):
    fixed = repaired(line)
    assert fixed is None or (len(fixed) == len(line) and fixed != line)


def test_a_place_glued_by_an_underscore_to_the_host():
    found = parse("KOTA-CONTOH_kabarcontoh.co.Id –" + LEDE)
    assert found.outlet == "kabarcontoh.co.Id" and found.evidence == "KOTA-CONTOH_kabarcontoh.co.Id –"


def test_the_place_in_brackets_after_the_outlet():
    found = parse("Kabarcontoh.com - (Surabaya) - " + LEDE)
    assert (found.place, found.outlet) == ("Surabaya", "Kabarcontoh.com")


def test_a_close_buttons_glyph_glued_before_the_place():
    found = parse("xTEHERAN, KABARCONTOH.com - " + LEDE)
    assert found.place == "Teheran" and found.evidence == "xTEHERAN, KABARCONTOH.com -"


def _repaired_by_every_substitution(line: str) -> str | None:
    """The reference: every substitution tried on every head (dateline_typos skips heads its one search clears)."""
    from sikap.pipeline.extract import dateline_typos as dt

    head = line[:dt._HEAD]
    if (spaced := dt._spaced(head)) is not None:  # the blanking repairs come first, each alone
        return spaced + line[dt._HEAD:]
    fixed = dt._COMMA_DOT.sub(".", head)
    fixed = dt._SPACE_BEFORE_DOT.sub(lambda m: "." + m.group("t") + " ", fixed)
    fixed = dt._SPACE_AFTER_DOT.sub(lambda m: "." + m.group("t") + " ", fixed)
    fixed = dt._UNDERSCORE.sub(lambda m: m.group("h") + "–", fixed)
    fixed = dt._UNDERSCORE_SPACE.sub(lambda m: m.group("h") + ",", fixed)
    fixed = dt._STOP_DASH.sub(" -", fixed, count=1)
    fixed = dt._CLOSE_GLYPH.sub(" ", fixed)
    return fixed + line[dt._HEAD:] if fixed != head else None


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["x", "×", "KOTA", "Kota", " ", ",", ".", "_", "-", "(", ")", "com", "id", "co.id",
                                 "net", "COM", "ID", "Id", "Net", "a", "Warga"]), max_size=25).map("".join))
def test_the_one_search_skips_no_repair(line):
    assert repaired(line) == _repaired_by_every_substitution(line)
