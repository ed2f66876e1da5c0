"""What a date line prints beside its date that names nobody (edge_lines.date_line reads the line without it): the
desk's name set off by a bar or a dash before the date, a widget's button word closing the line, and a labelled
credit printed after the date, which the credit rules read instead.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import credits
from sikap.pipeline.extract.dateforms import find_date
from sikap.pipeline.extract.datelines import _sections
from sikap.pipeline.extract.text import WS

# an editor's labelled credit printed after the date on the byline's line ("Oleh DESK, Senin, 7 Agustus 2023 | 13:57 WIB -
# Redaktur: NAME - 248": a government news agency's meta line, fix set IE, 2026-12)
_ROLE_TAIL = re.compile(r"(?i)(?:\s+[-–—|•]\s*|\s*[|•]\s*)(?=(?:redaktur|editor|penyunting|penulis|reporter|pewarta|"
                        r"fotografer)\s*:\s*\S)")


def role_after_date(text: str) -> int | None:
    """Where a labelled credit printed after the line's date starts (the date line is read without it and the
    credit by the credit rules), or None."""
    m = _ROLE_TAIL.search(text) if ":" in text else None
    return m.start() if m is not None and find_date(text[:m.start()]) is not None else None


_PIECE = re.compile(r"\s*[|•·/–—]\s*|\s+-\s+")


def _section_head(rest: str) -> str:
    """What a date line prints beside its date, without the desk's name set off by a bar or dash before it
    ("Global | DATE", "Nasional | Outlet | DATE"): a section is neither a name nor an outlet (held-out probe page,
    2026-12, setL); a section's word inside a name stays ("Ragam Contoh News")."""
    if not _PIECE.search(rest):
        return rest
    pieces = _PIECE.split(rest.strip())
    k = 0
    while k < len(pieces) and pieces[k].strip(WS + ",").casefold() in _sections():
        k += 1
    return " ".join(pieces[k:]) if k else rest


def _widget_tail(rest: str) -> str:
    """What a date line prints beside its date, without a widget's button word closing it ("... WITA Follow",
    "NAME Share"): a button is no name (curated/extraction/credits.yaml, widget_words)."""
    widgets = credits.knowledge().widget_words
    toks = rest.split()
    while toks and toks[-1].casefold() in widgets:
        toks.pop()
    return " ".join(toks) if len(toks) < len(rest.split()) else rest
