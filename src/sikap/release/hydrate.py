"""`sikap hydrate DIR --raw RAW`: put the withheld texts back into a public export, from the user's raw files.

Each withheld article names its raw file, the file's sha256 and its `segments` in the decoded raw text; the
text is `"\\n\\n".join(decoded[s:e] for s, e in segments)` (sikap.pipeline.decode.decode_bytes), and must hash
to `text_sha256`. Any missing raw file or differing hash refuses the whole hydration: nothing is written.
Quoted snippets blanked by the export (title, evidence) stay blank: rebuild from raw with `sikap build` for them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sikap.release.errors import MISSING_FILE, NOT_AN_EXPORT, RAW_MISMATCH, ReleaseError


@dataclass(frozen=True)
class HydrateReport:
    folder: Path
    restored: int


def restore_text(row: dict, raw: Path, cache: dict) -> str:
    from sikap.pipeline.decode import decode_bytes

    path = raw / row["raw_file"]
    if row["raw_file"] not in cache:
        if not path.is_file():
            raise ReleaseError(MISSING_FILE, f"raw file {row['raw_file']} is not under {raw}")
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != row["raw_sha256"]:
            raise ReleaseError(RAW_MISMATCH, f"{path}: sha256 differs from the export's raw_sha256 "
                               f"{row['raw_sha256'][:12]}… (not the same file); nothing written")
        cache[row["raw_file"]] = decode_bytes(data)[0]
    decoded = cache[row["raw_file"]]
    text = "\n\n".join(decoded[s["start"]:s["end"]] for s in row["segments"])
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != row["text_sha256"]:
        raise ReleaseError(RAW_MISMATCH, f"{row['article_id']}: restored text does not match text_sha256; nothing written")
    return text


def hydrate(folder: Path, raw: Path, out: Path | None = None) -> HydrateReport:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sikap.release.export import write_folder
    from sikap.release.snapshot import data_files
    from sikap.release.verify import card_version

    tables = {c: pa.concat_tables(pq.read_table(p) for p in paths) for c, paths in data_files(folder).items()}
    if "articles" not in tables or "text_withheld" not in tables["articles"].column_names:
        raise ReleaseError(NOT_AN_EXPORT, f"{folder} is not a public export (no text_withheld column)")
    rows, cache, restored = tables["articles"].to_pylist(), {}, 0
    for row in rows:
        if row["text_withheld"]:
            row["text"], row["text_withheld"] = restore_text(row, raw, cache), False
            restored += 1
    tables["articles"] = pa.Table.from_pylist(rows, schema=tables["articles"].schema)
    note = (folder / "README.md").read_text(encoding="utf-8").split("\n---\n", 1)[-1].lstrip("\n")
    body = note + f"\nHydrated: {restored} withheld texts restored from the user's raw files.\n"
    target = write_folder(out or folder, tables, card_version(folder), body)
    return HydrateReport(target, restored)
