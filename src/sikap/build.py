"""Build the dataset: raw files -> pipeline -> validated tables -> Parquet and card, swapped in atomically.

Nothing is written until every table has passed its schema; the previous dataset/ stays byte-identical
when anything fails.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sikap import pipeline
from sikap.pipeline.annotate import detect_language, find_target_mentions
from sikap.pipeline.boilerplate import strip_boilerplate
from sikap.pipeline.dates import extract_date
from sikap.pipeline.decode import Decode, DeduplicateFiles, reject_blank, reject_markup
from sikap.pipeline.finish import CheckContent, assign_id
from sikap.pipeline.metadata import ai_notice, extract_credits, extract_dateline, find_attributions, read_sidecar
from sikap.pipeline.neardup import NearDuplicates
from sikap.pipeline.split import split_articles
from sikap.records import Doc, Reject


@dataclass(frozen=True)
class BuildConfig:
    max_bytes: int = 5_000_000
    min_words: int = 40
    neardup: NearDuplicates = field(default_factory=NearDuplicates)


def steps(config: BuildConfig) -> list[pipeline.Step]:
    """The pipeline, in order. Each step's reason codes are in its module docstring and schema/reasons.yaml."""
    return [
        Decode(config.max_bytes),
        DeduplicateFiles(),
        reject_markup,
        reject_blank,
        split_articles,
        strip_boilerplate,
        extract_credits,
        extract_dateline,
        read_sidecar,
        extract_date,
        find_attributions,
        CheckContent(config.min_words),
        assign_id,
        detect_language,
        find_target_mentions,
    ]


@dataclass
class BuildResult:
    tables: dict  # name -> pyarrow.Table
    stats: pipeline.Stats
    unregistered: list[str]
    files: int

    def summary(self) -> list[tuple[str, int, int]]:
        return [(s, self.stats.records_in[s], self.stats.records_out[s]) for s in self.stats.records_in]


def run_pipeline(raw_root: Path, config: BuildConfig = BuildConfig(), progress: Callable[[], None] | None = None):
    from sikap.raw import iter_raw

    stats = pipeline.Stats()
    unregistered: list[str] = []
    files = Counter()

    def source():
        for raw in iter_raw(raw_root, unregistered):
            files["n"] += 1
            if progress:
                progress()
            yield Doc(raw=raw)

    docs, rejects = [], []
    for rec in pipeline.run(source(), steps(config), stats):
        (rejects if isinstance(rec, Reject) else docs).append(rec)
    return docs, rejects, stats, unregistered, files["n"]


def build_tables(raw_root: Path, config: BuildConfig = BuildConfig(), progress=None) -> BuildResult:
    import pyarrow as pa

    from sikap.rows import article_row, gold_defaults
    from sikap.schema import load
    from sikap.schema.types import arrow_schema
    from sikap.schema.validation import ValidationFailed, Violation, validate_table
    from sikap.sources import registry, source_rows

    docs, rejects, stats, unregistered, n_files = run_pipeline(raw_root, config, progress)
    clusters = config.neardup.clusters({d.meta["article_id"]: d.text for d in docs})
    gold = gold_defaults()
    articles = sorted((article_row(d, clusters[d.meta["article_id"]], gold) for d in docs), key=lambda r: r["article_id"])

    discovered, notices = {}, {}
    n_articles, n_attr = Counter(), Counter()
    for d in docs:
        discovered.update(d.meta.get("_discovered", {}))
        sid = d.meta.get("source_id")
        if sid:
            n_articles[sid] += 1
            notice = ai_notice(d)
            if notice and sid not in notices:
                notices[sid] = (notice, d.raw.path)
        for a in d.meta["attributions"]:
            n_attr[a["source_id"]] += 1
    sources = source_rows(registry(), discovered, notices, n_articles, n_attr)
    reject_rows = sorted((r.row() for r in rejects), key=lambda r: (r["raw_file"], r["article_index"] or -1, r["step"]))

    schema = load()
    tables = {
        "articles": pa.Table.from_pylist(articles, schema=arrow_schema(schema, "articles")),
        "sources": pa.Table.from_pylist(sources, schema=arrow_schema(schema, "sources")),
        "rejects": pa.Table.from_pylist(reject_rows, schema=arrow_schema(schema, "rejects")),
    }
    violations = []
    for name, table in tables.items():
        try:
            validate_table(name, table)
        except ValidationFailed as err:
            violations.extend(err.violations)
    violations.extend(_reference_violations(tables))
    if violations:
        raise ValidationFailed(violations)
    if not articles:
        raise ValidationFailed([Violation("articles", "<table>", "at least one article", [], ["every record was rejected"])])
    return BuildResult(tables, stats, unregistered, n_files)


def _reference_violations(tables) -> list:
    from sikap.schema.validation import Violation

    known = set(tables["sources"].column("source_id").to_pylist())
    out = []
    bad = [i for i, s in enumerate(tables["articles"].column("source_id").to_pylist()) if s is not None and s not in known]
    if bad:
        out.append(Violation("articles", "source_id", "references sources.source_id", bad, []))
    attr = tables["articles"].column("attributions").to_pylist()
    bad = [i for i, items in enumerate(attr) if any(a["source_id"] not in known for a in items)]
    if bad:
        out.append(Violation("articles", "attributions", "references sources.source_id", bad, []))
    return out
