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
        else:
            if (found := _closing_date(t)) is not None:
                page.dates.append((found, "byline", t))


def _closing_date(t: str):
    """'By NAME, Jumat, 29 Januari 2021 | 15:50 WIB': the date after the name and a comma, closing the credit line
    with only its time after it (a magazine portal's byline, fix set HD, 2026-12)."""
    from sikap.pipeline.extract.dateforms import find_date, strip_time

    found = find_date(t)
    if found is None or found.precision != "day" or not t[:found.start].rstrip().endswith((",", "|", "•")):
        return None
    return found if not strip_time(t[found.end:]).strip(" \t|,-–—•·") else None


def _dated_credits(page, i: int) -> None:
    t = page.texts[i]
    if not any(c.isdigit() for c in t[:40]):
        return
    if ":" not in t or not _labelled_after_date(page, i, t):
        _stamped_slashed_credit(page, i, t)


def _labelled_after_date(page, i: int, t: str) -> bool:
    """The date, then labelled credits: True when the line was read so."""
    from sikap.pipeline.extract.credit_lines import parse_credit_line
    from sikap.pipeline.extract.credits import clean_name
    from sikap.pipeline.extract.dateforms import find_date, strip_time

    found = find_date(t)
    if found is None or found.start > 3:
        return False
    rest = _COUNTER.sub("", strip_time(t[found.end:])).strip(" \t|,-–—•·")
    pairs = parse_credit_line(rest) if rest else None
    if not pairs or any(len(name.split()) > 5 for _, name in pairs):
        return False
    names = [(field, clean_name(name)) for field, name in pairs]
    if not any(name for _, name in names):
        return True  # (a name the name rules doubt is left out; the line is still the date's and the credits')
    page.dates.append((found, "byline", t))
    page.credits.extend((field, name, t, "credits after the date") for field, name in names if name)
    page.mark(i, "meta.byline")
    return True


# "NAME/AGENCY/Outlet": a writer, then the wire and the outlet the story went out by (a network's credit form)
_SLASHED_NAME = re.compile(r"([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,4})/[A-Z][\w.]*/")


def _stamped_slashed_credit(page, i: int, t: str) -> None:
    """'Sabtu, 13 Mei 2017 13:20 WIB NAME/AGENCY/Outlet Kota Share': a whole time stamp (weekday, date, time and zone)
    opening a header line, the writer and the wire after it in slashes (a regional daily's page kept by a network,
    fix set HD, 2026-12): the date is the byline's, the first name of the slashes the writer."""
    from sikap.pipeline.extract.credits import clean_name
    from sikap.pipeline.extract.dateforms import find_date, strip_time

    found = find_date(t)
    if found is None or found.start > 8 or found.precision != "day" or "/" not in t:
        return
    after = t[found.end:found.end + 16]
    if strip_time(after) == after:
        return  # no time after the date: no time stamp
    m = _SLASHED_NAME.search(strip_time(t[found.end:]))
    name = clean_name(m.group(1)) if m is not None else None
    if not name:
        return
    page.dates.append((found, "byline", t))
    page.credits.append(("authors", name, t, "credit after the time stamp"))
    tail = strip_time(t[found.end:])[m.end(1):].split("/")
    outlet = _registered_head(tail[-1]) if len(tail) >= 3 else None
    if outlet:  # "NAME/AGENCY/Outlet Kota": the outlet the story first ran in, a source as a credit's "Sumber:" is
        page.credits.append(("source", outlet, t, "credit after the time stamp"))
    page.mark(i, "meta.byline")


def _registered_head(text: str) -> str | None:
    """The longest run of opening words of `text` that names a registered outlet ('Harian Jogja Kota Share')."""
    from sikap.pipeline.extract.outlets import lookup_outlet

    words = text.split()
    return next((" ".join(words[:k]) for k in range(min(4, len(words)), 0, -1) if lookup_outlet(" ".join(words[:k]))),
                None)
