"""The crawled-input benchmark: its corpus is deterministic and builds to the articles it says; a tiny run
writes a sane RESULTS file. No timing asserts."""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import REPO, tree_bytes

sys.path.insert(0, str(REPO / "benchmarks"))
import crawl_corpus  # noqa: E402


def test_corpus_is_deterministic_and_builds_to_its_pages(tmp_path):
    from sikap.build import build_tables

    a = crawl_corpus.generate(tmp_path / "a", 120, seed=3)
    b = crawl_corpus.generate(tmp_path / "b", 120, seed=3)
    assert tree_bytes(tmp_path / "a" / "raw") == tree_bytes(tmp_path / "b" / "raw") and a == b
    assert a["html_files"] + a["warc_responses"] + a["jsonl_lines"] == 120 and set(a["layouts"]) == set(crawl_corpus.LAYOUTS)
    result = build_tables(tmp_path / "a" / "raw")
    assert result.articles_count() == 120 and not result.unregistered
    reasons = {r["reason"] for r in result.tables["rejects"].to_pylist()}
    assert reasons == {"http_status"}  # one 404 per archive; nothing else lost
    texts = result.tables["articles"].column("text").to_pylist()
    assert not [t for t in texts if "Berita Terkait" in t or "Tentang Kami" in t or "Share this" in t]


@pytest.mark.slow
def test_tiny_run_writes_results(tmp_path):
    import run_crawl

    out = run_crawl.main(["--pages", "40", "--warc-mb", "2", "--work", str(tmp_path / "w"), "--out", str(tmp_path / "R.md")])
    text = out.read_text(encoding="utf-8")
    assert "## Records per second, beside trafilatura alone" in text and "## Memory with archive size" in text
    data = json.loads(out.with_suffix(".json").read_text())
    assert [b["articles"] for b in data["builds"]] == [40, 40]
    assert data["floor"]["html_pages"] > 0 and data["big"][0]["articles"] == data["big"][0]["responses"] > 0
