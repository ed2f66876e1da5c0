"""One partition of a streaming build: which raw files there are, and the steps over some of them.

`sikap.raw.list_raw` and `first_paths_of_copies` make the plan (every raw file, and which files are byte
copies of an earlier one); `run_partition` runs the pipeline over one partition wherever an engine puts it and
leaves a spill behind: validated article rows sorted by article_id (Arrow IPC) with their MinHash
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


def first_paths_of_copies(root: Path, rels: list[str], missing: list[str] | None = None) -> dict[str, str]:
    """sha256 -> the path a build keeps, for contents present under more than one path (byte-identical copies).

    The copy kept is the first registered (manifest `registered` time; entries older than that field count
    first, in path order; unregistered files last, in path order), so adding a copy never displaces the
    original. Hashes come from the manifests (a file whose bytes no longer match its manifest fails the build
    when it is read); files not in a manifest are hashed here; `missing` files, links and special files are
    no candidates. Kept as a compact array of digests, not a dict."""
    import hashlib

    import numpy as np

    from sikap.raw import read_manifest, read_raw_file

    gone = set(missing or ())
    digests = bytearray()
    keep: list[int] = []
    order: list[str] = []
    manifests: dict[str, dict] = {}
    base = os.fspath(root)
    for i, rel in enumerate(rels):
        if rel in gone:
            continue
        folder, _, name = rel.rpartition("/")
        if folder not in manifests:
            manifests.clear()  # one folder at a time: files are sorted, so a folder's files are contiguous
            manifests[folder] = read_manifest(root / folder)
        entry = manifests[folder].get(name)
        if entry is not None:
            digests += bytes.fromhex(entry["sha256"])
            order.append(entry.get("registered", ""))
        else:
            data, problem = read_raw_file(base, rel)
            if problem is not None:
                continue
            digests += hashlib.sha256(data).digest()
            order.append("~")  # after every registration time
        keep.append(i)
    if not keep:
        return {}
    arr = np.frombuffer(bytes(digests), dtype="S32")
    _, inverse, counts = np.unique(arr, return_inverse=True, return_counts=True)
    inverse = inverse.reshape(-1)
    best: dict[int, tuple[str, str, int]] = {}
    for j in np.flatnonzero(counts[inverse] > 1).tolist():
        key = (order[j], rels[keep[j]], j)
        group = int(inverse[j])
        if group not in best or key < best[group]:
            best[group] = key
    return {bytes(arr[j]).hex(): path for _, path, j in best.values()}


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
    """Steps over one partition; article rows validated (pandera) and spilled, sorted by article_id, with
    their MinHash signatures. Runs anywhere the raw root and the spill folder are reachable."""
    import numpy as np
    import pyarrow as pa

    from sikap.schema import load
    from sikap.schema.types import arrow_schema
    from sikap.schema.validation import validate_table

    root = Path(task.raw_root)
    gc.disable()  # the steps make no reference cycles; collections over a partition's rows cost ~7% of the time
    try:
        rows, part = process_files(root, task.config, list(task.files), task.first_paths)
    finally:
        gc.enable()
    clock = time.perf_counter
    t = clock()
    table = pa.Table.from_pylist(rows, schema=arrow_schema(load(), "articles"))
    part.timings["arrow"] += clock() - t
    t = clock()
    validate_table("articles", table)
    part.timings["validate"] += clock() - t
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


def partition_cuts(files: int, most: int, workers: int) -> list[tuple[int, int]]:
    """(start, stop) of each partition of the sorted file list: at most `most` files each, near-equal sizes,
    and as many partitions as makes a multiple of the workers, so no worker idles through a last round
    (10k files, 2 workers: 6 partitions of 1,666-1,667, not 5 of 2,000)."""
    parts = -(-files // max(1, most))
    if parts > 1 and workers > 1:
        parts = min(files, -(-parts // workers) * workers)
    return [(i * files // parts, (i + 1) * files // parts) for i in range(parts)]
