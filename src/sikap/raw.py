"""The raw layer: files exactly as collected, a manifest of their hashes, a sidecar of curated facts.

Raw files are never modified. A file listed in a manifest whose bytes changed is a hard error (the
dataset's provenance would be a lie); a file not listed yet is read and reported as unregistered.

What a build reads (`list_raw`, `read_raw_file`), and why:
- every non-hidden entry below the root that is not a folder: regular files, and also links and special
  files, so that each gets a reject row (`sikap.pipeline.decode.check_raw`) instead of silence: a link that
  leaves the raw root (its bytes are not part of the raw layer), a link loop or a dangling link, a linked
  folder (not followed: add its files), a FIFO, socket or device;
- every file a manifest lists, present or not: a registered file that is gone gets a `missing_file` reject;
- not the manifests, sidecars, READMEs, hidden files nobody registered (editor and OS droppings, sikap's own
  lock, journal and partial files).
A file that cannot be read (permissions) or a manifest or sidecar that cannot be parsed stops the build
with one line naming the file: the dataset must not silently depend on who ran the build.

`add_files` (`sikap raw add`, in sikap.raw_add) is crash-safe; sikap.raw_manifest reads and checks manifests,
journals and sidecars.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from sikap.raw_manifest import (  # noqa: F401  (re-exported: the manifest's readers and writers)
    JOURNAL, MANIFEST, PART_SUFFIX, RESERVED, SIDECAR, RawFormatError, RawIntegrityError, read_manifest,
    read_sidecar,
)
from sikap.records import RawFile

_META = {MANIFEST, SIDECAR, "README.md"}
_CHUNK = 1 << 20


class RawReadError(RawIntegrityError):
    """A raw file or folder exists but cannot be read (permissions, I/O error)."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def walk_raw(root: Path) -> list[tuple[str, list[str], set[str] | None, set[str]]]:
    """Per folder below root (prefix "" or "a/b/"): the names of its entries that may be data (not folders,
    not hidden, not manifest, sidecar or README); if it holds a manifest, the names of all its entries
    that are not folders (None otherwise): a registered name that is now a folder counts as gone, so it is
    listed and rejected, never kept as a copy of identical bytes; and the names of its entries that are neither
    folders nor regular files (links, FIFOs, sockets, devices), from the entry type the listing gives, so that
    the plan stats no regular file (sikap.formats.plan_units). Via scandir: a million files in seconds."""
    out: list[tuple[str, list[str], set[str] | None, set[str]]] = []

    def walk(folder: str, prefix: str) -> None:
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except PermissionError as err:
            raise RawReadError(f"cannot list raw folder {folder}: {err.strerror}") from None
        data, odd = [], set()
        for entry in entries:
            name = entry.name
            if entry.is_dir(follow_symlinks=False):
                walk(entry.path, prefix + name + "/")
                continue
            if name not in _META and name[0] != ".":
                data.append(name)
            if not entry.is_file(follow_symlinks=False):
                odd.add(name)
        names = {entry.name for entry in entries if not entry.is_dir(follow_symlinks=False)}
        out.append((prefix, data, names if MANIFEST in names else None, odd))

    walk(os.fspath(root), "")
    return out


def list_raw(root: Path, missing: list[str] | None = None, manifests: bool = True) -> list[str]:
    """Relative posix paths of the raw data files below root, sorted. Links and special files are listed
    (they are rejected when read, with a reason); so is every file a manifest lists, present or not
    (`missing` gets those that are not on disk). manifests=False skips reading the manifests (a count for a
    progress bar)."""
    out: list[str] = []
    for prefix, data, names, _ in walk_raw(root):
        out += [prefix + name for name in data]
        if manifests and names is not None:
            for name in read_manifest(Path(root) / prefix):
                if name not in names:
                    out.append(prefix + name)
                    if missing is not None:
                        missing.append(prefix + name)
                elif name[0] == ".":  # registered, so it is data after all
                    out.append(prefix + name)
    out.sort()
    return out


def read_raw_file(root: str, rel: str) -> tuple[bytes, str | None, int, tuple[str, str] | None]:
    """(bytes, sha256, size, None) for a regular file inside the raw root, else (b"", None, 0, (reason code,
    detail)). A container of records (WARC, JSON Lines: sikap.formats) keeps only its first 64 KB and is
    hashed in 1 MB chunks: its records are read from disk one at a time.

    Opens with O_NOFOLLOW and O_NONBLOCK and checks the opened file with fstat: a link is resolved and
    checked before it is followed, a FIFO is never waited on. Unreadable files raise RawReadError."""
    path = os.path.join(root, rel)
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW)
    except FileNotFoundError:
        return b"", None, 0, ("missing_file", "listed in the manifest but not on disk")
    except OSError as err:
        if err.errno == errno.ENXIO:  # a socket
            return b"", None, 0, ("special_file", "a socket, not a regular file")
        if err.errno != errno.ELOOP or not os.path.islink(path):
            raise RawReadError(f"cannot read raw file {rel}: {err.strerror}") from None
        problem = _link_problem(root, path)
        if problem:
            return b"", None, 0, problem
        try:
            fd = os.open(path, flags)
        except OSError as err2:
            raise RawReadError(f"cannot read raw file {rel}: {err2.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
                    stat.S_IFDIR: "a folder", stat.S_IFSOCK: "a socket"}.get(stat.S_IFMT(st.st_mode), "not a file")
            return b"", None, 0, ("special_file", f"{kind}, not a regular file")
        return _read_fd(fd, st.st_size)
    except OSError as err:
        raise RawReadError(f"cannot read raw file {rel}: {err.strerror}") from None
    finally:
        os.close(fd)


def _read_fd(fd: int, size: int) -> tuple[bytes, str, int, None]:
    from sikap.formats import HEAD, is_container

    if size < HEAD:
        data = os.read(fd, size + 1)  # one call: a short read of a regular file is its end
        if len(data) <= size:
            return data, sha256_bytes(data), len(data), None
    else:
        data = os.read(fd, HEAD)
        if len(data) == HEAD and is_container(data):
            h, total = hashlib.sha256(data), len(data)
            while chunk := os.read(fd, _CHUNK):
                h.update(chunk)
                total += len(chunk)
            return data, h.hexdigest(), total, None
    chunks = [data]  # a dump above the head's size, or a file that grew while being read
    while chunk := os.read(fd, _CHUNK):
        chunks.append(chunk)
    data = b"".join(chunks)
    return data, sha256_bytes(data), len(data), None


def _link_problem(root: str, path: str) -> tuple[str, str] | None:
    target = os.readlink(path)
    try:
        real = os.path.realpath(path, strict=True)
    except FileNotFoundError:
        return "broken_symlink", f"link to {target}, which does not exist"
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symlink_loop", f"link to {target} leads back to itself"
        raise RawReadError(f"cannot read raw file {path}: {err.strerror}") from None
    base = os.path.realpath(root)
    if os.path.commonpath([base, real]) != base:
        return "symlink_outside", f"link to {target}, outside the raw root: its bytes are not in the raw layer"
    if os.path.isdir(real):
        return "symlinked_folder", f"link to the folder {target}: not followed (add its files with `sikap raw add`)"
    return None


def iter_raw(root: Path, unregistered: list[str] | None = None, rels: list[str] | None = None) -> Iterator[RawFile]:
    """Raw files below root in order (or just `rels`, relative posix paths: a partition of a parallel build; an
    archive may come as runs of its records, each read and checked against the manifest like a whole file).
    Plain strings, not Path objects, from here on: pathlib's parsing cost ~12 µs a file. A file that cannot
    be taken as raw data comes with `problem` set (a reason code and detail) and no bytes."""
    if rels is None:
        rels = list_raw(root)
    base = os.fspath(root)
    manifests: dict[str, dict] = {}
    sidecars: dict[str, dict] = {}
    from sikap.formats import split_unit

    for unit in rels:
        rel, span = split_unit(unit)  # a whole file, or a run of an archive's records (sikap.formats.plan_units)
        folder, _, name = rel.rpartition("/")
        if folder not in manifests:
            manifests[folder], sidecars[folder] = read_manifest(root / folder), read_sidecar(root / folder)
        entry = manifests[folder].get(name)
        data, digest, size, problem = read_raw_file(base, rel)
        if problem is not None:
            digest = entry["sha256"] if entry is not None else None
            yield RawFile(rel, digest, entry["size"] if entry else 0, b"", sidecars[folder].get(name, {}),
                          span=span, problem=problem)
            continue
        if entry is None:
            if unregistered is not None and not (span and span[0]):
                unregistered.append(rel)
        elif entry["sha256"] != digest or entry["size"] != size:
            raise RawIntegrityError(
                f"raw file {rel} changed: manifest sha256 {entry['sha256'][:12]}…, now {digest[:12]}…; raw files are never edited"
            )
        yield RawFile(rel, digest, size, data, sidecars[folder].get(name, {}), span=span)


def add_files(sources: list[Path], dest: Path, wait: float = 0.0, on_wait=None) -> list[dict]:
    """Copy files byte for byte into dest and record them in dest's manifest (see sikap.raw_add)."""
    from sikap.raw_add import add_files as add

    return add(sources, dest, wait, on_wait)
