"""`sikap export --public DIR`: the public release, a copy of a dataset folder that withholds what may not be
redistributed, with what an outsider needs to find each withheld text and restore it from their own copy.

Withheld: every article whose source's `redistribution` is metadata_only, or unknown (by default; also an
article whose outlet is not identified), and every article of a near-duplicate cluster (`near_dup_cluster`)
that holds such an article: the most restrictive member wins, so a copy of a withheld text is never shared
under another outlet's terms. For a withheld article `text` is null and the strings that quote it are blanked
(date evidence, attribution and provenance evidence, mention surface texts, annotators' evidence text);
metadata, labels and offsets stay. To find and restore it, every article keeps outlet, URL (when known),
title, publication date, `opening_words` (a few words, never a whole sentence), `text_sha256` and
`paragraph_sha256` (a fingerprint per paragraph: hydrate.py aligns a saved copy's paragraphs to them, whatever
page chrome surrounds them). `withheld_reason` says why (source_terms or near_duplicate).
The folder loads with `load_dataset(DIR)` and carries its own card and LICENSE.md (the per-source terms).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from sikap.release.errors import MISSING_FILE, ReleaseError
from sikap.release.terms import withheld_source_ids

NESTED_QUOTES = {"attributions": "evidence", "provenance": "evidence", "target_mentions": "text"}
QUOTES = ("date_evidence",)  # top-level strings copied from the raw text
ANNOTATION_QUOTES = {"evidence": "text"}  # annotators' evidence spans quote the article too
SOURCE_TERMS, NEAR_DUPLICATE = "source_terms", "near_duplicate"
OPENING_WORDS = 8
EXTRA_DESCRIPTIONS = {
    "text_withheld": "True when the text is withheld from this public copy (see withheld_reason); restore it with "
                     "`sikap hydrate` from a copy of the page you saved yourself.",
    "withheld_reason": "Why the text is withheld: source_terms (its source's redistribution is metadata_only or "
                       "unknown) or near_duplicate (its near-duplicate cluster holds a withheld text); null when shared.",
    "text_sha256": "sha256 of the text (UTF-8): a restored text must match it byte for byte.",
    "paragraph_sha256": "First 16 hex digits of the sha256 of each paragraph of the text, in order: `sikap hydrate` "
                        "finds the paragraphs in a saved copy of the page by them, whatever page chrome surrounds them.",
    "opening_words": "The first words of the text (never a whole sentence), to find the article.",
}
EXTRA_NAMES = ("text_withheld", "withheld_reason", "text_sha256", "paragraph_sha256", "opening_words")


def extra_fields() -> list:
    """The columns the export adds to articles (Arrow fields; the card's features are derived from them)."""
    import pyarrow as pa

    return [pa.field("text_withheld", pa.bool_(), nullable=False), pa.field("withheld_reason", pa.string()),
            pa.field("text_sha256", pa.string(), nullable=False),
            pa.field("paragraph_sha256", pa.list_(pa.string()), nullable=False), pa.field("opening_words", pa.string())]


def extra_features() -> list[dict]:
    """extra_fields() as the card's `dataset_info.features` entries."""
    import pyarrow as pa
    from datasets import DatasetInfo, Features

    features = Features.from_arrow_schema(pa.schema(extra_fields()))
    return DatasetInfo(features=features)._to_yaml_dict()["features"]


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    articles: int
    withheld: int
    withheld_sources: tuple[str, ...]
    by_cluster: int = 0


@dataclass(frozen=True)
class PublicInfo:
    """What the public card needs to know besides the data (see sikap.card.render)."""
    state: object  # sikap.release.state.VersionState of the exported dataset
    withheld: int
    datasheet: bool = False
    hydrated: int = 0  # texts restored by `sikap hydrate` from the user's own copies


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def paragraphs(text: str) -> list[str]:
    """The paragraphs of an article text (its kept segments, joined by a blank line)."""
    return text.split("\n\n")


def fingerprint(paragraph: str) -> str:
    return hashlib.sha256(paragraph.encode("utf-8")).hexdigest()[:16]


def opening_words(text: str, limit: int = OPENING_WORDS) -> str:
    """The first words of the first sentence, never all of it: enough to search for, not a quotation."""
    first = re.split(r"(?<=[.!?…])\s|\n", text.strip(), maxsplit=1)[0].split()
    n = min(limit, max(len(first) - 1, 0))
    return " ".join(first[:n]) + " …" if n else ""


def withheld_ids(articles: list[dict], hidden_sources: set) -> dict[str, str]:
    """article_id -> reason, for every article to withhold: by its source's terms, then by its cluster."""
    out = {a["article_id"]: SOURCE_TERMS for a in articles if a["source_id"] in hidden_sources}
    tainted = {a["near_dup_cluster"] for a in articles if a["article_id"] in out}
    for a in articles:
        if a["article_id"] not in out and a.get("near_dup_cluster") in tainted:
            out[a["article_id"]] = NEAR_DUPLICATE
    return out


def redact(row: dict, reason: str | None) -> dict:
    text = row["text"]
    row = dict(row, text_withheld=reason is not None, withheld_reason=reason, text_sha256=text_sha256(text),
               paragraph_sha256=[fingerprint(p) for p in paragraphs(text)], opening_words=opening_words(text))
    if reason is None:
        return row
    row["text"] = None
    for name in QUOTES:
        if name in row:
            row[name] = None
    return _blank_nested(row, NESTED_QUOTES)


def _blank_nested(row: dict, quotes: dict[str, str]) -> dict:
    """Null the quoting member (value) of every item of each list-of-struct column (key)."""
    for name, sub in quotes.items():
        if name in row:
            row[name] = [dict(item, **{sub: None}) for item in row[name] or []]
    return row


def _nullable_members(schema, quotes: dict[str, str]):
    import pyarrow as pa

    for name, sub in quotes.items():
        if name in schema.names:
            f = schema.field(name)
            item = pa.struct([m.with_nullable(True) if m.name == sub else m for m in f.type.value_type])
            schema = schema.set(schema.get_field_index(name), f.with_type(pa.list_(item)))
    return schema


def redact_annotations(table, hidden_ids: set):
    """The annotations table with the quoting members of ANNOTATION_QUOTES null on rows of a withheld article
    (the offsets stay: with the hydrated text they give the span back)."""
    import pyarrow as pa

    rows = [_blank_nested(r, ANNOTATION_QUOTES) if r["article_id"] in hidden_ids else r for r in table.to_pylist()]
    return pa.Table.from_pylist(rows, schema=_nullable_members(table.schema, ANNOTATION_QUOTES))


def export_schema(schema):
    import pyarrow as pa

    fields = [f.with_nullable(True) if f.name == "text" or f.name in QUOTES else f
              for f in _nullable_members(schema, NESTED_QUOTES) if f.name not in EXTRA_NAMES]
    return pa.schema(fields + extra_fields())


def build_report(folder: Path) -> str:
    """The `## Build` section of a dataset folder's card (carried into the public card)."""
    from sikap.release.cardbody import build_section

    card = folder / "README.md"
    text = card.read_text(encoding="utf-8") if card.exists() else ""
    return build_section(text.split("\n---\n", 1)[-1]) if "\n## Build\n" in text else "Not recorded."


def write_folder(out: Path, tables: dict, info: PublicInfo, build: str, extras: dict[str, bytes] | None = None) -> Path:
    """Stage Parquet files, extras, LICENSE.md and card beside out, then swap in: out is old or new, never half
    (sikap.io.replacing: out is locked for the write, a read-only out is refused, staging goes on any failure)."""
    from sikap.card import data_path, render
    from sikap.io import atomic_write_bytes, replacing, swap_in
    from sikap.publish import write_parquet

    out = out.resolve()
    with replacing(out, "sikap export") as staged:
        for name, table in tables.items():
            write_parquet(table, staged / data_path(name))
        for name, data in (extras or {}).items():
            atomic_write_bytes(staged / name, data)
        rows = {name: t.num_rows for name, t in tables.items()}
        atomic_write_bytes(staged / "README.md", render(staged, rows, build, public=info).encode("utf-8"))
        swap_in(staged, out)
    return out


def read_tables(folder: Path) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sikap.release.snapshot import data_files

    return {c: pa.concat_tables(pq.read_table(p) for p in paths) for c, paths in data_files(folder).items()}


def export_public(dataset: Path, out: Path, share_unknown: bool = False, state=None,
                  extras: dict[str, bytes] | None = None) -> ExportReport:
    """Write the public copy of `dataset` to `out`. state: the VersionState to print (default: the one the
    dataset's card declares); extras: more files to put beside the card (e.g. DATASHEET.md)."""
    import pyarrow as pa

    from sikap.card import read_front_matter
    from sikap.release.state import read_state

    if not (dataset / "README.md").exists():
        raise ReleaseError(MISSING_FILE, f"{dataset} is not a dataset folder (no README.md card)")
    if out.resolve() == dataset.resolve():
        raise ReleaseError(MISSING_FILE, "the export must go to another folder than the dataset")
    tables = read_tables(dataset)
    if "articles" not in tables or "sources" not in tables:
        raise ReleaseError(MISSING_FILE, f"{dataset} has no articles or sources Parquet files")
    hidden = withheld_source_ids(tables["sources"].to_pylist(), share_unknown)
    articles = tables["articles"].to_pylist()
    reasons = withheld_ids(articles, hidden)
    rows = [redact(r, reasons.get(r["article_id"])) for r in articles]
    tables["articles"] = pa.Table.from_pylist(rows, schema=export_schema(tables["articles"].schema))
    if "annotations" in tables:  # annotators' evidence spans quote the article: blank them where it is withheld
        tables["annotations"] = redact_annotations(tables["annotations"], set(reasons))
    extras = dict(extras or _project_extras())
    info = PublicInfo(state or read_state(read_front_matter(dataset / "README.md")), len(reasons),
                      "DATASHEET.md" in extras)
    folder = write_folder(out, tables, info, build_report(dataset), extras)
    named = tuple(sorted(s for s in hidden if s is not None))
    return ExportReport(folder, len(rows), len(reasons), named, sum(r == NEAR_DUPLICATE for r in reasons.values()))


def _project_extras() -> dict[str, bytes]:
    """The datasheet of the project at hand, copied beside the card so that its link resolves."""
    from sikap.paths import find_root

    root = find_root()
    sheet = root / "DATASHEET.md" if root else None
    return {"DATASHEET.md": sheet.read_bytes()} if sheet and sheet.is_file() else {}
