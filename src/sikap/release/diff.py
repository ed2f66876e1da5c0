"""What changed between two versions of the dataset: records added, removed, edited (which fields) and
moved between splits, per config; gold label changes per field; schema and vocabulary changes.

`sikap diff A B` prints it; the CHANGELOG entry of a release is rendered from it (changelog.py); the
version rules (versioning.py) classify it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from sikap.release.snapshot import DERIVED, Snapshot, gold_label_columns


@dataclass
class RecordChanges:
    config: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # key -> edited fields (gold labels apart)
    moved: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (split before, split after)
    derived: dict[str, list[str]] = field(default_factory=dict)  # key -> derived count columns that changed

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.moved or self.derived)


@dataclass(frozen=True)
class LabelChange:
    field: str
    key: str
    kind: str  # added | removed | changed
    before: object
    after: object


@dataclass(frozen=True)
class SchemaChange:
    config: str
    kind: str  # config_added | config_removed | column_added | column_removed | type_changed | labels_appended | labels_changed
    detail: str


@dataclass
class DatasetDiff:
    a: str
    b: str
    records: dict[str, RecordChanges]
    labels: list[LabelChange]
    schema: list[SchemaChange]

    def is_empty(self) -> bool:
        return not (any(self.records.values()) or self.labels or self.schema)


def _empty(v) -> bool:
    return v is None or (isinstance(v, list) and not v)


def _norm(v) -> str:
    return json.dumps(v, sort_keys=True, default=str, ensure_ascii=False)


def label_kind(before, after) -> str:
    if _empty(before):
        return "added"
    if _empty(after):
        return "removed"
    if isinstance(before, list) and isinstance(after, list):
        b, a = Counter(map(_norm, before)), Counter(map(_norm, after))
        if not (b - a):
            return "added"
        if not (a - b):
            return "removed"
    return "changed"


def _schema_changes(a: Snapshot, b: Snapshot) -> list[SchemaChange]:
    out = []
    for cfg in sorted(set(a.columns) | set(b.columns)):
        if cfg not in a.columns:
            out.append(SchemaChange(cfg, "config_added", f"{len(b.columns[cfg])} columns"))
            continue
        if cfg not in b.columns:
            out.append(SchemaChange(cfg, "config_removed", f"{len(a.columns[cfg])} columns"))
            continue
        ca, cb = a.columns[cfg], b.columns[cfg]
        out += [SchemaChange(cfg, "column_added", c) for c in cb if c not in ca]
        out += [SchemaChange(cfg, "column_removed", c) for c in ca if c not in cb]
        out += [SchemaChange(cfg, "type_changed", f"{c}: {ca[c]} -> {cb[c]}") for c in ca if c in cb and ca[c] != cb[c]]
        la, lb = a.class_labels.get(cfg, {}), b.class_labels.get(cfg, {})
        for col in sorted(set(la) & set(lb)):
            if la[col] != lb[col]:
                kind = "labels_appended" if lb[col][: len(la[col])] == la[col] else "labels_changed"
                out.append(SchemaChange(cfg, kind, f"{col}: {la[col]} -> {lb[col]}"))
    return out


def _config_changes(cfg: str, a: Snapshot, b: Snapshot, gold: set[str]) -> tuple[RecordChanges, list[LabelChange]]:
    ra, rb = a.rows.get(cfg, {}), b.rows.get(cfg, {})
    rc, labels = RecordChanges(cfg), []
    rc.added = sorted(k for k in rb if k not in ra)
    rc.removed = sorted(k for k in ra if k not in rb)
    derived = DERIVED.get(cfg, frozenset())
    for k in sorted(set(ra) & set(rb)):
        if a.splits[cfg][k] != b.splits[cfg][k]:
            rc.moved[k] = (a.splits[cfg][k], b.splits[cfg][k])
        old, new = ra[k], rb[k]
        fields = [c for c in new if c in old and old[c] != new[c]]
        edited = [c for c in fields if c not in gold and c not in derived]
        if edited:
            rc.changed[k] = edited
        if any(c in derived for c in fields):
            rc.derived[k] = [c for c in fields if c in derived]
        labels += [LabelChange(c, k, label_kind(old[c], new[c]), old[c], new[c]) for c in fields if c in gold]
    if cfg == "articles":  # labels carried by new articles are added labels too
        for k in rc.added:
            labels += [LabelChange(c, k, "added", None, rb[k][c]) for c in gold if c in rb[k] and not _empty(rb[k][c])]
    return rc, labels


def diff_snapshots(a: Snapshot, b: Snapshot, name_a: str = "A", name_b: str = "B") -> DatasetDiff:
    records, labels = {}, []
    for cfg in sorted(set(a.rows) | set(b.rows)):
        gold = set(gold_label_columns(set(a.columns.get(cfg, {})) | set(b.columns.get(cfg, {})))) if cfg == "articles" else set()
        rc, lab = _config_changes(cfg, a, b, gold)
        records[cfg] = rc
        labels += lab
    return DatasetDiff(name_a, name_b, records, labels, _schema_changes(a, b))


def _short(v, limit: int = 60) -> str:
    text = _norm(v)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary_lines(d: DatasetDiff, limit: int = 50) -> list[str]:
    """Markdown bullet lines: the body of `sikap diff` and of a CHANGELOG entry."""
    lines = []
    for cfg, rc in d.records.items():
        if not rc:
            continue
        counts = ", ".join(f"{len(getattr(rc, k))} {k}" for k in ("added", "removed", "changed", "moved") if getattr(rc, k))
        lines.append(f"- **{cfg}**: {counts or 'derived counts only'}")
        for k in rc.added[:limit]:
            lines.append(f"  - added `{k}`")
        for k in rc.removed[:limit]:
            lines.append(f"  - removed `{k}`")
        for k, fields in list(rc.changed.items())[:limit]:
            lines.append(f"  - changed `{k}`: {', '.join(fields)}")
        for k, (s1, s2) in list(rc.moved.items())[:limit]:
            lines.append(f"  - moved `{k}`: {s1} -> {s2}")
        for k, fields in list(rc.derived.items())[:limit]:
            lines.append(f"  - recounted `{k}`: {', '.join(fields)}")
    if d.labels:
        per_field = Counter((ch.field, ch.kind) for ch in d.labels)
        lines.append("- **gold labels**: " + ", ".join(f"{f} {k} {n}" for (f, k), n in sorted(per_field.items())))
        for ch in d.labels[:limit]:
            lines.append(f"  - `{ch.key}` {ch.field} {ch.kind}: {_short(ch.before)} -> {_short(ch.after)}")
    for ch in d.schema:
        lines.append(f"- **schema** {ch.config}: {ch.kind.replace('_', ' ')} {ch.detail}")
    return lines or ["- no record, label or schema changes"]


def as_json(d: DatasetDiff) -> dict:
    return {
        "a": d.a, "b": d.b,
        "records": {c: {"added": r.added, "removed": r.removed, "changed": r.changed,
                        "moved": {k: list(v) for k, v in r.moved.items()}, "derived": r.derived}
                    for c, r in d.records.items()},
        "labels": [{"field": ch.field, "key": ch.key, "kind": ch.kind, "before": ch.before, "after": ch.after} for ch in d.labels],
        "schema": [{"config": ch.config, "kind": ch.kind, "detail": ch.detail} for ch in d.schema],
    }
