"""Read a date as news pages print it: "Rabu, 23 Oktober 2024 - 18:29 WIB", "22 Oktober 2024, 17:46",
"2 October 2025 11:08", "October 2, 2025", "Minggu, (19/1/2025)", "21/10/2024", "date 2025-08-25",
"date 2023-08" (a month), "Selasa (16/9)" (a news peg, no year).

Month and weekday names come from curated/extraction/dates.yaml (checked against dateparser in the tests).
A stated date is returned as stated: a weekday that does not match is reported, never "fixed".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from sikap.pipeline.extract.knowledge import date_names


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    precision: str  # day | month
    start: int  # span of the date text in the searched string
    end: int
    weekday_ok: bool | None  # None when no weekday is printed


@dataclass(frozen=True)
class Grammar:
    months: dict  # name -> month number
    weekdays: dict  # name -> weekday number
    long: re.Pattern  # [weekday,] d Month yyyy (or d/Mon/yyyy, d-Mon-yyyy)  |  [weekday,] Month d, yyyy
    numeric: re.Pattern  # [weekday,] [(]d/m/yyyy[)]  |  yyyy-mm-dd  |  yyyy-mm
    time: re.Pattern
    peg: re.Pattern  # Weekday (d/m[/y])


def _alt(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@functools.cache
def grammar() -> Grammar:
    data = date_names()
    extra = data.get("not_in_dateparser", {})
    months = {str(n).casefold(): int(m) for m, names in data["months"].items() for n in names}
    weekdays = {str(n).casefold(): int(d) for d, names in data["weekdays"].items() for n in names}
    months.update({str(n).casefold(): int(m) for m, spec in extra.get("months", {}).items() for n in spec["names"]})
    weekdays.update({str(n).casefold(): int(d) for d, spec in extra.get("weekdays", {}).items() for n in spec["names"]})
    mon, wd = _alt(months), _alt(weekdays)
    zones = _alt(data["zones"])
    wd_part = rf"(?:(?P<wd>{wd})\.?\s*,?\s*)?"
    long = re.compile(
        rf"(?i)(?<![\w]){wd_part}(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|\s*[/-]\s*)(?P<mon>{mon})\.?(?:,?\s+|\s*[/-]\s*)"
        rf"(?P<y>\d{{4}})|(?P<mon2>{mon})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))(?!\d)")
    # (an English ordinal after the day: "May 2nd 2024, 20:42, by NAME, OutletNEWS", a national portal's byline; fix
    # set IM, 2026-12)
    # (a word processor's en dash between a numeric date's parts, "16–08-2025": fresh-site probe page, 2026-12, setR)
    numeric = re.compile(
        rf"(?i)(?<![\w/.-]){wd_part}(?:\(\s*)?(?:(?P<d>\d{{1,2}})\s*[/.–-]\s*(?P<m>\d{{1,2}})\s*[/.–-]\s*(?P<y>\d{{4}})"
        rf"|(?P<y2>\d{{4}})-(?P<m2>\d{{2}})(?:-(?P<d2>\d{{2}})(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:[+-]\d{{2}}:?\d{{2}}|Z)?)?)?)"
        rf"(?:\s*\))?(?![\w/.-]*\d)")
    # (an ISO date may carry its time and zone, "2022-09-29T16:30:59+07:00": a theme's machine-readable time printed
    # as text, fix set LK, 2026-12)
    # (an English clock's "am"/"pm" after the time: "Published Oct 16, 2025 10:03 am", held-out probe page, setL)
    time = re.compile(rf"(?i)(?:pukul|jam|pkl\.?|at)?\s*\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:\s*(?:[ap]\.m\.|[ap]m))?"
                      rf"\s*(?:{zones})?(?![\w])")
    peg = re.compile(rf"(?i)(?<![\w])(?P<wd>{wd})\s*,?\s*" + PEG_DAY.pattern)
    return Grammar(months, weekdays, long, numeric, time, peg)


# a news peg's day in brackets, "(16/9)", "(16/9/25)", "(16/9/2025)": what follows a peg's weekday; a dateline may
# print it as a part of its own ("Jakarta, Kamis (28/2) –", fix set JC), so the dateline rules read it with this
PEG_DAY = re.compile(r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{2}|\d{4}))?\s*\)")


def peg_year(y: str | None, hint: int | None) -> int | None:
    """A peg's year: two digits are this century's ("(16/9/25)"), none takes hint."""
    return (2000 + int(y) if len(y) == 2 else int(y)) if y else hint


def _make(y: int, m: int, d: int | None) -> dt.date | None:
    try:
        return dt.date(y, m, d or 1)
    except ValueError:
        return None


def _weekday_ok(g: Grammar, date: dt.date, wd: str | None) -> bool | None:
    return None if not wd else g.weekdays[wd.casefold().rstrip(".")] == date.weekday()


_DIGIT = re.compile(r"\d")


def find_date(text: str, start: int = 0) -> FoundDate | None:
    """The first full date (or ISO year-month) in text[start:], whichever form comes first."""
    if _DIGIT.search(text, start) is None:
        return None  # every form prints a day or a year
    g = grammar()
    found = []
    m = g.long.search(text, start)
    if m:
        if m.group("d"):
            date = _make(int(m.group("y")), g.months[m.group("mon").casefold()], int(m.group("d")))
        else:
            date = _make(int(m.group("y2")), g.months[m.group("mon2").casefold()], int(m.group("d2")))
        if date:
            found.append(FoundDate(date, "day", m.start(), m.end(), _weekday_ok(g, date, m.group("wd"))))
    m = g.numeric.search(text, start)
    if m:
        if m.group("d"):
            date, precision = _make(int(m.group("y")), int(m.group("m")), int(m.group("d"))), "day"
        else:
            d2 = m.group("d2")
            date = _make(int(m.group("y2")), int(m.group("m2")), int(d2) if d2 else None)
            precision = "day" if d2 else "month"
        if date:
            found.append(FoundDate(date, precision, m.start(), m.end(), _weekday_ok(g, date, m.group("wd"))))
    return min(found, key=lambda f: f.start) if found else None


def strip_time(text: str) -> str:
    """text without printed times and zones ("18:29 WIB", "pukul 14.05")."""
    return grammar().time.sub(" ", text)


# what every news peg holds after its weekday: a cheap test before the search with all the weekday names
_PEG_DATE = re.compile(r"\(\s*\d{1,2}\s*/\s*\d")


@functools.cache
def _longest_weekday() -> int:
    """Characters of the longest weekday name of the peg's alternation (a case-insensitive match of a name
    has its length)."""
    return max(len(n) for n in grammar().weekdays)


def find_peg(text: str) -> re.Match | None:
    """The first news peg "Weekday (d/m[/y])" in text. A peg's "(" opens a _PEG_DATE match, and its weekday
    ends right before that "(" or before the blank and comma in between, so the peg is matched only at the
    few characters where it can start (searching all the weekday names at every character cost ~18 µs a
    line); trying these in order, the first match is the search's."""
    if "(" not in text or "/" not in text:
        return None
    peg, longest = grammar().peg, _longest_weekday()
    tried = 0  # starts below this were tried
    for date in _PEG_DATE.finditer(text):
        paren = at = date.start()
        while at and text[at - 1].isspace():  # the peg's `\s*,?\s*` before "(" (str.isspace is the regex's \s)
            at -= 1
        if at and text[at - 1] == ",":
            at -= 1
            while at and text[at - 1].isspace():
                at -= 1
        for start in range(max(tried, at - longest), paren):
            m = peg.match(text, start)
            if m is not None:
                return m
        tried = max(tried, paren)
    return None


def peg_date(m: re.Match, year_hint: int | None) -> tuple[dt.date | None, bool]:
    """(date, weekday matches) of a news peg; a peg without a year takes year_hint (None: undatable)."""
    g = grammar()
    year = peg_year(m.group("y"), year_hint)
    if year is None:
        return None, False
    date = _make(year, int(m.group("m")), int(m.group("d")))
    if date is None:
        return None, False
    return date, g.weekdays[m.group("wd").casefold()] == date.weekday()
