"""WARC and WARC.gz archives: one record per HTML response, read with fastwarc (chosen by measurement:
benchmarks/WARC_READERS.md), one record at a time.

Reason codes (step read_records): warc_not_response and warc_revisit (request, warcinfo, metadata,
resource and conversion records; revisits of a page already archived: counted, no reject row),
not_html (a response that is not a page: counted, no reject row), http_status (an HTML response whose
status is not 200), corrupt_record (a record or gzip member that cannot be parsed: the reader skips to
the next record that can), truncated_record (the file ends inside a record).

Every record read counts toward the record index, including skipped ones and one per corrupt stretch, so
a record's index (and the article id made from it) depends only on the file's bytes. Payloads are
returned as transferred to the page: chunked transfer coding and gzip/deflate/br content coding undone.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from sikap.formats import fact, reject
from sikap.raw import sha256_bytes
from sikap.records import RawFile, Record, Reject

_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_START = b"WARC/1."
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SCAN = 1 << 20


def _gzipped(fh: BinaryIO) -> bool:
    fh.seek(0)
    return fh.read(2) == b"\x1f\x8b"


def _next_start(fh: BinaryIO, after: int, gz: bool) -> int | None:
    """Offset of the first record start (gzip member, or "WARC/1." at a line start) at or after `after`."""
    marker = _GZIP_MEMBER if gz else b"\n" + _WARC_START
    pos = after - (0 if gz else 1)
    fh.seek(max(pos, 0))
    tail = b""
    while True:
        block = fh.read(_SCAN)
        if not block:
            return None
        buf = tail + block
        i = buf.find(marker)
        if i != -1:
            return fh.tell() - len(buf) + i + (0 if gz else 1)
        tail = buf[-(len(marker) - 1):]


def _decode_payload(body: bytes, transfer: str, content: str) -> bytes:
    from fastwarc.stream_io import BrotliReader, ChunkedReader, GzipReader

    if "chunked" in transfer:
        body = ChunkedReader(io.BytesIO(body)).read()
    if content in ("gzip", "x-gzip"):
        body = GzipReader(io.BytesIO(body)).read()
    elif content == "deflate":
        body = GzipReader(io.BytesIO(body), zlib=True).read()
    elif content == "br":
        body = BrotliReader(io.BytesIO(body)).read()
    return body


def _date_of(warc_date: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(warc_date[:10])
    except ValueError:
        return None


def records(raw: RawFile, fh: BinaryIO, start: int = 0, first_index: int = 0,
            stop: int | None = None) -> Iterator[RawFile | Reject]:
    """Records of a WARC (or WARC.gz) file that start at or after byte `start` (a record start, whose index is
    `first_index`) and before `stop`: see the module docstring."""
    from fastwarc.warc import ArchiveIterator

    gz = _gzipped(fh)
    index, pos = first_index, start
    while pos is not None:
        fh.seek(pos)
        last = current = None  # start of the last record read whole; of the one being read
        try:
            for rec in ArchiveIterator(fh, parse_http=False, auto_decode="none", fsspec_args=False):
                current = rec.stream_pos
                if stop is not None and current >= stop:
                    return
                out = _one(raw, rec, index)
                last, current = current, None
                index += 1
                if out is not None:
                    yield out
                    if isinstance(out, Reject) and out.reason == "truncated_record":
                        return
            return
        except OSError as err:
            bad = current if current is not None else _next_start(fh, pos if last is None else last + 1, gz)
            if stop is not None and bad is not None and bad >= stop:
                return  # the next run meets this damage itself
            pos = None if bad is None else _next_start(fh, bad + 1, gz)
            if pos is None:  # the damage runs to the end of the file
                yield reject(raw, index, "truncated_record", f"byte {bad if bad is not None else last}: {err}")
                return
            yield reject(raw, index, "corrupt_record", f"bytes {bad}-{pos}: {err}")
            index += 1


def _one(raw: RawFile, rec, index: int) -> RawFile | Reject | None:
    from fastwarc.warc import WarcRecordType

    at = rec.stream_pos
    kind = rec.record_type
    if kind == WarcRecordType.revisit:
        return reject(raw, index, "warc_revisit", f"byte {at}")
    if kind != WarcRecordType.response:
        return reject(raw, index, "warc_not_response", f"byte {at}: {rec.headers.get('WARC-Type')}")
    url = (rec.headers.get("WARC-Target-URI") or "").strip("<> ")
    expected = rec.content_length
    block = rec.reader.read()
    if len(block) < expected:
        return reject(raw, index, "truncated_record", f"byte {at}: {len(block)} of {expected} bytes of {url}")
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        return reject(raw, index, "corrupt_record", f"byte {at}: no HTTP header end in the response to {url}")
    status, headers = _http_head(head)
    ctype = headers.get("content-type", "")
    mime = ctype.split(";")[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        return reject(raw, index, "not_html", f"byte {at}: {mime} {url}")
    if status != 200:
        return reject(raw, index, "http_status", f"byte {at}: HTTP {status} {url}")
    try:
        page = _decode_payload(body, headers.get("transfer-encoding", "").lower(),
                               headers.get("content-encoding", "").strip().lower())
    except OSError as err:
        return reject(raw, index, "corrupt_record", f"byte {at}: payload of {url}: {err}")
    facts = {}
    if url:
        facts["url"] = fact(url, "warc", f"WARC-Target-URI: {url}")
    warc_date = rec.headers.get("WARC-Date") or ""
    if (day := _date_of(warc_date)) is not None:
        facts["fetch_date"] = fact(day, "warc", f"WARC-Date: {warc_date}")
    charset = next((p.split("=", 1)[1].strip().strip('"') for p in ctype.split(";")[1:]
                    if p.strip().lower().startswith("charset=")), None)
    record = Record("html", sha256_bytes(page), index, at, facts, charset)
    return RawFile(raw.path, raw.sha256, raw.size, page, raw.sidecar, record)


def _http_head(head: bytes) -> tuple[int | None, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return status, headers
