"""JSON Lines exports of crawlers: one record per line, the field names mapped by curated/crawlers.yaml.

A file's sidecar may name a preset (`crawler: news-please`) or give a mapping of its own; otherwise each line
takes the first preset whose `detect` keys it holds. The record index is the line number (from 0, blank lines
counted), its offset the byte where the line starts.

Reason codes (step read_records): invalid_json (a line that is not a JSON object), unmapped_record (no
preset fits the line, or the line has no url, or no html or text), unknown_mapping (the sidecar names a
preset that crawlers.yaml does not have, or gives a mapping without url and html/text keys: the whole
file is rejected, nothing is guessed).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sikap.formats import fact, reject, stated_date
from sikap.raw import sha256_bytes
from sikap.records import RawFile, Record, Reject

FIELDS = ("url", "html", "text", "fetch_date", "published", "title", "authors", "site_name")


class UnknownMapping(ValueError):
    """A sidecar's crawler mapping that names no preset or lacks the keys a record needs."""


@functools.cache
def presets(path: Path | None = None) -> dict[str, dict]:
    import yaml

    from sikap.paths import curated_dir

    with open(path or curated_dir() / "crawlers.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def mapping_for(raw: RawFile) -> tuple[str, dict] | None:
    """(name, mapping) the file's sidecar asks for; None: detect per line."""
    spec = raw.sidecar.get("crawler")
    if spec is None:
        return None
    if isinstance(spec, str):
        if spec not in presets():
            raise UnknownMapping(f"crawler {spec!r} is not a preset of curated/crawlers.yaml ({', '.join(presets())})")
        return spec, presets()[spec]
    if not isinstance(spec, dict) or set(spec) - set(FIELDS) - {"detect", "source"} or not spec.get("url") \
            or not (spec.get("html") or spec.get("text")):
        raise UnknownMapping(f"crawler mapping {spec!r} needs url and html or text keys (of {', '.join(FIELDS)})")
    return "sidecar", {k: [v] if isinstance(v, str) else v for k, v in spec.items()}


def _detect(obj: dict) -> tuple[str, dict] | None:
    for name, spec in presets().items():
        if all(k in obj for k in spec.get("detect", [])):
            return name, spec
    return None


def _first(obj: dict, keys: list[str]):
    for k in keys or ():
        v = obj.get(k)
        if v not in (None, "", []):
            return k, v
    return None, None


def records(raw: RawFile, fh: BinaryIO, start: int = 0, first_index: int = 0,
            stop: int | None = None) -> Iterator[RawFile | Reject]:
    """Records of a JSON Lines file whose lines start at or after byte `start` (a line start, line number
    `first_index`) and before `stop`."""
    try:
        chosen = mapping_for(raw)
    except UnknownMapping as err:
        if not start:  # one reject for the file, from its first run
            yield reject(raw, None, "unknown_mapping", str(err))
        return
    fh.seek(start)
    offset = start
    for index, line in enumerate(fh, first_index):
        at, offset = offset, offset + len(line)
        if stop is not None and at >= stop:
            return
        if not line.strip():
            continue
        yield _one(raw, line, index, at, chosen)


def _one(raw: RawFile, line: bytes, index: int, at: int, chosen) -> RawFile | Reject:
    where = f"line {index + 1} (byte {at})"
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as err:
        return reject(raw, index, "invalid_json", f"{where}: {err}")
    if not isinstance(obj, dict):
        return reject(raw, index, "invalid_json", f"{where}: a JSON {type(obj).__name__}, not an object")
    name, spec = chosen or _detect(obj) or (None, None)
    if spec is None:
        return reject(raw, index, "unmapped_record", f"{where}: no preset of curated/crawlers.yaml fits keys {sorted(obj)[:12]}")
    url_key, url = _first(obj, spec.get("url"))
    html_key, html = _first(obj, spec.get("html"))
    text_key, text = (None, None) if html is not None else _first(obj, spec.get("text"))
    if not isinstance(url, str) or not isinstance(html if html is not None else text, str):
        return reject(raw, index, "unmapped_record", f"{where}: mapping {name} finds no url and html or text string")
    page = (html if html is not None else text).encode("utf-8")
    facts = {"url": fact(url, "crawler_record", f"{name} field {url_key}: {url}"),
             "crawler": fact(name, "crawler_record", f"mapping {name} ({html_key or text_key} holds the {'html' if html is not None else 'text'})")}
    for field, key in (("fetch_date", "fetch_date"), ("crawler_date", "published")):
        k, v = _first(obj, spec.get(key))
        if k is not None and (parsed := stated_date(v)) is not None:
            facts[field] = fact(parsed[0], "crawler_record", f"{name} field {k}: {v}", precision=parsed[1])
    for field, key in (("crawler_title", "title"), ("crawler_site_name", "site_name")):
        k, v = _first(obj, spec.get(key))
        if isinstance(v, str) and v.strip():
            facts[field] = fact(v.strip(), "crawler_record", f"{name} field {k}: {v}")
    k, v = _first(obj, spec.get("authors"))
    names = [v] if isinstance(v, str) else [a for a in v if isinstance(a, str)] if isinstance(v, list) else []
    if names:
        facts["crawler_authors"] = fact([n.strip() for n in names if n.strip()], "crawler_record", f"{name} field {k}: {v}")
    kind = "html" if html is not None else "text"
    charset = "utf-8" if kind == "html" else None  # the crawler decoded the page; a <meta charset> no longer applies
    return RawFile(raw.path, raw.sha256, raw.size, page, raw.sidecar, Record(kind, sha256_bytes(page), index, at, facts, charset))
