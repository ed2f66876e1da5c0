"""A dataset built from every raw format: text dumps, HTML pages, WARC and WARC.gz archives and a crawler
JSONL export, registered with `sikap raw add`. Damaged records and lines become rejects while the other records
of their files become articles; `sikap validate` re-extracts every page; the dataset loads with `datasets`;
the public export keeps the URLs."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from sikap.cli import app
from tests.conftest import REPO, SEEDS, run_python
from tests.formats.crawl import BLOG_URL, MISSING_URL, PORTAL_URL, RESPONSES, corrupt_warc, jsonl_bytes, page, truncated_warc, warc_bytes

FILES = {
    "pages": {n: page(n) for n in ("portal.html", "wire.html", "detik.html", "blog-cp1252.html", "no-text.html")},
    "crawl": {"crawl.warc.gz": warc_bytes(True)[0], "crawl-plain.warc": warc_bytes(False)[0],
              "corrupt.warc.gz": corrupt_warc(True), "cut.warc.gz": truncated_warc()},
    "export": {"news-please.jsonl": jsonl_bytes()},
}


def _table(out, name):
    import pyarrow.parquet as pq

    return [r for p in sorted((out / "data").glob(f"{name}-*.parquet")) for r in pq.read_table(p).to_pylist()]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crawl")
    raw, inbox = tmp / "raw", tmp / "inbox"
    shutil.copytree(SEEDS, raw / "seeds")
    runner = CliRunner()
    for folder, files in FILES.items():
        (inbox / folder).mkdir(parents=True)
        for name, data in files.items():
            (inbox / folder / name).write_bytes(data)
        result = runner.invoke(app, ["raw", "add", *map(str, sorted((inbox / folder).iterdir())), "--into", str(raw / folder)])
        assert result.exit_code == 0, result.output
    (raw / "bad").mkdir()
    (raw / "bad" / "other-crawler.jsonl").write_bytes(jsonl_bytes() + b"\n")  # not a byte copy of the export
    (raw / "bad" / "sidecar.yaml").write_text("other-crawler.jsonl:\n  crawler: heritrix-json\n", encoding="utf-8")
    out = tmp / "dataset"
    result = runner.invoke(app, ["build", "--raw", str(raw), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return raw, out, result.output, _table(out, "articles"), _table(out, "rejects")


def test_every_format_gives_articles(built):
    _, _, _, articles, _ = built
    by_file = {}
    for a in articles:
        by_file.setdefault(a["raw_file"], []).append(a)
    assert {f for f in by_file if f.startswith("pages/")} == {f"pages/{n}" for n in ("portal.html", "wire.html", "detik.html", "blog-cp1252.html")}
    assert sorted(a["record_index"] for a in by_file["crawl/crawl.warc.gz"]) == sorted(RESPONSES.values())
    assert sorted(a["record_index"] for a in by_file["crawl/crawl-plain.warc"]) == sorted(RESPONSES.values())
    assert sorted(a["record_index"] for a in by_file["export/news-please.jsonl"]) == [0, 2, 6]
    assert len([a for a in articles if a["raw_file"].startswith("seeds/")]) == 6
    portal = next(a for a in by_file["crawl/crawl.warc.gz"] if a["record_index"] == RESPONSES["portal"])
    assert portal["article_id"].endswith(f"-r{RESPONSES['portal']}-00") and portal["url"] == PORTAL_URL
    assert portal["extractor"].startswith("trafilatura ") and portal["record_offset"] > 0
    assert portal["source_id"] == "wartateluk.co.id" and str(portal["published_date"]) == "2025-09-18"
    assert {"field": "published_date", "source": "extracted", "method": "html_meta",
            "evidence": portal["date_evidence"]} in portal["provenance"]
    seed = next(a for a in articles if a["raw_file"].startswith("seeds/"))
    assert seed["record_index"] is None and seed["extractor"] is None and seed["record_sha256"] is None


def test_damaged_records_and_bad_lines_are_rejects_and_the_rest_are_articles(built):
    _, _, output, articles, rejects = built
    got = {(r["raw_file"], r["record_index"], r["reason"]) for r in rejects}
    assert ("crawl/corrupt.warc.gz", RESPONSES["wire"], "corrupt_record") in got
    assert ("crawl/cut.warc.gz", RESPONSES["blog"], "truncated_record") in got
    assert ("export/news-please.jsonl", 1, "invalid_json") in got and ("export/news-please.jsonl", 3, "invalid_json") in got
    assert ("export/news-please.jsonl", 5, "unmapped_record") in got
    assert ("bad/other-crawler.jsonl", None, "unknown_mapping") in got
    assert ("crawl/crawl.warc.gz", 10, "http_status") in got
    assert any(MISSING_URL in r["detail"] for r in rejects if r["reason"] == "http_status")
    assert not [r for r in rejects if r["reason"] in ("warc_not_response", "warc_revisit", "not_html")]  # counted only
    kept = {(a["raw_file"], a["record_index"]) for a in articles}
    assert {("crawl/corrupt.warc.gz", RESPONSES[k]) for k in ("portal", "detik", "blog")} <= kept
    assert {("crawl/cut.warc.gz", RESPONSES[k]) for k in ("portal", "wire", "detik")} <= kept
    for code in ("warc_not_response", "warc_revisit", "not_html", "corrupt_record"):
        assert code in output  # the drop table counts every record that gave no article
    card = (built[1] / "README.md").read_text(encoding="utf-8")
    assert "| read_records | `warc_revisit` |" in card


def test_validate_reextracts_every_page(built):
    raw, out, *_ = built
    result = CliRunner().invoke(app, ["validate", str(out), "--raw", str(raw)])
    assert result.exit_code == 0, result.output
    assert "offsets match raw files" in result.output


def test_validate_notices_a_changed_archive(built, tmp_path):
    raw, out, *_ = built
    copy = tmp_path / "raw"
    shutil.copytree(raw, copy)
    data = bytearray((copy / "crawl" / "crawl-plain.warc").read_bytes())
    data[data.index(b"Pejabat pertahanan")] ^= 0x20
    (copy / "crawl" / "crawl-plain.warc").write_bytes(bytes(data))
    result = CliRunner().invoke(app, ["validate", str(out), "--raw", str(copy)])
    assert result.exit_code == 1 and "crawl/crawl-plain.warc missing or changed" in result.output


LOAD = """
import json
from datasets import load_dataset
d = load_dataset("{path}")["train"]
print(json.dumps({{"rows": d.num_rows, "urls": sorted(u for u in d["url"] if u), "records": sorted(
    r for r in d["record_index"] if r is not None), "canonical": sum(1 for u in d["canonical_url"] if u)}}))
"""


def test_load_dataset_and_public_export_carry_the_urls(built, tmp_path):
    _, out, _, articles, _ = built
    proc = run_python(LOAD.format(path=out), tmp_path / "cache", REPO)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["rows"] == len(articles) and PORTAL_URL in got["urls"] and BLOG_URL in got["urls"]
    assert got["records"] == sorted(a["record_index"] for a in articles if a["record_index"] is not None)
    public = tmp_path / "public"
    result = CliRunner().invoke(app, ["export", "--public", str(public), "--dataset", str(out)])
    assert result.exit_code == 0, result.output
    exported = _table(public, "articles")
    withheld = [a for a in exported if a["text_withheld"]]
    assert withheld and all(a["text"] is None for a in withheld)
    assert PORTAL_URL in {a["url"] for a in withheld}  # where to find a withheld text
    assert {a["article_id"]: a["url"] for a in exported} == {a["article_id"]: a["url"] for a in articles}
