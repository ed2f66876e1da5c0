"""Step `extract_date`: the publication date the page states, with its basis; and the news peg apart.

A publication date is read only where a page states one: a date line or a machine date stamp in the header
or footer, a byline's date, the dateline's own date, a self-naming sign-off's date. A date anywhere else
(a caption, a related article, the body) is not this article's publication. Bases, in order of trust:
date_line, date_stamp, byline, dateline, sign_off; an "updated" date only when nothing else is stated;
the sidecar's date (curated) when the text states none. A stated date is kept as stated, also when its
weekday disagrees (the disagreement is noted).

The news peg of Indonesian wire style, the first "Weekday (d/m[/y])" of the body, is the day of the reported
event, not a publication date: it goes to event_date (basis news_peg). A peg without a year takes the year
of the copyright line only when the weekday matches; otherwise it stays undated.
"""

from __future__ import annotations

import datetime as dt
import re

from sikap.pipeline.extract.dateforms import find_peg, peg_date
from sikap.records import Doc

ORDER = ("date_line", "date_stamp", "byline", "dateline", "sign_off", "print_edition", "updated")
_RANK = {b: k for k, b in enumerate(ORDER)}
_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")


def _sidecar_date(doc: Doc):
    spec = doc.raw.sidecar.get("published") or {}
    value = spec.get("value") if isinstance(spec, dict) else spec
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return None, spec
    return (value if isinstance(value, dt.date) else None), spec


def extract_date(doc: Doc) -> Doc:
    doc.meta.update(published_date=None, date_precision="unknown", date_basis=None, date_evidence=None,
                    event_date=None, event_date_evidence=None)
    found = doc.meta.pop("_dates", [])
    if found:
        found.sort(key=lambda f: _RANK.get(f[1], len(ORDER)))
        date, basis, evidence = found[0]
        doc.meta.update(published_date=date.date, date_precision=date.precision, date_basis=basis,
                        date_evidence=evidence.strip())
        note = {"date_line": "date line in the header or footer", "date_stamp": "date stamp",
                "byline": "byline date", "dateline": "date in the dateline", "sign_off": "date in a self-naming sign-off",
                "print_edition": "date of the print edition named in the copy's note",
                "updated": "update date (no other date stated)"}[basis]
        if date.weekday_ok is False:
            note += "; the printed weekday does not match this date (kept as stated)"
        doc.note("published_date", "extracted", note, evidence.strip())
    else:
        value, spec = _sidecar_date(doc)
        if value is not None:
            doc.meta.update(published_date=value, date_precision="day", date_basis="sidecar",
                            date_evidence=spec.get("note", "") if isinstance(spec, dict) else "")
            doc.note("published_date", "curated", "sidecar", doc.meta["date_evidence"] or "")
    _news_peg(doc)
    return doc


def _copyright_year(doc: Doc) -> tuple[int | None, str | None]:
    """(year, line) of the first copyright line that prints a year."""
    for ln in doc.lines:
        if ln.rule == "legal.copyright" and (y := _YEAR.search(doc.line_text(ln))):
            return int(y.group(0)), doc.line_text(ln)
    return None, None


def _news_peg(doc: Doc) -> None:
    decoded = doc.decoded
    d = doc.meta.get("_dateline")
    dated = d.evidence if d is not None and d.date is not None else None  # a dateline's own date is no news peg
    for ln in doc.lines:
        text = decoded[ln.start:ln.end] if ln.rule is None else ""
        if dated and text.lstrip().startswith(dated):
            text = text.lstrip()[len(dated):]  # ("Kota – Minggu (27/7/2025) — Warga ...": the peg is the dateline's)
        m = find_peg(text) if text else None
        if m is None:
            continue
        copyright_year, copyright_line = _copyright_year(doc) if not m.group("y") else (None, None)
        date, weekday_ok = peg_date(m, copyright_year)
        if date is None or not weekday_ok and not m.group("y"):
            return  # the first peg is the article's; one that cannot be dated leaves the event date unknown
        evidence = m.group(0) if m.group("y") else f"{m.group(0)} + {copyright_line}"
        doc.meta.update(event_date=date, event_date_evidence=evidence)
        method = "news peg" + ("" if m.group("y") else " + copyright year, weekday checked")
        if not weekday_ok:
            method += "; the printed weekday does not match this date (kept as stated)"
        doc.note("event_date", "extracted", method, evidence)
        return
