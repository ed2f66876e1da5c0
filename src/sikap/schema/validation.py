"""pandera (polars back end) models generated from tables.yaml, and a validation error a person can act on.

The polars back end checks list and struct columns fast with expressions (see shared notes); label
checks reach inside lists and structs so an unknown topic in a list is caught like a top-level one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sikap.schema import Schema, load
from sikap.schema.types import column_type, label_paths, to_polars


@dataclass
class Violation:
    table: str
    column: str
    check: str
    rows: list[int]
    examples: list[str]

    def __str__(self) -> str:
        rows = ", ".join(map(str, self.rows[:10])) + (" ..." if len(self.rows) > 10 else "")
        ex = "; ".join(self.examples[:3])
        return f"{self.table}.{self.column}: check {self.check} failed at rows [{rows}] (e.g. {ex})"


class ValidationFailed(Exception):
    """A table broke its schema: names table, column, check and rows."""

    def __init__(self, violations: list[Violation]):
        self.violations = violations
        super().__init__("\n".join(str(v) for v in violations))

    def __reduce__(self):  # raised in a worker, it crosses the pool as its violations, not as its message
        return (ValidationFailed, (self.violations,))


def _label_expr(col: str, path: tuple, allowed: list[str]):
    """A polars expression, true per row when every label at `path` inside `col` is allowed (or null)."""
    import polars as pl

    def inner(expr, steps):
        if not steps:
            return expr.is_null() | expr.is_in(allowed)
        head, rest = steps[0], steps[1:]
        if head == "[]":
            return expr.list.eval(inner(pl.element(), rest)).list.all()
        return inner(expr.struct.field(head), rest)

    return inner(pl.col(col), path).fill_null(True)


def _checks(schema: Schema, col) -> list:
    import pandera.polars as pa
    import polars as pl

    checks = []
    spec = col.checks
    if "regex" in spec:
        checks.append(pa.Check.str_matches(spec["regex"]))
    if "min" in spec:
        checks.append(pa.Check.ge(spec["min"]))
    if "max" in spec:
        checks.append(pa.Check.le(spec["max"]))
    for path, vocab in label_paths(column_type(col)):
        allowed = schema.vocab(vocab).names
        where = col.name + "".join(f".{p}" if p != "[]" else "[]" for p in path)

        def fn(data, _path=path, _allowed=allowed):
            return data.lazyframe.select(_label_expr(data.key, _path, _allowed))

        checks.append(pa.Check(fn, name=f"labels_in_{vocab}", error=f"{where} not in vocabulary {vocab}"))
    del pl
    return checks


def pandera_schema(table: str, schema: Schema | None = None):
    import pandera.polars as pa

    schema = schema or load()
    t = schema.tables[table]
    return pa.DataFrameSchema(
        {
            c.name: pa.Column(
                to_polars(column_type(c)),
                checks=_checks(schema, c),
                nullable=c.nullable,
                unique=c.unique,
            )
            for c in t.columns
        },
        name=table,
        strict=True,
        ordered=True,
        description=t.description,
    )


def validate_table(table: str, data) -> None:
    """Validate an Arrow table against its schema; raise ValidationFailed listing every failure."""
    import pandera.errors
    import polars as pl

    frame = pl.from_arrow(data) if not isinstance(data, pl.DataFrame) else data
    try:
        pandera_schema(table).validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as err:
        raise ValidationFailed(_violations(table, err.failure_cases)) from None


def schema_violations(tables: dict) -> list[Violation]:
    """Validate every table (name -> Arrow table) and collect all failures, so one run reports them all."""
    out: list[Violation] = []
    for name, table in tables.items():
        try:
            validate_table(name, table)
        except ValidationFailed as err:
            out.extend(err.violations)
    return out


def reference_violations(tables: dict) -> list[Violation]:
    """Articles may only name sources that the sources table holds."""
    known = set(tables["sources"].column("source_id").to_pylist())
    out = []
    ids = tables["articles"].column("source_id").to_pylist()
    bad = [i for i, s in enumerate(ids) if s is not None and s not in known]
    if bad:
        out.append(Violation("articles", "source_id", "references sources.source_id", bad, []))
    attr = tables["articles"].column("attributions").to_pylist()
    bad = [i for i, items in enumerate(attr) if any(a["source_id"] not in known for a in items)]
    if bad:
        out.append(Violation("articles", "attributions", "references sources.source_id", bad, []))
    return out


def _violations(table: str, cases) -> list[Violation]:
    out: dict[tuple[str, str], Violation] = {}
    for row in cases.iter_rows(named=True):
        key = (row.get("column") or "<table>", str(row.get("check")))
        v = out.setdefault(key, Violation(table, key[0], key[1], [], []))
        if row.get("index") is not None:
            v.rows.append(int(row["index"]))
        if len(v.examples) < 3:
            v.examples.append(str(row.get("failure_case"))[:80])
    return list(out.values())
