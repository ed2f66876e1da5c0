"""py3langid's model as plain .npy files, read at worker start instead of decompressed again.

py3langid ships its model LZMA-compressed (4.5 MB); loading it decompresses ~70 MB into a temporary file and
reads it back (~0.7 s), and FastIdentifier then walks the whole automaton for its depth (~0.1 s). Every
worker of every build paid both. Here the arrays, the depth and the float16 check are written once,
uncompressed, to a folder of the user's cache keyed by py3langid's version and the model file's size and
mtime; later processes read them (~30 ms from the page cache). They are read into memory numpy allocates,
not memory-mapped: numpy asks for transparent huge pages for large arrays, and the automaton walk and the
row gather are bound by cache and TLB misses over these 67 MB (on a file mapping's 4 KB pages
detect_language took ~15% longer).

The arrays are py3langid's own, so the results are the same bit for bit (tests/test_langid_cache.py). Any
failure to read or write the cache (read-only home, a half-written folder) falls back to py3langid's load.
A new folder is written when py3langid or its model changes; folders of other models (and temporary folders
a crash left) that no process has read for a day are removed then, so an upgrade does not leave 67 MB behind
each time, while two environments sharing the cache do not keep removing each other's.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import numpy as np

FORMAT = 1  # bump when the files written change
STALE_AFTER = 86400.0  # seconds unread after which another model's folder is removed
_ARRAYS = ("ptc", "pc", "nextmove", "row", "output")


def cache_root() -> Path:
    """SIKAP_CACHE_DIR, else $XDG_CACHE_HOME/sikap, else ~/.cache/sikap."""
    env = os.environ.get("SIKAP_CACHE_DIR")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sikap"


def model_key(model_path: Path) -> str:
    """The cache folder's name: what identifies the model file (py3langid's version, size, mtime)."""
    import py3langid

    st = model_path.stat()
    return f"langid-{py3langid.__version__}-{st.st_size}-{st.st_mtime_ns}-f{FORMAT}"


def read(folder: Path) -> tuple[dict, dict] | None:
    """(arrays, meta) from a complete cache folder, or None."""
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        arrays = {name: np.load(folder / f"{name}.npy", allow_pickle=False) for name in _ARRAYS}
    except (OSError, ValueError):
        return None
    try:
        os.utime(folder / "meta.json")  # read now: not stale (prune)
    except OSError:
        pass
    return arrays, meta


def prune(root: Path, keep: str, now: float | None = None) -> list[str]:
    """Remove the folders of `root` named langid-* other than `keep` that were not read for STALE_AFTER seconds
    (their meta.json's time; a folder without one, its own); the names removed. Errors are ignored."""
    now = time.time() if now is None else now
    gone = []
    try:
        children = [p for p in root.iterdir() if p.name.startswith("langid-") and p.name != keep and p.is_dir()]
    except OSError:
        return gone
    for child in children:
        try:
            meta = child / "meta.json"
            seen = (meta if meta.is_file() else child).stat().st_mtime
        except OSError:
            continue
        if now - seen > STALE_AFTER:
            shutil.rmtree(child, ignore_errors=True)
            gone.append(child.name)
    return sorted(gone)


def write(folder: Path, arrays: dict, meta: dict) -> None:
    """Write the folder atomically (a temporary sibling renamed into place; meta.json last inside it): a
    reader sees a complete folder or none. Errors are ignored: the cache is only a shortcut."""
    tmp = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        for name in _ARRAYS:
            np.save(tmp / f"{name}.npy", np.ascontiguousarray(arrays[name]), allow_pickle=False)
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        os.rename(tmp, folder)
    except OSError:
        pass  # another process won the rename, or the cache is not writable
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def cached_model(model_path: Path, build) -> tuple[dict, dict]:
    """(arrays, meta) of the model at model_path: from the cache when there, else `build()` (which returns
    them from py3langid's own load) written to the cache and returned."""
    try:
        folder = cache_root() / model_key(model_path)
    except OSError:
        return build()
    got = read(folder) if folder.is_dir() else None
    if got is not None:
        return got
    arrays, meta = build()
    write(folder, arrays, meta)
    prune(folder.parent, folder.name)
    return arrays, meta
