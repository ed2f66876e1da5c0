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

Both ways share `process_files` (build_files.py), the one place where article rows are made, and the step
list `steps` (build_steps.py); this module holds the in-memory way and the result both give back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sikap import pipeline
# the step list and its settings (build_steps.py), one pass of it over raw files (build_files.py); the names are
# read from here by the streaming build, the CLI and tests
from sikap.build_steps import BuildConfig, steps  # noqa: F401
from sikap.build_files import Partial, merge_partials, process_files, side_tables  # noqa: F401


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
