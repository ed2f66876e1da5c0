"""Large archives are read in runs of records: the records, indexes and rejects are those of one pass over the
whole file, and the built dataset is byte-identical however the archives are cut."""

from __future__ import annotations

import hashlib
import shutil

import pytest

import sikap.formats.runs as format_runs
from sikap.build import BuildConfig, build_tables
from sikap.formats import plan_units, read_records, split_unit
from sikap.publish import write_dataset
from sikap.records import RawFile
from sikap.stream import build_dataset
from tests.conftest import tree_bytes
from tests.formats.crawl import corrupt_warc, jsonl_bytes, truncated_warc, warc_bytes

ARCHIVES = {"a.warc.gz": warc_bytes(True)[0], "b.warc": warc_bytes(False)[0], "c.warc.gz": corrupt_warc(True),
            "d.warc": corrupt_warc(False), "e.warc.gz": truncated_warc(), "f.jsonl": jsonl_bytes()}


def _key(item):
    if isinstance(item, RawFile):
        return ("record", item.record.index, item.record.offset, item.record.sha256)
    return ("reject", item.record_index, item.reason, item.detail)


@pytest.fixture
def archives(tmp_path, monkeypatch):
    monkeypatch.setattr(format_runs, "SPLIT_BYTES", 0)  # cut every archive, however small
    for name, data in ARCHIVES.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


@pytest.mark.parametrize("most", [1, 2, 3, 5])
def test_runs_give_the_records_of_one_pass(archives, most):
    units, weights = plan_units(archives, sorted(ARCHIVES), most)
    for name, data in ARCHIVES.items():
        raw = RawFile(name, hashlib.sha256(data).hexdigest(), len(data), data)
        whole = [_key(r) for r in read_records(raw)]
        runs = [split_unit(u)[1] for u in units if split_unit(u)[0] == name]
        assert len(runs) > 1 or most >= len(whole)
        pieces = [_key(r) for span in runs for r in read_records(RawFile(name, raw.sha256, len(data), data, span=span))]
        assert pieces == whole, name
    assert sum(weights) >= len(ARCHIVES)


def test_a_split_build_is_byte_identical(archives, raw_root, tmp_path):
    for name in ARCHIVES:
        (raw_root / "crawl").mkdir(exist_ok=True)
        shutil.copy(archives / name, raw_root / "crawl" / name)
    write_dataset(build_tables(raw_root), tmp_path / "memory")
    build_dataset(raw_root, tmp_path / "runs", BuildConfig(partition_files=3, workers=2))
    assert tree_bytes(tmp_path / "memory") == tree_bytes(tmp_path / "runs")
    info = build_dataset(raw_root, tmp_path / "one", BuildConfig(partition_files=2, workers=1)).info
    assert info["partitions"] > len(ARCHIVES) and tree_bytes(tmp_path / "one") == tree_bytes(tmp_path / "memory")
    pytest.importorskip("distributed")
    build_dataset(raw_root, tmp_path / "dask", BuildConfig(partition_files=3, workers=2), engine="dask")
    assert tree_bytes(tmp_path / "dask") == tree_bytes(tmp_path / "memory")  # runs of records on Dask workers
