"""`sikap hydrate DIR --raw COPIES`: put the withheld texts back into a public export, from files the user has.

COPIES is a folder of text files, searched recursively, under any names: the team's raw files, or pages the
user saved themselves from the articles' URLs, with whatever page chrome their tool kept around the article.
Each withheld article is restored one of two ways:

1. a file with the article's `raw_sha256` (the same bytes as ours): the text is cut from its decoded text by
   `segments`, as the build did;
2. otherwise by paragraph fingerprints: the export keeps a sha256 prefix of each paragraph
   (`paragraph_sha256`); every line of every file, stripped, with its white space collapsed, and every run of
   lines between blank lines joined by a space, is fingerprinted, and the article is restored from the file
   holding all of its paragraphs, in order.

Either way the restored text must hash to `text_sha256`, so it is byte-identical to the original or refused.
An article whose paragraphs are found only in part (a changed or missing paragraph) is refused, naming the
file and the paragraphs. By default any refusal refuses the whole hydration and nothing is written; with
`partial` the articles that cannot be restored stay withheld and are listed. Mention texts and annotators'
evidence texts come back from their offsets; other quoted snippets blanked by the export stay blank.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sikap.release.errors import MISSING_FILE, NOT_AN_EXPORT, RAW_MISMATCH, ReleaseError
from sikap.release.export import ANNOTATION_QUOTES, fingerprint, text_sha256

MAX_FILE_BYTES = 20_000_000


@dataclass(frozen=True)
class HydrateReport:
    folder: Path
    restored: int
    from_fingerprints: int = 0
    left: tuple[str, ...] = ()  # withheld articles that could not be restored (partial mode)


@dataclass
class Copies:
    """The user's files, decoded once: by sha256 of their bytes, and by fingerprint of their text units."""
    root: Path
    by_sha: dict[str, str] = field(default_factory=dict)  # raw sha256 -> decoded text
    path_by_sha: dict[str, str] = field(default_factory=dict)  # raw sha256 -> file (relative), text or not
    units: dict[str, list[tuple[str, int, str]]] = field(default_factory=lambda: defaultdict(list))  # fp -> (file, pos, text)
    files: int = 0

    @classmethod
    def read(cls, root: Path) -> "Copies":
        from sikap.pipeline.decode import decode_bytes

        if not root.is_dir():
            raise ReleaseError(MISSING_FILE, f"{root} is not a folder of raw files or saved copies")
        copies = cls(root)
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.stat().st_size <= MAX_FILE_BYTES):
            data = path.read_bytes()
            copies.path_by_sha.setdefault(hashlib.sha256(data).hexdigest(), path.relative_to(root).as_posix())
            try:
                decoded = decode_bytes(data)[0]
            except Exception:  # not text: not a copy of an article
                continue
            copies.files += 1
            copies.by_sha[hashlib.sha256(data).hexdigest()] = decoded
            copies._index(path.relative_to(root).as_posix(), decoded)
        return copies

    def _index(self, name: str, text: str) -> None:
        seen = set()
        for pos, unit in enumerate(text_units(text)):
            fp = fingerprint(unit)
            if (fp, unit) not in seen:
                seen.add((fp, unit))
                self.units[fp].append((name, pos, unit))


def text_units(text: str) -> list[str]:
    """Candidate paragraphs of a saved page: each line stripped, each line with white space collapsed, and
    each block of lines between blank lines joined by one space (a hard-wrapped paragraph)."""
    out, block = [], []
    for line in text.split("\n") + [""]:
        stripped = line.strip()
        if stripped:
            out += [stripped, " ".join(stripped.split())]
            block.append(stripped)
        else:
            if len(block) > 1:
                out.append(" ".join(" ".join(block).split()))
            block = []
    return out


def _by_segments(row: dict, decoded: str) -> str:
    return "\n\n".join(decoded[s["start"]:s["end"]] for s in row["segments"])


def _by_fingerprints(row: dict, copies: Copies) -> tuple[str | None, str]:
    """(text, '') when every paragraph is found in one file, in order; (None, why) otherwise."""
    fps = row["paragraph_sha256"]
    hits = defaultdict(dict)  # file -> paragraph index -> [(pos, unit)]
    for i, fp in enumerate(fps):
        for name, pos, unit in copies.units.get(fp, ()):
            hits[name].setdefault(i, []).append((pos, unit))
    if not hits:
        return None, "no paragraph of it is in any file"
    name = max(sorted(hits), key=lambda n: len(hits[n]))
    found = hits[name]
    missing = [i + 1 for i in range(len(fps)) if i not in found]
    if missing:
        return None, (f"{name} holds {len(found)} of its {len(fps)} paragraphs; paragraph(s) "
                      f"{', '.join(map(str, missing[:10]))} differ or are missing there")
    parts, last = [], -1
    for i in range(len(fps)):
        later = [h for h in found[i] if h[0] > last] or found[i]
        last, unit = min(later)
        parts.append(unit)
    return "\n\n".join(parts), name


def _decoded_copy(row: dict, copies: Copies) -> str | None:
    """The text the article's segments point into, from a byte-identical copy of its raw file: the decoded
    dump, or for a page or an archive's record the extractor's text made again (sikap.formats)."""
    rel = copies.path_by_sha.get(row["raw_sha256"])
    if rel is None:
        return None
    if row.get("record_index") is None and not row.get("extractor"):
        return copies.by_sha.get(row["raw_sha256"])
    from sikap.formats import decoded_text

    try:
        return decoded_text(copies.root, {**row, "raw_file": rel}, {})
    except ValueError:
        return None


def restore_text(row: dict, copies: Copies) -> tuple[str, bool]:
    """(text, by fingerprints?) for one withheld article; ReleaseError when it cannot be restored exactly."""
    decoded = _decoded_copy(row, copies)
    if decoded is not None:
        text = _by_segments(row, decoded)
        if text_sha256(text) == row["text_sha256"]:
            return text, False
    text, why = _by_fingerprints(row, copies)
    if text is None:
        same_name = (copies.root / row["raw_file"]).is_file()
        hint = f" ({row['raw_file']} is there, but its sha256 differs from the export's raw_sha256)" if same_name else ""
        raise ReleaseError(RAW_MISMATCH, f"{row['article_id']} ({row['raw_file']}): cannot restore: {why}{hint}")
    if text_sha256(text) != row["text_sha256"]:
        raise ReleaseError(RAW_MISMATCH, f"{row['article_id']}: the paragraphs found in {why} do not give the "
                           "exact text (text_sha256 differs)")
    return text, True


def _restore_quotes(row: dict) -> dict:
    """Mention texts come back from their offsets into the restored text."""
    text = row["text"]
    row["target_mentions"] = [dict(m, text=text[m["start"]:m["end"]]) for m in row.get("target_mentions") or []]
    return row


def _restore_annotations(table, texts: dict[str, str]):
    import pyarrow as pa

    rows = table.to_pylist()
    for r in rows:
        if r["article_id"] in texts:
            for name, sub in ANNOTATION_QUOTES.items():
                r[name] = [dict(e, **{sub: texts[r["article_id"]][e["start"]:e["end"]]}) for e in r[name] or []]
    return pa.Table.from_pylist(rows, schema=table.schema)


def hydrate(folder: Path, raw: Path, out: Path | None = None, partial: bool = False) -> HydrateReport:
    import pyarrow as pa

    from sikap.card import read_front_matter
    from sikap.release.export import PublicInfo, build_report, read_tables, write_folder
    from sikap.release.state import read_state

    tables = read_tables(folder)
    if "articles" not in tables or "paragraph_sha256" not in tables["articles"].column_names:
        raise ReleaseError(NOT_AN_EXPORT, f"{folder} is not a public export (no text_withheld/paragraph_sha256 columns)")
    copies = Copies.read(raw)
    rows, texts, errors, by_fp = tables["articles"].to_pylist(), {}, [], 0
    for row in rows:
        if not row["text_withheld"]:
            continue
        try:
            text, fp = restore_text(row, copies)
        except ReleaseError as err:
            errors.append(err.message)
            continue
        row.update(text=text, text_withheld=False, withheld_reason=None)
        _restore_quotes(row)
        texts[row["article_id"]], by_fp = text, by_fp + fp
    if errors and not partial:
        raise ReleaseError(RAW_MISMATCH, f"{len(errors)} withheld texts cannot be restored, nothing written "
                           f"(--partial restores the others): " + "; ".join(errors[:5]))
    tables["articles"] = pa.Table.from_pylist(rows, schema=tables["articles"].schema)
    if "annotations" in tables and texts:
        tables["annotations"] = _restore_annotations(tables["annotations"], texts)
    extras = {p.name: p.read_bytes() for p in (folder / "DATASHEET.md",) if p.is_file()}
    before = read_front_matter(folder / "README.md")
    info = PublicInfo(read_state(before), sum(r["text_withheld"] for r in rows), bool(extras),
                      hydrated=int(before.get("hydrated", 0)) + len(texts))
    target = write_folder(out or folder, tables, info, build_report(folder), extras)
    left = tuple(r["article_id"] for r in rows if r["text_withheld"])
    return HydrateReport(target, len(texts), by_fp, left)
