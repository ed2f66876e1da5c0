"""Check a dataset folder against what its card says it is, and name every file that differs.

`sikap verify` reads the card's version (sikap.release.state):
- a release X.Y.Z: every file must have the sha256 and size that the release index records (exit 2 otherwise:
  the folder claims to be a release it is not, i.e. it was tampered with or left half-updated);
- `unreleased` (the working dataset, after `last_release`): every data file must match the checksums its own
  card stamps, and `last_release` must be the index's latest (exit 2 otherwise); then what differs from that
  release is listed (files added, removed or changed; rows and columns per config), and the exit is 0.
`sikap verify X.Y.Z` checks against release X.Y.Z whatever the card says; `--dir` checks another copy (a
repo-like folder holding dataset/, or a dataset folder itself). `datasets`' own checks compare only row
counts: a tampered file with the same rows passes them, not this.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
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


@dataclass
class Verdict:
    version: str  # the release checked against, or "unreleased"
    problems: list[FileProblem] = field(default_factory=list)  # non-empty: tampered or inconsistent (exit 2)
    last_release: str | None = None
    differences: list[str] = field(default_factory=list)  # unreleased: what differs from last_release

    @property
    def released(self) -> bool:
        from sikap.release.state import UNRELEASED

        return self.version != UNRELEASED


def _locate(base: Path, rel: str) -> Path | None:
    """A manifest path (relative to the repo) inside base: a repo-like folder, or a dataset folder itself."""
    if (base / DATASET).is_dir() or not (base / "README.md").exists():
        return base / rel
    return base / rel[len(DATASET) + 1:] if rel.startswith(DATASET + "/") else None


def dataset_folder(base: Path) -> Path:
    return base / DATASET if (base / DATASET).is_dir() else base


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
    folder = dataset_folder(base)
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.resolve() not in expected:
            problems.append(FileProblem(p.relative_to(base).as_posix(), "extra", "not in the manifest"))
    return problems


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


def card_consistency(folder: Path, meta: dict) -> list[FileProblem]:
    """Data files against the checksums the card stamps (a working dataset's own manifest)."""
    import pyarrow.parquet as pq

    rel = lambda p: f"{DATASET}/{p}"  # noqa: E731
    problems, stamped = [], {}
    for info in meta.get("dataset_info", []):
        stamped.update(info.get("download_checksums") or {})
    for path, want in sorted(stamped.items()):
        f = folder / path
        if not f.is_file():
            problems.append(FileProblem(rel(path), "missing", "stamped in the card"))
            continue
        data = f.read_bytes()
        if hashlib.sha256(data).hexdigest() != want["checksum"] or len(data) != want["num_bytes"]:
            problems.append(FileProblem(rel(path), "changed", "differs from the checksum its card stamps"))
    for p in sorted((folder / "data").glob("*.parquet")):
        name = p.relative_to(folder).as_posix()
        if name not in stamped and pq.ParquetFile(p).metadata.num_rows:
            problems.append(FileProblem(rel(name), "extra", "rows that the card does not declare"))
    return problems


def _release_summary(root: Path, version: str, folder: Path) -> list[str]:
    """Rows and columns per config, release -> now (reads the release from git; empty when it cannot)."""
    import tempfile

    import pyarrow.parquet as pq

    from sikap.release.load import materialize
    from sikap.release.snapshot import data_files

    def shape(f: Path) -> dict:
        return {c: (sum(pq.ParquetFile(p).metadata.num_rows for p in ps), pq.read_schema(ps[0]).names)
                for c, ps in data_files(f).items()}

    try:
        with tempfile.TemporaryDirectory(prefix="sikap-verify-") as tmp:
            old = shape(materialize(version, root, Path(tmp)) / DATASET)
    except ReleaseError:
        return []
    new, lines = shape(folder), []
    for c in sorted(set(old) | set(new)):
        (n0, c0), (n1, c1) = old.get(c, (0, [])), new.get(c, (0, []))
        added, removed = [x for x in c1 if x not in c0], [x for x in c0 if x not in c1]
        if n0 != n1 or added or removed:
            bits = [f"{n0} -> {n1} rows"] + ([f"columns added: {', '.join(added)}"] if added else []) + \
                   ([f"columns removed: {', '.join(removed)}"] if removed else [])
            lines.append(f"{c}: " + "; ".join(bits))
    return lines


def _differences(root: Path, version: str, base: Path) -> list[str]:
    files = verify_files(base, [f for f in release_files(root, version) if f["path"].startswith(DATASET + "/")])
    words = {"missing": "removed", "extra": "added", "changed": "changed"}
    return [f"{p.path}: {words[p.kind]}" for p in files] + _release_summary(root, version, dataset_folder(base))


def verify(root: Path, version: str | None = None, base: Path | None = None) -> Verdict:
    from sikap.card import read_front_matter
    from sikap.release.state import latest_release, read_state

    base = base or root
    if version is not None:
        return Verdict(str(version), verify_files(base, release_files(root, str(version))))
    folder = dataset_folder(base)
    if not (folder / "README.md").is_file():
        raise ReleaseError(NO_RELEASE, f"{folder / 'README.md'} is missing: not a dataset folder")
    meta = read_front_matter(folder / "README.md")
    if meta.get("version") is None:
        raise ReleaseError(NO_RELEASE, f"{folder / 'README.md'} names no version: not a card written by sikap "
                           "(give a release to check against: `sikap verify 0.1.0`)")
    st = read_state(meta)
    if st.released:
        return Verdict(st.version, verify_files(base, release_files(root, st.version)))
    verdict = Verdict(st.version, card_consistency(folder, meta), st.last_release)
    entry = latest_release(root)
    latest = entry["version"] if entry else None
    if st.last_release != latest:
        verdict.problems.append(FileProblem(f"{DATASET}/README.md", "changed", f"names last_release "
                                            f"{st.last_release!r}, but the release index's latest is {latest!r}"))
    if latest and not verdict.problems:
        verdict.differences = _differences(root, latest, base)
    return verdict
