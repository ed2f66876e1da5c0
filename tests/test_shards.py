"""sikap.shards: one shard gathered from sorted spills is the bytes of one write of its sorted rows."""

from __future__ import annotations

import pyarrow.parquet as pq


def test_a_shard_written_row_group_by_row_group_is_one_write_table(tmp_path):
    """write_shard merges sorted spills and writes 10k-row groups one at a time: same bytes as one write."""
    import numpy as np
    import pyarrow as pa

    from sikap.partition import SPILL_BATCH, spill_paths
    from sikap.io import PARQUET_OPTIONS
    from sikap.shards import ShardTask, write_shard

    rng = np.random.default_rng(0)
    ids = np.array(sorted({f"{x:016x}-00" for x in rng.integers(0, 2**63, 25_000)}))
    parts = [np.sort(ids[k::3]) for k in range(3)]  # three sorted partitions, interleaved in id order
    pieces = []
    for i, pids in enumerate(parts):
        sp = spill_paths(str(tmp_path), i)
        table = pa.table({"article_id": pids.tolist(), "near_dup_cluster": [""] * len(pids),
                          "text": [f"teks {a} " * 5 for a in pids.tolist()]})
        with pa.OSFile(sp["arrow"], "wb") as sink, pa.ipc.new_file(sink, table.schema) as w:
            w.write_table(table, max_chunksize=SPILL_BATCH)  # as run_partition spills
        pieces.append((i, 100, len(pids) - 50))  # rows from inside batches, as a shard in the middle takes
    piece_ids = np.concatenate([p[100 : len(p) - 50] for p in parts]).astype("S")
    clusters = np.char.add(b"c", piece_ids)  # a cluster id per row, in piece order like the ids
    write_shard(ShardTask(0, str(tmp_path / "shard.parquet"), str(tmp_path), tuple(pieces), piece_ids, clusters))
    ids = np.sort(piece_ids).astype(str)
    expected = pa.table({"article_id": ids.tolist(), "near_dup_cluster": ["c" + a for a in ids.tolist()],
                         "text": [f"teks {a} " * 5 for a in ids.tolist()]})
    pq.write_table(expected, tmp_path / "expected.parquet", **PARQUET_OPTIONS)
    assert (tmp_path / "shard.parquet").read_bytes() == (tmp_path / "expected.parquet").read_bytes()
    assert pq.ParquetFile(tmp_path / "shard.parquet").num_row_groups == 3
