"""One partition of a streaming build: which raw files there are, and the steps over some of them.

`plan_raw` makes the plan (every raw file, and which of byte-identical files is kept: the first registered);
`run_partition` runs the pipeline over one partition wherever an engine puts it and leaves a spill behind: article rows (typed by the Arrow schema; pandera validates them as shards) sorted by article_id (Arrow IPC) with their MinHash
signatures and LSH band keys. sikap.stream reads the spills back.
"""

from __future__ import annotations

import gc
import os
import time
from dataclasses import dataclass
from pathlib import Path

from sikap.build import BuildConfig, Partial, process_files
from sikap.io import naming, save_npy
from sikap.registration import Registered


def plan_raw(root: Path) -> tuple[list[str], list[str], dict[str, str], Registered]:
    """(every raw path, sorted; the registered paths missing on disk; first_paths_of_copies; the files'
    registration facts, sikap.registration.Registered), reading each manifest once and holding one at a time:
    what list_raw and first_paths_of_copies give, in one pass. The Registered also carries `unusual`, the
    paths sikap.formats.plan_units must look at (every other path is a regular file of at most plain_limit()
    bytes), from the listing's entry types and the manifests' sizes: the plan stats no file a second time."""
    from sikap.formats import plain_limit
    from sikap.raw import read_manifest, walk_raw

    rels: list[str] = []
    missing: list[str] = []
    found = Registered()
    unusual, limit = found.unusual, plain_limit()
    base = os.fspath(root)
    for prefix, data, names, odd in walk_raw(root):
        entries = read_manifest(Path(root) / prefix) if names is not None else {}
        if entries:
            gone = [name for name in entries if name not in names]
            here = [name for name in entries if name in names] if gone else list(entries)
            lost = [prefix + name for name in gone]
            missing += lost
            rels += lost
            unusual.update(dict.fromkeys(lost))
            rels += [prefix + name for name in here if name[0] == "."]  # registered, so data after all
            found.add_folder(prefix, here, entries)
            unusual.update({prefix + name: entries[name]["size"] for name in here
                            if entries[name]["size"] > limit})
        rels += [prefix + name for name in data]
        for name in data:
            if name not in entries:  # files no manifest lists: hashed here
                size = found.hash_file(base, prefix + name)
                if size is None or size > limit:
                    unusual[prefix + name] = size
        unusual.update(dict.fromkeys(prefix + name for name in odd))  # links, FIFOs: looked at again
    rels.sort()
    return rels, missing, found.first_of_copies(), found


def first_paths_of_copies(root: Path, rels: list[str], missing: list[str] | None = None) -> dict[str, str]:
    """sha256 -> the path a build keeps, for contents present under more than one path (byte-identical copies).

    The copy kept is the first registered (manifest `registered` time; entries older than that field count
    first, in path order; unregistered files last, in path order), so adding a copy never displaces the
    original. Hashes come from the manifests (a file whose bytes no longer match its manifest fails the build
    when it is read); files not in a manifest are hashed here; `missing` files, links and special files are
    no candidates."""
    from sikap.raw import read_manifest

    gone = set(missing or ())
    found = Registered()
    base, folder, entries = os.fspath(root), None, {}
    for rel in rels:
        if rel in gone:
            continue
        parent, _, name = rel.rpartition("/")
        if parent != folder:  # files are sorted, so a folder's files are contiguous: one manifest at a time
            folder, entries = parent, read_manifest(root / parent)
        entry = entries.get(name)
        if entry is not None:
            found.add(rel, bytes.fromhex(entry["sha256"]), entry.get("registered", ""))
        else:
            found.hash_file(base, rel)
    return found.first_of_copies()


SPILL_BATCH = 64  # rows per record batch in a spill: a shard reads only the batches holding its rows


@dataclass(frozen=True)
class PartitionTask:
    index: int
    raw_root: str
    files: tuple[str, ...]
    first_paths: dict
    config: BuildConfig
    spill_dir: str

    @property
    def label(self) -> str:
        """How an error names this task: its number and raw files."""
        span = f"{self.files[0]} … {self.files[-1]}" if self.files else "no files"
        return f"partition {self.index} ({len(self.files)} raw files: {span})"


def spill_paths(spill_dir: str, index: int) -> dict[str, str]:
    stem = os.path.join(spill_dir, f"part-{index:05d}")
    return {k: f"{stem}.{k}" for k in ("arrow", "ids.npy", "sig.npy", "sizes.npy", "keys.npy")}


def run_partition(task: PartitionTask) -> tuple[int, Partial]:
    """Steps over one partition; article rows (Arrow-typed) spilled, sorted by article_id, with
    their MinHash signatures. Runs anywhere the raw root and the spill folder are reachable."""
    # The steps make no reference cycles; collections over a partition's rows cost ~7% of the time. The
    # collector stays off through the Arrow conversion too, which allocates while every row is alive (the
    # first collection after the steps scanned them all: ~15 µs an article).
    gc.disable()
    try:
        return _run_partition(task)
    finally:
        gc.enable()


def _run_partition(task: PartitionTask) -> tuple[int, Partial]:
    import numpy as np
    import pyarrow as pa

    from sikap.schema import load
    from sikap.schema.types import arrow_schema

    root = Path(task.raw_root)
    rows, part = process_files(root, task.config, list(task.files), task.first_paths)
    clock = time.perf_counter
    t = clock()
    table = pa.Table.from_pylist(rows, schema=arrow_schema(load(), "articles"))
    part.timings["arrow"] += clock() - t
    t = clock()
    nd = task.config.neardup
    sig, sizes = nd.signatures([r["text"] for r in rows])
    keys = nd.band_keys(sig)
    part.timings["minhash"] += clock() - t
    t = clock()
    out = spill_paths(task.spill_dir, task.index)
    with naming(out["arrow"]), pa.OSFile(out["arrow"], "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=SPILL_BATCH)
    ids = np.array([r["article_id"].encode() for r in rows], dtype="S") if rows else np.zeros(0, dtype="S1")
    save_npy(out["ids.npy"], ids)
    save_npy(out["sig.npy"], sig)
    save_npy(out["sizes.npy"], sizes)
    save_npy(out["keys.npy"], np.ascontiguousarray(keys.T))
    part.timings["spill"] += clock() - t
    return task.index, part


def partition_cuts(files: int, most: int, workers: int, weights: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, stop) of each partition of the sorted file list: at most `most` files each, near-equal sizes,
    and as many partitions as makes a multiple of the workers, so no worker idles through a last round
    (10k files, 2 workers: 6 partitions of 1,666-1,667, not 5 of 2,000). With `weights` (records per unit,
    when archives were cut into runs of records, one per 64 KB for a large page: sikap.formats.plan_units),
    partitions get near-equal weights of about `most` records at most, whatever the files."""
    if weights is not None and any(w != 1 for w in weights):
        return _weighted_cuts(weights, most, workers)
    parts = -(-files // max(1, most))
    if parts > 1 and workers > 1:
        parts = min(files, -(-parts // workers) * workers)
    return [(i * files // parts, (i + 1) * files // parts) for i in range(parts)]


def _weighted_cuts(weights: list[int], most: int, workers: int) -> list[tuple[int, int]]:
    """Cuts at even shares of the total weight, in as many partitions as the weights need (rounded up to a
    multiple of the workers, as for plain files): one large page among small ones must not leave workers
    idle through a last round of one tiny partition."""
    from bisect import bisect_left
    from itertools import accumulate

    cum = list(accumulate(weights))
    total, n = cum[-1], len(weights)
    parts = -(-total // max(1, most))
    if parts > 1 and workers > 1:
        parts = -(-parts // workers) * workers
    parts = min(parts, n)
    bounds = [0]
    for k in range(1, parts):
        target = k * total / parts
        i = min(bisect_left(cum, target), n - 1)  # the unit whose weight crosses the target: cut on its nearer side
        b = i + 1 if cum[i] - target <= target - (cum[i - 1] if i else 0) else i
        if b > bounds[-1]:
            bounds.append(b)
    if bounds[-1] < n:
        bounds.append(n)
    return list(zip(bounds, bounds[1:]))
