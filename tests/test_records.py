"""Doc.text follows every change of the kept lines, although it is cached."""

from __future__ import annotations

from sikap.records import Doc, Line, RawFile


def _doc() -> Doc:
    text = "judul\nbaris satu\nbaris dua"
    raw = RawFile("x.txt", "0" * 64, len(text), text.encode())
    return Doc(raw=raw, decoded=text, lines=[Line(0, 5), Line(6, 16), Line(17, 26)])


def test_text_follows_rules_lines_and_decoded():
    doc = _doc()
    assert doc.text == "judul\n\nbaris satu\n\nbaris dua"
    doc.lines[0].rule = "title"
    assert doc.text == "baris satu\n\nbaris dua"
    doc.lines[0].rule = None
    assert doc.text.startswith("judul")
    doc.lines = doc.lines[1:2]
    assert doc.text == "baris satu"
    doc.decoded = "JUDUL\nBARIS SATU\nBARIS DUA"
    assert doc.text == "BARIS SATU"
