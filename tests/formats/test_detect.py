"""Formats are told from the bytes, not the name; containers are hashed in chunks and never held whole."""

from __future__ import annotations

import gzip
import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sikap.formats import detect, read_records
from sikap.raw import read_raw_file
from sikap.records import RawFile
from tests.formats.crawl import jsonl_bytes, page, warc_bytes


@pytest.mark.parametrize("data, fmt", [
    (b"Jakarta - Pemerintah menyatakan dukungan.\n", "text"),
    ("Berita \u2013 <b>tebal</b> saja".encode(), "text"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>", "html"),
    (b"  <html lang=id><head><title>x</title></head></html>", "html"),
    (b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'></html>", "html"),
    (b"<rss><channel><item>satu</item></channel></rss>", "text"),
    (b"<div class=a><p>satu</p><p>dua</p></div>", "html"),
    (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
    (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), "warc"),
    (gzip.compress(b"Jakarta - bukan arsip"), "text"),
    (b'{"url": "https://a.id/x", "maintext": "teks"}\n', "jsonl"),
])
def test_detect_reads_the_bytes(data, fmt):
    assert detect(data) == fmt


def test_fixture_formats():
    assert detect(page("portal.html")) == "html"
    assert detect(page("blog-cp1252.html")) == "html"
    assert detect(page("portal.txt")) == "text"
    assert detect(warc_bytes(True)[0][:65536]) == "warc"
    assert detect(warc_bytes(False)[0][:65536]) == "warc"
    assert detect(jsonl_bytes()[:65536]) == "jsonl"


@given(st.binary(max_size=300))
def test_detect_never_fails(data):
    assert detect(data) in ("text", "html", "warc", "jsonl")


def test_container_is_hashed_in_chunks_and_not_held(tmp_path):
    data = warc_bytes(True)[0]
    data = data * (200_000 // len(data) + 1)  # > 64 KB
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    head, digest, size, _ = read_raw_file(str(tmp_path), path.name)
    assert (digest, size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert len(head) == 65536 and data.startswith(head)
    text = tmp_path / "dump.txt"
    text.write_bytes(b"kata " * 40_000)
    assert read_raw_file(str(tmp_path), text.name)[0] == text.read_bytes()  # a dump is read whole, as before


def test_a_dump_comes_back_as_it_is_and_a_page_is_one_record():
    dump = RawFile("a.txt", "0" * 64, 5, b"teks\n")
    assert list(read_records(dump)) == [dump]
    html = page("portal.html")
    (rec,) = read_records(RawFile("p.html", hashlib.sha256(html).hexdigest(), len(html), html))
    assert rec.record.kind == "html" and rec.record.index is None and rec.record.sha256 == rec.sha256
