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


def first_paths_of_copies(root: Path, rels: list[str]) -> dict[str, str]:
    """sha256 -> first path, for contents present under more than one path (byte-identical copies).

    Hashes come from the manifests (a file whose bytes no longer match its manifest fails the build when
    it is read); files not in a manifest are hashed here. Kept as a compact array of digests, not a dict."""
    import numpy as np

    from sikap.raw import _manifest, read_file

    digests = bytearray()
    manifests: dict[str, dict] = {}
    for rel in rels:
        folder, _, name = rel.rpartition("/")
        if folder not in manifests:
            manifests.clear()  # one folder at a time: files are sorted, so a folder's files are contiguous
            manifests[folder] = _manifest(root / folder)
        entry = manifests[folder].get(name)
        if entry is not None:
            digests += bytes.fromhex(entry["sha256"])
        else:
            digests += bytes.fromhex(read_file(os.path.join(root, rel))[1])  # an archive is hashed in chunks
    if not rels:
        return {}
    arr = np.frombuffer(bytes(digests), dtype="S32")
    _, first, counts = np.unique(arr, return_index=True, return_counts=True)
    dup = first[counts > 1]
    return {bytes(arr[i]).hex(): rels[i] for i in dup.tolist()}


SPILL_BATCH = 64  # rows per record batch in a spill: a shard reads only the batches holding its rows


@dataclass(frozen=True)
class PartitionTask:
    index: int
    raw_root: str
    files: tuple[str, ...]
    first_paths: dict
    config: BuildConfig
    spill_dir: str


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
    with pa.OSFile(out["arrow"], "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=SPILL_BATCH)
    ids = np.array([r["article_id"].encode() for r in rows], dtype="S") if rows else np.zeros(0, dtype="S1")
    np.save(out["ids.npy"], ids)
    np.save(out["sig.npy"], sig)
    np.save(out["sizes.npy"], sizes)
    np.save(out["keys.npy"], np.ascontiguousarray(keys.T))
    part.timings["spill"] += clock() - t
    return task.index, part


def partition_cuts(files: int, most: int, workers: int, weights: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, stop) of each partition of the sorted file list: at most `most` files each, near-equal sizes,
    and as many partitions as makes a multiple of the workers, so no worker idles through a last round
    (10k files, 2 workers: 6 partitions of 1,666-1,667, not 5 of 2,000). With `weights` (records per unit,
    when archives were cut into runs of records: sikap.formats.plan_units), a partition closes before its
    weight passes `most`, so a partition never holds more than about `most` records whatever the files."""
    if weights is not None and any(w != 1 for w in weights):
        cuts, start, total = [], 0, 0
        for i, w in enumerate(weights):
            if total and total + w > most:
                cuts.append((start, i))
                start, total = i, 0
            total += w
        return cuts + [(start, files)] if files > start else cuts
    parts = -(-files // max(1, most))
    if parts > 1 and workers > 1:
        parts = min(files, -(-parts // workers) * workers)
    return [(i * files // parts, (i + 1) * files // parts) for i in range(parts)]
