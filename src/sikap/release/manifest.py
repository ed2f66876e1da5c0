"""The checksum manifest of a release: sha256, size and git blob id of every file of dataset/ (and of the
release's Croissant file), written to releases/<X.Y.Z>/manifest.json.

The manifest lives outside dataset/ so that it can name every file inside it (including the card), and
so that a plain `sikap build` (which rewrites dataset/ as a whole) never deletes it. The git blob id lets
`sikap.load` materialize a file from any clone holding the release's objects, even without its commit.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sikap.io import atomic_write_bytes
from sikap.release.errors import MISSING_FILE, ReleaseError
from sikap.release.gitrepo import blob_id
from sikap.release.versioning import Version, is_version

RELEASES = "releases"
DATASET = "dataset"


def release_dir(root: Path, version: str) -> Path:
    return root / RELEASES / str(version)


def public_path(version: str) -> str:
    """The release's public export (never rewritten after the release)."""
    return f"{RELEASES}/{version}/public"


def public_dir(root: Path, version: str) -> Path:
    return root / public_path(version)


def croissant_path(version: str) -> str:
    return f"{RELEASES}/{version}/croissant.json"


def manifest_path(version: str) -> str:
    return f"{RELEASES}/{version}/manifest.json"


def released_versions(root: Path) -> list[str]:
    """Versions with a release folder (releases/X.Y.Z/), lowest first."""
    folder = root / RELEASES
    names = [p.name for p in folder.iterdir() if p.is_dir() and is_version(p.name)] if folder.is_dir() else []
    return [str(v) for v in sorted(Version.parse(n) for n in names)]


def file_entry(root: Path, rel: str) -> dict:
    data = (root / rel).read_bytes()
    return {"path": rel, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "git_blob": blob_id(data)}


def dataset_files(root: Path) -> list[str]:
    folder = root / DATASET
    return sorted(p.relative_to(root).as_posix() for p in folder.rglob("*") if p.is_file())


def public_files(root: Path, version: str) -> list[str]:
    folder = public_dir(root, version)
    return sorted(p.relative_to(root).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


def build_manifest(root: Path, version: str) -> dict:
    paths = dataset_files(root) + [croissant_path(version)] + public_files(root, version)
    missing = [p for p in paths if not (root / p).is_file()]
    if missing:
        raise ReleaseError(MISSING_FILE, f"cannot write the manifest: {missing[0]} is missing")
    return {"version": str(version), "files": [file_entry(root, p) for p in paths]}


def dumps(obj) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


def write_manifest(root: Path, manifest: dict) -> Path:
    path = root / manifest_path(manifest["version"])
    atomic_write_bytes(path, dumps(manifest))
    return path


def read_manifest(root: Path, version: str) -> dict | None:
    path = root / manifest_path(version)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
