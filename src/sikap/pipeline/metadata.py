"""Credits, dateline, outlet and attributions, read from lines the boilerplate step classified.

Every value is noted with its provenance: `extracted` with the evidence text, or `curated` from the raw
file's sidecar. Emits no reason codes.
"""

from __future__ import annotations

import re

from sikap.pipeline.split import DATELINE_BARE, DATELINE_PAREN, dateline
from sikap.records import Doc

_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|/|\bdan\b|\band\b)\s*")
_CREDIT_FIELD = {"credit.author": "authors", "credit.translator": "translators", "credit.editor": "editors"}


def extract_credits(doc: Doc) -> Doc:
    for field in _CREDIT_FIELD.values():
        doc.meta.setdefault(field, [])
    for code, names, evidence in doc.meta.pop("_credit_names", []):
        if code == "credit.source":
            doc.meta.setdefault("_source_credits", []).append((names, evidence))
            continue
        field = _CREDIT_FIELD[code]
        for name in filter(None, _SPLIT_NAMES.split(names.strip())):
            if name not in doc.meta[field]:
                doc.meta[field].append(name)
                doc.note(field, "extracted", code, evidence)
    return doc


def _lede(doc: Doc):
    for ln in doc.lines:
        if ln.rule is None:
            m = dateline(doc.line_text(ln))
            return ln, m
    return None, None


def extract_dateline(doc: Doc) -> Doc:
    """Dateline place and outlet: 'Istanbul (ANTARA) -' or 'Pantau -' / 'starsunleash.com -'."""
    from sikap.sources import registry

    reg = registry()
    doc.meta.setdefault("dateline_place", None)
    doc.meta.setdefault("source_id", None)
    ln, m = _lede(doc)
    if m is not None:
        evidence = m.group(0).strip()
        if m.re is DATELINE_PAREN:
            doc.meta["dateline_place"] = m.group("place")
            doc.note("dateline_place", "extracted", "dateline", evidence)
            token = m.group("outlet").strip()
            _set_outlet(doc, reg.match_alias(token) or _slug(token), "dateline", evidence, known=bool(reg.match_alias(token)))
        elif m.re is DATELINE_BARE:
            token = m.group("token")
            sid = reg.match_alias(token)
            if sid or "." in token:
                _set_outlet(doc, sid or token.lower(), "dateline", evidence, known=bool(sid))
            else:
                doc.meta["dateline_place"] = token
                doc.note("dateline_place", "extracted", "dateline", evidence)
    if doc.meta["source_id"] is None:
        for ln in doc.lines:
            if ln.rule in ("chrome.brand", "legal.copyright", "legal.ai_notice"):
                hit = next(reg.find(doc.line_text(ln)), None)
                if hit:
                    _set_outlet(doc, hit[0], ln.rule, doc.line_text(ln), known=True)
                    break
    if doc.meta["source_id"] is None:
        outlet = doc.raw.sidecar.get("outlet") or {}
        if outlet.get("value"):
            doc.meta["source_id"] = outlet["value"]
            doc.note("source_id", "curated", "sidecar", outlet.get("note", ""))
    return doc


def read_sidecar(doc: Doc) -> Doc:
    """URL and retrieval date come only from the sidecar (the dumps carry neither)."""
    import datetime as dt

    for field in ("url", "retrieved"):
        spec = doc.raw.sidecar.get(field) or {}
        value = spec.get("value") if isinstance(spec, dict) else spec
        if field == "retrieved" and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        doc.meta[field] = value
        if value is not None:
            doc.note(field, spec.get("source", "curated") if isinstance(spec, dict) else "curated", "sidecar",
                     spec.get("note", "") if isinstance(spec, dict) else "")
    return doc


def _slug(token: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "-", token.lower()).strip("-")


def _set_outlet(doc: Doc, sid: str, method: str, evidence: str, known: bool) -> None:
    doc.meta["source_id"] = sid
    doc.note("source_id", "extracted", method, evidence)
    if not known:
        doc.meta.setdefault("_discovered", {})[sid] = f"{doc.raw.path}: {evidence}"


def find_attributions(doc: Doc) -> Doc:
    """Agencies and outlets the article credits or quotes: source credit lines, then names in the text."""
    from sikap.sources import registry

    reg = registry()
    found: dict[str, str] = {}
    for names, evidence in doc.meta.pop("_source_credits", []):
        for sid, _ in reg.find(names):
            found.setdefault(sid, evidence)
    text = doc.text
    for sid, m in reg.find(text):
        a, b = max(0, m.start() - 40), min(len(text), m.end() + 40)
        found.setdefault(sid, text[a:b].replace("\n", " ").strip())
    own = doc.meta.get("source_id")
    doc.meta["attributions"] = [
        {"source_id": sid, "evidence": ev} for sid, ev in sorted(found.items()) if sid != own
    ]
    for item in doc.meta["attributions"]:
        doc.note("attributions", "extracted", "registry alias in text or source credit", item["evidence"])
    return doc


def ai_notice(doc: Doc) -> str | None:
    for ln in doc.lines:
        if ln.rule == "legal.ai_notice":
            return doc.line_text(ln)
    return None
