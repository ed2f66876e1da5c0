"""Build the dataset: raw files -> pipeline -> validated tables -> Parquet and card, swapped in atomically.

Nothing is written until every table has passed its schema; the previous dataset/ stays byte-identical
when anything fails.

Two ways in, one pipeline:

- `build_tables(raw_root)` runs everything in this process and returns whole in-memory tables (small raw
  roots, tests, notebooks). `sikap.publish.write_dataset` writes them.
- `sikap.stream.build_dataset(raw_root, out)` streams: the sorted raw file list is cut into partitions
  (`partition_files` files each); `sikap.partition.run_partition` runs the steps over one partition
  wherever the engine puts it (this process, a local process pool, a Dask worker) and leaves behind a
  spill of validated article rows sorted by article_id plus compact MinHash signatures. The driver then
  clusters near-duplicates from the signatures alone and writes the Parquet shards (stream.py).

Both ways share `process_files`, the one place where article rows are made.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sikap import pipeline
from sikap.pipeline.annotate import detect_language, find_target_mentions
from sikap.pipeline.decode import Decode, DeduplicateFiles, check_raw, reject_blank, reject_markup
from sikap.pipeline.extract import (extract_credits, extract_date, extract_dateline, find_attributions,
                                    mark_boilerplate, resolve_outlet)
from sikap.pipeline.finish import CheckContent, assign_id
from sikap.pipeline.markup import strip_markup
from sikap.pipeline.metadata import ai_notice, read_sidecar
from sikap.pipeline.neardup import NearDuplicates
from sikap.pipeline.pages import ExtractHtml, apply_page_facts
from sikap.pipeline.shape import CheckShape
from sikap.pipeline.split import split_articles
from sikap.records import Doc, Reject


@dataclass(frozen=True)
class BuildConfig:
    max_bytes: int = 5_000_000
    min_words: int = 40
    neardup: NearDuplicates = field(default_factory=NearDuplicates)
    shard_rows: int = 20_000  # articles per Parquet shard (data/articles-0000k-of-0000n.parquet), ~20 MB
    partition_files: int = 2000  # most raw files (or archive records) per unit of parallel work (pandera validates shards, not partitions)
    workers: int = 0  # local engine processes; 0: one per core
    annotations_root: str | None = None  # folder of pulled annotation rounds; None: annotations/ of the checkout
    shape: CheckShape = field(default_factory=CheckShape)  # limits of an article's shape (sikap.pipeline.shape)


def steps(config: BuildConfig, first_paths: dict[str, str] | None = None) -> list[pipeline.Step]:
    """The pipeline, in order. Each step's reason codes are in its module docstring and schema/reasons.yaml.

    first_paths (sha256 -> first registered path) pre-seeds DeduplicateFiles, so every partition of a build
    keeps the same copy of identical bytes (sikap.partition.first_paths_of_copies)."""
    return [
        check_raw,
        Decode(config.max_bytes),
        DeduplicateFiles(seen=dict(first_paths or {})),
        ExtractHtml(config.max_bytes),  # pages (HTML files, WARC responses, JSONL lines): trafilatura's main text
        reject_markup,
        reject_blank,
        split_articles,
        strip_markup,
        mark_boilerplate,
        extract_credits,
        extract_dateline,
        read_sidecar,
        find_attributions,
        resolve_outlet,
        extract_date,
        apply_page_facts,  # what the text left empty, from the page's markup, URL and crawl record
        CheckContent(config.min_words),
        assign_id,
        detect_language,
        config.shape,
        find_target_mentions,
    ]


@dataclass
class BuildResult:
    tables: dict  # name -> pyarrow.Table ("articles" is absent from a streaming build's result)
    stats: pipeline.Stats
    unregistered: list[str]
    files: int
    n_articles: int | None = None  # set by a streaming build
    n_dated: int | None = None
    timings: dict = field(default_factory=dict)  # stage -> seconds (summed over workers)
    info: dict = field(default_factory=dict)  # shards, partitions, near-dup pair counts, engine

    def summary(self) -> list[tuple[str, int, int]]:
        return [(s, self.stats.records_in[s], self.stats.records_out[s]) for s in self.stats.records_in]

    def articles_count(self) -> int:
        return self.n_articles if self.n_articles is not None else self.tables["articles"].num_rows

    def dated_count(self) -> int:
        if self.n_dated is not None:
            return self.n_dated
        return sum(1 for d in self.tables["articles"].column("published_date").to_pylist() if d is not None)


# -- one pass of the steps over some raw files ---------------------------------------------------------


@dataclass
class Partial:
    """What one pass over some raw files gives back, apart from the article rows themselves."""

    files: int = 0
    bytes_in: int = 0
    stats: pipeline.Stats = field(default_factory=pipeline.Stats)
    unregistered: list[str] = field(default_factory=list)
    discovered: dict = field(default_factory=dict)
    notices: dict = field(default_factory=dict)
    n_articles: Counter = field(default_factory=Counter)
    n_attr: Counter = field(default_factory=Counter)
    rejects: list[dict] = field(default_factory=list)
    n_dated: int = 0
    timings: Counter = field(default_factory=Counter)


def process_files(raw_root: Path, config: BuildConfig, rels: list[str] | None = None,
                  first_paths: dict[str, str] | None = None, progress: Callable[[], None] | None = None):
    """Run the steps over raw files (all of raw_root, or `rels`: relative posix paths); return (article rows
    sorted by article_id, Partial). Rows carry their own article_id as near_dup_cluster until clusters are known."""
    from sikap.annotation.merge import apply_gold_rows
    from sikap.formats import COUNTED_ONLY, read_records
    from sikap.partition import plan_raw
    from sikap.raw import iter_raw
    from sikap.rows import article_row, gold_defaults

    if rels is None:
        rels, _, first_paths, _ = plan_raw(raw_root)
    part = Partial()
    clock = time.perf_counter

    def source():
        it = iter_raw(raw_root, part.unregistered, rels)
        while True:
            t = clock()
            raw = next(it, None)
            part.timings["read"] += clock() - t
            if raw is None:
                return
            if not (raw.span and raw.span[0]):  # a file counts once, however many runs of records it is read in
                part.files += 1
                part.bytes_in += raw.size
                if progress:
                    progress()
            if raw.problem is not None:  # not a file to read (a link out of the root, a FIFO): check_raw rejects it
                yield Doc(raw=raw)
                continue
            for rec in read_records(raw, os.path.join(raw_root, raw.path)):  # a file's records, one at a time
                if isinstance(rec, Reject):
                    part.stats.drops[(rec.step, rec.reason)] += 1
                    if rec.reason not in COUNTED_ONLY:
                        part.rejects.append(rec.row())
                    continue
                yield Doc(raw=rec)

    gold = gold_defaults()
    rows = []
    for rec in pipeline.run(source(), steps(config, first_paths), part.stats, timings=part.timings):
        if isinstance(rec, Reject):
            part.rejects.append(rec.row())
            continue
        t = clock()
        _aggregate(rec, part)
        rows.append(article_row(rec, rec.meta["article_id"], gold))
        part.timings["rows"] += clock() - t
    rows.sort(key=lambda r: r["article_id"])
    rows = apply_gold_rows(rows, config.annotations_root)  # adjudicated gold labels of pulled rounds, if any
    return rows, part


def _aggregate(d: Doc, part: Partial) -> None:
    part.discovered.update(d.meta.get("_discovered", {}))
    sid = d.meta.get("source_id")
    if sid:
        part.n_articles[sid] += 1
        notice = ai_notice(d)
        if notice and sid not in part.notices:
            part.notices[sid] = (notice, d.raw.path)
    for a in d.meta["attributions"]:
        part.n_attr[a["source_id"]] += 1
    if d.meta.get("published_date") is not None:
        part.n_dated += 1


def merge_partials(parts: Iterable[Partial], config: BuildConfig) -> Partial:
    """Partials in raw-file order -> the Partial one serial pass would give (stats in step order)."""
    out = Partial()
    for p in parts:
        out.files += p.files
        out.bytes_in += p.bytes_in
        out.stats.records_in.update(p.stats.records_in)
        out.stats.records_out.update(p.stats.records_out)
        out.stats.drops.update(p.stats.drops)
        out.unregistered.extend(p.unregistered)
        out.discovered.update(p.discovered)  # the last article's evidence wins, as in one pass
        for sid, notice in p.notices.items():
            out.notices.setdefault(sid, notice)  # the first wins
        out.n_articles.update(p.n_articles)
        out.n_attr.update(p.n_attr)
        out.rejects.extend(p.rejects)
        out.n_dated += p.n_dated
        out.timings.update(p.timings)
    names = [pipeline.step_name(s) for s in steps(config)]
    ordered = pipeline.Stats()
    for n in names:  # one pass meets the steps in pipeline order
        if n in out.stats.records_in:
            ordered.records_in[n] = out.stats.records_in[n]
            ordered.records_out[n] = out.stats.records_out[n]
    ordered.drops = out.stats.drops
    out.stats = ordered
    return out


def side_tables(part: Partial):
    """(sources rows, reject rows) from the merged aggregates."""
    from sikap.sources import registry, source_rows

    sources = source_rows(registry(), part.discovered, part.notices, part.n_articles, part.n_attr)
    reject_rows = sorted(part.rejects, key=lambda r: (r["raw_file"], -1 if r["record_index"] is None else r["record_index"],
                                                      r["article_index"] or -1, r["step"]))
    return sources, reject_rows


# -- in memory -------------------------------------------------------------------------------------------


def build_tables(raw_root: Path, config: BuildConfig = BuildConfig(), progress=None,
                 annotations_root: Path | None = None) -> BuildResult:
    import dataclasses

    import numpy as np
    import pyarrow as pa

    from sikap.annotation.merge import annotations_table

    from sikap.schema import load
    from sikap.schema.types import arrow_schema
    from sikap.schema.validation import ValidationFailed, Violation, reference_violations, schema_violations

    if annotations_root is not None:
        config = dataclasses.replace(config, annotations_root=str(annotations_root))
    from sikap.partition import plan_raw
    from sikap.registration import earliest_roots

    rels, _, first_paths, registered = plan_raw(raw_root)
    articles, part = process_files(raw_root, config, rels, first_paths, progress=progress)
    part = merge_partials([part], config)
    nd = config.neardup
    sig, sizes = nd.signatures([r["text"] for r in articles])
    keys = nd.band_keys(sig)
    roots = nd.cluster_roots(np.arange(len(articles)), lambda k: keys[:, k], sig, sizes) if articles else []
    roots = earliest_roots(roots, [r["article_id"] for r in articles], registered)
    for row, root in zip(articles, list(roots)):
        row["near_dup_cluster"] = articles[root]["article_id"]
    sources, reject_rows = side_tables(part)

    schema = load()
    tables = {
        "articles": pa.Table.from_pylist(articles, schema=arrow_schema(schema, "articles")),
        "sources": pa.Table.from_pylist(sources, schema=arrow_schema(schema, "sources")),
        "rejects": pa.Table.from_pylist(reject_rows, schema=arrow_schema(schema, "rejects")),
    }
    annotations = annotations_table(config.annotations_root)
    if annotations is not None:
        tables["annotations"] = annotations
    violations = schema_violations(tables) + reference_violations(tables)
    if violations:
        raise ValidationFailed(violations)
    if not articles:
        raise ValidationFailed([Violation("articles", "<table>", "at least one article", [], ["every record was rejected"])])
    return BuildResult(tables, part.stats, part.unregistered, part.files, timings=dict(part.timings))
