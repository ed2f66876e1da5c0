"""Advisory locks: one `sikap raw add` per raw folder, one build per dataset folder at a time.

Why flock(2): the kernel drops the lock the moment its holder dies, however it dies (kill -9, out of
memory, power cut), so a lock left behind by a crash is stale by construction and the next run simply takes
it; nothing has to guess whether a pid is still alive. The lock file holds one line naming its holder (pid,
start time, command) so that a second run can say who it waits for. The file is removed by its holder on
release; a run that locked a file another run had just removed sees it (the path no longer names the file it
locked) and tries again, so two runs never hold "the" lock on two different files.

Locks are reentrant within a process (a build that locks its dataset may call a writer that locks it too).
The file descriptor is close-on-exec: worker processes (fork server, Dask) never inherit the lock.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_SUFFIX = ".sikap-lock"
_held: dict[str, list] = {}  # lock path -> [fd, depth]


class Busy(Exception):
    """The lock is held by another live process (after waiting `wait` seconds)."""

    def __init__(self, path: Path, holder: str, what: str):
        self.path, self.holder = path, holder
        super().__init__(f"{what} is busy: {holder or 'another sikap process'} holds {path}")


def lock_path(target: Path, folder_lock: bool = False) -> Path:
    """The lock file of `target`: inside it for a raw folder (a folder sikap never replaces), beside it for a
    folder that is swapped out as a whole (a dataset), since a lock inside would leave with the old copy."""
    target = Path(target)
    if folder_lock:
        return target / LOCK_SUFFIX
    return target.parent / f".{target.name}{LOCK_SUFFIX}"


def pid_alive(pid: int) -> bool:
    """Whether a process of that pid exists (kill(pid, 0); one we may not signal exists too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder_line(what: str) -> str:
    started = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f"pid {os.getpid()}, started {started}: {what}\n"


def read_holder(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


@contextmanager
def hold(path: Path, what: str, wait: float = 0.0, on_wait: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold the advisory lock `path` for the body of the with-statement.

    wait: seconds to wait for a busy lock (0: refuse at once by raising Busy, naming the holder);
    on_wait(holder) is called once when the lock is found busy and the run starts waiting."""
    key = os.path.abspath(path)
    if key in _held:
        _held[key][1] += 1
        try:
            yield Path(path)
        finally:
            _held[key][1] -= 1
        return
    fd = _acquire(Path(key), what, wait, on_wait)
    _held[key] = [fd, 1]
    try:
        yield Path(path)
    finally:
        del _held[key]
        try:
            os.unlink(key)  # while still locked: a waiter that opened this file sees it gone and starts over
        except OSError:
            pass
        os.close(fd)


def _acquire(path: Path, what: str, wait: float, on_wait) -> int:
    deadline = time.monotonic() + max(0.0, wait)
    told = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            holder = read_holder(path)
            if time.monotonic() >= deadline:
                raise Busy(path, holder, what) from None
            if on_wait is not None and not told:
                on_wait(holder)
                told = True
            time.sleep(0.05)
            continue
        except BaseException:
            os.close(fd)
            raise
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if not same:  # the previous holder removed the file between our open and our lock
            os.close(fd)
            continue
        line = _holder_line(what or " ".join(sys.argv[:3])).encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, line, 0)
        return fd
