"""From a finished Doc to a row of the articles table, in the column order of schema/tables.yaml."""

from __future__ import annotations

from sikap.records import Doc


def gold_defaults() -> dict:
    """Gold label columns as they are before any annotation round: present and empty."""
    from sikap.schema import load

    schema = load()
    cols = {c.name: c for c in schema.tables["articles"].columns}
    out = {"topics": [], "topics_tied": [], "label_provenance": []}
    for target in schema.vocab("stance_targets").names:
        name = f"stance_{target}"
        if name not in cols:
            raise KeyError(f"schema has no column {name}")
        out[name] = None
    return out


def article_row(doc: Doc, cluster: str, gold: dict) -> dict:
    m = doc.meta
    kept = doc.kept
    rec = doc.raw.record
    return {
        "article_id": m["article_id"],
        "raw_file": doc.raw.path,
        "raw_sha256": doc.raw.sha256,
        "record_index": rec.index if rec is not None else None,
        "record_offset": rec.offset if rec is not None else None,
        "record_sha256": rec.sha256 if rec is not None else None,
        "extractor": rec.facts["extractor"]["value"] if rec is not None and "extractor" in rec.facts else None,
        "article_index": doc.index or 0,
        "char_start": doc.start,
        "char_end": doc.end,
        "segments": [{"start": ln.start, "end": ln.end} for ln in kept],
        "text": doc.text,
        "title": m.get("title"),
        "section": m.get("section"),
        "dateline_place": m.get("dateline_place"),
        "published_date": m.get("published_date"),
        "date_precision": m.get("date_precision", "unknown"),
        "date_basis": m.get("date_basis"),
        "date_evidence": m.get("date_evidence"),
        "event_date": m.get("event_date"),
        "event_date_evidence": m.get("event_date_evidence"),
        "source_id": m.get("source_id"),
        "url": m.get("url"),
        "canonical_url": m.get("canonical_url"),
        "retrieved": m.get("retrieved"),
        "authors": m.get("authors", []),
        "translators": m.get("translators", []),
        "editors": m.get("editors", []),
        "attributions": m.get("attributions", []),
        "language": m["language"],
        "language_confidence": m["language_confidence"],
        "encoding": doc.encoding,
        "decode_fixes": list(doc.decode_fixes),
        "removed_lines": [{"start": ln.start, "end": ln.end, "rule": ln.rule} for ln in doc.lines if ln.rule],
        "near_dup_cluster": cluster,
        "target_mentions": m.get("target_mentions", []),
        "mentions_model_version": m.get("mentions_model_version", ""),
        **gold,
        "provenance": doc.provenance,
    }
