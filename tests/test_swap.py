"""The swap: one exchange of two folders, so a reader never sees the dataset missing; the two-rename
fallback and its recovery; leftovers of dead runs cleared, staging folders of live runs left alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from sikap.io import recover, write_folder
from sikap.swap import exchange

READER = """
import os, sys, time
target, seconds = sys.argv[1], float(sys.argv[2])
end, reads, missing = time.monotonic() + seconds, 0, 0
while time.monotonic() < end:
    try:
        with open(os.path.join(target, "data.txt")) as fh:
            text = fh.read()
        assert text.startswith("version ") and text.endswith("end"), text  # never half-written
        reads += 1
    except FileNotFoundError:
        missing += 1
print(reads, missing)
"""


def test_exchange_trades_two_folders(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "f").write_text("A"), (b / "f").write_text("B")
    assert exchange(a, b)
    assert (a / "f").read_text() == "B" and (b / "f").read_text() == "A"


def test_a_reader_never_sees_the_folder_missing(tmp_path):
    target = tmp_path / "dataset"
    write_folder(target, {"data.txt": b"version 0 end"})
    reader = subprocess.Popen([sys.executable, "-c", READER, str(target), "4"], stdout=subprocess.PIPE, text=True)
    time.sleep(0.5)
    swaps = 0
    while reader.poll() is None:
        swaps += 1
        write_folder(target, {"data.txt": f"version {swaps} {'x' * 50_000} end".encode()})
    reads, missing = map(int, reader.stdout.read().split())
    assert reader.returncode == 0
    assert swaps > 20 and reads > 100
    assert missing == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dataset"]


def test_fallback_two_renames_when_the_system_cannot_exchange(tmp_path, monkeypatch):
    """A kernel or file system without RENAME_EXCHANGE cannot be produced on demand here: simulated by
    making the renameat2 lookup fail, which is what exchange() sees on such a system."""
    import sikap.swap

    monkeypatch.setattr(sikap.swap, "_renameat2", lambda: None)
    target = tmp_path / "dataset"
    write_folder(target, {"data.txt": b"old"})
    write_folder(target, {"data.txt": b"new"})
    assert (target / "data.txt").read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dataset"]


def test_recover_spares_the_staging_folder_of_a_live_run(tmp_path):
    target = tmp_path / "dataset"
    target.mkdir()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        mine = tmp_path / f"dataset.tmp-{live.pid}-abc"
        dead = tmp_path / "dataset.tmp-999999999-abc"  # no such pid
        legacy = tmp_path / "dataset.tmp-xyz"  # made before staging folders carried a pid
        for p in (mine, dead, legacy):
            p.mkdir()
        recover(target)
        assert mine.exists() and not dead.exists() and not legacy.exists()
    finally:
        live.kill()
        live.wait()


def test_read_only_folder_is_not_replaced(tmp_path):
    """By its mode, not by access(2): root could replace it, but its owner asked for it to stay."""
    from sikap.io import ReadOnlyFolder

    target = tmp_path / "dataset"
    write_folder(target, {"data.txt": b"old"})
    target.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyFolder):
            write_folder(target, {"data.txt": b"new"})
    finally:
        target.chmod(0o755)
