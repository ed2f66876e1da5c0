"""Publication dates from explicit evidence only, with their precision and the text they came from.

Two forms are read: a date line in the page header ("Selasa, 16 September 2025 14:05 WIB",
"17 September 2025") and the news peg of Indonesian wire style, the first "Weekday (d/m[/y])" of the
body ("Selasa (16/9)", "Senin (8/12/2025)"). A peg without a year takes the year of the copyright line
only when the weekday matches that date; otherwise the date stays null. Relative dates ("pekan lalu")
have no anchor and are never resolved. Emits no reason codes.
"""

from __future__ import annotations

import datetime as dt
import re

from sikap.records import Doc

WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "desember": 12, "des": 12,
}
_WD = r"(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")"
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
PEG = re.compile(_WD + r"\s*\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{2}|\d{4}))?\s*\)", re.I)
LONG = re.compile(r"^(?:" + _WD + r"\s*,?\s*)?(?P<d>\d{1,2})\s+" + _MON + r"\s+(?P<y>\d{4})\b", re.I)
YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _weekday_ok(date: dt.date, wd: str | None) -> bool:
    return wd is None or WEEKDAYS[wd.lower()] == date.weekday()


def parse_peg(text: str, year_hint: int | None = None) -> tuple[dt.date | None, re.Match | None]:
    """The first news peg in text and its date (None when it cannot be dated from the evidence)."""
    m = PEG.search(text) if "(" in text and "/" in text else None  # a peg needs both: skip most lines
    if not m:
        return None, None
    y = m.group("y")
    year = (2000 + int(y) if len(y) == 2 else int(y)) if y else year_hint
    if year is None:
        return None, m
    date = _date(year, int(m.group("m")), int(m.group("d")))
    return (date if date and _weekday_ok(date, m.group("wd")) else None), m


def parse_long(text: str) -> dt.date | None:
    m = LONG.match(text.strip())
    if not m:
        return None
    date = _date(int(m.group("y")), MONTHS[m.group("mon").lower()], int(m.group("d")))
    return date if date and _weekday_ok(date, m.group("wd")) else None


def extract_date(doc: Doc) -> Doc:
    doc.meta.update(published_date=None, date_precision="unknown", date_evidence=None)
    body_started = False
    for ln in doc.lines:
        text = doc.line_text(ln)
        if ln.rule is None:
            body_started = True
        if not body_started and len(text) <= 80 and (date := parse_long(text)):
            return _found(doc, date, text, "header date line")
    copyright_year = None
    copyright_line = None
    for ln in doc.lines:
        if ln.rule == "legal.copyright" and (y := YEAR.search(doc.line_text(ln))):
            copyright_year, copyright_line = int(y.group(0)), doc.line_text(ln)
            break
    for ln in doc.kept:
        date, m = parse_peg(doc.line_text(ln), copyright_year)
        if m is None:
            continue
        if date is None:
            return doc  # the first peg is the article's; an undatable one means unknown
        evidence = m.group(0) if m.group("y") else f"{m.group(0)} + {copyright_line}"
        return _found(doc, date, evidence, "news peg" + ("" if m.group("y") else " + copyright year, weekday checked"))
    return doc


def _found(doc: Doc, date: dt.date, evidence: str, method: str) -> Doc:
    doc.meta.update(published_date=date, date_precision="day", date_evidence=evidence)
    doc.note("published_date", "extracted", method, evidence)
    return doc
