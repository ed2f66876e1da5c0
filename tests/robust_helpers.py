"""Helpers of the robustness tests: the CLI as a real process, small real file systems, reject rows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parents[1]
CLI = "from sikap.cli import app; app()"


def sikap(*args, timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    """`sikap ARGS` in a fresh interpreter (a real process, as a user runs it); output as text."""
    return subprocess.run([sys.executable, "-c", CLI, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO, **kw)


def cli(*args) -> SimpleNamespace:
    """`sikap ARGS` in this process (Typer's CliRunner: no interpreter start-up), shaped like sikap()'s result;
    an exception that escaped the command is put into stderr as the traceback a user would see."""
    import traceback

    from typer.testing import CliRunner

    from sikap.cli import app

    res = CliRunner().invoke(app, [str(a) for a in args])
    err = ""
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        err = "Traceback (most recent call last):\n" + "".join(traceback.format_exception(res.exception))
    return SimpleNamespace(returncode=res.exit_code, stdout=res.output, stderr=err)


def sikap_popen(*args, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CLI, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO, **kw)


def one_line_error(proc) -> str:
    """The single `error: ...` line a failed command must print, with no traceback anywhere."""
    out = (proc.stdout or "") + (proc.stderr or "")
    assert "Traceback" not in out, out
    errors = [ln for ln in out.splitlines() if ln.startswith("error: ")]
    assert len(errors) == 1, out
    return errors[0]


@pytest.fixture
def small_fs(tmp_path):
    """mount(size, ro=False) -> a fresh tmpfs of that size (e.g. "2m"), unmounted after the test. Needs
    root (CI runs as root); skips with the reason otherwise."""
    mounted = []

    def mount(size: str, ro: bool = False) -> Path:
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root (CI runs as root)")
        point = tmp_path / f"fs{len(mounted)}"
        point.mkdir()
        opts = f"size={size}" + (",ro" if ro else "")
        res = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(point)], capture_output=True, text=True)
        if res.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {res.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def fill(fs: Path, leave: int) -> Path:
    """Fill the file system of fs until `leave` bytes are free (a filler file)."""
    st = os.statvfs(fs)
    free = st.f_bavail * st.f_frsize
    filler = fs / "filler.bin"
    with open(filler, "ab") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def rejects(out: Path) -> dict[str, tuple]:
    import pyarrow.parquet as pq

    rows = pq.read_table(next((out / "data").glob("rejects-*"))).to_pylist()
    return {r["raw_file"]: (r["reason"], r["raw_sha256"], r["detail"]) for r in rows}


def articles(out: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return [r for p in sorted((out / "data").glob("articles-*")) for r in pq.read_table(p).to_pylist()]
