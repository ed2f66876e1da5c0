"""The raw layer: files exactly as collected, a manifest of their hashes, a sidecar of curated facts.

Raw files are never modified. A file listed in a manifest whose bytes changed is a hard error (the
dataset's provenance would be a lie); a file not listed yet is read and reported as unregistered.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import yaml

from sikap.io import atomic_write_bytes
from sikap.records import RawFile

MANIFEST = "manifest.json"
SIDECAR = "sidecar.yaml"
_META = {MANIFEST, SIDECAR, "README.md"}


class RawIntegrityError(Exception):
    """A raw file no longer matches its manifest."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _manifest(folder: Path) -> dict[str, dict]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    return {e["name"]: e for e in json.loads(path.read_text(encoding="utf-8"))["files"]}


def _sidecar(folder: Path) -> dict[str, dict]:
    path = folder / SIDECAR
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def list_raw(root: Path) -> list[str]:
    """Relative posix paths of the raw data files below root, sorted (bytewise), via scandir: a million
    files in seconds. Manifests, sidecars, READMEs, hidden files and symlinked folders are not data."""
    out: list[str] = []

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as it:
            for entry in it:
                if entry.is_dir() and not entry.is_symlink():
                    walk(entry.path, prefix + entry.name + "/")
                elif entry.name not in _META and not entry.name.startswith(".") and entry.is_file():
                    out.append(prefix + entry.name)

    walk(os.fspath(root), "")
    out.sort()
    return out


def iter_raw(root: Path, unregistered: list[str] | None = None, rels: list[str] | None = None) -> Iterator[RawFile]:
    """Raw files below root in order (or just `rels`, relative posix paths: a partition of a parallel build; an
    archive may come as runs of its records, each read and checked against the manifest like a whole file).
    Plain strings, not Path objects, from here on: pathlib's parsing cost ~12 µs a file."""
    if rels is None:
        rels = list_raw(root)
    base = os.fspath(root)
    manifests: dict[str, dict] = {}
    sidecars: dict[str, dict] = {}
    from sikap.formats import split_unit

    for unit in rels:
        rel, span = split_unit(unit)  # a whole file, or a run of an archive's records (sikap.formats.plan_units)
        folder, _, name = rel.rpartition("/")
        if folder not in manifests:
            manifests[folder], sidecars[folder] = _manifest(root / folder), _sidecar(root / folder)
        data, digest, size = read_file(os.path.join(base, rel))
        entry = manifests[folder].get(name)
        if entry is None:
            if unregistered is not None and not (span and span[0]):
                unregistered.append(rel)
        elif entry["sha256"] != digest or entry["size"] != size:
            raise RawIntegrityError(
                f"raw file {rel} changed: manifest sha256 {entry['sha256'][:12]}…, now {digest[:12]}…; raw files are never edited"
            )
        yield RawFile(rel, digest, size, data, sidecars[folder].get(name, {}), span=span)


def read_file(path: str) -> tuple[bytes, str, int]:
    """(bytes, sha256, size) of a raw file. A container of records (WARC, JSON Lines: sikap.formats) keeps only
    its first 64 KB and is hashed in 1 MB chunks: its records are read from disk one at a time."""
    from sikap.formats import HEAD, is_container

    with open(path, "rb") as fh:
        data = fh.read(HEAD)
        if len(data) < HEAD or not is_container(data):
            data += fh.read()
            return data, sha256_bytes(data), len(data)
        h, size = hashlib.sha256(data), len(data)
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return data, h.hexdigest(), size


def add_files(sources: list[Path], dest: Path) -> list[dict]:
    """Copy files byte for byte into dest and record them in dest's manifest."""
    dest.mkdir(parents=True, exist_ok=True)
    manifest = _manifest(dest)
    added = []
    for src in sources:
        data = src.read_bytes()
        target = dest / src.name
        if target.exists() and target.read_bytes() != data:
            raise RawIntegrityError(f"{target} exists with other bytes; raw files are never overwritten")
        if not target.exists():
            shutil.copyfile(src, target)
        entry = {"name": src.name, "original_name": src.name, "sha256": sha256_bytes(data), "size": len(data)}
        manifest[src.name] = {**manifest.get(src.name, {}), **entry}
        added.append(entry)
    body = {"files": [manifest[k] for k in sorted(manifest)]}
    atomic_write_bytes(dest / MANIFEST, (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode())
    return added
