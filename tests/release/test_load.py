"""`sikap.load("0.1.0")` from a fresh clone without tags, in fresh caches, returns the rows that
`load_dataset("./dataset")` gave at the release commit, also after later commits changed dataset/."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.release.conftest import add_raw_article, cli_env, git

ROWS = """
import json, sys
from pathlib import Path
if sys.argv[1] == "pinned":
    import sikap
    d = sikap.load("0.1.0", repo=Path(sys.argv[2]))
else:
    from datasets import load_dataset
    d = load_dataset(sys.argv[2])
rows = d["train"].to_list()
print(json.dumps({"n": len(rows), "rows": rows}, default=str, sort_keys=True))
"""


def _rows(mode, path, root, cache):
    proc = subprocess.run([sys.executable, "-c", ROWS, mode, str(path)], env=cli_env(root, cache),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_pinned_load_from_a_clone_without_tags(repo_copy, tmp_path):
    release_commit = git(repo_copy, "rev-parse", "v0.1.0^{commit}")
    at_release = tmp_path / "at-release"
    git(repo_copy, "worktree", "add", "-q", "--detach", str(at_release), release_commit)
    expected = _rows("plain", at_release / "dataset", at_release, tmp_path / "cache-plain")
    git(repo_copy, "worktree", "remove", "--force", str(at_release))

    add_raw_article(repo_copy, tmp_path)  # later work changes dataset/
    from sikap.build import build_tables
    from sikap.publish import write_dataset

    write_dataset(build_tables(repo_copy / "raw"), repo_copy / "dataset")
    git(repo_copy, "add", "-A")
    git(repo_copy, "commit", "-qm", "later work: one more article")
    assert git(repo_copy, "diff", "--name-only", release_commit, "HEAD", "--", "dataset")

    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--no-tags", f"file://{repo_copy}", str(clone)], check=True)
    assert git(clone, "tag") == ""
    got = _rows("pinned", clone, clone, tmp_path / "cache-fresh")
    assert got["n"] == expected["n"] == 6
    assert got["rows"] == expected["rows"]
    current = _rows("plain", clone / "dataset", clone, tmp_path / "cache-current")
    assert current["n"] == 7  # the clone's own dataset/ moved on; the pinned load did not


def test_load_refuses_an_unknown_version(released, tmp_path):
    proc = subprocess.run([sys.executable, "-c", "import sikap; sikap.load('9.9.9', repo=__import__('pathlib').Path(r'%s'))"
                           % released[0]], env=cli_env(released[0], tmp_path), capture_output=True, text=True)
    assert proc.returncode != 0 and "unknown_version" in proc.stderr
