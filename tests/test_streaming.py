"""The streaming build (sikap.stream.build_dataset): partitions, sharded Parquet, same bytes as in memory."""

from __future__ import annotations

import shutil

import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sikap.build import BuildConfig, build_tables
from sikap.partition import first_paths_of_copies, partition_cuts
from sikap.publish import write_dataset
from sikap.stream import build_dataset
from sikap.raw import list_raw
from tests.conftest import REPO, run_python, tree_bytes


def _articles(folder):
    files = sorted(folder.glob("data/articles-*.parquet"))
    return pq.ParquetDataset(files).read()


@pytest.fixture
def mixed_root(raw_root):
    """Seeds plus copies that cross partitions: a byte copy (duplicate_file) and near-duplicates."""
    seed1 = (raw_root / "seeds" / "001_3e2786e0e816b5c4.txt").read_text(encoding="utf-8")
    extra = raw_root / "zz-extra"
    extra.mkdir()
    shutil.copy(raw_root / "seeds" / "003_709bee91dd3b3684.txt", extra / "a-copy.txt")
    (extra / "b-edited.txt").write_text(seed1.replace("Rubio", "Marco Rubio", 1), encoding="utf-8")
    (extra / "c-half.txt").write_text("\n".join(seed1.splitlines()[6:13]), encoding="utf-8")
    return raw_root


def test_seed_stream_build_is_byte_identical_to_the_in_memory_one(tmp_path):
    write_dataset(build_tables(REPO / "raw"), tmp_path / "memory")
    build_dataset(REPO / "raw", tmp_path / "stream")
    assert tree_bytes(tmp_path / "memory") == tree_bytes(tmp_path / "stream")


def test_partitions_and_workers_do_not_change_the_rows(mixed_root, tmp_path):
    write_dataset(build_tables(mixed_root), tmp_path / "memory")
    build_dataset(mixed_root, tmp_path / "one", BuildConfig(partition_files=1, workers=1))
    build_dataset(mixed_root, tmp_path / "pool", BuildConfig(partition_files=2, workers=2))
    ref = pq.read_table(tmp_path / "memory" / "data" / "articles-00000-of-00001.parquet")
    assert tree_bytes(tmp_path / "one") == tree_bytes(tmp_path / "pool") == tree_bytes(tmp_path / "memory")
    rows = {r["raw_file"]: r for r in ref.to_pylist()}
    original = rows["seeds/001_3e2786e0e816b5c4.txt"]["near_dup_cluster"]
    assert rows["zz-extra/b-edited.txt"]["near_dup_cluster"] == original
    assert rows["zz-extra/c-half.txt"]["near_dup_cluster"] == original
    assert "zz-extra/a-copy.txt" not in rows  # a byte copy in another partition is still a duplicate_file
    rejects = pq.read_table(tmp_path / "pool" / "data" / "rejects-00000-of-00001.parquet").to_pylist()
    assert [(r["raw_file"], r["reason"]) for r in rejects] == [("zz-extra/a-copy.txt", "duplicate_file")]


def test_shards_are_named_by_count_and_load_as_one_split(mixed_root, tmp_path):
    out = tmp_path / "ds"
    result = build_dataset(mixed_root, out, BuildConfig(partition_files=3, shard_rows=3, workers=2))
    names = sorted(p.name for p in out.glob("data/articles-*.parquet"))
    assert names == ["articles-00000-of-00003.parquet", "articles-00001-of-00003.parquet",
                     "articles-00002-of-00003.parquet"]
    table = _articles(out)
    assert table.num_rows == result.articles_count() == 8
    ids = table.column("article_id").to_pylist()
    assert ids == sorted(ids)  # shards hold consecutive ranges of the article_id order
    code = f"""
from datasets import load_dataset
ds = load_dataset({str(out)!r})
print(len(ds), ds["train"].num_rows)
"""
    res = run_python(code, tmp_path / "cache", tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["1", "8"]
    card = (out / "README.md").read_text(encoding="utf-8")
    for name in names:
        assert f"data/{name}" in card  # every shard's checksum is in the card


def test_a_failing_partition_leaves_the_previous_dataset(mixed_root, tmp_path, monkeypatch):
    out = tmp_path / "ds"
    build_dataset(mixed_root, out)
    before = tree_bytes(out)
    import sikap.partition as partition

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(partition, "process_files", boom)  # what run_partition calls
    with pytest.raises(RuntimeError):
        build_dataset(mixed_root, out, BuildConfig(workers=1, partition_files=2))
    assert tree_bytes(out) == before
    assert not list(tmp_path.glob("ds.tmp-*"))


def _raw_paths(root):
    """The selection list_raw makes, written with pathlib: data files only, sorted by relative posix path."""
    files = [p for p in root.rglob("*") if p.is_file() and p.name not in ("manifest.json", "sidecar.yaml", "README.md")
             and not p.name.startswith(".")]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def test_list_raw_matches_raw_paths(mixed_root):
    (mixed_root / "seeds" / ".hidden").write_text("x")
    assert list_raw(mixed_root) == [p.relative_to(mixed_root).as_posix() for p in _raw_paths(mixed_root)]


def test_copies_are_found_from_manifests_and_bytes(mixed_root):
    first = first_paths_of_copies(mixed_root, list_raw(mixed_root))
    assert list(first.values()) == ["seeds/003_709bee91dd3b3684.txt"]


@given(files=st.integers(0, 50_000), most=st.integers(1, 5_000), workers=st.integers(1, 16))
def test_partitions_cover_the_files_at_most_so_many_each_in_full_rounds(files, most, workers):
    """The cuts cover the file list in order; none holds more than `most` files or differs from another by
    more than one; more than one partition come in a multiple of the workers unless there are too few files."""
    cuts = partition_cuts(files, most, workers)
    assert [a for a, _ in cuts] == ([0] + [b for _, b in cuts[:-1]] if cuts else [])
    assert (cuts[-1][1] if cuts else 0) == files
    sizes = [b - a for a, b in cuts]
    assert all(1 <= n <= most for n in sizes)
    assert not sizes or max(sizes) - min(sizes) <= 1
    needed = -(-files // most)
    if needed > 1 and workers > 1:
        assert len(cuts) % workers == 0 or len(cuts) == files
        assert len(cuts) < needed + workers
    else:
        assert len(cuts) == needed


def test_one_heavy_page_keeps_partitions_balanced():
    """A page over 64 KB weighs more than one: the partitions stay a multiple of the workers, near-equal,
    and a very heavy unit is cut apart from light ones rather than merged into one oversized partition."""
    weights = [1] * 10_000
    weights[5] = 2
    cuts = partition_cuts(10_000, 2000, 8, weights)
    sizes = [b - a for a, b in cuts]
    assert len(cuts) == 8 and max(sizes) - min(sizes) <= 2 and cuts[0][0] == 0 and cuts[-1][1] == 10_000
    assert all(a == b for (_, a), (b, _) in zip(cuts, cuts[1:]))
    assert partition_cuts(3, 2000, 2, [10, 10, 3000]) == [(0, 2), (2, 3)]
