"""Run the build's own steps on a page written by a test, and compare what came out with what the page says.

A fixture states the whole truth of its page, as devpages/truth.jsonl does for a real one: every field it
does not name is expected empty (no title, no date, no outlet...). `problems` lists every disagreement at
once, so a failing fixture says everything that went wrong, not only the first field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sikap.records import Doc


@dataclass(frozen=True)
class Truth:
    title: str | None = None
    place: str | None = None
    outlet: str | None = None  # as printed ("KABARCONTOH.ID", "Harian Contoh", "ANTARA")
    published: dt.date | None = None
    basis: str | None = None  # date_basis when published is set
    event: dt.date | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    attributions: tuple[str, ...] = ()  # agencies and outlets as printed ("AFP", "Reuters", "AA")


def source_id(printed: str) -> str:
    """The id the dataset gives an outlet printed this way: its registry id, or the id it is discovered under."""
    from sikap.pipeline.extract.outlets import outlet_id

    return outlet_id(printed)[0]


def run_page(folder: Path, text: str, name: str = "page.txt") -> Doc:
    """The one article the pipeline makes of `text` (a page that splits, is rejected or raises fails here)."""
    from sikap.evaluate.runner import run_pages

    path = folder / name
    path.write_text(text, encoding="utf-8")
    (out,) = run_pages([path])
    assert out.error is None, f"the pipeline raised: {out.error}"
    assert not out.rejects, f"the page was rejected: {[(r.reason, r.detail) for r in out.rejects]}"
    assert len(out.articles) == 1, f"the page became {len(out.articles)} articles"
    return out.articles[0]


def _fields(doc: Doc) -> dict:
    m = doc.meta
    return {
        "title": m.get("title"),
        "place": m.get("dateline_place"),
        "outlet": m.get("source_id"),
        "published": m.get("published_date"),
        "basis": m.get("date_basis"),
        "event": m.get("event_date"),
        "authors": sorted(m.get("authors") or []),
        "editors": sorted(m.get("editors") or []),
        "attributions": sorted(a["source_id"] for a in m.get("attributions") or []),
    }


def _expected(truth: Truth) -> dict:
    return {
        "title": truth.title,
        "place": truth.place,
        "outlet": source_id(truth.outlet) if truth.outlet else None,
        "published": truth.published,
        "basis": truth.basis if truth.published else None,
        "event": truth.event,
        "authors": sorted(truth.authors),
        "editors": sorted(truth.editors),
        "attributions": sorted({source_id(a) for a in truth.attributions}),
    }


def problems(doc: Doc, truth: Truth, body: list[str], chrome: list[str]) -> list[str]:
    """Every way the article differs from the truth: fields, body sentences lost, chrome left in the text."""
    out = []
    got, want = _fields(doc), _expected(truth)
    for key, value in want.items():
        if got[key] != value:
            out.append(f"{key}: expected {value!r}, got {got[key]!r}")
    out += [f"body sentence lost or cut: {s!r}" for s in lost(doc, body)]
    out += [f"chrome left in the text: {c!r}" for c in chrome_left(doc, chrome)]
    return out


def lost(doc: Doc, body: list[str]) -> list[str]:
    """The body sentences not found whole in the article text."""
    return [s for s in body if s not in doc.text]


def chrome_left(doc: Doc, chrome: list[str]) -> list[str]:
    """The planted chrome still in the article text: a short word ("1", "Share", "Sad") is looked for as a
    whole line, anything else ("&#13;", "(dhf/fra)", a teaser headline) anywhere in the text."""
    kept = {doc.line_text(ln).strip() for ln in doc.kept}
    out = []
    for c in (c.strip() for c in chrome):
        short = len(c) <= 6 and c.replace(" ", "").isalnum()
        if (c in kept) if short else (c in doc.text):
            out.append(c)
    return out


def check(folder: Path, text: str, truth: Truth, body: list[str], chrome: list[str]) -> Doc:
    doc = run_page(folder, text)
    found = problems(doc, truth, body, chrome)
    assert not found, "\n".join(found) + "\n--- article text ---\n" + doc.text
    return doc
