"""One pass of the build's steps over some raw files: `process_files` reads the files' records, runs the steps
and makes the article rows (the one place where they are made), and `Partial` gathers what else the pass
counts (files, stats, rejects, discovered outlets, AI notices). `merge_partials` adds partials up as one serial
pass would, and `side_tables` makes the sources and rejects rows from the sum. Used by the in-memory build
(build.py) and by every partition of a streaming build (partition.py, stream.py).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sikap import pipeline
from sikap.build_steps import BuildConfig, steps
from sikap.pipeline.metadata import ai_notice
from sikap.records import Doc, Reject


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
