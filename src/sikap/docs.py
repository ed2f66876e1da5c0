"""Generated documentation: field tables, vocabularies and build figures, written between markers.

Prose is written by hand around the markers; what is between them is regenerated from schema/ and the
data, and `sikap generate --check` (run by the tests) fails when it is stale.
"""

from __future__ import annotations

import re
from pathlib import Path

from sikap.schema import Schema, load

BEGIN = "<!-- BEGIN GENERATED: {name} (sikap generate; do not edit) -->"
END = "<!-- END GENERATED: {name} -->"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def field_table(table: str, schema: Schema | None = None) -> str:
    schema = schema or load()
    t = schema.tables[table]
    lines = [f"**{table}**: {t.description}", "", "| column | type | null | description |", "|---|---|---|---|"]
    for c in t.columns:
        ctype = c.type + (" {" + ", ".join(f"{k}: {v}" for k, v in c.fields.items()) + "}" if c.fields else "")
        lines.append(f"| `{c.name}` | {_cell(ctype)} | {'yes' if c.nullable else 'no'} | {_cell(c.description)} |")
    return "\n".join(lines)


def vocabulary_table(name: str, schema: Schema | None = None) -> str:
    schema = schema or load()
    v = schema.vocab(name)
    lines = [f"**{name}**: {v.description}", "", "| label | definition | example |", "|---|---|---|"]
    for lab in v.labels:
        lines.append(f"| `{lab.name}` | {_cell(lab.definition)} | {_cell(lab.example)} |")
    return "\n".join(lines)


def fields_section() -> str:
    schema = load()
    return "\n\n".join(field_table(t, schema) for t in schema.tables)


def vocabularies_section() -> str:
    schema = load()
    names = ["topics", "stance_targets", "stance_values", "date_precision", "value_source", "source_types", "redistribution", "source_status"]
    return "\n\n".join(vocabulary_table(n, schema) for n in names)


def reasons_section() -> str:
    schema = load()
    lines = ["| code | step | description |", "|---|---|---|"]
    for lab in schema.vocab("reject_reasons").labels:
        lines.append(f"| `{lab.name}` | {schema.reject_steps[lab.name]} | {_cell(lab.definition)} |")
    lines += ["", "| removal rule | description |", "|---|---|"]
    for lab in schema.vocab("removal_rules").labels:
        lines.append(f"| `{lab.name}` | {_cell(lab.definition)} |")
    return "\n".join(lines)


SECTIONS = {"fields": fields_section, "vocabularies": vocabularies_section, "reasons": reasons_section}

from sikap.release.figures import FIGURES  # noqa: E402  (datasheet figures, computed from dataset/)

SECTIONS.update(FIGURES)


def fill(text: str, sections: dict[str, str]) -> str:
    """Replace the content between each section's markers; a missing marker pair is an error."""
    for name, content in sections.items():
        begin, end = BEGIN.format(name=name), END.format(name=name)
        pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
        if not pattern.search(text):
            raise ValueError(f"markers for section {name!r} not found")
        text = pattern.sub(lambda _: f"{begin}\n{content}\n{end}", text)
    return text


def update_file(path: Path, names: list[str], check: bool = False) -> bool:
    """Regenerate the named sections of path; return True when the file was (or would be) changed."""
    from sikap.io import atomic_write_bytes

    old = path.read_text(encoding="utf-8")
    new = fill(old, {n: SECTIONS[n]() for n in names})
    if new != old and not check:
        atomic_write_bytes(path, new.encode("utf-8"))
    return new != old
