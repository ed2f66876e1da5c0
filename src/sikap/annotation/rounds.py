"""The round folders in annotations/: names, files, manifests, and reading a snapshot back (verified).

annotations/round-NN/
  export-<pseudonym>.json.gz  each annotator's project as Label Studio exported it, its bytes as received
                       (user ids, never e-mails), gzipped without a timestamp
  annotations.parquet  the normalized long table, validated against schema/tables.yaml
  manifest.json        server version, projects, config hash, export time, assignment (pseudonyms), counts,
                       sha256 of each file
  agreement/           written by `sikap annotate agreement`
  history/<time>/      earlier snapshots, kept when a changed round is pulled with --allow-changed
annotations/adjudication/round-NN/   the same files for the round's adjudication project (main server)
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from sikap.annotation.errors import AnnotationError
from sikap.io import PARQUET_OPTIONS

TABLE, MANIFEST = "annotations.parquet", "manifest.json"
AGREEMENT, HISTORY, ADJUDICATION = "agreement", "history", "adjudication"
VOLATILE = {"created_ago"}  # export keys that change with the clock, not with the data
_ROUND_DIR = re.compile(r"^round-(\d{2,})$")


def default_root() -> Path:
    from sikap.paths import repo_root

    return repo_root() / "annotations"


def round_dir(root: Path, round_no: int) -> Path:
    return Path(root) / f"round-{round_no:02d}"


def adjudication_dir(root: Path, round_no: int) -> Path:
    return round_dir(Path(root) / ADJUDICATION, round_no)


def pulled_rounds(root: Path) -> list[int]:
    """Rounds with a snapshot (a manifest), in order."""
    root = Path(root)
    if not root.is_dir():
        return []
    found = [int(m.group(1)) for p in root.iterdir() if (m := _ROUND_DIR.match(p.name)) and (p / MANIFEST).is_file()]
    return sorted(found)


def adjudicated_rounds(root: Path) -> list[int]:
    """Rounds with a pulled adjudication snapshot, in order."""
    return pulled_rounds(Path(root) / ADJUDICATION)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def content_digest(tasks: list) -> str:
    """Identity of an export's data, blind to key order, to the order of tasks and annotations, and to
    clock-relative fields ("created_ago")."""
    ordered = [{**t, "annotations": sorted(t.get("annotations") or [], key=lambda a: a.get("id", 0))}
               for t in sorted(tasks, key=lambda t: t.get("id", 0))]
    canon = json.dumps(_strip(ordered), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def table_bytes(table) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(table.replace_schema_metadata(None), sink, **PARQUET_OPTIONS)
    return sink.getvalue().to_pybytes()


def gzip_bytes(data: bytes) -> bytes:
    """Deterministic gzip: no file name, no modification time, so equal bytes give equal files."""
    import gzip

    return gzip.compress(data, compresslevel=9, mtime=0)


def read_exports(folder: Path) -> dict[str, bytes]:
    """The exports of a snapshot folder (pseudonym -> bytes as Label Studio sent them)."""
    import gzip

    manifest = verify_folder(folder)
    return {who: gzip.decompress((Path(folder) / info["file"]).read_bytes())
            for who, info in manifest["exports"].items()}


def json_bytes(data) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def read_manifest(root: Path, round_no: int) -> dict:
    path = round_dir(root, round_no) / MANIFEST
    if not path.is_file():
        raise AnnotationError("no_round", f"round {round_no} has no snapshot in {Path(root)} "
                              f"(pull it: `sikap annotate pull --round {round_no}`)")
    return json.loads(path.read_text(encoding="utf-8"))


def verify_folder(folder: Path) -> dict:
    """A snapshot folder's manifest, after checking every file it lists against its sha256."""
    folder = Path(folder)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for name, info in manifest["files"].items():
        path = folder / name
        if not path.is_file() or sha256_file(path) != info["sha256"]:
            raise AnnotationError("snapshot_corrupt", f"{path} is missing or differs from the sha256 in {folder / MANIFEST}")
    return manifest


def verify(root: Path, round_no: int) -> dict:
    read_manifest(root, round_no)  # a clear error when the round was never pulled
    return verify_folder(round_dir(root, round_no))


def read_folder_table(folder: Path):
    """A snapshot folder's validated long table (checked against its manifest first)."""
    import pyarrow.parquet as pq

    from sikap.annotation.normalize import validate
    from sikap.schema import load
    from sikap.schema.types import arrow_schema

    verify_folder(folder)
    table = pq.read_table(Path(folder) / TABLE).cast(arrow_schema(load(), "annotations"))
    validate(table)
    return table


def read_table(root: Path, round_no: int):
    """A round's validated long table (checked against its manifest first)."""
    read_manifest(root, round_no)
    return read_folder_table(round_dir(root, round_no))


def table_sha(folder: Path) -> str:
    return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))["files"][TABLE]["sha256"]


def write_snapshot(target: Path, files: dict[str, bytes], keep_previous: str | None) -> None:
    """Swap the folder in; the previous snapshot (if kept) moves under history/<its export time>/."""
    import shutil

    from sikap.io import write_folder

    def keep_history(staged: Path) -> None:
        if not keep_previous:
            return
        if (target / HISTORY).is_dir():
            shutil.copytree(target / HISTORY, staged / HISTORY)
        dest = staged / HISTORY / keep_previous
        shutil.copytree(target, dest, ignore=lambda d, names: [HISTORY] if Path(d) == target else [])

    write_folder(target, files, keep_history)


def decide_write(what: str, target: Path, digest: str, table, allow_changed: bool):
    """(status, previous manifest): unchanged, written or replaced; a change without the flag is refused."""
    from sikap.annotation.changes import describe

    previous = json.loads((target / MANIFEST).read_text(encoding="utf-8")) \
        if (target / MANIFEST).is_file() else None
    if not previous:
        return "written", None
    if previous.get("content_sha256") == digest:
        verify_folder(target)
        return "unchanged", previous
    if not allow_changed:
        old = read_folder_table(target)
        raise AnnotationError("round_changed", f"{what} changed since its snapshot of "
                              f"{previous['exported_at']}: {describe(old.to_pylist(), table.to_pylist())}; pull with "
                              "--allow-changed to write a new snapshot (the old one is kept under history/)")
    return "replaced", previous
