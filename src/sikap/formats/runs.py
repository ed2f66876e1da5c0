"""Large archives in runs of records: the build's plan cuts an archive larger than SPLIT_BYTES into runs of at
most so many records, each a unit of work that reads only the records starting in it, and weighs every other
file by its size, so that partitions hold about the same work and memory stays flat however large the archives.
It stands apart from the readers (sikap.formats): it plans the work, they read the records; the names are read
from sikap.formats too.
"""

from __future__ import annotations

from sikap.records import RawFile

SPLIT_BYTES = 1 << 24  # files larger than this are looked into: an archive is cut into runs of records
WEIGHT_BYTES = 1 << 16  # below SPLIT_BYTES a file weighs one unit per 64 KB (a text dump: one)
_UNIT = "\x00"


def split_unit(unit: str) -> tuple[str, tuple[int, int, int] | None]:
    """(relative path, span or None) of a unit of the build plan: a file, or a run of an archive's records."""
    rel, sep, span = unit.partition(_UNIT)
    if not sep:
        return rel, None
    start, stop, first = (int(x) for x in span.split(":"))
    return rel, (start, stop, first)


def plain_limit() -> int:
    """The largest size of a regular file that is one unit of weight one (neither heavier nor to be cut)."""
    return min(WEIGHT_BYTES, SPLIT_BYTES)


def plan_units(root, rels: list[str], most: int,
               unusual: dict[str, int | None] | None = None) -> tuple[list[str], list[int]]:
    """The build's units of work and their weights: each file is one unit weighing one per 64 KB (at least
    one), except an archive larger than SPLIT_BYTES, which is cut into runs of at most `most` records, each a
    unit weighing its records. Partitions are cut by weight (sikap.partition.partition_cuts), so a partition
    holds about `most` records however large its archives: memory stays flat. A run starts at a record that
    reads as a record (its byte offset and index found by reading the archive once with the same reader), so
    the records, indexes and ids are those one pass over the whole file gives.

    `unusual` (sikap.partition.plan_raw, from the listing and the manifests): every path not in it is a
    regular file of at most plain_limit() bytes, one unit of weight one, never stat'ed (100k stats cost
    about a second); the paths in it map to their size, or None to be stat'ed here. Without it, every path is."""
    import os
    import stat

    from sikap.formats import HEAD, detect

    units, weights = [], []
    for rel in rels:
        if unusual is not None and rel not in unusual:
            units.append(rel)
            weights.append(1)
            continue
        path = os.path.join(root, rel)
        size = unusual.get(rel) if unusual is not None else None
        if size is None:
            try:
                st = os.lstat(path)
            except OSError:
                st = None
            if st is None or not stat.S_ISREG(st.st_mode):  # gone, a link, a FIFO: rejected when read, never followed
                units.append(rel)
                weights.append(1)
                continue
            size = st.st_size
        runs = None
        if size > SPLIT_BYTES:
            with open(path, "rb") as fh:
                fmt = detect(fh.read(HEAD))
            if fmt in ("warc", "jsonl"):
                runs = _runs(path, rel, size, fmt, most)
        if not runs or len(runs) == 1:
            units.append(rel)
            weights.append(runs[0][2] if runs else max(1, -(-size // WEIGHT_BYTES)))
            continue
        for k, (start, first, n) in enumerate(runs):
            stop = runs[k + 1][0] if k + 1 < len(runs) else size
            units.append(f"{rel}{_UNIT}{start}:{stop}:{first}")
            weights.append(n)
    return units, weights


def _runs(path: str, rel: str, size: int, fmt: str, most: int) -> list[tuple[int, int, int]]:
    """(start offset, first index, records) of each run of at most `most` records of an archive."""
    runs = [[0, 0, 0]]
    if fmt == "jsonl":
        with open(path, "rb") as fh:
            offset = 0
            for index, line in enumerate(fh):
                if runs[-1][2] >= most:
                    runs.append([offset, index, 0])
                runs[-1][2] += 1
                offset += len(line)
        return [tuple(r) for r in runs]
    from sikap.formats import warc

    raw = RawFile(rel, "", size, b"")
    with open(path, "rb") as fh:
        for rec in warc.records(raw, fh):
            if runs[-1][2] >= most and isinstance(rec, RawFile):
                runs.append([rec.record.offset, rec.record.index, 0])
            runs[-1][2] += 1
    return [tuple(r) for r in runs]
