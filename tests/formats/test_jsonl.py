"""Crawler exports: one record per line, field names from curated/crawlers.yaml, bad lines rejected alone."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json

from sikap.formats.jsonl import presets, records
from sikap.records import RawFile, Reject
from tests.formats.crawl import DETIK_URL, LINES, NEWS_PLEASE, jsonl_bytes, page


def _read(data: bytes, sidecar=None):
    raw = RawFile("export.jsonl", hashlib.sha256(data).hexdigest(), len(data), data, sidecar or {})
    return list(records(raw, io.BytesIO(data)))


def test_lines_become_records_with_crawler_facts():
    data = jsonl_bytes()
    out = _read(data)
    recs = {r.record.index: r for r in out if isinstance(r, RawFile)}
    assert sorted(recs) == [LINES["first"], LINES["second"], LINES["html"]]
    first = recs[LINES["first"]]
    assert first.record.kind == "text" and first.data == NEWS_PLEASE[0]["maintext"].encode()
    assert data[first.record.offset:].startswith(b'{"url": "https://www.kabarteluk.id/dunia/2025/09/20/')
    f = first.record.facts
    assert f["crawler"]["value"] == "news-please"
    assert f["fetch_date"]["value"] == dt.date(2025, 9, 20) and f["fetch_date"]["basis"] == "crawler_record"
    assert f["crawler_date"]["value"] == dt.date(2025, 9, 20) and f["crawler_date"]["evidence"].endswith("2025-09-20 06:00:00")
    assert f["crawler_title"]["value"] == "Qatar Tuan Rumah Pertemuan Para Mediator Gaza"
    assert f["crawler_authors"]["value"] == ["Sari Wulandari"]
    assert "crawler_date" not in recs[LINES["second"]].record.facts  # date_publish null: nothing invented
    html = recs[LINES["html"]]
    assert html.record.kind == "html" and html.data == page("detik.html")
    assert html.record.facts["crawler"]["value"] == "html-lines" and html.record.facts["url"]["value"] == DETIK_URL


def test_bad_lines_are_rejected_one_by_one():
    out = _read(jsonl_bytes())
    rejects = {r.record_index: r for r in out if isinstance(r, Reject)}
    assert rejects[LINES["not_json"]].reason == "invalid_json" and "line 2" in rejects[LINES["not_json"]].detail
    assert rejects[LINES["array"]].reason == "invalid_json"
    assert rejects[LINES["unmapped"]].reason == "unmapped_record"
    assert LINES["blank"] not in rejects
    assert all(r.step == "read_records" for r in rejects.values())


def test_sidecar_picks_a_preset_or_gives_a_mapping():
    data = b'{"link": "https://a.id/2025/01/02/x", "body": "Isi berita yang panjang."}\n'
    (rec,) = _read(data, {"crawler": {"url": "link", "text": ["body"]}})
    assert rec.record.facts["url"]["value"] == "https://a.id/2025/01/02/x" and rec.data == b"Isi berita yang panjang."
    (rec,) = _read(jsonl_bytes().split(b"\n")[0] + b"\n", {"crawler": "media-cloud"})
    assert isinstance(rec, Reject) and rec.reason == "unmapped_record"  # the line has no `text` field


def test_unknown_mapping_rejects_the_file_and_guesses_nothing():
    for spec in ("no-such-crawler", {"title": ["t"]}, {"url": "u", "bogus": "x", "text": "t"}):
        (rec,) = _read(jsonl_bytes(), {"crawler": spec})
        assert isinstance(rec, Reject) and rec.reason == "unknown_mapping" and rec.record_index is None


def test_presets_are_documented():
    for name, spec in presets().items():
        assert spec["source"] and spec["url"] and "detect" in spec, name
        assert spec.get("html") or spec.get("text"), name


def test_html_in_a_line_is_read_as_the_utf8_the_crawler_wrote():
    from sikap.formats.html import decode_html

    html = page("blog-cp1252.html").decode("cp1252")  # still declares <meta charset="windows-1252">
    (rec,) = _read((json.dumps({"url": "https://beritanusa.id/a", "html": html}) + "\n").encode())
    assert rec.record.charset == "utf-8"
    assert "\u201cKami sempat khawatir" in decode_html(rec.data, rec.record.charset)[0]
