"""The date printed on a credit line: "Penulis: NAME | Selasa, 18 April 2017 | 11:45 WIB".

The line rules read a labelled credit line first (its names go to the credits) and mark it, so the edge rules,
which read date lines among the free lines only, never saw the date beside the names. Regional portals and
WordPress themes print the writer or the desk's editor and the day in one bar under the headline ("Redaksi : NAME |
DATE", fix set GC, 2026-12; "Reporter: NAME | Editor: NAME | DATE"). A part of such a line, between its bars or
spaced dashes, that is a date line by itself (edge_lines.date_line, naming nobody) gives the date, as a byline's
date does; only in the header and footer, where a byline stands.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.edge_lines import date_line

_PARTS = re.compile(r"\s+[|•·]\s+|\s+[–—-]\s+")


def credit_line_dates(page, zones) -> None:
    """Record the date of each credit line in the header or footer whose bar holds one."""
    lines = page.doc.lines
    last = zones.last if zones.last is not None else len(lines)
    lede = zones.lede if zones.lede is not None else len(lines)
    for i, ln in enumerate(lines):
        if not (i < lede or i > last) or not (ln.rule or "").startswith("credit.") or page.nw[i] > 24:
            continue
        t = page.texts[i]
        if not any(c.isdigit() for c in t):
            continue
        for part in _PARTS.split(t)[1:]:  # (the first part is the label and its name)
            got = date_line(part)
            if got is not None and not got[1] and not got[2]:
                page.dates.append((got[0], "byline", t))
                break
