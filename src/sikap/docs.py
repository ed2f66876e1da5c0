"""Generated blocks of markdown: figures and tables that are computed, never typed by hand.

Prose is written by hand; a block between two markers is written by the generator registered under its name:

    <!-- generated:figures-outlets -->
    ...whatever the generator returns...
    <!-- /generated:figures-outlets -->

A block may also sit inside a sentence (`<!-- generated:n-articles -->6<!-- /generated:n-articles -->`): when
the text between its markers holds no line break, the generator's one-line output is put back inline.
`sikap generate` rewrites every block of the files in MARKED_FILES; `sikap generate --check` (run by the tests)
fails when one is stale, when a marker names no registered generator, or when a marker is left open.

How to register a generator (e.g. the extraction accuracy read from evaluation/extraction.json):

    from sikap.docs import generator

    @generator("extraction-accuracy")
    def extraction_accuracy() -> str:
        # Markdown computed from committed files only (no clock, no network), so that the output is
        # deterministic; say plainly why a figure is empty instead of leaving it blank.
        ...

then add the module to GENERATOR_MODULES (so that `sikap generate` imports it and its decorators run), and put
the markers where the block goes, in a file listed in MARKED_FILES. A name is registered once; registering it
again raises, so that two modules cannot silently fight over one block.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path

from sikap.schema import Schema, load

# Files (relative to the project root) whose marked blocks `sikap generate` rewrites; a missing file is skipped.
MARKED_FILES = ("README.md", "DATASHEET.md", "RELEASING.md")
# Modules whose @generator functions are registered when generators are first needed.
GENERATOR_MODULES = ("sikap.docs", "sikap.release.figures", "sikap.release.figures_measured")

GENERATORS: dict[str, Callable[[], str]] = {}
_BLOCK = re.compile(r"<!-- generated:(?P<name>[\w.-]+) -->(?P<body>.*?)<!-- /generated:(?P=name) -->", re.S)
_OPEN = re.compile(r"<!-- (/?)generated:([\w.-]+) -->")


class GenerationError(ValueError):
    """A marked file cannot be regenerated: unknown generator, or markers that do not pair up."""


def generator(name: str):
    """Register fn as the generator of blocks named `name` (see the module docstring)."""
    def register(fn: Callable[[], str]) -> Callable[[], str]:
        if name in GENERATORS and GENERATORS[name] is not fn:
            raise GenerationError(f"generator {name!r} is registered twice ({GENERATORS[name].__module__}, {fn.__module__})")
        GENERATORS[name] = fn
        return fn
    return register


def generators() -> dict[str, Callable[[], str]]:
    for module in GENERATOR_MODULES:
        importlib.import_module(module)
    return GENERATORS


def block_names(text: str) -> list[str]:
    """The names of the marked blocks of a text, in order; markers that do not pair up raise."""
    names = [m.group("name") for m in _BLOCK.finditer(text)]
    stripped = _BLOCK.sub("", text)
    stray = _OPEN.search(stripped)
    if stray:
        raise GenerationError(f"marker {stray.group(0)!r} has no {'opening' if stray.group(1) else 'closing'} partner")
    return names


def fill(text: str, render: Callable[[str], str] | None = None) -> str:
    """text with every marked block rewritten by its generator (or by render(name), for tests)."""
    known = generators() if render is None else {}
    block_names(text)
    cache: dict[str, str] = {}

    def content(name: str) -> str:
        if name not in cache:
            if render is not None:
                cache[name] = render(name)
            elif name in known:
                cache[name] = known[name]()
            else:
                raise GenerationError(f"no generator is registered for block {name!r} "
                                      f"(known: {', '.join(sorted(known))})")
        return cache[name].strip("\n")

    def one(m: re.Match) -> str:
        name, new = m.group("name"), content(m.group("name"))
        inline = "\n" not in m.group("body") and "\n" not in new
        return f"<!-- generated:{name} -->{new if inline else chr(10) + new + chr(10)}<!-- /generated:{name} -->"

    return _BLOCK.sub(one, text)


def update_file(path: Path, check: bool = False) -> bool:
    """Regenerate the blocks of path; return True when the file was (or, with check, would be) changed."""
    from sikap.io import atomic_write_bytes

    old = path.read_text(encoding="utf-8")
    new = fill(old)
    if new != old and not check:
        atomic_write_bytes(path, new.encode("utf-8"))
    return new != old


# Tables generated from schema/ (the datasheet's and the card's field tables, vocabularies and reason codes).

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


@generator("fields")
def fields_section() -> str:
    schema = load()
    return "\n\n".join(field_table(t, schema) for t in schema.tables)


# The reason vocabularies have a section of their own (with the emitting step), below.
_REASON_VOCABULARIES = ("reject_reasons", "removal_rules")


@generator("vocabularies")
def vocabularies_section() -> str:
    """Every label vocabulary of schema/labels.yaml, in its order: a vocabulary added there is documented
    without anyone remembering to list it here."""
    schema = load()
    return "\n\n".join(vocabulary_table(n, schema) for n in schema.vocabularies if n not in _REASON_VOCABULARIES)


@generator("reasons")
def reasons_section() -> str:
    schema = load()
    lines = ["| code | step | description |", "|---|---|---|"]
    for lab in schema.vocab("reject_reasons").labels:
        lines.append(f"| `{lab.name}` | {schema.reject_steps[lab.name]} | {_cell(lab.definition)} |")
    lines += ["", "| removal rule | description |", "|---|---|"]
    for lab in schema.vocab("removal_rules").labels:
        lines.append(f"| `{lab.name}` | {_cell(lab.definition)} |")
    return "\n".join(lines)
