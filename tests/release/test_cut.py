"""`sikap release`: the commit dance, and what it refuses (dirty tree, reused version, wrong bump)."""

from __future__ import annotations

import json

import pytest

from sikap.release.errors import ReleaseError
from tests.release.conftest import add_raw_article, git, release, sikap_cli


def test_release_commits_tags_and_records_its_commit(released):
    repo, done = released
    assert git(repo, "rev-parse", "v0.1.0^{commit}") == done.commit
    assert git(repo, "rev-parse", "HEAD") == done.index_commit
    assert git(repo, "diff", "--name-only", done.commit, done.index_commit).split() == ["releases/index.json"]
    assert git(repo, "status", "--porcelain") == ""
    index = json.loads((repo / "releases/index.json").read_text())
    entry = index["releases"][0]
    assert entry["version"] == "0.1.0" and entry["commit"] == done.commit and entry["level"] == "initial"
    committed = json.loads(git(repo, "show", f"{done.commit}:releases/index.json"))
    assert committed["releases"][0]["commit"] is None  # C1 cannot name itself
    paths = {f["path"] for f in entry["files"]}
    assert {"dataset/README.md", "releases/0.1.0/croissant.json"} <= paths
    assert any(p.startswith("dataset/data/articles-") for p in paths)
    for name in ("CITATION.cff", "CHANGELOG.md", "releases/0.1.0/manifest.json"):
        assert git(repo, "cat-file", "-e", f"{done.commit}:{name}") == ""
    assert "version: 0.1.0" in (repo / "dataset/README.md").read_text()
    assert "## 0.1.0 (2025-11-21)" in (repo / "CHANGELOG.md").read_text()


def test_refuses_a_dirty_tree(repo_copy):
    (repo_copy / "notes.txt").write_text("scratch")
    with pytest.raises(ReleaseError) as err:
        release(repo_copy, "0.1.1")
    assert err.value.code == "dirty_tree" and "notes.txt" in err.value.message


def test_refuses_a_reused_version_and_an_invalid_one(repo_copy):
    with pytest.raises(ReleaseError) as err:
        release(repo_copy, "0.1.0")
    assert err.value.code == "version_reused"
    with pytest.raises(ReleaseError) as err:
        release(repo_copy, "1.0")
    assert err.value.code == "invalid_version"


def test_refuses_when_nothing_changed(repo_copy):
    with pytest.raises(ReleaseError) as err:
        release(repo_copy, "0.1.1")
    assert err.value.code == "nothing_changed"


def test_version_must_match_the_change_and_nothing_is_written_when_refused(repo_copy, tmp_path):
    add_raw_article(repo_copy, tmp_path)
    git(repo_copy, "add", "-A")
    git(repo_copy, "commit", "-qm", "new raw file")
    head = git(repo_copy, "rev-parse", "HEAD")
    for wrong, code in (("0.1.1", "version_mismatch"), ("1.0.0", "version_mismatch"), ("0.0.9", "version_order")):
        with pytest.raises(ReleaseError) as err:
            release(repo_copy, wrong)
        assert err.value.code == code, err.value
        assert git(repo_copy, "status", "--porcelain") == "" and git(repo_copy, "rev-parse", "HEAD") == head
    done = release(repo_copy, "0.2.0")  # an article added: MINOR
    assert done.level == "minor"
    changelog = (repo_copy / "CHANGELOG.md").read_text()
    assert changelog.index("## 0.2.0") < changelog.index("## 0.1.0")
    assert "**articles**: 1 added" in changelog


def test_cli_prints_one_line_errors(repo_copy, tmp_path):
    proc = sikap_cli(repo_copy, tmp_path / "cache", "release", "0.1.0")
    assert proc.returncode == 1
    assert proc.stderr.startswith("error[version_reused]") and "Traceback" not in proc.stderr + proc.stdout
    assert "Example" in sikap_cli(repo_copy, tmp_path / "cache", "release", "--help").stdout
