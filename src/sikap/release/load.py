"""Pinned loading: materialize exactly one release from git history into a cache, check every file's
sha256, and load it with `datasets`.

    import sikap
    ds = sikap.load("0.1.0")                  # DatasetDict of the default config (articles)
    sources = sikap.load("0.1.0", "sources")

Works from any plain clone of main, with or without tags: the release index (committed) gives each file's
commit and git blob id; `git cat-file` reads them. The cache (SIKAP_CACHE, else ~/.cache/sikap) holds one
folder per release and manifest, checked again on every load.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from sikap.release.errors import CHECKSUM_MISMATCH, MISSING_FILE, ReleaseError
from sikap.release.manifest import DATASET

COMPLETE = ".complete"


def cache_root() -> Path:
    env = os.environ.get("SIKAP_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "sikap"


def _read_file(repo, entry: dict, f: dict) -> bytes:
    data = None
    if entry.get("commit") and repo.has_commit(entry["commit"]):
        data = repo.file_at(entry["commit"], f["path"])
    if data is None and f.get("git_blob"):
        data = repo.blob(f["git_blob"])
    if data is None:
        raise ReleaseError(MISSING_FILE, f"{f['path']} of release {entry['version']} is not in this clone's history "
                           f"(commit {entry.get('commit') or 'unrecorded'}, blob {f.get('git_blob', '?')[:12]})")
    return data


def _check(f: dict, data: bytes, version: str) -> None:
    digest = hashlib.sha256(data).hexdigest()
    if digest != f["sha256"] or len(data) != f["size"]:
        raise ReleaseError(CHECKSUM_MISMATCH, f"{f['path']} of release {version}: sha256 {digest[:12]}… "
                           f"does not match the index ({f['sha256'][:12]}…)")


def _valid_cache(folder: Path, entry: dict) -> bool:
    if not (folder / COMPLETE).exists():
        return False
    for f in entry["files"]:
        path = folder / f["path"]
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != f["sha256"]:
            return False
    return True


def materialize(version: str, repo_root: Path | None = None, cache_dir: Path | None = None) -> Path:
    """The folder holding release `version` (dataset/ and releases/<v>/croissant.json), checksums verified."""
    from sikap.paths import repo_root as default_root
    from sikap.release.gitrepo import GitRepo
    from sikap.release.index import find, read_committed_index

    repo = GitRepo(Path(repo_root or default_root()).resolve())
    entry = find(read_committed_index(repo), str(version))
    tag = hashlib.sha256(json.dumps(entry["files"], sort_keys=True).encode()).hexdigest()[:12]
    cache = Path(cache_dir or cache_root())
    target = cache / f"{entry['version']}-{tag}"
    if _valid_cache(target, entry):
        return target
    cache.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=cache))
    try:
        for f in entry["files"]:
            data = _read_file(repo, entry, f)
            _check(f, data, entry["version"])
            (staged / f["path"]).parent.mkdir(parents=True, exist_ok=True)
            (staged / f["path"]).write_bytes(data)
        (staged / COMPLETE).write_text(json.dumps({"version": entry["version"], "commit": entry.get("commit")}) + "\n")
        if target.exists():
            shutil.rmtree(target)
        os.replace(staged, target)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return target


def load(version: str, config: str | None = None, *, repo: Path | None = None, cache_dir: Path | None = None, **kwargs):
    """Release `version` as a `datasets.DatasetDict` (default config: articles), checked file by file."""
    from datasets import load_dataset

    folder = materialize(version, repo, cache_dir)
    kwargs.setdefault("verification_mode", "all_checks")
    return load_dataset(str(folder / DATASET), config, **kwargs)
