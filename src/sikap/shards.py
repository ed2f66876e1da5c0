"""Writing one shard of the articles table: the reduce side of the streaming build (sikap.stream).

A shard is a range of article_id ranks; its rows lie in every partition's spill, each spill sorted by
article_id, so a task names a (partition, lo, hi) piece per spill and carries the rows' ids and cluster
ids. Any engine can run it where the spill folder is reachable; the bytes never depend on where.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sikap.io import PARQUET_WRITER_OPTIONS, ROW_GROUP, naming


@dataclass(frozen=True)
class ShardTask:
    """One shard: rows [lo, hi) of each spilled partition in `pieces`, with their article ids and near-dup
    cluster ids in the same order (the driver holds both), so a worker opens nothing but the spills."""

    index: int
    path: str
    spill_dir: str
    pieces: tuple  # (partition, lo, hi)
    ids: Any  # numpy "S" array: article ids of the pieces' rows, piece after piece
    clusters: Any  # numpy "S" array: their near_dup_cluster, in the same order

    @property
    def label(self) -> str:
        return f"shard {self.index} ({Path(self.path).name}, {len(self.ids)} articles)"


def write_shard(task: ShardTask) -> tuple[int, dict]:
    """Write one shard: its rows gathered from the partition spills (sorted by article_id), merged by
    article_id, cluster ids put in, written one row group at a time (so memory follows the row group, not
    the shard; the bytes are those of one pq.write_table of the whole shard)."""
    import time

    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sikap.partition import SPILL_BATCH, spill_paths

    clock = time.perf_counter
    t0 = clock()
    tables = []
    for p, lo, hi in task.pieces:
        # Read, not memory-mapped: a shard takes a few batches of every partition, and mapped pages stay in
        # the worker's resident set; reads go to buffers freed with the shard. Only the batches holding lo..hi.
        with pa.OSFile(spill_paths(task.spill_dir, p)["arrow"]) as source:
            reader = pa.ipc.open_file(source)
            first, last = lo // SPILL_BATCH, (hi - 1) // SPILL_BATCH
            batches = [reader.get_batch(b) for b in range(first, last + 1)]
            tables.append(pa.Table.from_batches(batches, schema=reader.schema).slice(lo - first * SPILL_BATCH, hi - lo))
    table = pa.concat_tables(tables)
    col = table.schema.get_field_index("near_dup_cluster")
    table = table.set_column(col, table.schema.field(col), pa.array(task.clusters.astype(str).tolist(), pa.string()))
    order = np.argsort(task.ids, kind="stable")
    del tables
    t1 = clock()
    _validate(table, order, task)
    validate = clock() - t1
    Path(task.path).parent.mkdir(parents=True, exist_ok=True)
    step = ROW_GROUP
    gather = parquet = 0.0
    t1 = clock()
    gather += t1 - t0 - validate
    schema = table.schema.remove_metadata()
    with naming(task.path), pq.ParquetWriter(task.path, schema, **PARQUET_WRITER_OPTIONS) as writer:
        for s in range(0, len(order), step):
            t = clock()
            chunk = table.take(pa.array(order[s : s + step])).combine_chunks().replace_schema_metadata(None)
            t1 = clock()
            writer.write_table(chunk, row_group_size=step)
            gather += t1 - t
            parquet += clock() - t1
            del chunk
    return task.index, {"gather": gather, "parquet": parquet, "validate": validate, "rows": len(order)}


def _validate(table, order, task: ShardTask) -> None:
    """pandera over the shard's rows as they will be published; a failure names the shard's file and the
    rows as numbered in it (the table is still in the spills' order here)."""
    import numpy as np

    from sikap.schema.validation import ValidationFailed, validate_table

    try:
        validate_table("articles", table)
    except ValidationFailed as err:
        written = np.empty(len(order), dtype=np.int64)
        written[order] = np.arange(len(order))
        for v in err.violations:
            v.table = f"articles ({Path(task.path).name})"
            v.rows = sorted(int(written[r]) for r in v.rows if 0 <= r < len(order))
        raise ValidationFailed(err.violations) from None
