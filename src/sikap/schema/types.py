"""Translate the schema's small type language into Arrow, Hugging Face and polars types.

One parser, three back ends: a column's type is written once in tables.yaml and every format follows it.
Labels are stored as strings in Parquet (readable without the card); the card declares them ClassLabel
so `datasets` encodes them on load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sikap.schema import Column, Schema

_SCALARS = {"string", "int32", "int64", "float32", "bool", "date"}
_LIST = re.compile(r"^list<(.+)>$")


@dataclass(frozen=True)
class Type:
    kind: str  # scalar | label | list | struct
    scalar: str | None = None
    vocab: str | None = None
    item: "Type | None" = None
    fields: tuple[tuple[str, "Type"], ...] = ()


def parse(type_str: str, fields: dict | None = None) -> Type:
    type_str = type_str.strip()
    if m := _LIST.match(type_str):
        return Type("list", item=parse(m.group(1), fields))
    if type_str == "struct":
        if not fields:
            raise ValueError("struct type needs `fields:`")
        return Type("struct", fields=tuple((k, parse(v)) for k, v in fields.items()))
    if type_str.startswith("label:"):
        return Type("label", vocab=type_str.split(":", 1)[1])
    if type_str in _SCALARS:
        return Type("scalar", scalar=type_str)
    raise ValueError(f"unknown type {type_str!r}")


def column_type(col: Column) -> Type:
    return parse(col.type, col.fields)


def _walk(t: Type):
    yield t
    if t.item:
        yield from _walk(t.item)
    for _, f in t.fields:
        yield from _walk(f)


def check_types(schema: Schema) -> None:
    for table in schema.tables.values():
        for col in table.columns:
            for t in _walk(column_type(col)):
                if t.kind == "label" and t.vocab not in schema.vocabularies:
                    raise ValueError(f"{table.name}.{col.name}: unknown vocabulary {t.vocab!r}")


def to_arrow(t: Type):
    import pyarrow as pa

    if t.kind == "list":
        return pa.list_(to_arrow(t.item))
    if t.kind == "struct":
        return pa.struct([(k, to_arrow(v)) for k, v in t.fields])
    if t.kind == "label":
        return pa.string()
    return {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "float32": pa.float32(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }[t.scalar]


def to_hf(t: Type, schema: Schema):
    from datasets import ClassLabel, List, Value

    if t.kind == "list":
        return List(to_hf(t.item, schema))
    if t.kind == "struct":
        return {k: to_hf(v, schema) for k, v in t.fields}
    if t.kind == "label":
        return ClassLabel(names=schema.vocab(t.vocab).names)
    return Value({"date": "date32"}.get(t.scalar, t.scalar))


def to_polars(t: Type):
    import polars as pl

    if t.kind == "list":
        return pl.List(to_polars(t.item))
    if t.kind == "struct":
        return pl.Struct({k: to_polars(v) for k, v in t.fields})
    if t.kind == "label":
        return pl.Utf8
    return {
        "string": pl.Utf8,
        "int32": pl.Int32,
        "int64": pl.Int64,
        "float32": pl.Float32,
        "bool": pl.Boolean,
        "date": pl.Date,
    }[t.scalar]


def arrow_schema(schema: Schema, table: str):
    import pyarrow as pa

    cols = schema.tables[table].columns
    return pa.schema(
        [pa.field(c.name, to_arrow(column_type(c)), nullable=c.nullable) for c in cols]
    )


def hf_features(schema: Schema, table: str):
    from datasets import Features

    return Features({c.name: to_hf(column_type(c), schema) for c in schema.tables[table].columns})


def label_paths(t: Type, path: tuple = ()):
    """Every place a label sits inside a type, as (path, vocab); path steps are '[]' or a field name."""
    if t.kind == "label":
        yield path, t.vocab
    elif t.kind == "list":
        yield from label_paths(t.item, path + ("[]",))
    elif t.kind == "struct":
        for k, v in t.fields:
            yield from label_paths(v, path + (k,))
