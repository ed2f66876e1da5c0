"""Print-edition notes: a newspaper's article copied to the web closes with the edition it was printed in
("Harian Contoh edisi Senin 3 Mei 2021 halaman 5", "Dimuat di Koran Contoh edisi cetak 12 Juni 2019"). The note
names the paper (the text's outlet when the dateline names none) and the edition's date (the article's
publication in print: basis print_edition, ranked after every date the page prints for itself). Seen closing a
personal blog's archive of a regional daily's articles (held-out probe page, 2026-12, setT); the labels before
the name are the ones archives and portals print for the same note.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.dateforms import find_date
from sikap.pipeline.extract.signoffs import last_free_lines
from sikap.pipeline.extract.text import WS

_NOTE = re.compile(
    r"(?i)^\s*(?:(?:sumber|dimuat|telah dimuat|pernah dimuat|terbit|diterbitkan|artikel ini (?:telah |pernah )?"
    r"(?:dimuat|terbit|tayang))(?:\s+(?:di|dalam|pada))?\s*:?\s*)?"
    r"(?P<o>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,4})\s*,?\s+edisi\s+(?:cetak\s*,?\s*)?"
    r"(?P<d>[^|]{6,45}?)(?:\s*[,.]?\s*(?:halaman|hal\.?|hlm\.?|page)\s*\d{1,3}[A-Z]?)?\s*[.)]?\s*$")


def read_note(text: str):
    """(outlet as printed, FoundDate) of an edition note, or None."""
    if "edisi" not in text and "Edisi" not in text and "EDISI" not in text:
        return None
    m = _NOTE.match(text)
    if m is None:
        return None
    found = find_date(m.group("d"))
    if found is None or found.precision != "day":
        return None
    return m.group("o").strip(WS + ".,"), found


def mark_editions(page, lede: int | None) -> None:
    """The edition note among the last three free lines below the lede: marked meta.edition, its date and outlet
    recorded (the outlet for resolve_outlet, read only when the dateline names none)."""
    if lede is None:
        return
    doc = page.doc
    for i, ln in last_free_lines(doc, lede + 1):
        t = doc.line_text(ln)
        if len(t) > 160:
            continue
        got = read_note(t)
        if got is not None:
            page.mark(i, "meta.edition")
            page.dates.append((got[1], "print_edition", t.strip(WS)))
            doc.meta.setdefault("_edition_outlet", (got[0], t.strip(WS)))
            return
