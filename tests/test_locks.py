"""sikap.locks: a second holder is refused (naming the first) or waits; a holder killed with SIGKILL leaves a
lock the next run simply takes. Holders are real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from sikap.locks import Busy, hold, lock_path

HOLDER = """
import sys, time
from sikap.locks import hold
with hold(sys.argv[1], "test holder"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holder(path, seconds):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_second_holder_is_refused_with_the_first_named(tmp_path):
    path = lock_path(tmp_path / "dataset")
    proc = _holder(path, 30)
    try:
        with pytest.raises(Busy) as err:
            with hold(path, "second"):
                pass
        assert f"pid {proc.pid}" in err.value.holder and "test holder" in err.value.holder
    finally:
        proc.kill()
        proc.wait()


def test_a_lock_of_a_killed_holder_is_taken_at_once(tmp_path):
    path = lock_path(tmp_path / "raw", folder_lock=True)
    (tmp_path / "raw").mkdir()
    proc = _holder(path, 30)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert path.exists()  # the killed holder could not remove its file: a stale lock
    t = time.monotonic()
    with hold(path, "after the crash"):
        assert f"pid {os.getpid()}" in path.read_text()
    assert time.monotonic() - t < 1
    assert not path.exists()  # released: removed


def test_waiting_for_a_holder_that_finishes(tmp_path):
    path = lock_path(tmp_path / "dataset")
    proc = _holder(path, 1.0)
    told, start = [], time.monotonic()
    with hold(path, "waiter", wait=30, on_wait=told.append):
        # we got it only once the holder had let go (after its second); its interpreter may still be exiting
        assert time.monotonic() - start >= 0.9
    assert len(told) == 1 and f"pid {proc.pid}" in told[0]
    proc.wait()


def test_reentrant_within_a_process(tmp_path):
    path = lock_path(tmp_path / "dataset")
    with hold(path, "outer"):
        with hold(path, "inner"):
            assert path.exists()
        assert path.exists()
    assert not path.exists()
