"""`sikap raw add`: copy files into a raw folder and register them, surviving kills, full disks and a second
`raw add` into the same folder.

Order of work, and what a crash at any point leaves:
1. everything is checked before anything is written (names, the folder, files already there with other
   bytes): a refusal changes nothing;
2. the folder's lock is taken (sikap.locks; a second add waits or refuses, naming the holder); the journal of
   an add that was killed is merged into the manifest and its partial files removed;
3. each file is copied to a hidden `.NAME.XXXX.sikap-part`, fsynced, renamed to NAME (the folder fsynced),
   then a journal line is appended and fsynced: a kill leaves either no NAME, or a complete NAME (recorded
   by its journal line, or, if the kill fell between rename and journal, recorded when the add is re-run);
4. the manifest is rewritten atomically from the old one and the journal, and the journal removed.
Re-running the same command after any crash finishes the work; files already in place are not copied again.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import tempfile
from pathlib import Path

from sikap.io import atomic_write_bytes
from sikap.raw_manifest import JOURNAL, MANIFEST, PART_SUFFIX, RESERVED, RawIntegrityError, manifest_bytes, read_journal, read_manifest
from sikap.swap import fsync_path

_CHUNK = 1 << 20


class RawAddError(RawIntegrityError):
    """`raw add` refused (nothing was written) or could not finish (what landed is recorded)."""


def _hash(path: Path) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _refusal(sources: list[Path], dest: Path) -> str | None:
    """Why these files cannot be added to dest, before anything is written; None if they can."""
    seen: dict[str, Path] = {}
    for src in sources:
        name = src.name
        if name in RESERVED or name.startswith(".") or name.endswith(PART_SUFFIX):
            return (f"{src}: {name!r} is a reserved or hidden name in a raw folder (manifests, sidecars, READMEs and "
                    "hidden files are not raw data); rename the file and add it again")
        if not src.is_file():
            return f"not a file: {src}"
        if name in seen and _hash(seen[name]) != _hash(src):
            return f"{seen[name]} and {src} have the same name but other bytes; a raw folder holds one file per name"
        seen[name] = src
    if dest.exists() and not dest.is_dir():
        return f"--into {dest} is a file, not a folder"
    return None


def _conflicts(sources: list[Path], dest: Path, manifest: dict) -> str | None:
    for src in sources:
        target, entry = dest / src.name, manifest.get(src.name)
        exists = os.path.lexists(target)
        if exists and (target.is_symlink() or not target.is_file()):
            return f"{target} exists and is not a regular file; raw files are never overwritten"
        if not exists and entry is None:
            continue
        have = _hash(target) if exists else (entry["sha256"], entry["size"])  # the bytes on disk, not the record
        if os.stat(src).st_size != have[1] or _hash(src) != have:
            if exists:
                return f"{target} exists with other bytes; raw files are never overwritten"
            return (f"{dest / MANIFEST} records {src.name} with other bytes (the file itself is missing); "
                    "raw files are never overwritten")
        if exists and entry is not None and have != (entry["sha256"], entry["size"]):
            return f"raw file {target} changed since it was added (its manifest has other bytes); raw files are never edited"
    return None


class _Clock:
    """Registration times, strictly increasing within a run (the order files were added in)."""

    def __init__(self):
        self.last = None

    def __call__(self) -> str:
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        if self.last is not None and now <= self.last:
            now = self.last + dt.timedelta(microseconds=1)
        self.last = now
        return now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def add_files(sources: list[Path], dest: Path, wait: float = 0.0, on_wait=None) -> list[dict]:
    """Copy files byte for byte into dest and record them in dest's manifest; return their entries."""
    from sikap.locks import hold, lock_path

    sources, dest = [Path(s) for s in sources], Path(dest)
    problem = _refusal(sources, dest)
    if problem:
        raise RawAddError(problem)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise RawAddError(f"cannot create raw folder {dest}: {err.strerror}") from None
    try:
        with hold(lock_path(dest, folder_lock=True), f"sikap raw add --into {dest}", wait, on_wait):
            return _add_locked(sources, dest)
    except PermissionError as err:
        raise RawAddError(f"cannot write into raw folder {dest}: {err.strerror}") from None
    except OSError as err:
        if err.errno in (errno.EROFS, errno.ENOSPC, errno.EDQUOT):
            raise RawAddError(f"cannot write into raw folder {dest}: {err.strerror}; files that landed complete are "
                              "recorded, run the same command again when there is room") from None
        raise


def _add_locked(sources: list[Path], dest: Path) -> list[dict]:
    manifest = read_manifest(dest)  # journal of a killed add included
    _finish(dest, manifest)  # what a killed add left: its journal into the manifest, partial files removed
    problem = _conflicts(sources, dest, manifest)
    if problem:
        raise RawAddError(problem)
    clock = _Clock()
    added = []
    with open(dest / JOURNAL, "ab") as journal:
        for src in sources:
            target = dest / src.name
            old = manifest.get(src.name)
            if os.path.lexists(target):  # recorded, copied by hand, or landed just before a kill: checked equal above
                digest, size = _hash(src)
            else:
                digest, size = _copy_in(src, dest)
            entry = {"name": src.name, "original_name": src.name, "sha256": digest, "size": size}
            if old is None:
                entry["registered"] = clock()
            entry = {**(old or {}), **entry}  # an entry from before registration times keeps having none
            if entry != old:
                journal.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
                journal.flush()
                os.fsync(journal.fileno())
            manifest[src.name] = entry
            added.append(entry)
    _finish(dest, manifest)
    return added


def _copy_in(src: Path, dest: Path) -> tuple[str, int]:
    """Copy src to dest/NAME through a hidden partial file, fsynced before it takes its name."""
    fd, tmp = tempfile.mkstemp(prefix=f".{src.name}.", suffix=PART_SUFFIX, dir=dest)
    h, size = hashlib.sha256(), 0
    try:
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            while chunk := fin.read(_CHUNK):
                h.update(chunk)
                fout.write(chunk)
                size += len(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        os.chmod(tmp, 0o644)
        os.rename(tmp, dest / src.name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_path(dest, directory=True)
    return h.hexdigest(), size


def _finish(dest: Path, manifest: dict) -> None:
    """Write the manifest (atomically) if the journal holds anything, drop the journal and partial files."""
    journal = dest / JOURNAL
    if read_journal(dest) or not (dest / MANIFEST).exists():
        atomic_write_bytes(dest / MANIFEST, manifest_bytes(manifest))
        fsync_path(dest, directory=True)
    journal.unlink(missing_ok=True)
    for leftover in dest.iterdir():
        name = leftover.name
        if name.startswith(".") and (name.endswith(PART_SUFFIX) or name.startswith(f".{MANIFEST}.")):
            leftover.unlink(missing_ok=True)
