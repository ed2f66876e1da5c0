"""`sikap` acts on the project of the current folder (found upward, as git does), never on the checkout it was
installed from; SIKAP_ROOT overrides; outside any project it says so in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sikap.paths import ProjectNotFound, find_root, repo_root
from tests.conftest import REPO, tree_bytes

SIKAP = str(Path(sys.executable).parent / "sikap")


def _env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "SIKAP_ROOT"}
    env.update(HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", HF_HOME=str(tmp_path / "hf"))
    return env


def test_two_clones_one_installed_builds_the_clone_you_are_in(tmp_path):
    from tests.release.conftest import make_repo

    other = make_repo(tmp_path / "other")  # a second clone; the installed sikap lives in REPO
    assert not (other / "dataset").exists()
    before = tree_bytes(REPO / "dataset")
    proc = subprocess.run([SIKAP, "build", "-q"], cwd=other / "raw" / "seeds", env=_env(tmp_path),
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert (other / "dataset" / "README.md").is_file()
    data = lambda tree: {k: v for k, v in tree.items() if str(k).endswith(".parquet")}  # noqa: E731
    assert data(tree_bytes(other / "dataset")) == data(before)  # same raw files, same data: built there
    assert tree_bytes(REPO / "dataset") == before  # the installed checkout was not touched


def test_outside_any_project_one_line(tmp_path):
    proc = subprocess.run([SIKAP, "build"], cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == (f"error: {tmp_path.resolve()} is not inside a sikap project (no schema/tables.yaml "
                                   "in it or any parent folder): cd into a clone of the project, or set SIKAP_ROOT")


def test_find_root_walks_up_and_sikap_root_overrides(tmp_path, monkeypatch):
    monkeypatch.delenv("SIKAP_ROOT", raising=False)
    assert find_root(REPO / "src" / "sikap") == REPO
    assert find_root(tmp_path) is None
    monkeypatch.chdir(tmp_path)
    try:
        repo_root()
        raise AssertionError("repo_root() outside a project must raise")
    except ProjectNotFound as err:
        assert str(tmp_path.resolve()) in str(err)
    monkeypatch.setenv("SIKAP_ROOT", str(REPO))
    assert repo_root() == REPO
