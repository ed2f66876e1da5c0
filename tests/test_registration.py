"""Registration order decides which copy a build keeps and which member names a near-duplicate cluster
(sikap.registration): adding a file never renames what earlier files were given."""

from __future__ import annotations

import hashlib

import numpy as np

from sikap.registration import Registered, earliest_roots
from tests.conftest import SEEDS
from tests.robust_helpers import articles, cli


def _registered(*files: tuple[str, bytes, str]) -> Registered:
    reg = Registered()
    for path, digest, time in files:
        reg.add(path, digest, time)
    return reg


def _digest(head: str) -> bytes:
    return bytes.fromhex(head) + bytes(24)


def test_a_cluster_is_named_after_its_first_registered_member_not_its_smallest_id():
    ids = np.array([b"00000000000000aa-00", b"ffffffffffffff00-00", b"1111111111111111-00"], dtype="S")
    reg = _registered(("b/later.txt", _digest("00000000000000aa"), "2026-02-01T00:00:00.000000Z"),
                      ("a/first.txt", _digest("ffffffffffffff00"), "2025-01-01T00:00:00.000000Z"),
                      ("c/alone.txt", _digest("1111111111111111"), "2024-01-01T00:00:00.000000Z"))
    roots = earliest_roots(np.array([0, 0, 2]), ids, reg)  # the clustering named the smallest id
    assert roots.tolist() == [1, 1, 2]


def test_entries_without_a_time_come_first_and_unregistered_files_last():
    ids = ["cccccccccccccccc-00", "bbbbbbbbbbbbbbbb-00", "aaaaaaaaaaaaaaaa-r3-01", "aaaaaaaaaaaaaaaa-r3-00"]
    reg = _registered(("z/old.txt", _digest("cccccccccccccccc"), ""),
                      ("a/new.txt", _digest("bbbbbbbbbbbbbbbb"), "2026-01-01T00:00:00.000000Z"),
                      ("a/crawl.warc", _digest("aaaaaaaaaaaaaaaa"), "~"))
    assert earliest_roots(np.array([1, 1, 1, 1]), ids, reg).tolist() == [0, 0, 0, 0]
    assert earliest_roots(np.array([2, 2, 2]), ids[1:], reg).tolist() == [0, 0, 0]
    assert earliest_roots(np.array([0, 0]), ids[2:], reg).tolist() == [1, 1]  # one file: record, then article index
    assert earliest_roots(np.array([0, 0]), ids[2:], None).tolist() == [1, 1]  # nothing known: id order


def _copy_sorting_before(data: bytes, head: str) -> bytes:
    """seed bytes plus a line, searched until the copy's sha256 sorts before `head` (its article id first)."""
    for k in range(10_000):
        copy = data + f"\nSalinan arsip nomor {k}.\n".encode()
        if hashlib.sha256(copy).hexdigest()[:16] < head:
            return copy
    raise AssertionError("no copy found")


def test_a_copy_added_later_keeps_the_originals_cluster_id(raw_root, tmp_path):
    seed = (SEEDS / "001_3e2786e0e816b5c4.txt").read_bytes()
    seed_id = hashlib.sha256(seed).hexdigest()[:16] + "-00"
    copy = _copy_sorting_before(seed, seed_id[:16])
    src = tmp_path / "salinan.txt"
    src.write_bytes(copy)
    out = tmp_path / "dataset"
    assert cli("raw", "add", src, "--into", raw_root / "a-copies").returncode == 0
    res = cli("build", "--raw", raw_root, "--out", out, "-q")
    assert res.returncode == 0, res.stdout + res.stderr
    rows = {r["raw_file"]: r for r in articles(out)}
    added = rows["a-copies/salinan.txt"]
    assert added["article_id"] < seed_id  # the copy's id sorts first ...
    assert added["near_dup_cluster"] == rows["seeds/001_3e2786e0e816b5c4.txt"]["near_dup_cluster"] == seed_id  # ... yet the cluster keeps the seed's name
