"""No output of the CLI holds a traceback: every hostile input of issue 11 through `sikap` as a real
process, each giving exit 0 with a reject row or a non-zero exit with one `error:` line."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.conftest import SEEDS
from tests.robust_helpers import sikap


def _raw(tmp):
    root = tmp / "raw"
    shutil.copytree(SEEDS, root / "seeds")
    return root


def _corrupt_manifest(tmp):
    root = _raw(tmp)
    (root / "seeds" / "manifest.json").write_text('{"files": [')
    return ["build", "--raw", root, "--out", tmp / "d", "-q"]


def _corrupt_sidecar(tmp):
    root = _raw(tmp)
    (root / "seeds" / "sidecar.yaml").write_text("a: [\n")
    return ["build", "--raw", root, "--out", tmp / "d", "-q"]


def _links(tmp):
    root = _raw(tmp)
    (root / "seeds" / "loop.txt").symlink_to(root / "seeds" / "loop.txt")
    (root / "seeds" / "out.txt").symlink_to("/etc/hostname")
    os.mkfifo(root / "seeds" / "fifo.txt")
    return ["build", "--raw", root, "--out", tmp / "d", "-q"]


def _missing(tmp):
    root = _raw(tmp)
    next((root / "seeds").glob("000_*.txt")).unlink()
    return ["build", "--raw", root, "--out", tmp / "d", "-q"]


def _add_sidecar(tmp):
    (tmp / "sidecar.yaml").write_text("not a sidecar\n")
    return ["raw", "add", tmp / "sidecar.yaml", "--into", tmp / "raw" / "x"]


def _add_into_file(tmp):
    (tmp / "f.txt").write_text("x")
    return ["raw", "add", next(SEEDS.glob("*.txt")), "--into", tmp / "f.txt"]


def _add_missing(tmp):
    return ["raw", "add", tmp / "nope.txt", "--into", tmp / "raw" / "x"]


def _add_folder(tmp):
    return ["raw", "add", SEEDS, "--into", tmp / "raw" / "x"]


def _out_under_a_file(tmp):
    (tmp / "file").write_text("x")
    return ["build", "--raw", _raw(tmp), "--out", tmp / "file" / "dataset", "-q"]


def _unknown_engine(tmp):
    return ["build", "--raw", _raw(tmp), "--out", tmp / "d", "--engine", "spark"]


def _missing_raw(tmp):
    return ["build", "--raw", tmp / "none", "--out", tmp / "d"]


CASES = {f.__name__.strip("_"): f for f in (_corrupt_manifest, _corrupt_sidecar, _links, _missing, _add_sidecar,
                                            _add_into_file, _add_missing, _add_folder, _out_under_a_file,
                                            _unknown_engine, _missing_raw)}


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_cli_output_holds_a_traceback(tmp_path, case):
    res = sikap(*CASES[case](tmp_path))
    out = res.stdout + res.stderr
    assert "Traceback" not in out, out
    if res.returncode:
        assert [ln for ln in out.splitlines() if ln.startswith("error: ")], out
        assert res.returncode in (1, 2)
