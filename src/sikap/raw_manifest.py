"""A raw folder's records: manifest.json (what was added: name, sha256, size, when) and sidecar.yaml (curated
facts), read strictly so that a corrupt one stops a build with one line naming the file and the line.

The journal, `.manifest.journal`, makes `sikap raw add` crash-safe: one JSON line is appended (and fsynced)
for each file the moment it has landed complete under its final name; the manifest is rewritten from both at
the end of the add and the journal removed. Readers merge the journal in, so a file whose line reached the
disk is registered even if the add was killed before it rewrote the manifest; a torn last line (a kill in
the middle of an append) is ignored, and its file is recorded again when the add is re-run.

`registered` (UTC, microseconds) gives the order in which files were added, across folders: the first
registered copy of identical bytes is the one a build keeps. Entries written before it existed have none and
count as registered first, in path order.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

MANIFEST = "manifest.json"
SIDECAR = "sidecar.yaml"
JOURNAL = ".manifest.journal"
PART_SUFFIX = ".sikap-part"  # a file being copied in: hidden, never read, removed by the next add
RESERVED = {MANIFEST, SIDECAR, "README.md", JOURNAL}
_SHA = re.compile(r"^[0-9a-f]{64}$")


class RawIntegrityError(Exception):
    """A raw file no longer matches its manifest, or the raw layer cannot be read as it must be."""


class RawFormatError(RawIntegrityError):
    """A manifest, journal or sidecar that cannot be parsed or does not hold what it must."""


def _line_of(text: str, needle: str) -> int:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _text(path: Path) -> str | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise RawFormatError(f"cannot read {path}: {err.strerror}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RawFormatError(f"{path}: not UTF-8 text (byte {err.start}); restore it from version control") from None


def check_entry(entry, where: str) -> str | None:
    """What is wrong with one manifest entry, or None."""
    if not isinstance(entry, dict):
        return f"{where}: an entry is not an object"
    name = entry.get("name")
    if not isinstance(name, str) or not name or "/" in name or name in (".", ".."):
        return f"{where}: an entry has no valid file name"
    if name in RESERVED or name.endswith(PART_SUFFIX):
        return f"{where}: entry {name!r} uses a reserved name (no raw file can be called so)"
    if not isinstance(entry.get("sha256"), str) or not _SHA.match(entry["sha256"]):
        return f"{where}: entry {name!r} has no valid sha256"
    if not isinstance(entry.get("size"), int) or isinstance(entry["size"], bool) or entry["size"] < 0:
        return f"{where}: entry {name!r} has no valid size"
    return None


def read_manifest(folder: Path) -> dict[str, dict]:
    """name -> entry, from manifest.json and the journal of an unfinished `raw add` (RawFormatError when
    either is corrupt)."""
    folder = Path(folder)
    path = folder / MANIFEST
    out: dict[str, dict] = {}
    text = _text(path)
    if text is not None:
        try:
            body = json.loads(text)
        except json.JSONDecodeError as err:
            raise RawFormatError(f"{path} line {err.lineno}, column {err.colno}: {err.msg}: the manifest is corrupt; "
                                 "restore it from version control") from None
        files = body.get("files") if isinstance(body, dict) else None
        if not isinstance(files, list):
            raise RawFormatError(f"{path} line 1: no \"files\" list: not a sikap manifest")
        if not _all_valid(files):  # then find the first bad entry, for its message
            for entry in files:
                problem = check_entry(entry, str(path))
                if problem:
                    name = entry.get("name") if isinstance(entry, dict) else None
                    line = _line_of(text, json.dumps(name)) if isinstance(name, str) else 1
                    raise RawFormatError(problem.replace(str(path), f"{path} line {line}", 1))
        out = {entry["name"]: entry for entry in files}
    out.update(read_journal(folder))
    return out


def _all_valid(files: list) -> bool:
    """check_entry over a whole manifest, column by column (a build reads 1,000 entries a folder, a million
    in all: one entry at a time cost seconds). False means some entry fails check_entry."""
    try:
        names = [e["name"] for e in files]
        shas = [e["sha256"] for e in files]
        sizes = [e["size"] for e in files]
    except (TypeError, KeyError):
        return False
    if not set(map(type, names)) <= {str} or not set(map(type, shas)) <= {str}:
        return False
    if not set(map(type, sizes)) <= {int} or (sizes and min(sizes) < 0):
        return False
    if not all(len(h) == 64 for h in shas) or not "".join(shas).isascii():
        return False
    if "".join(shas).encode("ascii").translate(None, b"0123456789abcdef"):  # a character that is not hex
        return False
    joined = "\0".join(names) + "\0"
    if "/" in joined or PART_SUFFIX + "\0" in joined or RESERVED.intersection(names):
        return False
    return not {"", ".", ".."}.intersection(names)


def read_journal(folder: Path) -> dict[str, dict]:
    """Entries appended by an add that has not finished (or was killed); a torn last line is skipped."""
    path = Path(folder) / JOURNAL
    text = _text(path)
    if not text:
        return {}
    out = {}
    lines = text.split("\n")
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            if i == len(lines):  # a last line with no newline, cut short by a kill: recorded again on re-run
                continue
            raise RawFormatError(f"{path} line {i}: not a JSON entry: the journal is corrupt") from None
        problem = check_entry(entry, f"{path} line {i}")
        if problem:
            raise RawFormatError(problem)
        out[entry["name"]] = entry
    return out


def read_sidecar(folder: Path) -> dict[str, dict]:
    """raw file name -> {field: {value, source, note}}; a bare value is read as {value: it}."""
    path = Path(folder) / SIDECAR
    text = _text(path)
    if text is None:
        return {}
    try:
        body = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise RawFormatError(f"{path}{where}: {problem}: the sidecar is not valid YAML") from None
    except RecursionError:
        raise RawFormatError(f"{path}: nested too deeply to be a sidecar") from None
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise RawFormatError(f"{path} line 1: not a mapping of raw file names to facts")
    out = {}
    for name, facts in body.items():
        line = _line_of(text, f"{name}:")
        if facts is None:
            facts = {}
        if not isinstance(name, str) or not isinstance(facts, dict):
            raise RawFormatError(f"{path} line {line}: the entry for {name!r} is not a mapping of facts")
        entry = {}
        for field, spec in facts.items():
            spec = spec if isinstance(spec, dict) else {"value": spec}
            value = spec.get("value")
            if field == "retrieved" and value is not None:
                import datetime as dt

                try:
                    ok = isinstance(value, dt.date) and not isinstance(value, dt.datetime) or (
                        isinstance(value, str) and dt.date.fromisoformat(value) is not None)
                except ValueError:
                    ok = False
                if not ok:
                    raise RawFormatError(f"{path} line {line}: {name}: retrieved must be a date (YYYY-MM-DD)")
            elif field in ("url", "outlet") and value is not None and not isinstance(value, str):
                raise RawFormatError(f"{path} line {line}: {name}: {field} must be text")
            entry[field] = spec
        out[name] = entry
    return out


def manifest_bytes(entries: dict[str, dict]) -> bytes:
    body = {"files": [entries[k] for k in sorted(entries)]}
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
