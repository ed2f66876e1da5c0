"""The date printed on a credit line: "Penulis: NAME | Selasa, 18 April 2017 | 11:45 WIB".

The line rules read a labelled credit line first (its names go to the credits) and mark it, so the edge rules,
which read date lines among the free lines only, never saw the date beside the names. Regional portals and
WordPress themes print the writer or the desk's editor and the day in one bar under the headline ("Redaksi : NAME |
DATE", fix set GC, 2026-12; "Reporter: NAME | Editor: NAME | DATE"). A part of such a line, between its bars or
spaced dashes, that is a date line by itself (edge_lines.date_line, naming nobody) gives the date, as a byline's
date does; only in the header and footer, where a byline stands. The other order, the date first and the credits
after it with no bar between ("Senin, 15 Maret 2021 Reporter: NAME Editor: NAME 1447", a meta line closed by its
view counter; fix set GF, 2026-12), is read from the free lines there: the date, and the credits of the rest.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.edge_lines import date_line

_PARTS = re.compile(r"\s+[|•·]\s+|\s+[–—-]\s+")
_COUNTER = re.compile(r"\s+\d{1,7}\s*$")  # a view counter closing the line


def credit_line_dates(page, zones) -> None:
    """Record the date of each credit line in the header or footer whose bar holds one, and read a free line there
    that is a date followed by labelled credits."""
    lines = page.doc.lines
    last = zones.last if zones.last is not None else len(lines)
    lede = zones.lede if zones.lede is not None else len(lines)
    for i, ln in enumerate(lines):
        if not (i < lede or i > last) or page.nw[i] > 24:
            continue
        if ln.rule is None and i != zones.dateline_at:
            _dated_credits(page, i)
            continue
        if not (ln.rule or "").startswith("credit."):
            continue
        t = page.texts[i]
        if not any(c.isdigit() for c in t):
            continue
        for part in _PARTS.split(t)[1:]:  # (the first part is the label and its name)
            got = date_line(part)
            if got is not None and not got[1] and not got[2]:
                page.dates.append((got[0], "byline", t))
                break


def _dated_credits(page, i: int) -> None:
    from sikap.pipeline.extract.credit_lines import parse_credit_line
    from sikap.pipeline.extract.credits import clean_name
    from sikap.pipeline.extract.dateforms import find_date, strip_time

    t = page.texts[i]
    if ":" not in t or not any(c.isdigit() for c in t[:40]):
        return
    found = find_date(t)
    if found is None or found.start > 3:
        return
    rest = _COUNTER.sub("", strip_time(t[found.end:])).strip(" \t|,-–—•·")
    pairs = parse_credit_line(rest) if rest else None
    if not pairs or any(len(name.split()) > 5 for _, name in pairs):
        return
    names = [(field, clean_name(name)) for field, name in pairs]
    if not any(name for _, name in names):
        return  # (a name the name rules doubt is left out; the line is still the date's and the credits')
    page.dates.append((found, "byline", t))
    page.credits.extend((field, name, t, "credits after the date") for field, name in names if name)
    page.mark(i, "meta.byline")
