"""Lines that survive in the text of many unrelated articles: candidates for the curated boilerplate list.

The line-repetition filters of Gopher, C4 and RefinedWeb drop a line because it recurs across a corpus. sikap
does not do that inside the build: it would make an article's text depend on which other files happen to be
in raw/, so adding files would edit existing records (and force a MAJOR version), and a line quoted by many
outlets (a minister's statement) would vanish from all of them. Instead this report lists the kept lines that
recur across many files of different outlets, for a curator to read and, where a line is chrome, to add its
phrase to curated/extraction/boilerplate.yaml with where it was seen. The rule then applies to every page,
identically, whatever else is in raw/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class RepeatedLine:
    line: str  # as first seen
    files: int  # distinct raw files whose kept text holds it
    outlets: int  # distinct outlets (source_id; an article without one counts as its own)
    example: str  # article_id of one article holding it


def normalise(line: str) -> str:
    """Case, white space and digits folded: "Dibaca 1.234 kali" and "dibaca 87 kali" are one line."""
    return _DIGITS.sub("0", _SPACE.sub(" ", line.strip().lower()))


def repeated_lines(dataset: Path, min_files: int = 5, min_outlets: int = 2, max_chars: int = 200,
                   limit: int = 100) -> list[RepeatedLine]:
    """Kept paragraphs of at most max_chars found in at least min_files raw files of at least min_outlets
    outlets, most widespread first."""
    import pyarrow.parquet as pq

    from sikap.card import data_pattern

    shards = sorted(Path(dataset).glob(data_pattern("articles")))
    if not shards:
        raise FileNotFoundError(f"no articles shards in {Path(dataset) / 'data'}: build the dataset first")
    seen: dict[str, tuple[str, set, set, str]] = {}
    for row in (r for shard in shards for batch in pq.ParquetFile(shard).iter_batches(
            columns=["article_id", "raw_file", "source_id", "text"]) for r in batch.to_pylist()):
        outlet = row["source_id"] or f"?{row['raw_file']}"
        for para in {p for p in row["text"].split("\n\n") if 0 < len(p) <= max_chars}:
            key = normalise(para)
            if key not in seen:
                seen[key] = (para, set(), set(), row["article_id"])
            seen[key][1].add(row["raw_file"])
            seen[key][2].add(outlet)
    found = [RepeatedLine(line, len(files), len(outlets), example) for line, files, outlets, example in seen.values()
             if len(files) >= min_files and len(outlets) >= min_outlets]
    found.sort(key=lambda r: (-r.outlets, -r.files, r.line))
    return found[:limit]
