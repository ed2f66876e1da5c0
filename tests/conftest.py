"""Shared fixtures: the seed files, temporary raw roots, builds into temporary folders.

Tests never write into the repo's dataset/ or annotations/: every build goes to tmp_path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest_plugins = ["tests.studio_fixture"]

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "raw" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed dataset built once into a temporary folder: (BuildResult, folder)."""
    from sikap.build import build_tables
    from sikap.publish import write_dataset

    out = tmp_path_factory.mktemp("seed") / "dataset"
    result = build_tables(REPO / "raw")
    write_dataset(result, out)
    return result, out


@pytest.fixture(scope="session")
def seed_articles(seed_build):
    result, _ = seed_build
    return {Path(r["raw_file"]).name[:3] + f".{r['article_index']}": r for r in result.tables["articles"].to_pylist()}


@pytest.fixture
def raw_root(tmp_path):
    """A raw root holding a copy of the seed files (manifest and sidecar included)."""
    root = tmp_path / "raw"
    shutil.copytree(SEEDS, root / "seeds")
    return root


def offline_env(cache: Path) -> dict:
    env = dict(os.environ)
    env.update(HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", HF_DATASETS_CACHE=str(cache), HF_HOME=str(cache / "home"))
    return env


def run_python(code: str, cache: Path, cwd: Path) -> subprocess.CompletedProcess:
    """Run code in a fresh interpreter, offline, with its own datasets cache."""
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=offline_env(cache),
                          capture_output=True, text=True, timeout=300)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
