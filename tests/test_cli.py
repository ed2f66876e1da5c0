"""The CLI: exit codes and one-line messages on bad input, never a traceback; --help is fast."""

from __future__ import annotations

import subprocess
import sys
import time

import pyarrow.parquet as pq
from typer.testing import CliRunner

from sikap.cli import app
from tests.conftest import REPO, tree_bytes

runner = CliRunner()


def test_help_lists_commands_and_examples():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "validate", "generate", "raw"):
        assert command in result.output
    assert "Example" in runner.invoke(app, ["build", "--help"]).output


def test_help_does_not_import_heavy_libraries():
    code = ("import sys; from sikap.cli import app\n"
            "heavy = [m for m in ('pyarrow', 'datasets', 'pandera', 'polars', 'label_studio_sdk') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_missing_raw_folder(tmp_path):
    result = runner.invoke(app, ["build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "d")])
    assert result.exit_code == 1
    assert "does not exist" in result.output and "Traceback" not in result.output


def test_validate_passes_on_a_fresh_build(seed_build):
    _, folder = seed_build
    result = runner.invoke(app, ["validate", str(folder), "--raw", str(REPO / "raw")])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output


def test_validate_names_a_tampered_file(seed_build, tmp_path):
    import shutil

    folder = tmp_path / "d"
    shutil.copytree(seed_build[1], folder)
    target = next((folder / "data").glob("sources-*.parquet"))
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    assert target.name in result.output and "differs" in result.output


def test_validate_catches_text_that_no_longer_matches_raw(seed_build, tmp_path):
    import shutil

    raw = tmp_path / "raw"
    shutil.copytree(REPO / "raw", raw)
    p = raw / "seeds" / "002_4ea26994bb646ee5.txt"
    p.write_bytes(p.read_bytes().replace(b"Qatar", b"Katar", 1))
    result = runner.invoke(app, ["validate", str(seed_build[1]), "--raw", str(raw)])
    assert result.exit_code == 1 and "missing or changed" in result.output


def test_raw_add_copies_bytes_and_records_manifest(tmp_path):
    src = REPO / "raw" / "seeds" / "002_4ea26994bb646ee5.txt"
    dest = tmp_path / "raw" / "batch"
    result = runner.invoke(app, ["raw", "add", str(src), "--into", str(dest)])
    assert result.exit_code == 0, result.output
    assert (dest / src.name).read_bytes() == src.read_bytes()
    import json

    entry = json.loads((dest / "manifest.json").read_text())["files"][0]
    assert entry["size"] == src.stat().st_size and len(entry["sha256"]) == 64
    (dest / src.name).write_bytes(b"changed")
    again = runner.invoke(app, ["raw", "add", str(src), "--into", str(dest)])
    assert again.exit_code == 1 and "never overwritten" in again.output


def test_build_prints_a_summary(tmp_path):
    result = runner.invoke(app, ["build", "--out", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    assert "split_articles" in result.output and "6 articles" in result.output


def test_build_refuses_a_missing_annotations_folder(tmp_path):
    result = runner.invoke(app, ["build", "--out", str(tmp_path / "d"), "--annotations", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "is not a folder" in result.output
    assert not (tmp_path / "d").exists()


def test_build_with_an_empty_annotations_folder_and_one_worker(tmp_path):
    (tmp_path / "rounds").mkdir()
    result = runner.invoke(app, ["build", "--out", str(tmp_path / "d"), "--annotations", str(tmp_path / "rounds"),
                                 "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert not list((tmp_path / "d" / "data").glob("annotations-*"))  # no round pulled there: no annotations config


def test_seed_raw_files_are_the_shared_seeds_byte_for_byte():
    import json

    manifest = json.loads((REPO / "raw" / "seeds" / "manifest.json").read_text())
    from sikap.raw import sha256_bytes

    for entry in manifest["files"]:
        data = (REPO / "raw" / "seeds" / entry["name"]).read_bytes()
        assert sha256_bytes(data) == entry["sha256"] and len(data) == entry["size"]
    shared = REPO.parent / "shared" / "seeds"
    if shared.is_dir():
        assert tree_bytes(shared) == {k: v for k, v in tree_bytes(REPO / "raw" / "seeds").items() if k.endswith(".txt")}
