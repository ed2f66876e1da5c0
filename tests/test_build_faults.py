"""Builds under faults, each with real processes, signals and file systems: a second build at the same
time, a read-only dataset, SIGTERM and Ctrl-C, a worker killed mid-build, a full disk. Every time: one line
(never a traceback), the previous dataset byte-identical, no staging folder left, and no SIGBUS."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

from tests.conftest import tree_bytes
from tests.robust_helpers import REPO, fill, one_line_error, sikap, sikap_popen, small_fs  # noqa: F401


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A 400-file synthetic corpus (benchmarks/generator.py): a build of it takes a few seconds."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from generator import generate

    out = tmp_path_factory.mktemp("corpus")
    generate(out, 400, seed=5, jobs=1)
    return out / "raw"


def _leftovers(out):
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name and p.name.startswith(f"{out.name}."))


def _started(proc, out, seconds=120):
    """Wait until the build holds its lock (it has started for real)."""
    lock = out.parent / f".{out.name}.sikap-lock"
    end = time.monotonic() + seconds
    while time.monotonic() < end and proc.poll() is None:
        if lock.exists() and f"pid {proc.pid}" in lock.read_text():
            return
        time.sleep(0.05)
    raise AssertionError("the build did not start")


def test_a_second_build_refuses_naming_the_first_then_one_with_wait_waits(corpus, tmp_path):
    out = tmp_path / "dataset"
    first = sikap_popen("build", "--raw", corpus, "--out", out, "-q")
    _started(first, out)
    second = sikap("build", "--raw", corpus, "--out", out, "-q")
    line = one_line_error(second)
    assert second.returncode == 1 and f"pid {first.pid}" in line and "--wait" in line
    third = sikap_popen("build", "--raw", corpus, "--out", out, "-q", "--wait", "300")
    assert first.wait(timeout=300) == 0, first.stderr.read()
    _, err = third.communicate(timeout=300)
    assert third.returncode == 0 and "waiting for" in err and "Traceback" not in err
    assert (out / "README.md").exists() and _leftovers(out) == []


def test_read_only_dataset_is_refused_and_kept(raw_root, tmp_path):
    out = tmp_path / "dataset"
    assert sikap("build", "--raw", raw_root, "--out", out, "-q").returncode == 0
    before = tree_bytes(out)
    os.chmod(out, 0o555)
    try:
        res = sikap("build", "--raw", raw_root, "--out", out, "-q")
        assert res.returncode == 1 and "read-only" in one_line_error(res)
        assert tree_bytes(out) == before and _leftovers(out) == []
    finally:
        os.chmod(out, 0o755)


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_signal_mid_build_removes_staging_and_keeps_the_old_dataset(corpus, raw_root, tmp_path, sig, code):
    out = tmp_path / "dataset"
    assert sikap("build", "--raw", raw_root, "--out", out, "-q").returncode == 0
    before = tree_bytes(out)
    proc = sikap_popen("build", "--raw", corpus, "--out", out, "-q", "--workers", "2")
    _started(proc, out)
    time.sleep(1.0)
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == code, stderr
    assert "interrupted" in one_line_error(subprocess.CompletedProcess([], code, stdout, stderr))
    assert tree_bytes(out) == before and _leftovers(out) == []
    assert not (tmp_path / ".dataset.sikap-lock").exists()


KILLABLE = """
import sys
from pathlib import Path
from sikap.build import BuildConfig
from sikap.commands import build_dataset
import typer
try:  # the `sikap build` command with small partitions, so that the local process pool runs
    build_dataset(Path(sys.argv[1]), Path(sys.argv[2]), BuildConfig(partition_files=25, workers=2), quiet=True)
except typer.Exit as end:
    sys.exit(end.exit_code)
"""


def test_a_worker_killed_mid_build_is_named(corpus, raw_root, tmp_path):
    """SIGKILL to one pool worker, as the out-of-memory killer sends it."""
    out = tmp_path / "dataset"
    assert sikap("build", "--raw", raw_root, "--out", out, "-q").returncode == 0
    before = tree_bytes(out)
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE, str(corpus), str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO)
    driver = psutil.Process(proc.pid)
    victim = None
    end = time.monotonic() + 120
    while victim is None and time.monotonic() < end:
        for child in driver.children():  # the fork server; the workers are its children
            workers = child.children()
            if workers:
                victim = workers[0]
                break
        time.sleep(0.02)
    assert victim is not None, "no worker appeared"
    time.sleep(0.3)
    victim.send_signal(signal.SIGKILL)
    stdout, stderr = proc.communicate(timeout=120)
    line = one_line_error(subprocess.CompletedProcess([], proc.returncode, stdout, stderr))
    assert proc.returncode == 1
    assert "worker process died" in line and "partition" in line and "out-of-memory" in line, line
    assert tree_bytes(out) == before and _leftovers(out) == []


def test_a_killed_build_leaves_no_worker_behind_and_the_next_build_clears_up(corpus, raw_root, tmp_path):
    """SIGKILL to the driver of a pool build: its workers (which would wait forever for tasks, and keep the
    fork server alive) end themselves; the next build removes the staging folder and succeeds."""
    out = tmp_path / "dataset"
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE, str(corpus), str(out)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=REPO, start_new_session=True)
    driver = psutil.Process(proc.pid)
    end = time.monotonic() + 120
    while time.monotonic() < end and not any(c.children() for c in driver.children()):
        time.sleep(0.02)
    time.sleep(0.5)
    proc.kill()
    proc.wait()
    end = time.monotonic() + 10
    left = True
    while left and time.monotonic() < end:
        try:
            os.killpg(proc.pid, 0)
            time.sleep(0.1)
        except ProcessLookupError:
            left = False
    if left:
        os.killpg(proc.pid, signal.SIGKILL)
    assert not left, "processes of the killed build were still running 10 s later"
    assert _leftovers(out)  # the killed build's staging folder and lock
    res = sikap("build", "--raw", raw_root, "--out", out, "-q")
    assert res.returncode == 0, res.stderr
    assert _leftovers(out) == [] and not (tmp_path / ".dataset.sikap-lock").exists()


def _spill_bytes(raw, tmp_path) -> tuple[int, int]:
    """(bytes in pages the map phase of a one-worker build of raw spills, bytes of its signature matrix), from
    the same partition task the build runs."""
    from sikap.build import BuildConfig
    from sikap.partition import PartitionTask, first_paths_of_copies, run_partition
    from sikap.raw import list_raw

    spill = tmp_path / "spill-probe"
    spill.mkdir()
    missing: list[str] = []
    rels = list_raw(raw, missing)
    _, part = run_partition(PartitionTask(0, str(raw), tuple(rels), first_paths_of_copies(raw, rels, missing),
                                          BuildConfig(), str(spill)))
    pages = sum(-(-p.stat().st_size // 4096) * 4096 for p in spill.iterdir())
    return pages, sum(part.n_articles.values()) * 128 * 4


def _full_build(raw, out, fs, leave):
    filler = fill(fs, leave)
    try:
        return sikap("build", "--raw", raw, "--out", out, "-q", "--workers", "1")
    finally:
        filler.unlink()


def test_full_disk_gives_a_clean_error_in_every_phase(corpus, raw_root, tmp_path, small_fs):
    """The dataset on a small tmpfs, filled to leave room for less and less of the build: the first spill,
    the memory-mapped signature matrix (where SIGBUS killed the build before, exit 135), the shards. Each
    build fails with one line naming the file, the old dataset intact, no staging folder, no SIGBUS."""
    fs = small_fs("64m")
    out = fs / "dataset"
    assert sikap("build", "--raw", raw_root, "--out", out, "-q").returncode == 0
    before = tree_bytes(out)
    spill, signatures = _spill_bytes(corpus, tmp_path)
    where = {}
    for phase, leave in (("spill", 40_000), ("signatures", spill + 64 * 1024 + signatures // 2),
                         ("shards", spill + signatures + 128 * 1024)):
        res = _full_build(corpus, out, fs, leave)
        assert res.returncode == 1, (phase, res.returncode, res.stderr)  # 135 or -7 would be SIGBUS
        line = one_line_error(res)
        assert "No space left on device" in line and "previous dataset is unchanged" in line, line
        assert tree_bytes(out) == before and _leftovers(out) == []
        where[phase] = line
    assert ".spill/part-00000" in where["spill"]
    assert "sig-all.npy" in where["signatures"] and "near-duplicate signatures need" in where["signatures"]
    assert "data/articles-00000-of-00001.parquet" in where["shards"]
    assert _full_build(corpus, out, fs, 30_000_000).returncode == 0  # with room, the same build succeeds


def test_a_memory_map_on_a_full_disk_is_an_error_not_sigbus(small_fs):
    """Why the space is reserved: without it, numpy's memory map on a full tmpfs dies of SIGBUS."""
    fs = small_fs("1m")
    code = ("import sys, numpy as np\nfrom sikap.stream import reserved_memmap\n"
            "if sys.argv[2] == 'plain':\n"
            "    a = np.lib.format.open_memmap(sys.argv[1], mode='w+', dtype=np.uint32, shape=(1000, 1000)); a[:] = 7\n"
            "else:\n"
            "    try:\n        reserved_memmap(sys.argv[1], (1000, 1000), np.uint32)\n"
            "    except OSError as e:\n        print(e)\n")
    plain = subprocess.run([sys.executable, "-c", code, str(fs / "a.npy"), "plain"], capture_output=True, text=True)
    assert plain.returncode == -signal.SIGBUS
    (fs / "a.npy").unlink()
    reserved = subprocess.run([sys.executable, "-c", code, str(fs / "b.npy"), "reserved"], capture_output=True, text=True)
    assert reserved.returncode == 0 and "No space left on device" in reserved.stdout and "4.0 MB" in reserved.stdout
