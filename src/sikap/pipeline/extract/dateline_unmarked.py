"""Datelines a copy printed without the separator that closes them, read when the dateline grammar
(datelines.parse) finds none: an agency's "Kota (Outlet)" whose dash was lost, a gazetteer place in capitals and a
comma before a lede in sentence case ("KOTA, Lede ..."), the day alone before the dash ("5 Feb 2026 - Lede").
Each needs a lede of twelve words or more after it, so that a headline is never read as one.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.captions import photo_words
from sikap.pipeline.extract.dateforms import find_date
from sikap.pipeline.extract.dateline_parts import _place
from sikap.pipeline.extract.datelines import Dateline, _evaluate
from sikap.pipeline.extract.text import WS

# "Kota (Outlet) Lede ...": an agency's dateline whose dash the copy lost (a regional office's release, fix set LG,
# 2026-12): a gazetteer place, a name in brackets that is no place and no photo's credit, then a lede's capital
_PAREN_NO_DASH = re.compile(r"^\s*(?P<p>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2})[ \t]*\((?P<o>[A-Z][^()\n]{1,30})\)[ \t]+(?=[A-Z])")


def _place_paren_no_dash(line: str) -> Dateline | None:
    m = _PAREN_NO_DASH.match(line)
    if m is None or len(line[m.end():].split(None, 12)) < 12 or _place(m.group("p")) is None:
        return None
    outlet = m.group("o").strip(WS)
    if _place(outlet) is not None or photo_words().search(outlet) or len(outlet.split()) > 4:
        return None
    found = _evaluate((line[:m.end()].strip(WS),), False, m.end(), line, False, False)
    return found if found is not None and found.place and found.outlet else None


# "KOTA, Lede ...": a gazetteer place in capitals and a comma, then the lede in sentence case, no dash (a national
# daily's copies, fix sets IJ and KG, 2026-12); a place in capitals opens no sentence of a text
_CAPS_PLACE_LEDE = re.compile(r"^\s*(?P<p>[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,}){0,2}),[ \t]+(?=[A-Z][a-z])")


def _caps_place_comma(line: str) -> Dateline | None:
    m = _CAPS_PLACE_LEDE.match(line)
    if m is None or _place(m.group("p")) is None or len(line[m.end():].split(None, 12)) < 12 \
            or line[m.end():].split(None, 1)[0].rstrip(",").isupper():
        return None
    found = _evaluate((m.group("p"),), False, m.end(), line, False, False)
    return found if found is not None and found.place and not found.outlet else None


# "5 Feb 2026 - Lede ...": the day alone before the dash, no place and no outlet (a portal's lede, fix set LO, 2026-12)
_DATE_HEAD = re.compile(r"^\s*\d{1,2}\s+[^\W\d_]{3,9}\.?,?\s+\d{4}\s*[-–—]+\s+(?=[A-Z])")


def _date_head(line: str) -> Dateline | None:
    m = _DATE_HEAD.match(line)
    if m is None or len(line[m.end():].split(None, 12)) < 12:
        return None
    date = find_date(line[:m.end()])
    if date is None or date.start > 3:
        return None
    return Dateline(m.end(), None, None, date, line[:m.end()].strip(WS), False, True)


def unmarked(line: str) -> Dateline | None:
    """The dateline the line opens with in one of the forms above, or None."""
    found = _place_paren_no_dash(line) if "(" in line[:40] else None
    if found is None and line[1:2].isupper() and "," in line[:40]:
        found = _caps_place_comma(line)
    if found is None and line.lstrip(WS)[:1].isdigit():
        found = _date_head(line)
    return found
