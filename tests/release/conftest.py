"""Release fixtures: a throwaway git repo (in tmp) holding a copy of the project's data files, released as
0.1.0 with the real `sikap release` code. /work/main's own git, dataset/ and annotations/ are never touched."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

PROJECT_FILES = ["schema", "raw", "curated", "DATASHEET.md", ".gitignore", "releases/metadata.yaml", "annotations"]
DATE_EPOCH = "1763683200"  # 2025-11-21, so release dates are reproducible


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout.strip()


def make_repo(target: Path) -> Path:
    target.mkdir(parents=True)
    for rel in PROJECT_FILES:
        src = REPO / rel
        if src.is_dir():
            shutil.copytree(src, target / rel, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / rel)
    git(target, "init", "-q", "-b", "main")
    git(target, "config", "user.name", "Release Test")
    git(target, "config", "user.email", "release-test@example.org")
    git(target, "add", "-A")
    git(target, "commit", "-qm", "project files")
    return target


def release(repo: Path, version: str):
    from sikap.release.cut import cut_release

    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = DATE_EPOCH
    try:
        return cut_release(repo, version)
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH") if old is None else os.environ.__setitem__("SOURCE_DATE_EPOCH", old)


@pytest.fixture(scope="session")
def released(tmp_path_factory):
    """(repo, Released): a repo whose 0.1.0 release was cut by cut_release. Copy it before changing it."""
    repo = make_repo(tmp_path_factory.mktemp("released") / "repo")
    return repo, release(repo, "0.1.0")


@pytest.fixture
def repo_copy(released, tmp_path, monkeypatch):
    """A private copy (with .git) of the released repo, and SIKAP_ROOT pointing at it."""
    repo = tmp_path / "repo"
    shutil.copytree(released[0], repo, symlinks=True)
    monkeypatch.setenv("SIKAP_ROOT", str(repo))
    return repo


def cli_env(root: Path, cache: Path) -> dict:
    env = dict(os.environ)
    env.update(SIKAP_ROOT=str(root), SIKAP_CACHE=str(cache / "sikap"), HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1",
               HF_DATASETS_CACHE=str(cache / "hf"), HF_HOME=str(cache / "hf-home"), SOURCE_DATE_EPOCH=DATE_EPOCH)
    return env


def sikap_cli(root: Path, cache: Path, *args: str) -> subprocess.CompletedProcess:
    exe = Path(os.sys.executable).parent / "sikap"
    return subprocess.run([str(exe), *args], cwd=root, env=cli_env(root, cache), capture_output=True, text=True, timeout=600)


NEW_ARTICLE = ("Doha - Qatar pada Kamis (18/9/2025) kembali menegaskan komitmennya sebagai mediator dalam perundingan "
               "gencatan senjata di Gaza bersama Mesir dan Amerika Serikat, meskipun serangan Israel ke Doha pekan lalu "
               "telah mengguncang kepercayaan para pihak yang terlibat dalam proses perdamaian tersebut.\n")


def add_raw_article(repo: Path, tmp: Path, name: str = "zz_new.txt") -> None:
    """Add one raw file with `sikap raw add` semantics (copied, recorded in the manifest)."""
    from sikap.raw import add_files

    src = tmp / name
    src.write_text(NEW_ARTICLE, encoding="utf-8")
    add_files([src], repo / "raw" / "seeds")


@pytest.fixture(scope="session")
def two_releases(released, tmp_path_factory):
    """A copy of the released repo where later work added an article and 0.2.0 was cut (MINOR)."""
    tmp = tmp_path_factory.mktemp("two")
    repo = tmp / "repo"
    shutil.copytree(released[0], repo, symlinks=True)
    add_raw_article(repo, tmp)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "later work: one more raw file")
    old = os.environ.get("SIKAP_ROOT")
    os.environ["SIKAP_ROOT"] = str(repo)
    try:
        done = release(repo, "0.2.0")
    finally:
        os.environ.pop("SIKAP_ROOT") if old is None else os.environ.__setitem__("SIKAP_ROOT", old)
    return repo, done
