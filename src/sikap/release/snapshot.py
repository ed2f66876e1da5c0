"""A dataset folder read as records: per config and split, rows keyed by the config's record key.

Configs are found from the data files (`data/<config>-NNNNN-of-NNNNN.parquet`), so a config with no rows
(written but not declared in the card) is still compared; splits come from the card's `configs`.
"""

from __future__ import annotations

import fnmatch
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

_SHARD = re.compile(r"^(?P<config>.+)-\d{5}-of-\d{5}\.parquet$")

# Record keys; other configs use their schema's unique column, else the whole row.
KEYS = {"articles": ("article_id",), "sources": ("source_id",), "rejects": ("raw_file", "article_index", "step", "reason")}
# Columns that only count other records: a change there never raises the version level by itself.
DERIVED = {"sources": frozenset({"n_articles", "n_attributions"})}
GOLD_VOCABULARIES = ("topics", "stance_values")


@dataclass
class Snapshot:
    folder: Path | None
    rows: dict[str, dict[str, dict[str, dict]]] = field(default_factory=dict)  # config -> key -> row
    splits: dict[str, dict[str, str]] = field(default_factory=dict)  # config -> key -> split
    columns: dict[str, dict[str, str]] = field(default_factory=dict)  # config -> column -> arrow type
    class_labels: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # config -> column path -> names
    card: dict = field(default_factory=dict)


def data_files(folder: Path) -> dict[str, list[Path]]:
    out = defaultdict(list)
    for p in sorted((folder / "data").glob("*.parquet")):
        if m := _SHARD.match(p.name):
            out[m.group("config")].append(p)
    return dict(out)


def record_key(config: str, columns: list[str]) -> tuple[str, ...]:
    if config in KEYS and all(k in columns for k in KEYS[config]):
        return KEYS[config]
    from sikap.schema import load

    table = load().tables.get(config)
    unique = [c.name for c in table.columns if c.unique] if table else []
    return (unique[0],) if unique and unique[0] in columns else tuple(columns)


def key_string(row: dict, key: tuple[str, ...]) -> str:
    return "/".join("" if row[k] is None else str(row[k]) for k in key)


def gold_label_columns(columns) -> list[str]:
    """Gold label columns (topics, stance_*) and their provenance, per the current schema."""
    from sikap.schema import load
    from sikap.schema.types import column_type, label_paths

    table = load().tables["articles"]
    gold = [c.name for c in table.columns
            if any(v in GOLD_VOCABULARIES for _, v in label_paths(column_type(c)))]
    return [c for c in gold + ["label_provenance"] if c in columns]


def _class_labels(features, prefix: str = "") -> dict[str, list[str]]:
    out = {}
    items = features if isinstance(features, list) else []
    for f in items:
        name = f"{prefix}{f.get('name', '')}"
        dtype = f.get("dtype")
        if isinstance(dtype, dict) and "class_label" in dtype:
            names = dtype["class_label"]["names"]
            out[name] = [names[k] for k in sorted(names, key=int)]
        for nested_key in ("list", "struct", "sequence"):
            nested = f.get(nested_key)
            if isinstance(nested, list):
                out.update(_class_labels(nested, name + "."))
            elif isinstance(nested, dict) and "class_label" in nested:
                names = nested["class_label"]["names"]
                out[name + "[]"] = [names[k] for k in sorted(names, key=int)]
    return out


def _split_of(rel: str, config: str, card: dict) -> str:
    for c in card.get("configs", []):
        if c.get("config_name") != config:
            continue
        files = c.get("data_files", [])
        if isinstance(files, str):
            return "train"
        for spec in files:
            patterns = spec.get("path", []) if isinstance(spec, dict) else [spec]
            patterns = [patterns] if isinstance(patterns, str) else patterns
            if any(fnmatch.fnmatch(rel, p) for p in patterns):
                return spec.get("split", "train") if isinstance(spec, dict) else "train"
    return "train"


def read_snapshot(folder: Path | None) -> Snapshot:
    """Read every config of a dataset folder (None: the empty dataset before a first release)."""
    snap = Snapshot(folder)
    if folder is None:
        return snap
    import pyarrow.parquet as pq

    from sikap.card import read_front_matter

    card_path = folder / "README.md"
    snap.card = read_front_matter(card_path) if card_path.exists() else {}
    for info in snap.card.get("dataset_info", []):
        snap.class_labels[info["config_name"]] = _class_labels(info.get("features", []))
    for config, paths in data_files(folder).items():
        schema = pq.read_schema(paths[0])
        snap.columns[config] = {f.name: str(f.type) for f in schema}
        key = record_key(config, schema.names)
        rows, splits = {}, {}
        for p in paths:
            split = _split_of(p.relative_to(folder).as_posix(), config, snap.card)
            for row in pq.read_table(p).to_pylist():
                k = base = key_string(row, key)
                n = 1
                while k in rows:  # a key that is not unique after all: number the repeats
                    n, k = n + 1, f"{base}#{n + 1}"
                rows[k], splits[k] = row, split
        snap.rows[config], snap.splits[config] = rows, splits
    return snap
