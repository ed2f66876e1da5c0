"""`sikap verify` names every file that differs from the release manifest; `datasets`' all_checks only
notices a changed row count, not a changed byte."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq

from sikap.publish import write_parquet
from tests.release.conftest import cli_env, sikap_cli

ARTICLES = "dataset/data/articles-00000-of-00001.parquet"
LOAD = """
import json, sys
from datasets import load_dataset
try:
    d = load_dataset(sys.argv[1], verification_mode="all_checks")["train"]
    print(json.dumps({"ok": True, "rows": d.num_rows, "text0": d[0]["text"][:40]}))
except Exception as err:
    print(json.dumps({"ok": False, "error": type(err).__name__}))
"""


def _all_checks_load(root, cache):
    proc = subprocess.run([sys.executable, "-c", LOAD, str(root / "dataset")], env=cli_env(root, cache),
                          capture_output=True, text=True, timeout=300)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _rewrite(path, mutate):
    table = pq.read_table(path)
    rows = mutate(table.to_pylist())
    write_parquet(pa.Table.from_pylist(rows, schema=table.schema), path)


def test_verify_passes_then_names_a_tampered_file(repo_copy, tmp_path):
    ok = sikap_cli(repo_copy, tmp_path / "c0", "verify")
    assert ok.returncode == 0 and "every file matches release 0.1.0" in ok.stdout

    def one_byte(rows):  # same row count, one character of one text changed
        text = rows[0]["text"]
        i = text.index("a")
        rows[0]["text"] = text[:i] + "b" + text[i + 1:]
        return rows

    _rewrite(repo_copy / ARTICLES, one_byte)
    loaded = _all_checks_load(repo_copy, tmp_path / "c1")
    assert loaded["ok"] and loaded["rows"] == 6  # datasets' own checks do not notice
    card = repo_copy / "dataset/README.md"
    data = bytearray(card.read_bytes())
    data[-2] ^= 0x01  # and one byte of the card
    card.write_bytes(bytes(data))
    bad = sikap_cli(repo_copy, tmp_path / "c2", "verify")
    assert bad.returncode == 2
    named = [line.split(":")[0].strip() for line in bad.stderr.splitlines()[1:]]
    assert named == ["dataset/README.md", ARTICLES]
    assert "Traceback" not in bad.stderr
    bad = sikap_cli(repo_copy, tmp_path / "c3", "verify", "0.1.0")
    assert bad.returncode == 2 and ARTICLES in bad.stderr


def test_verify_names_missing_and_extra_files(repo_copy, tmp_path):
    (repo_copy / "dataset/data/rejects-00000-of-00001.parquet").unlink()
    (repo_copy / "dataset/data/stray.parquet").write_bytes(b"x")
    bad = sikap_cli(repo_copy, tmp_path / "c", "verify")
    assert bad.returncode == 2
    assert "rejects-00000-of-00001.parquet: missing" in bad.stderr and "stray.parquet: extra" in bad.stderr


def test_all_checks_fails_on_a_changed_row_count(repo_copy, tmp_path):
    _rewrite(repo_copy / ARTICLES, lambda rows: rows[:-1])
    loaded = _all_checks_load(repo_copy, tmp_path / "cache")
    assert loaded == {"ok": False, "error": "NonMatchingSplitsSizesError"}


def test_verify_passes_on_the_repository_s_own_committed_state(tmp_path):
    """The checkout itself (whatever dataset/ is now: a release, or unreleased after the last one) verifies."""
    import os

    from tests.conftest import REPO

    env = cli_env(REPO, tmp_path)
    env.pop("SIKAP_ROOT")  # found from the current folder
    proc = subprocess.run([os.path.join(os.path.dirname(sys.executable), "sikap"), "verify"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(("every file matches release", "unreleased working dataset"))


def test_an_unreleased_rebuild_lists_what_differs_and_passes(repo_copy, tmp_path):
    from sikap.build import build_tables
    from sikap.card import read_front_matter
    from sikap.publish import write_dataset
    from tests.release.conftest import add_raw_article

    add_raw_article(repo_copy, tmp_path)
    write_dataset(build_tables(repo_copy / "raw"), repo_copy / "dataset")
    meta = read_front_matter(repo_copy / "dataset/README.md")
    assert meta["version"] == "unreleased" and meta["last_release"] == "0.1.0"
    assert "Unreleased working dataset, built after release 0.1.0" in (repo_copy / "dataset/README.md").read_text()
    ok = sikap_cli(repo_copy, tmp_path / "c0", "verify")
    assert ok.returncode == 0, ok.stderr
    assert "unreleased working dataset, after release 0.1.0" in ok.stdout
    assert f"{ARTICLES}: changed" in ok.stdout and "articles: 6 -> 7 rows" in ok.stdout
    # the same folder tampered with: its files no longer match its own card
    _rewrite(repo_copy / ARTICLES, lambda rows: [dict(rows[0], title="x")] + rows[1:])
    bad = sikap_cli(repo_copy, tmp_path / "c1", "verify")
    assert bad.returncode == 2 and f"{ARTICLES}: changed (differs from the checksum its card stamps)" in bad.stderr
    # a rebuild of the released files says the release again
    git_checkout = subprocess.run(["git", "-C", str(repo_copy), "checkout", "-q", "--", "raw", "dataset"])
    assert git_checkout.returncode == 0
    subprocess.run(["git", "-C", str(repo_copy), "clean", "-fdq", "raw"], check=True)
    write_dataset(build_tables(repo_copy / "raw"), repo_copy / "dataset")
    assert read_front_matter(repo_copy / "dataset/README.md")["version"] == "0.1.0"
    assert sikap_cli(repo_copy, tmp_path / "c2", "verify").stdout.startswith("every file matches release 0.1.0")
