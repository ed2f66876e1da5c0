"""sikap.shards: one shard gathered from sorted spills is the bytes of one write of its sorted rows, and
is validated (pandera) as published: a bad row stops the build naming the shard, the check and the row."""

from __future__ import annotations

import pickle
from pathlib import Path

import pyarrow.parquet as pq
import pytest

REPO = Path(__file__).resolve().parent.parent


def _rows(ids: list[str], **change) -> "pa.Table":
    """Article rows of the real schema: the committed dataset's first row, with these ids and texts."""
    import pyarrow as pa

    template = pq.read_table(sorted((REPO / "dataset" / "data").glob("articles-*.parquet"))[0]).slice(0, 1)
    table = pa.concat_tables([template] * len(ids)).combine_chunks()
    for name, values in {"article_id": ids, "near_dup_cluster": [""] * len(ids),
                         "text": [f"teks {a} " * 5 for a in ids], **change}.items():
        col = table.schema.get_field_index(name)
        table = table.set_column(col, table.schema.field(col), pa.array(values, table.schema.field(col).type))
    return table


def _spill(tmp_path, i: int, table) -> None:
    import pyarrow as pa

    from sikap.partition import SPILL_BATCH, spill_paths

    with pa.OSFile(spill_paths(str(tmp_path), i)["arrow"], "wb") as sink, pa.ipc.new_file(sink, table.schema) as w:
        w.write_table(table, max_chunksize=SPILL_BATCH)  # as run_partition spills


def test_a_shard_written_row_group_by_row_group_is_one_write_table(tmp_path):
    """write_shard merges sorted spills and writes 10k-row groups one at a time: same bytes as one write."""
    import numpy as np
    import pyarrow as pa

    from sikap.io import PARQUET_OPTIONS
    from sikap.shards import ShardTask, write_shard

    rng = np.random.default_rng(0)
    ids = np.array(sorted({f"{x:016x}-00" for x in rng.integers(0, 2**63, 25_000)}))
    parts = [np.sort(ids[k::3]) for k in range(3)]  # three sorted partitions, interleaved in id order
    pieces = []
    for i, pids in enumerate(parts):
        _spill(tmp_path, i, _rows(pids.tolist()))
        pieces.append((i, 100, len(pids) - 50))  # rows from inside batches, as a shard in the middle takes
    piece_ids = np.concatenate([p[100 : len(p) - 50] for p in parts]).astype("S")
    clusters = np.char.add(b"c", piece_ids)  # a cluster id per row, in piece order like the ids
    write_shard(ShardTask(0, str(tmp_path / "shard.parquet"), str(tmp_path), tuple(pieces), piece_ids, clusters))
    ids = np.sort(piece_ids).astype(str)
    expected = _rows(ids.tolist(), near_dup_cluster=["c" + a for a in ids.tolist()]).replace_schema_metadata(None)
    pq.write_table(expected, tmp_path / "expected.parquet", **PARQUET_OPTIONS)
    assert (tmp_path / "shard.parquet").read_bytes() == (tmp_path / "expected.parquet").read_bytes()
    assert pq.ParquetFile(tmp_path / "shard.parquet").num_row_groups == 3


def test_a_bad_row_stops_the_shard_naming_its_file_check_and_row(tmp_path):
    import numpy as np

    from sikap.schema.validation import ValidationFailed
    from sikap.shards import ShardTask, write_shard

    ids = [f"{k:016x}-00" for k in range(1, 7)]
    _spill(tmp_path, 0, _rows(ids[:3], language=["id", "XX", "id"]))  # one language code breaks its regex
    _spill(tmp_path, 1, _rows(ids[3:]))
    order = [ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]]
    task = ShardTask(0, str(tmp_path / "articles-00000-of-00001.parquet"), str(tmp_path), ((1, 0, 3), (0, 0, 3)),
                     np.array(ids[3:] + ids[:3], dtype="S"), np.array([b"c"] * 6))
    with pytest.raises(ValidationFailed) as err:
        write_shard(task)
    (v,) = err.value.violations
    assert v.table == "articles (articles-00000-of-00001.parquet)" and v.column == "language"
    assert v.rows == [order.index(ids[1])]  # numbered as the shard is written (by article_id), not as gathered
    assert not (tmp_path / "articles-00000-of-00001.parquet").exists()
    again = pickle.loads(pickle.dumps(err.value))  # as it crosses the process pool from a worker
    assert str(again) == str(err.value) and again.violations[0].rows == v.rows
