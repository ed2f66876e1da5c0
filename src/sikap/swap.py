"""Swapping a staged folder in for the published one so that readers never see it missing or half-written.

On Linux the two folders trade places in one system call, renameat2(2) with RENAME_EXCHANGE (via ctypes;
glibc >= 2.28, and every local file system sikap is used on: ext4, xfs, btrfs, tmpfs): at every instant the
path names either the complete old folder or the complete new one. Where the call is missing or the file
system refuses it (EINVAL, ENOSYS), two renames are the fallback, and `sikap.io.recover` repairs the instant
between them after a crash.

Before the swap every file and folder of the staged tree is fsynced, and the parent after it, so that a
power cut cannot publish a folder whose files are still only in the page cache.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import os

AT_FDCWD = -100
RENAME_EXCHANGE = 1 << 1


@functools.cache
def _renameat2():
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


def exchange(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Atomically exchange the paths a and b (both must exist). False when this system cannot do it, so the
    caller falls back; any other failure raises OSError."""
    fn = _renameat2()
    if fn is None:
        return False
    if fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), os.fspath(a), None, os.fspath(b))


def fsync_path(path: str | os.PathLike, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: str | os.PathLike) -> None:
    """fsync every regular file under root, then every folder bottom-up (a folder's entries are durable only
    once the folder itself is synced)."""
    for folder, dirs, files in os.walk(root, topdown=False):
        for name in files:
            path = os.path.join(folder, name)
            if os.path.isfile(path) and not os.path.islink(path):
                fsync_path(path)
        fsync_path(folder, directory=True)
