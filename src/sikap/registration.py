"""When each raw file was registered, and what follows from it: which of several byte-identical copies a
build keeps, and which member names a near-duplicate cluster.

Both choices follow registration order, not path or id order, so that adding files never changes what
earlier files were given. A copy of a file added later in a folder that sorts first must not take the
original's place (it would lose its sidecar facts), and a copy whose article id happens to sort first must
not rename the original's cluster: `near_dup_cluster` is a published value, and a renamed cluster turns an
added file into an edited record of every member (a MAJOR version under the release policy).

Order: manifest `registered` time (ISO UTC of fixed width, so byte order is time order); entries written
before that field existed count first, in path order; files no manifest lists count last, in path order;
within one file, by record and article index.
"""

from __future__ import annotations

_WIDTH = 27  # len("2026-12-02T05:16:25.123456Z")
_UNREGISTERED = "~"  # after every time


class Registered:
    """Files that may be kept, in compact arrays (a million of them at a build's start): a 32-byte digest and
    a registration time each ("" for entries older than the field, "~" for files no manifest lists)."""

    def __init__(self):
        self.paths: list[str] = []
        self.digests = bytearray()
        self.times = bytearray()
        self.unusual: dict[str, int | None] = {}  # filled by sikap.partition.plan_raw for plan_units

    def add(self, rel: str, digest: bytes, registered: str) -> None:
        self.paths.append(rel)
        self.digests += digest
        self.times += registered.encode("ascii", "replace")[:_WIDTH].ljust(_WIDTH, b"\0")

    def add_folder(self, prefix: str, names: list[str], entries: dict) -> None:
        """The registered files `names` of one folder, in bulk."""
        self.paths += [prefix + name for name in names]
        self.digests += bytes.fromhex("".join([entries[name]["sha256"] for name in names]))
        times = [entries[name].get("registered", "") for name in names]
        if any(times):
            self.times += b"".join([t.encode("ascii", "replace")[:_WIDTH].ljust(_WIDTH, b"\0") for t in times])
        else:
            self.times += bytes(_WIDTH * len(names))

    def hash_file(self, base: str, rel: str) -> int | None:
        """A file no manifest lists: hashed here (an archive in chunks); its size, or None when it is no
        regular file."""
        from sikap.raw import read_raw_file

        _, digest, size, problem = read_raw_file(base, rel)
        if problem is not None:  # links out of the root, loops, special files: rejected when read, never kept
            return None
        self.add(rel, bytes.fromhex(digest), _UNREGISTERED)
        return size

    def key(self, j: int) -> tuple[bytes, str]:
        return bytes(self.times[_WIDTH * j : _WIDTH * (j + 1)]), self.paths[j]

    def first_of_copies(self) -> dict[str, str]:
        """sha256 -> the first registered path, for contents present under more than one path."""
        import numpy as np

        if not self.paths:
            return {}
        arr = np.frombuffer(bytes(self.digests), dtype="S32")
        _, inverse, counts = np.unique(arr, return_inverse=True, return_counts=True)
        best: dict[bytes, tuple[bytes, str]] = {}
        for j in np.flatnonzero(counts[inverse.reshape(-1)] > 1).tolist():
            key, digest = self.key(j), bytes(arr[j])
            if digest not in best or key < best[digest]:
                best[digest] = key
        return {digest.hex(): rel for digest, (_, rel) in best.items()}

    def keys_by_prefix(self, prefixes: set[bytes]) -> dict[bytes, tuple[bytes, str]]:
        """8-byte digest prefix (an article id's sha16) -> (time, path) of the first registered file with it."""
        import numpy as np

        if not self.paths or not prefixes:
            return {}
        heads = np.frombuffer(bytes(self.digests), dtype=np.uint8).reshape(-1, 32)[:, :8].copy().view("S8").ravel()
        hits = np.flatnonzero(np.isin(heads, np.array(sorted(prefixes), dtype="S8")))
        out: dict[bytes, tuple[bytes, str]] = {}
        for j in hits.tolist():
            head, key = bytes(self.digests[32 * j : 32 * j + 8]), self.key(j)
            if head not in out or key < out[head]:
                out[head] = key
        return out


def _id_key(article_id: str) -> tuple[int, int]:
    """(record, article index) of "<sha16>-<NN>" or "<sha16>-r<record>-<NN>"."""
    parts = article_id.split("-")
    return (int(parts[1][1:]), int(parts[2])) if len(parts) == 3 else (-1, int(parts[1]))


def earliest_roots(roots, ids, registered: Registered | None):
    """Near-duplicate roots re-picked so that each cluster is named after its first registered member (see the
    module docstring). roots: each article's root index (any member); ids: the articles' ids (bytes or str).
    Members whose file is not among `registered` (none given) count after the others, in id order."""
    import numpy as np

    roots = np.asarray(roots)
    if not len(roots):
        return roots
    counts = np.bincount(roots, minlength=len(roots))
    multi = np.flatnonzero(counts[roots] > 1)
    if not multi.size:
        return roots
    names = [i.decode() if isinstance(i, bytes) else str(i) for i in np.asarray(ids)[multi].tolist()]
    heads = {bytes.fromhex(name[:16]) for name in names}
    known = registered.keys_by_prefix(heads) if registered is not None else {}
    late = (b"\xff" * _WIDTH, "")
    best: dict[int, tuple] = {}
    for idx, name in zip(multi.tolist(), names):
        key = (known.get(bytes.fromhex(name[:16]), late), _id_key(name), name, idx)
        root = int(roots[idx])
        if root not in best or key < best[root]:
            best[root] = key
    out = roots.copy()
    out[multi] = [best[int(r)][3] for r in roots[multi].tolist()]
    return out
