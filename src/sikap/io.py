"""Writes that never leave a half-written file or folder behind: write beside, then rename.

A folder sikap publishes (dataset/, a round snapshot, an export) is written into a staging folder beside it
and swapped in whole (`sikap.swap`: one exchange of the two folders on Linux). `replacing` is the one way in
for a writer: it locks the target (one writer at a time, `sikap.locks`), refuses a target made read-only,
clears what crashed runs left (`recover`), and removes its staging folder on any failure, on Ctrl-C and on
SIGTERM. Staging folders carry their creator's pid, so `recover` never deletes the staging folder of a run
that is still going.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Every Parquet file sikap writes (dataset configs, shards, round snapshots): one setting, so equal tables give
# equal bytes wherever they are written. ROW_GROUP is passed per write (streamed shards write group by group).
ROW_GROUP = 10_000
PARQUET_WRITER_OPTIONS = dict(compression="zstd", compression_level=9, use_dictionary=True, write_statistics=True,
                              data_page_version="2.0")
PARQUET_OPTIONS = dict(PARQUET_WRITER_OPTIONS, row_group_size=ROW_GROUP)


class ReadOnlyFolder(Exception):
    """The folder to replace was made read-only by its owner: it is not replaced."""


class Terminated(BaseException):
    """SIGTERM arrived while a folder was being staged (raised like KeyboardInterrupt, so cleanup runs)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextmanager
def naming(path) -> Iterator[None]:
    """An OSError raised inside names `path` (pyarrow's and numpy's write errors name no file): a full disk
    is then reported with the file it could not write."""
    try:
        yield
    except OSError as err:
        if err.filename is not None:
            raise
        raise OSError(err.errno, err.strerror or str(err).split("\n")[0], os.fspath(path)) from None


def save_npy(path, array) -> None:
    """np.save through Python's own write: numpy's tofile reports a full disk as "N requested and M
    written", with no errno; this reports ENOSPC and the path."""
    import io

    import numpy as np

    buf = io.BytesIO()
    np.save(buf, array)
    with naming(path), open(path, "wb") as fh:
        fh.write(buf.getbuffer())


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write path whole or not at all (a fsynced temporary file renamed over it), with `mode` from the start
    (0o600 for a file of secrets or e-mail addresses: never readable by others, not even for a moment)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, mode)  # mkstemp makes 0600; data files are meant to be read
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def staging_dir(target: Path) -> Path:
    """A fresh folder beside target (same file system, so the final rename is atomic), named with this
    process's pid so that `recover` leaves it alone while this process lives."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f"{target.name}.tmp-{os.getpid()}-", dir=target.parent))
    staged.chmod(0o755)
    return staged


_PID = re.compile(r"\.(?:tmp|old)-(\d+)-")


def _alive(name: str) -> bool:
    """Whether the process that made this staging/old folder still runs (folders of older versions carry no
    pid: they are leftovers)."""
    m = _PID.search(name)
    if m is None:
        return False
    from sikap.locks import pid_alive

    pid = int(m.group(1))
    if pid == os.getpid():
        return False  # ours, from a write that failed earlier in this process: nothing is using it now
    return pid_alive(pid)


def recover(target: Path) -> None:
    """Finish or undo a swap that was interrupted between its two renames (the fallback swap), and remove
    the staging folders of runs that died."""
    olds = sorted((p for p in target.parent.glob(f"{target.name}.old-*") if not _alive(p.name)),
                  key=lambda p: p.stat().st_mtime)
    if not target.exists() and olds:
        os.replace(olds[-1], target)
        olds = olds[:-1]
    for old in olds:
        shutil.rmtree(old, ignore_errors=True)
    for tmp in target.parent.glob(f"{target.name}.tmp-*"):
        if not _alive(tmp.name):
            shutil.rmtree(tmp, ignore_errors=True)


def check_writable(target: Path) -> None:
    """Refuse to replace a folder whose owner took away its write permission (it would be replaced anyway by
    a rename, and its old copy could not be deleted)."""
    if not target.is_dir():
        return
    for folder, dirs, _ in os.walk(target):
        if not os.stat(folder).st_mode & stat.S_IWUSR:
            raise ReadOnlyFolder(f"{folder} is read-only (mode {stat.S_IMODE(os.stat(folder).st_mode):04o}); "
                                 f"make it writable (chmod -R u+w {target}) to replace it")


@contextmanager
def sigterm_raises() -> Iterator[None]:
    """SIGTERM raises Terminated in the main thread for the duration (if nobody else handles SIGTERM), so
    `finally` and `except BaseException` clean-ups run as they do for Ctrl-C."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return

    def handler(signum, frame):
        raise Terminated(signum)

    signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextmanager
def replacing(target: Path, what: str, wait: float = 0.0, on_wait=None) -> Iterator[Path]:
    """Lock `target`, clear leftovers of crashed runs, and yield a fresh staging folder beside it; the body
    ends with `swap_in(staged, target)`. On any exception, Ctrl-C or SIGTERM the staging folder is removed
    and `target` is left as it was."""
    from sikap.locks import hold, lock_path

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with hold(lock_path(target), what, wait, on_wait), sigterm_raises():
        check_writable(target)
        recover(target)
        staged = staging_dir(target)
        try:
            yield staged
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise


def write_folder(target: Path, files: dict[str, bytes], before_swap=None) -> Path:
    """Replace folder `target` by one holding exactly `files` (name -> bytes), atomically.

    `before_swap(staged)` may add more to the staged folder (e.g. keep history) before it is swapped in.
    """
    with replacing(target, f"writing {target.name}", wait=600) as staged:
        for name, data in files.items():
            path = staged / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            path.chmod(0o644)
        if before_swap is not None:
            before_swap(staged)
        swap_in(staged, target)
    return target


def swap_in(staged: Path, target: Path) -> None:
    """Replace target by staged. Everything staged is fsynced first; then the two folders are exchanged in one
    system call where the system can (sikap.swap), else by two renames that `recover` repairs after a crash.
    Either way target is the complete old or the complete new folder at every instant."""
    from sikap.swap import exchange, fsync_path, fsync_tree

    fsync_tree(staged)
    if target.exists():
        if exchange(staged, target):
            fsync_path(target.parent, directory=True)
            shutil.rmtree(staged, ignore_errors=True)  # the old folder, now under the staging name
            return
        old = Path(tempfile.mkdtemp(prefix=f"{target.name}.old-{os.getpid()}-", dir=target.parent))
        old.rmdir()
        os.replace(target, old)
        os.replace(staged, target)
        fsync_path(target.parent, directory=True)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staged, target)
        fsync_path(target.parent, directory=True)
