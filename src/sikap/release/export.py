"""`sikap export --public DIR`: a shareable copy of dataset/ that withholds what may not be redistributed.

For every article whose source has `redistribution` metadata_only, or unknown (by default; also an article
whose outlet is not identified), the export sets `text` to null and blanks the strings that quote it (title,
date evidence, attribution and provenance evidence, mention surface texts, and the text of annotators'
evidence spans in the annotations config), and keeps everything else:
metadata, labels, offsets (`segments`, `removed_lines`, mention spans), `raw_sha256` and the withheld text's
`text_sha256`. Every article gets `text_withheld` and `text_sha256`. The export is a dataset folder with its
own card and loads with `load_dataset(DIR)`; `sikap hydrate` (hydrate.py) restores the texts from the
user's own raw files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sikap.release.errors import MISSING_FILE, ReleaseError

WITHHELD_TERMS = ("metadata_only", "unknown")
QUOTES = ("title", "date_evidence")  # top-level strings copied from the raw text
NESTED_QUOTES = {"attributions": "evidence", "provenance": "evidence", "target_mentions": "text"}
ANNOTATION_QUOTES = {"evidence": "text"}  # annotators' evidence spans quote the article too
EXTRA_FEATURES = [{"name": "text_withheld", "dtype": "bool"}, {"name": "text_sha256", "dtype": "string"}]


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    articles: int
    withheld: int
    withheld_sources: tuple[str, ...]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def withheld_sources(sources: list[dict], share_unknown: bool = False) -> set:
    terms = {"metadata_only"} if share_unknown else set(WITHHELD_TERMS)
    out = {s["source_id"] for s in sources if s["redistribution"] in terms}
    return out if share_unknown else out | {None}  # an unidentified outlet has unknown terms


def redact(row: dict, withhold: bool) -> dict:
    row = dict(row, text_withheld=withhold, text_sha256=text_sha256(row["text"]) if row["text"] is not None else row["text_sha256"])
    if not withhold:
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


def redact_annotations(table, hidden_ids: set):
    """The annotations table with the quoting members of ANNOTATION_QUOTES null on rows of a withheld article
    (the offsets stay: with the hydrated text they give the span back)."""
    import pyarrow as pa

    schema = table.schema
    for name, sub in ANNOTATION_QUOTES.items():  # the quoting member becomes nullable
        field = schema.field(name)
        item = pa.struct([f.with_nullable(True) if f.name == sub else f for f in field.type.value_type])
        schema = schema.set(schema.get_field_index(name), field.with_type(pa.list_(item)))
    rows = [_blank_nested(r, ANNOTATION_QUOTES) if r["article_id"] in hidden_ids else r for r in table.to_pylist()]
    return pa.Table.from_pylist(rows, schema=schema)


def export_schema(schema):
    import pyarrow as pa

    fields = []
    for f in schema:
        if f.name in ("text_withheld", "text_sha256"):
            continue
        if f.name == "text" or f.name in QUOTES:
            f = f.with_nullable(True)
        fields.append(f)
    return pa.schema(fields + [pa.field("text_withheld", pa.bool_(), nullable=False), pa.field("text_sha256", pa.string(), nullable=False)])


def _card(folder: Path, rows: dict[str, int], version: str | None, body: str) -> str:
    import yaml

    from sikap.card import front_matter

    meta = front_matter(folder, rows)
    meta.pop("version", None)
    head = {"pretty_name": meta.pop("pretty_name") + " (public export)", **({"version": version} if version else {})}
    meta = {**head, **meta}
    for info in meta["dataset_info"]:
        if info["config_name"] == "articles":
            info["features"] = info["features"] + EXTRA_FEATURES
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100) + "---\n\n" + body


def write_folder(out: Path, tables: dict, version: str | None, body: str) -> Path:
    """Stage Parquet files and card beside out, then swap in (sikap.io): out is old or new, never half."""
    import shutil

    from sikap.card import data_path
    from sikap.io import atomic_write_bytes, recover, staging_dir, swap_in
    from sikap.publish import write_parquet

    out = out.resolve()
    recover(out)
    staged = staging_dir(out)
    try:
        for name, table in tables.items():
            write_parquet(table, staged / data_path(name))
        rows = {name: t.num_rows for name, t in tables.items()}
        atomic_write_bytes(staged / "README.md", _card(staged, rows, version, body).encode("utf-8"))
        swap_in(staged, out)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return out


def body(withheld: int, total: int, sources: list[str], share_unknown: bool) -> str:
    rule = "metadata_only" if share_unknown else "metadata_only or unknown (and articles of unidentified outlets)"
    return f"""# sikap (public export)

A shareable copy of the sikap dataset made by `sikap export --public`. The text of {withheld} of {total}
articles is withheld because its source's `redistribution` is {rule}: withheld sources
{', '.join(f'`{s}`' for s in sources) or 'none'}. For those articles `text` is null, and the strings that quote
it (title, date evidence, attribution and provenance evidence, mention texts) are blanked; metadata, labels,
offsets (`segments`, `removed_lines`, mention spans), `raw_sha256` and `text_sha256` are kept.

Restore the texts from your own copies of the raw files (byte-identical to `raw_sha256`):

```bash
sikap hydrate THIS_FOLDER --raw path/to/raw
```

Hydrate refuses, and writes nothing, when a raw file or a restored text does not match its sha256.
See DATASHEET.md, "Licences and redistribution", for each source's terms.
"""


def export_public(dataset: Path, out: Path, share_unknown: bool = False) -> ExportReport:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sikap.release.snapshot import data_files
    from sikap.release.verify import card_version

    if not (dataset / "README.md").exists():
        raise ReleaseError(MISSING_FILE, f"{dataset} is not a dataset folder (no README.md card)")
    if out.resolve() == dataset.resolve():
        raise ReleaseError(MISSING_FILE, "the export must go to another folder than the dataset")
    tables = {c: pa.concat_tables(pq.read_table(p) for p in paths) for c, paths in data_files(dataset).items()}
    if "articles" not in tables or "sources" not in tables:
        raise ReleaseError(MISSING_FILE, f"{dataset} has no articles or sources Parquet files")
    hidden = withheld_sources(tables["sources"].to_pylist(), share_unknown)
    schema = export_schema(tables["articles"].schema)
    rows = [redact(dict(r, text_sha256=None), r["source_id"] in hidden) for r in tables["articles"].to_pylist()]
    tables["articles"] = pa.Table.from_pylist(rows, schema=schema)
    if "annotations" in tables:  # annotators' evidence spans quote the article: blank them where it is withheld
        hidden_ids = {r["article_id"] for r in rows if r["text_withheld"]}
        tables["annotations"] = redact_annotations(tables["annotations"], hidden_ids)
    withheld = sum(r["text_withheld"] for r in rows)
    named = sorted(s for s in hidden if s is not None)
    folder = write_folder(out, tables, card_version(dataset), body(withheld, len(rows), named, share_unknown))
    return ExportReport(folder, len(rows), withheld, tuple(named))
