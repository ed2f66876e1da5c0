"""Read schema/ (the single source of truth) into plain objects that every generator uses.

Nothing here imports pyarrow, datasets or pandera: the CLI's start-up path reads vocabularies too.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sikap.paths import schema_dir


@dataclass(frozen=True)
class Label:
    name: str
    definition: str
    example: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    name: str
    description: str
    labels: tuple[Label, ...]

    @property
    def names(self) -> list[str]:
        return [label.name for label in self.labels]

    def __contains__(self, value: object) -> bool:
        return value in self.names


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    nullable: bool = False
    unique: bool = False
    checks: dict = field(default_factory=dict)
    fields: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass(frozen=True)
class Schema:
    vocabularies: dict[str, Vocabulary]
    tables: dict[str, Table]
    reject_steps: dict[str, str]  # reject code -> step that emits it

    def vocab(self, name: str) -> Vocabulary:
        return self.vocabularies[name]


def _read(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _vocabularies(labels: dict, reasons: dict) -> dict[str, Vocabulary]:
    vocabs = {
        name: Vocabulary(
            name,
            spec["description"].strip(),
            tuple(
                Label(lab["name"], lab["definition"], lab["example"], tuple(lab.get("aliases", ())))
                for lab in spec["labels"]
            ),
        )
        for name, spec in labels.items()
    }
    vocabs["reject_reasons"] = Vocabulary(
        "reject_reasons",
        "Why a raw file or article was rejected.",
        tuple(Label(r["code"], r["description"], f"emitted by step {r['step']}") for r in reasons["rejects"]),
    )
    vocabs["removal_rules"] = Vocabulary(
        "removal_rules",
        "Why a line was removed from an article's text.",
        tuple(Label(r["code"], r["description"], "") for r in reasons["removal_rules"]),
    )
    return vocabs


def _expand(spec: dict, vocabs: dict[str, Vocabulary]) -> list[Column]:
    base = {k: v for k, v in spec.items() if k != "expand"}
    names = vocabs[spec["expand"]].names if "expand" in spec else [None]
    columns = []
    for label in names:
        col = dict(base)
        if label is not None:
            col["name"] = base["name"].format(name=label)
            col["description"] = f"{base['description']} Target: {label}."
        columns.append(
            Column(
                name=col["name"],
                type=col["type"],
                description=col["description"].strip(),
                nullable=bool(col.get("nullable", False)),
                unique=bool(col.get("unique", False)),
                checks=dict(col.get("checks", {})),
                fields=dict(col.get("fields", {})),
            )
        )
    return columns


@functools.cache
def load(root: Path | None = None) -> Schema:
    """Load and cross-check schema/: a label type naming an unknown vocabulary is a configuration error."""
    root = root or schema_dir()
    labels, reasons, tables = (_read(root / f) for f in ("labels.yaml", "reasons.yaml", "tables.yaml"))
    vocabs = _vocabularies(labels, reasons)
    out = {}
    for tname, tspec in tables.items():
        cols = [c for spec in tspec["columns"] for c in _expand(spec, vocabs)]
        out[tname] = Table(tname, tspec["description"].strip(), tuple(cols))
    schema = Schema(vocabs, out, {r["code"]: r["step"] for r in reasons["rejects"]})
    from sikap.schema.types import check_types  # local: keeps this module light

    check_types(schema)
    return schema
