"""The committed release index, releases/index.json: version -> commit, tag, date, level and files
(path, size, sha256, git blob id), so that a plain clone of main (tags or not) can pin any release.

The commit dance (see RELEASING.md): the release commit C1 holds the released files and an index entry
whose `commit` is null (a commit cannot name itself); C1 is tagged vX.Y.Z; a follow-up commit C2 only
fills in `commit: C1`. Loading prefers `git cat-file blob C1:path`, falls back to the blob ids, and
checks every file's sha256 either way.
"""

from __future__ import annotations

import json
from pathlib import Path

from sikap.io import atomic_write_bytes
from sikap.release.errors import UNKNOWN_VERSION, ReleaseError
from sikap.release.manifest import RELEASES, dumps
from sikap.release.versioning import Version

INDEX = f"{RELEASES}/index.json"
FORMAT = 1


def empty_index() -> dict:
    return {"format": FORMAT, "releases": []}


def parse_index(data: bytes | str | None) -> dict:
    return json.loads(data) if data else empty_index()


def read_index(root: Path) -> dict:
    path = root / INDEX
    return parse_index(path.read_bytes() if path.exists() else None)


def read_committed_index(repo) -> dict:
    """The index as committed at HEAD (what a fresh clone sees), else the working tree's."""
    data = repo.file_at("HEAD", INDEX)
    return parse_index(data) if data is not None else read_index(repo.root)


def find(index: dict, version: str) -> dict:
    for entry in index["releases"]:
        if entry["version"] == str(version):
            return entry
    known = ", ".join(e["version"] for e in index["releases"]) or "none"
    raise ReleaseError(UNKNOWN_VERSION, f"version {version} is not in {INDEX} (releases: {known})")


def versions(index: dict) -> list[str]:
    return [e["version"] for e in index["releases"]]


def latest(index: dict) -> dict | None:
    entries = sorted(index["releases"], key=lambda e: Version.parse(e["version"]))
    return entries[-1] if entries else None


def with_entry(index: dict, manifest: dict, date: str, level: str, rows: dict[str, int]) -> dict:
    entry = {"version": manifest["version"], "commit": None, "tag": f"v{manifest['version']}", "date": date,
             "level": level, "rows": rows, "manifest": f"{RELEASES}/{manifest['version']}/manifest.json",
             "files": manifest["files"]}
    releases = [e for e in index["releases"] if e["version"] != entry["version"]] + [entry]
    return {"format": FORMAT, "releases": sorted(releases, key=lambda e: Version.parse(e["version"]))}


def with_commit(index: dict, version: str, commit: str) -> dict:
    out = json.loads(json.dumps(index))
    find(out, version)["commit"] = commit
    return out


def write_index(root: Path, index: dict) -> Path:
    path = root / INDEX
    atomic_write_bytes(path, dumps(index))
    return path
