"""Writes that never leave a half-written file or folder behind: write beside, then rename."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# Every Parquet file sikap writes (dataset configs, shards, round snapshots): one setting, so equal tables give
# equal bytes wherever they are written. ROW_GROUP is passed per write (streamed shards write group by group).
ROW_GROUP = 10_000
PARQUET_WRITER_OPTIONS = dict(compression="zstd", compression_level=9, use_dictionary=True, write_statistics=True,
                              data_page_version="2.0")
PARQUET_OPTIONS = dict(PARQUET_WRITER_OPTIONS, row_group_size=ROW_GROUP)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; data files are meant to be read
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def staging_dir(target: Path) -> Path:
    """A fresh folder beside target (same file system, so the final rename is atomic)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f"{target.name}.tmp-", dir=target.parent))
    staged.chmod(0o755)
    return staged


def recover(target: Path) -> None:
    """Finish or undo a swap that was interrupted between its two renames."""
    olds = sorted(target.parent.glob(f"{target.name}.old-*"))
    if not target.exists() and olds:
        os.replace(olds[-1], target)
        olds = olds[:-1]
    for old in olds:
        shutil.rmtree(old, ignore_errors=True)
    for tmp in target.parent.glob(f"{target.name}.tmp-*"):
        shutil.rmtree(tmp, ignore_errors=True)


def write_folder(target: Path, files: dict[str, bytes], before_swap=None) -> Path:
    """Replace folder `target` by one holding exactly `files` (name -> bytes), atomically.

    `before_swap(staged)` may add more to the staged folder (e.g. keep history) before it is swapped in.
    """
    recover(target)
    staged = staging_dir(target)
    try:
        for name, data in files.items():
            path = staged / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            path.chmod(0o644)
        if before_swap is not None:
            before_swap(staged)
        swap_in(staged, target)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return target


def swap_in(staged: Path, target: Path) -> None:
    """Replace target by staged: target is either the old or the new folder at every instant but one
    rename, and `recover` repairs that instant after a crash."""
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f"{target.name}.old-", dir=target.parent))
        old.rmdir()
        os.replace(target, old)
        os.replace(staged, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staged, target)
