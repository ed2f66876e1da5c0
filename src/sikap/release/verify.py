"""Check files against a release's manifest and name every one that differs.

`sikap verify` checks dataset/ against the release its card names; `sikap verify 0.1.0` against that
release; `--dir` checks another copy (a repo-like folder holding dataset/, or a dataset folder itself).
`datasets`' own checks compare only row counts: a tampered file with the same rows passes them, not this.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sikap.release.errors import NO_RELEASE, ReleaseError
from sikap.release.manifest import DATASET, read_manifest


@dataclass(frozen=True)
class FileProblem:
    path: str
    kind: str  # missing | changed | extra
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.kind}" + (f" ({self.detail})" if self.detail else "")


def _locate(base: Path, rel: str) -> Path | None:
    """A manifest path (relative to the repo) inside base: a repo-like folder, or a dataset folder itself."""
    if (base / DATASET).is_dir() or not (base / "README.md").exists():
        return base / rel
    return base / rel[len(DATASET) + 1:] if rel.startswith(DATASET + "/") else None


def verify_files(base: Path, files: list[dict]) -> list[FileProblem]:
    problems, expected = [], set()
    for f in files:
        path = _locate(base, f["path"])
        if path is None:
            continue
        expected.add(path.resolve())
        if not path.is_file():
            problems.append(FileProblem(f["path"], "missing"))
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if len(data) != f["size"] or digest != f["sha256"]:
            problems.append(FileProblem(f["path"], "changed", f"sha256 {digest[:12]}…, manifest {f['sha256'][:12]}…, "
                                        f"{len(data)} bytes, manifest {f['size']}"))
    folder = base / DATASET if (base / DATASET).is_dir() else base
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.resolve() not in expected:
            problems.append(FileProblem(p.relative_to(base).as_posix(), "extra", "not in the manifest"))
    return problems


def card_version(dataset_folder: Path) -> str | None:
    from sikap.card import read_front_matter

    card = dataset_folder / "README.md"
    return read_front_matter(card).get("version") if card.exists() else None


def release_files(root: Path, version: str) -> list[dict]:
    """The files of a release: from the release index, else from releases/<v>/manifest.json."""
    from sikap.release.index import find, read_index

    index = read_index(root)
    if any(e["version"] == version for e in index["releases"]):
        return find(index, version)["files"]
    manifest = read_manifest(root, version)
    if manifest is None:
        find(index, version)  # raises unknown_version with the list of releases
    return manifest["files"]


def verify_release(root: Path, version: str | None = None, base: Path | None = None) -> tuple[str, list[FileProblem]]:
    base = base or root
    if version is None:
        dataset_folder = base / DATASET if (base / DATASET).is_dir() else base
        version = card_version(dataset_folder)
        if version is None:
            raise ReleaseError(NO_RELEASE, f"{dataset_folder / 'README.md'} names no version: not a release "
                               "(give one: `sikap verify 0.1.0`)")
    return str(version), verify_files(base, release_files(root, str(version)))
