"""The streaming build: raw files to a sharded dataset in two passes, on any engine.

The plan, in two passes over the data and none over a whole-corpus list of texts:
  0. list the raw files (sorted), find byte-identical copies from the manifests' sha256 (a compact array);
  1. map: each partition of `partition_files` files runs the steps and spills its article rows sorted by
     article_id (Arrow IPC) with MinHash signatures and LSH band keys (numpy);
     the driver merges the small aggregates (counts, rejects, sources) in partition order;
  2. near-duplicates from the spilled signatures only, in the driver alone (the map's workers have
     ended): candidates band by band (sort, equal keys), containment check, union-find; a cluster id
     per article, kept in the driver;
  3. the article count is now known, so the shard count is too (no renaming pass): shard k holds the
     rows of global article_id ranks [k*shard_rows, (k+1)*shard_rows), gathered from each partition's
     sorted spill by binary search (the task carries their ids and cluster ids), validated whole (pandera:
     the rows as published, cluster ids in; once a shard, not once a partition, as pandera's cost is mostly
     per call) and written by a fresh worker as data/articles-0000k-of-0000n.parquet;
  4. sources, rejects, card; the staging folder is swapped in atomically (sikap.io.replacing: the dataset
     is locked for the whole build, and the staging folder is removed on any failure, Ctrl-C or SIGTERM).
     Any failure before that leaves the previous dataset untouched.
Everything written depends only on the raw files and the config: any engine, any worker count, any
completion order gives the same bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

from sikap.build import BuildConfig, BuildResult
from sikap.card import data_path, render
from sikap.io import atomic_write_bytes, replacing, swap_in
from sikap.publish import card_body, write_parquet


def shard_name(config: str, shard: int, shards: int) -> str:
    return data_path(config, shard, shards)


def build_dataset(raw_root: Path, out: Path, config: BuildConfig = BuildConfig(), engine: str = "local",
                  scheduler: str | None = None, progress=None, wait: float = 0.0, on_wait=None) -> BuildResult:
    """Stream raw_root into the dataset folder `out` (see the plan above); return counts and timings.

    progress(n) is called with the number of raw files each finished partition held. Another build of the
    same `out` is waited for up to `wait` seconds (sikap.locks.Busy after that; on_wait(holder) once)."""
    out = Path(out).resolve()
    with replacing(out, "sikap build", wait, on_wait) as staged:
        return _build(Path(raw_root).resolve(), out, staged, config, engine, scheduler, progress)


def _build(raw_root: Path, out: Path, staged: Path, config: BuildConfig, engine: str, scheduler: str | None,
           progress) -> BuildResult:
    import shutil
    import time

    import numpy as np
    import pyarrow as pa

    from sikap.annotation.merge import annotations_table
    from sikap.build import merge_partials, side_tables
    from sikap.formats import plan_units
    from sikap.partition import PartitionTask, partition_cuts, plan_raw, run_partition, spill_paths
    from sikap.registration import earliest_roots
    from sikap.shards import ShardTask, write_shard
    from sikap.engine import cores, open_engine
    from sikap.schema import load
    from sikap.schema.types import arrow_schema
    from sikap.schema.validation import ValidationFailed, Violation, schema_violations

    clock = time.perf_counter
    times: dict[str, float] = {}
    spill = staged / ".spill"
    spill.mkdir()
    t = clock()
    rels, _, first_paths, registered = plan_raw(raw_root)
    rels, weights = plan_units(raw_root, rels, config.partition_files, registered.unusual)  # archives cut into runs
    times["plan"] = clock() - t
    cuts = partition_cuts(len(rels), config.partition_files, config.workers or cores(), weights)
    tasks = [PartitionTask(i, str(raw_root), tuple(rels[a:b]), first_paths, config, str(spill))
             for i, (a, b) in enumerate(cuts)]
    with open_engine(engine, scheduler, config.workers, len(tasks)) as eng:
        t = clock()
        parts = [None] * len(tasks)
        for i, part in eng.map(run_partition, tasks):
            parts[i] = part
            if progress:
                progress(part.files)
        times["map"] = clock() - t
        workers, engine_name = eng.workers, eng.name
    # The map's workers end here: near-duplicate clustering runs in this process alone, and the shards
    # are written by fresh workers, so no phase carries the language model and heaps of the map.
    merged = merge_partials(parts, config)
    n_by_part = [len(np.load(spill_paths(str(spill), i)["ids.npy"], mmap_mode="r")) for i in range(len(tasks))]
    n = sum(n_by_part)

    sources, reject_rows = side_tables(merged)
    schema = load()
    side = {"sources": pa.Table.from_pylist(sources, schema=arrow_schema(schema, "sources")),
            "rejects": pa.Table.from_pylist(reject_rows, schema=arrow_schema(schema, "rejects"))}
    violations = schema_violations(side)
    known = set(side["sources"].column("source_id").to_pylist())
    for column, used in (("source_id", merged.n_articles), ("attributions", merged.n_attr)):
        bad = sorted(set(used) - known)
        if bad:
            violations.append(Violation("articles", column, "references sources.source_id", [], bad))
    if violations:
        raise ValidationFailed(violations)
    if n == 0:
        raise ValidationFailed([Violation("articles", "<table>", "at least one article", [], ["every record was rejected"])])

    t = clock()
    nd_stats: dict = {}
    bounds = np.cumsum([0] + n_by_part)
    ids = np.concatenate([np.load(spill_paths(str(spill), i)["ids.npy"]) for i in range(len(tasks))])
    order = np.argsort(ids, kind="stable")
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    roots = _cluster(config, str(spill), len(tasks), n_by_part, rank, nd_stats)
    roots = earliest_roots(roots, ids, registered)  # a cluster is named after its first registered member
    del registered
    cluster_ids = ids[roots]
    del roots, rank
    times["neardup"] = clock() - t

    t = clock()
    per = max(1, config.shard_rows)
    n_shards = -(-n // per)
    sorted_ids = ids[order]
    del order
    part_ids = [ids[bounds[i] : bounds[i + 1]] for i in range(len(tasks))]
    shard_tasks = []
    for k in range(n_shards):
        lo_id = sorted_ids[k * per]
        hi_id = sorted_ids[(k + 1) * per] if (k + 1) * per < n else None
        pieces, rows = [], []
        for i, pids in enumerate(part_ids):
            lo = int(np.searchsorted(pids, lo_id, "left"))
            hi = int(np.searchsorted(pids, hi_id, "left")) if hi_id is not None else len(pids)
            if hi > lo:
                pieces.append((i, lo, hi))
                rows.append(np.arange(bounds[i] + lo, bounds[i] + hi))
        rows = np.concatenate(rows)
        shard_tasks.append(ShardTask(k, str(staged / shard_name("articles", k, n_shards)), str(spill),
                                     tuple(pieces), ids[rows], cluster_ids[rows]))
    del cluster_ids
    (staged / "data").mkdir(exist_ok=True)
    shard_times: dict[str, float] = {}
    with open_engine(engine, scheduler, config.workers, len(shard_tasks)) as eng:
        for _, st in eng.map(write_shard, shard_tasks):
            for key in ("gather", "parquet", "validate"):
                shard_times[key] = shard_times.get(key, 0.0) + st[key]
    times["shards"] = clock() - t

    t = clock()
    shutil.rmtree(spill)
    for name in ("sources", "rejects"):
        write_parquet(side[name], staged / data_path(name))
    annotations = annotations_table(config.annotations_root)  # merged rounds' votes, if any
    if annotations is not None:
        side["annotations"] = annotations
        write_parquet(annotations, staged / data_path("annotations"))
    result = BuildResult(side, merged.stats, merged.unregistered, merged.files, n_articles=n,
                         n_dated=merged.n_dated, timings={**merged.timings, **shard_times},
                         info={"partitions": len(tasks), "shards": n_shards, "workers": workers,
                               "engine": engine_name, "bytes_in": merged.bytes_in, **nd_stats})
    rows = {"articles": n, **{name: table.num_rows for name, table in side.items()}}
    atomic_write_bytes(staged / "README.md", render(staged, rows, card_body(result, config)).encode("utf-8"))
    times["card"] = clock() - t
    t = clock()
    swap_in(staged, out)
    times["swap"] = clock() - t
    result.info["phases"] = times
    return result


def _cluster(config: BuildConfig, spill_dir: str, parts: int, n_by_part: list[int], rank, stats: dict):
    """Near-duplicate roots (global article index) from the spilled signatures: band keys are read one band
    at a time; signatures are gathered into one memory-mapped matrix for the containment checks."""
    import numpy as np

    from sikap.partition import spill_paths

    nd = config.neardup
    n = sum(n_by_part)
    paths = [spill_paths(spill_dir, i) for i in range(parts)]
    sig = reserved_memmap(os.path.join(spill_dir, "sig-all.npy"), (n, nd.num_perm), np.uint32)
    sizes = np.empty(n, dtype=np.int64)
    at = 0
    for p, m in zip(paths, n_by_part):
        if m:
            sig[at : at + m] = np.load(p["sig.npy"], mmap_mode="r")
            sizes[at : at + m] = np.load(p["sizes.npy"])
        at += m
    sig.flush()

    keys = [np.load(p["keys.npy"], mmap_mode="r") for p, m in zip(paths, n_by_part) if m]  # mapped once, read per band

    def band(k: int):
        return np.concatenate([part[k] for part in keys])

    return nd.cluster_roots(rank, band, sig, sizes, stats)


def reserved_memmap(path: str, shape: tuple, dtype):
    """A new .npy file mapped for writing, its blocks reserved first (posix_fallocate): a store into a mapped
    page the file system cannot back kills the process with SIGBUS, with no message and no clean-up, so a
    full disk must show here, as an OSError naming the path and the space needed."""
    import numpy as np

    need = int(np.prod(shape)) * np.dtype(dtype).itemsize
    try:
        arr = np.lib.format.open_memmap(path, mode="w+", dtype=dtype, shape=shape)
        fd = os.open(path, os.O_RDWR)
        try:
            os.posix_fallocate(fd, 0, os.fstat(fd).st_size)
        finally:
            os.close(fd)
    except OSError as err:
        raise OSError(err.errno, f"{err.strerror} (near-duplicate signatures need {need / 1e6:.1f} MB)", path) from None
    return arr
