"""WARC and WARC.gz: one record per HTML response, skipped kinds counted, damage rejected record by record."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest

from sikap.formats import COUNTED_ONLY, record_at
from sikap.formats.warc import records
from sikap.records import RawFile, Reject
from tests.formats.crawl import BLOG_URL, MISSING_URL, PORTAL_URL, RESPONSES, WIRE_URL, corrupt_warc, page, truncated_warc, warc_bytes


def _read(data: bytes):
    raw = RawFile("crawl.warc.gz", hashlib.sha256(data).hexdigest(), len(data), data)
    return list(records(raw, io.BytesIO(data)))


@pytest.mark.parametrize("gz", [True, False])
def test_responses_become_records_and_the_rest_is_counted(gz):
    data, offsets = warc_bytes(gz)
    out = _read(data)
    pages = [r for r in out if isinstance(r, RawFile)]
    assert [p.record.index for p in pages] == list(RESPONSES.values())
    assert [p.record.offset for p in pages] == [offsets[i] for i in RESPONSES.values()]
    portal, wire, detik, blog = pages
    assert portal.data == page("portal.html") and blog.data == page("blog-cp1252.html")
    assert wire.data == page("wire.html")  # chunked transfer and gzip content coding undone
    assert wire.record.sha256 == hashlib.sha256(page("wire.html")).hexdigest()
    assert portal.record.facts["url"]["value"] == PORTAL_URL
    assert portal.record.facts["url"]["evidence"] == f"WARC-Target-URI: {PORTAL_URL}"
    assert wire.record.facts["fetch_date"]["value"] == dt.date(2025, 9, 19)
    assert portal.record.charset == "utf-8" and blog.record.charset is None
    rejects = {(r.record_index, r.reason) for r in out if isinstance(r, Reject)}
    assert (10, "http_status") in rejects and (12, "not_html") in rejects
    assert (13, "warc_revisit") in rejects and (14, "warc_not_response") in rejects
    assert {(0, "warc_not_response"), (1, "warc_not_response")} <= rejects  # warcinfo, request
    status = next(r for r in out if isinstance(r, Reject) and r.reason == "http_status")
    assert "404" in status.detail and MISSING_URL in status.detail
    assert {"warc_not_response", "warc_revisit", "not_html"} == set(COUNTED_ONLY)


@pytest.mark.parametrize("gz", [True, False])
def test_a_corrupt_record_is_rejected_and_the_others_are_read(gz):
    out = _read(corrupt_warc(gz))
    pages = [r for r in out if isinstance(r, RawFile)]
    urls = [p.record.facts["url"]["value"] for p in pages]
    assert WIRE_URL not in urls and PORTAL_URL in urls and BLOG_URL in urls
    bad = [r for r in out if isinstance(r, Reject) and r.reason == "corrupt_record"]
    assert len(bad) == 1 and bad[0].record_index == RESPONSES["wire"] and bad[0].step == "read_records"
    assert [p.data for p in pages if p.record.facts["url"]["value"] == BLOG_URL] == [page("blog-cp1252.html")]


def test_a_truncated_archive_keeps_what_came_before():
    out = _read(truncated_warc())
    pages = [r for r in out if isinstance(r, RawFile)]
    assert [p.record.index for p in pages] == [RESPONSES["portal"], RESPONSES["wire"], RESPONSES["detik"]]
    assert isinstance(out[-1], Reject) and out[-1].reason == "truncated_record"
    assert out[-1].record_index == RESPONSES["blog"]


def test_record_at_rereads_one_record_from_its_offset():
    data, offsets = warc_bytes(True)
    raw = RawFile("crawl.warc.gz", hashlib.sha256(data).hexdigest(), len(data), data)
    i = RESPONSES["detik"]
    rec = record_at(raw, None, offsets[i], i)
    assert rec.data == page("detik.html") and rec.record.index == i and rec.record.offset == offsets[i]
