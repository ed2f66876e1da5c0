"""The benchmark corpus generator: deterministic, fast enough, and its ground truth matches the build."""

from __future__ import annotations

import hashlib
import json
import sys

import pyarrow.parquet as pq

from tests.conftest import REPO, tree_bytes

sys.path.insert(0, str(REPO / "benchmarks"))
import generator  # noqa: E402


def test_same_seed_same_bytes_whatever_the_jobs(tmp_path):
    a = generator.generate(tmp_path / "a", 1_500, seed=3, jobs=1)
    b = generator.generate(tmp_path / "b", 1_500, seed=3, jobs=2)
    assert tree_bytes(tmp_path / "a" / "raw") == tree_bytes(tmp_path / "b" / "raw")
    assert (tmp_path / "a" / "truth.parquet").read_bytes() == (tmp_path / "b" / "truth.parquet").read_bytes()
    assert a["files"] == b["files"] == 1_500
    c = generator.generate(tmp_path / "c", 1_500, seed=4, jobs=2)
    assert tree_bytes(tmp_path / "c" / "raw") != tree_bytes(tmp_path / "a" / "raw")
    assert c["groups"] > 0


def test_manifests_and_truth_describe_the_files(tmp_path):
    summary = generator.generate(tmp_path, 600, seed=1, jobs=1)
    manifest = json.loads((tmp_path / "raw" / "b0000" / "manifest.json").read_text())["files"]
    assert len(manifest) == 600
    for entry in manifest[:50]:
        data = (tmp_path / "raw" / "b0000" / entry["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["size"]
    truth = pq.read_table(tmp_path / "truth.parquet").to_pylist()
    assert len(truth) == summary["articles_expected"]
    kinds = {r["kind"] for r in truth}
    assert {"original", "single"} <= kinds and len(kinds & {"exact", "chrome", "truncated", "paged", "edited"}) >= 4
    groups = {}
    for r in truth:
        if r["group"]:
            groups.setdefault(r["group"], []).append(r["kind"])
    assert all(kinds.count("original") == 1 and len(kinds) >= 2 for kinds in groups.values())


def test_the_pipeline_finds_the_truths_articles_and_groups(tmp_path):
    from sikap.build import build_tables

    generator.generate(tmp_path, 400, seed=2, jobs=1)
    truth = {r["article_id"]: r for r in pq.read_table(tmp_path / "truth.parquet").to_pylist()}
    rows = build_tables(tmp_path / "raw").tables["articles"].to_pylist()
    built = {r["article_id"]: r for r in rows}
    found = set(truth) & set(built)
    assert len(found) >= 0.98 * len(truth)
    by_group = {}
    for aid in found:
        if truth[aid]["group"]:
            by_group.setdefault(truth[aid]["group"], set()).add(built[aid]["near_dup_cluster"])
    joined = sum(len(c) == 1 for c in by_group.values())
    assert joined >= 0.9 * len(by_group)
    layouts = {r["source_id"] for r in rows}
    assert {"antara", "pantau"} <= layouts  # the seeds' outlets appear through their layouts
