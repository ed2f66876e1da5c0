"""Checks of a built dataset folder: card checksums, table schemas, references, offsets into raw bytes."""

from __future__ import annotations

from pathlib import Path


class DatasetInvalid(Exception):
    """The dataset folder does not match its card, its schema or its raw files."""


def read_tables(folder: Path) -> dict:
    import pyarrow.parquet as pq

    import pyarrow as pa

    from sikap.card import CONFIGS, OPTIONAL_CONFIGS, data_pattern

    tables = {}
    for c in (*CONFIGS, *OPTIONAL_CONFIGS):
        shards = sorted(folder.glob(data_pattern(c)))
        if not shards and c in OPTIONAL_CONFIGS:
            continue  # written only when it has rows
        if not shards:
            raise DatasetInvalid(f"{folder}: no files for table {c} ({data_pattern(c)})")
        tables[c] = pa.concat_tables(pq.read_table(p) for p in shards)
    return tables


def check_checksums(folder: Path) -> list[str]:
    from sikap.card import file_checksum, read_front_matter

    card = folder / "README.md"
    if not card.exists():
        return [f"{card} is missing"]
    problems = []
    for info in read_front_matter(card).get("dataset_info", []):
        for rel, expected in info.get("download_checksums", {}).items():
            path = folder / rel
            if not path.exists():
                problems.append(f"{rel}: missing")
            elif file_checksum(path) != expected:
                problems.append(f"{rel}: content differs from the checksum in the card")
    return problems


def check_offsets(articles, raw: Path) -> list[str]:
    """Every article's text must be its segments of the decoded raw file (a page: of its record's extracted
    text, re-read and re-extracted), joined by a blank line."""
    from sikap.formats import decoded_text

    problems, cache, made = [], {}, {}
    cols = ["article_id", "raw_file", "raw_sha256", "record_index", "record_offset", "record_sha256", "extractor",
            "segments", "text"]
    for row in articles.select(cols).to_pylist():
        key = (row["raw_file"], row["record_offset"])
        if key not in made:
            made.clear()  # one record at a time: an archive's texts are never all held
            try:
                made[key] = decoded_text(raw, row, cache)
            except ValueError as err:
                made[key] = err
        decoded = made[key]
        if isinstance(decoded, ValueError):
            problems.append(f"{row['article_id']}: {decoded}")
        elif "\n\n".join(decoded[s["start"] : s["end"]] for s in row["segments"]) != row["text"]:
            problems.append(f"{row['article_id']}: text does not match its segments in {row['raw_file']}")
    return problems


def check_dataset(folder: Path, raw: Path | None = None) -> str:
    from sikap.schema.validation import reference_violations, schema_violations

    if not folder.is_dir():
        raise DatasetInvalid(f"{folder} is not a folder")
    problems = check_checksums(folder)
    if problems:
        raise DatasetInvalid("; ".join(problems))
    tables = read_tables(folder)
    violations = schema_violations(tables) + reference_violations(tables)
    if violations:
        raise DatasetInvalid("\n".join(map(str, violations)))
    offsets = check_offsets(tables["articles"], raw) if raw else []
    if offsets:
        raise DatasetInvalid("\n".join(offsets))
    counts = ", ".join(f"{n} {name}" for name, n in ((k, t.num_rows) for k, t in tables.items()))
    return f"{folder}: valid ({counts}; checksums match{'; offsets match raw files' if raw else ''})"
