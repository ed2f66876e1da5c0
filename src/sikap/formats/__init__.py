"""Raw formats: what a raw file holds, told from its bytes, and the records it yields.

- `text`: a text dump, as collected by copying a page (one record; the decode step reads it).
- `html`: one saved page, in any encoding (one record; trafilatura extracts its main text: sikap.pipeline.pages).
- `warc`: a WARC or WARC.gz archive (wget --warc-file, Browsertrix, Common Crawl, Internet Archive): one
  record per HTML response (sikap.formats.warc).
- `jsonl`: JSON Lines from a crawler (news-please, Media Cloud, trafilatura, ...): one record per line, its
  field names mapped by curated/crawlers.yaml (sikap.formats.jsonl).

The bytes decide, not the name: a `.txt` that is a saved page is read as HTML, a `.gz` that holds a WARC as
a WARC. Raw bytes are never changed; each record keeps its place in the file (index and byte offset) and
the sha256 of its page bytes, so an article can always be traced, re-read and re-extracted (`sikap validate`).

Containers are streamed: `sikap.raw.iter_raw` keeps only their first 64 KB, and `read_records` reads one
record at a time from disk, so a 1 GB archive goes through the build with flat memory. A record that
cannot be read gives a Reject with a reason code (schema/reasons.yaml, step `read_records`); the other
records of the file are read on. The build's plan cuts a large archive into runs of records (sikap.formats.runs).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from sikap.records import RawFile, Record, Reject

# the build's units of work, large archives cut into runs of records (read from here by the build and tests)
from sikap.formats.runs import SPLIT_BYTES, WEIGHT_BYTES, plain_limit, plan_units, split_unit  # noqa: F401

HEAD = 1 << 16  # bytes of a file that tell its format
STEP = "read_records"
# Reader codes counted in the build's drop table but given no reject row: records that are not pages by
# nature (a WARC's request and metadata records, a revisit of a page already archived, the images, styles and
# scripts a browser-based crawler archives with every page), not bad input.
COUNTED_ONLY = frozenset({"warc_not_response", "warc_revisit", "not_html"})


def detect(head: bytes) -> str:
    """"text", "html", "warc" or "jsonl" from a file's first bytes (HEAD of them are enough)."""
    if head[:2] == b"\x1f\x8b":  # gzip: a WARC.gz holds "WARC/1.x" in its first member
        try:
            inner = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            return "text"
        return "warc" if inner.startswith(b"WARC/") else "text"
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    body = body.lstrip()
    if body.startswith(b"WARC/"):
        return "warc"
    if body.startswith(b'{"'):
        return "jsonl"
    if b"<" not in body:  # no tag can be there: most dumps, at the cost of one scan
        return "text"
    from sikap.pipeline.decode import _MARKUP  # one rule: whatever reject_markup would reject is read as a page

    text = body[:HEAD].decode("latin-1")
    if text[:4096].lower().startswith(("<!doctype html", "<html", "<?xml")) or len(_MARKUP.findall(text)) >= 3:
        return "html"
    return "text"


def is_container(head: bytes) -> bool:
    """A file of many records, read record by record from disk (never held whole)."""
    return detect(head) in ("warc", "jsonl")


def open_raw(raw: RawFile, path: str | None) -> BinaryIO:
    """The file's bytes as a stream: from memory when iter_raw kept them whole, else from disk."""
    if len(raw.data) == raw.size:
        return io.BytesIO(raw.data)
    if path is None:
        raise ValueError(f"{raw.path}: only the head of this container is in memory and no path was given")
    return open(path, "rb")


def read_records(raw: RawFile, path: str | None = None) -> Iterator[RawFile | Reject]:
    """The records of one raw file, lazily: a RawFile per record (its `record` set; a text dump comes back as
    it is), or a Reject for a record that cannot be read. `path`: where the file is on disk (containers). A
    RawFile with a `span` gives only the records that start in it (a run of a large archive: plan_units)."""
    fmt = detect(raw.data[:HEAD])
    if fmt == "text":
        yield raw
    elif fmt == "html":
        yield dataclasses.replace(raw, record=Record("html", raw.sha256))
    else:
        from sikap.formats import jsonl, warc

        reader = warc.records if fmt == "warc" else jsonl.records
        start, stop, first = raw.span or (0, None, 0)
        with open_raw(raw, path) as fh:
            yield from reader(raw, fh, start=start, first_index=first, stop=stop)


def record_at(raw: RawFile, path: str | None, offset: int | None, index: int | None) -> RawFile | Reject:
    """Record `index` of the file, which starts at byte `offset` (None: the file itself is the record): what
    `sikap validate` re-extracts to check an article against its bytes."""
    if offset is None:
        return next(read_records(raw, path))
    fmt = detect(raw.data[:HEAD])
    from sikap.formats import jsonl, warc

    reader = {"warc": warc.records, "jsonl": jsonl.records}.get(fmt)
    if reader is None:
        raise ValueError(f"{raw.path}: a {fmt} file has no records at offsets")
    with open_raw(raw, path) as fh:
        for rec in reader(raw, fh, start=offset, first_index=index or 0):
            return rec
    raise ValueError(f"{raw.path}: no record at byte {offset}")


def reject(raw: RawFile, index: int | None, reason: str, detail: str) -> Reject:
    """A Reject of the reader for record `index` of `raw` (None: the whole file)."""
    return Reject(raw.path, raw.sha256, STEP, reason, detail, None, index)


def fact(value, basis: str, evidence: str, **extra) -> dict:
    """One page fact: its value, its basis (html_meta, url, warc, crawler_record) and the evidence it was read from."""
    return {"value": value, "basis": basis, "evidence": evidence, **extra}


_YMD = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:\D|$)")
_YM = re.compile(r"^\s*(\d{4})[-/](\d{1,2})\s*$")


def stated_date(value) -> tuple[dt.date, str] | None:
    """(date, precision) of a date as a page or a crawler states it in a machine format: ISO 8601 and its
    slash or dot forms ("2025-09-18T09:30:00+07:00", "2025/09/17 10:15:00"), compact "20250918", "2025-09"
    and RFC 2822 ("Wed, 17 Sep 2025 10:15:00 +0700"). The calendar date as written, in the writer's own time
    zone (never shifted to UTC); None for anything else: free-text dates are the text steps' business."""
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if not isinstance(value, str):
        return None
    for pattern in (_YMD, _COMPACT):
        if m := pattern.match(value):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
            except ValueError:
                return None
    if (m := _YM.match(value)) and 1 <= int(m.group(2)) <= 12:
        return dt.date(int(m.group(1)), int(m.group(2)), 1), "month"
    from email.utils import parsedate_tuple

    t = parsedate_tuple(value) if "," in value or ":" in value else None
    if t is not None:
        try:
            return dt.date(t[0], t[1], t[2]), "day"
        except ValueError:
            return None
    return None


def decoded_text(raw_root, row: dict, cache: dict) -> str:
    """The text an article's `segments` point into, made again from the raw bytes: the decoded dump, or the
    extractor's text of the article's record (re-read at `record_offset` and re-extracted). Raises ValueError
    saying why it cannot (file missing or changed, record gone or changed). `cache` keeps one file's bytes."""
    import os

    from sikap.raw import read_raw_file

    path = os.path.join(raw_root, row["raw_file"])
    key = row["raw_file"]
    if key not in cache:
        cache.clear()
        data, digest, size, problem = read_raw_file(os.fspath(raw_root), key)
        cache[key] = None if problem else (data, digest, size)
    got = cache[key]
    if got is None or got[1] != row["raw_sha256"]:
        raise ValueError(f"raw file {row['raw_file']} missing or changed")
    raw = RawFile(row["raw_file"], got[1], got[2], got[0])
    rec = record_at(raw, path, row.get("record_offset"), row.get("record_index"))
    if isinstance(rec, Reject):
        raise ValueError(f"record {row.get('record_index')} of {row['raw_file']} no longer reads: {rec.reason}")
    if rec.record is not None and rec.record.sha256 != row.get("record_sha256", rec.record.sha256):
        raise ValueError(f"record {row.get('record_index')} of {row['raw_file']}: page bytes differ from record_sha256")
    if rec.record is None or rec.record.kind == "text":
        from sikap.pipeline.decode import decode_bytes

        return decode_bytes(rec.data, max(len(rec.data), 1))[0]
    from sikap.formats.html import decode_html, extractor, main_text, normalise, parse

    if row.get("extractor") and row["extractor"] != extractor():
        raise ValueError(f"{row['raw_file']}: extracted with {row['extractor']}, {extractor()} is installed")
    return normalise(main_text(parse(decode_html(rec.data, rec.record.charset)[0])))[0]
