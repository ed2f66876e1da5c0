"""Crawled pages: extract an HTML record's main text, and fill what the text left empty from page facts.

`ExtractHtml` runs beside the decode step: for a record of kind html (a saved page, a WARC response, a JSONL
line with HTML) it decodes the page in its declared charset, reads the markup facts and makes trafilatura's
main text the Doc's `decoded` text, which then goes through the same steps as a dump. The facts travel on
the record (`doc.raw.record.facts`), so they survive the split step.

`apply_page_facts` runs after the steps that read metadata from the text: it fills url, canonical_url,
retrieved, title, authors, publication date and outlet where the text gave none, each noted in provenance
with its basis as the method (html_meta, url, warc, crawler_record); the date's basis also goes to
doc.meta["date_basis"]. The text's own values win; a page fact that disagrees with the value kept is noted
as method "conflict:<basis>", never dropped silently. The facts used are in doc.meta["page_facts"].

Reason codes: page_too_large, undecodable_page, no_main_text (extract_html).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sikap.formats import fact
from sikap.pipeline.decode import MAX_BYTES
from sikap.records import Doc, Reject

DATE_FACTS = ("html_date", "crawler_date", "url_date")  # in order of trust when the text states no date


@dataclass(frozen=True)
class ExtractHtml:
    max_bytes: int = MAX_BYTES
    name: str = "extract_html"

    def __call__(self, doc: Doc) -> Doc | Reject:
        from sikap.formats.html import (OPTIONS, PageError, decode_html, extractor, main_text, markup_facts, normalise,
                                        parse)

        rec = doc.raw.record
        if rec is None or rec.kind != "html":
            return doc
        data = doc.raw.data
        if len(data) > self.max_bytes:
            return doc.reject(self.name, "page_too_large", f"{len(data)} bytes > limit {self.max_bytes}")
        try:
            html, encoding = decode_html(data, rec.charset)
        except PageError as err:
            return doc.reject(self.name, "undecodable_page", err.detail)
        tree = parse(html)
        text = main_text(tree) if tree is not None else ""
        if not text:
            return doc.reject(self.name, "no_main_text", f"{extractor()} found no main text in {len(data)} bytes")
        doc.decoded, doc.decode_fixes = normalise(text)
        doc.encoding, doc.start, doc.end = encoding, 0, len(doc.decoded)
        facts = markup_facts(tree)
        options = ", ".join(f"{k}={v}" for k, v in sorted(OPTIONS.items()))
        facts["extractor"] = fact(extractor(), "extractor", f"main text, options {options}")
        doc.raw = dataclasses.replace(doc.raw, record=dataclasses.replace(rec, facts={**rec.facts, **facts}))
        return doc


def apply_page_facts(doc: Doc) -> Doc:
    from sikap.formats.urlfacts import host_of, url_date, url_outlet
    from sikap.sources import registry  # the registry work's Registry.match_domain will replace urlfacts.match_domain

    rec = doc.raw.record
    if rec is None:
        return doc
    facts = dict(rec.facts)
    m = doc.meta
    canonical = facts.get("canonical_url")
    m["canonical_url"] = canonical["value"] if canonical else None
    if canonical:
        _note(doc, "canonical_url", canonical)
    if m.get("url") is None and (f := facts.get("url") or canonical):
        m["url"] = f["value"]
        _note(doc, "url", f)
    if m.get("retrieved") is None and (f := facts.get("fetch_date")):
        m["retrieved"] = f["value"]
        _note(doc, "retrieved", f)
    address = m.get("url")
    if address:
        if (f := url_date(address)) is not None:
            facts["url_date"] = f
        if (f := url_outlet(registry(), address, "url", f"host {host_of(address)} of {address}")) is not None:
            facts["url_outlet"] = f
    if not m.get("title") and (f := facts.get("html_title") or facts.get("crawler_title")):
        m["title"] = f["value"]
        _note(doc, "title", f)
    if not m.get("authors") and (f := facts.get("html_authors") or facts.get("crawler_authors")):
        m["authors"] = list(f["value"])
        for _ in f["value"]:
            _note(doc, "authors", f)
    _date(doc, [facts[k] for k in DATE_FACTS if k in facts])
    _outlet(doc, facts)
    m["page_facts"] = facts
    return doc


def _note(doc: Doc, field: str, f: dict, conflict_with: str | None = None) -> None:
    if conflict_with is None:
        doc.note(field, "extracted", f["basis"], f["evidence"])
    else:
        doc.note(field, "extracted", f"conflict:{f['basis']}", f"{f['evidence']} (gives {f['value']}; kept {conflict_with})")


def _same(a, b, precision: str) -> bool:
    if precision == "year":
        return a.year == b.year
    if precision == "month":
        return (a.year, a.month) == (b.year, b.month)
    return a == b


def _date(doc: Doc, candidates: list[dict]) -> None:
    m = doc.meta
    if m.get("published_date") is None and candidates:
        first, candidates = candidates[0], candidates[1:]
        m.update(published_date=first["value"], date_precision=first.get("precision", "day"),
                 date_evidence=first["evidence"], date_basis=first["basis"])
        _note(doc, "published_date", first)
    kept, precision = m.get("published_date"), m.get("date_precision", "day")
    for f in candidates if kept is not None else ():
        coarser = "month" if "month" in (precision, f.get("precision")) else precision
        if not _same(kept, f["value"], coarser):
            _note(doc, "published_date", f, f"{kept} ({m.get('date_basis') or 'text'})")


def _outlet(doc: Doc, facts: dict) -> None:
    from sikap.sources import registry

    m = doc.meta
    by_url = facts.get("url_outlet")
    site = facts.get("site_name") or facts.get("crawler_site_name")
    by_site = None
    if site and (sid := registry().match_alias(site["value"])):
        by_site = fact(sid, site["basis"], site["evidence"], known=True)
    known = [f for f in (by_url, by_site) if f and f["known"]]
    if m.get("source_id") is None:
        chosen = known[0] if known else by_url
        if chosen is None:
            return
        m["source_id"] = chosen["value"]
        _note(doc, "source_id", chosen)
        if not chosen["known"]:
            m.setdefault("_discovered", {})[chosen["value"]] = f"{doc.raw.path}: {chosen['evidence']}"
        from sikap.pipeline.extract.outlet_resolve import drop_own_attributions

        drop_own_attributions(doc)
        return
    for f in (by_url, by_site):
        if f is not None and f["value"] != m["source_id"]:
            _note(doc, "source_id", f, m["source_id"])
