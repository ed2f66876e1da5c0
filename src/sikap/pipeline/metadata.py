"""Facts the text cannot give, and the licence notice it does: the raw file's sidecar and AI notices.

URL and retrieval date come only from the raw file's sidecar (a text dump carries neither); each value is
noted with the sidecar's provenance. Emits no reason codes.
"""

from __future__ import annotations

import datetime as dt

from sikap.records import Doc


def read_sidecar(doc: Doc) -> Doc:
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


def ai_notice(doc: Doc) -> str | None:
    """The verbatim AI/TDM notice of the article's page, when one was marked."""
    for ln in doc.lines:
        if ln.rule == "legal.ai_notice":
            return doc.line_text(ln)
    return None
