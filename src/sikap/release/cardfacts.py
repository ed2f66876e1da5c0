"""The facts the dataset card states, read once from the dataset folder: row counts, raw files, dated articles,
outlets, gold-labelled articles, the first article (the card's example instance), the prose of
releases/metadata.yaml and the figures the card shares with the datasheet (sikap.release.figures). The card's
text (cardbody.py) is rendered from them at most twice, so the articles' few columns are read here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def _meta() -> dict:
    from sikap.paths import find_root

    root = find_root()
    path = root / "releases" / "metadata.yaml" if root else None
    if not path or not path.is_file():
        return {}
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@dataclass
class Facts:
    rows: dict[str, int]
    raw_files: int = 0
    dated: int = 0
    outlets: int = 0
    gold: int = 0
    example: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    figures: dict[str, str] = field(default_factory=dict)  # computed once: the card is rendered twice at most

    @classmethod
    def read(cls, folder: Path, rows: dict[str, int]) -> "Facts":
        """The figures of the card, from one read of the articles' few columns they need (not their texts)."""
        import pyarrow.compute as pc

        from sikap.release import figures

        arts = figures.table("articles", folder, ["raw_file", "published_date", "source_id", "label_provenance",
                                                  "language", "url", "retrieved"])
        names = arts.column_names

        def count(column: str, keep=None, distinct: bool = False) -> int:
            if column not in names:
                return 0
            values = arts[column] if keep is None else arts[column].filter(keep(arts[column]))
            return pc.count_distinct(values, mode="all").as_py() if distinct else len(values) - values.null_count

        gold = count("label_provenance", lambda c: pc.fill_null(pc.greater(pc.list_value_length(c), 0), False))
        outlets = count("source_id", lambda c: pc.fill_null(pc.not_equal(c, ""), False), distinct=True)
        return cls(rows, count("raw_file", distinct=True), count("published_date"), outlets, gold,
                   _first_row(folder), _meta(),
                   {"languages": figures.languages(folder, arts), "raw_files": figures.raw_files(folder, arts),
                    "agreement": figures.agreement(folder, arts)})


def _first_row(folder: Path) -> dict:
    import pyarrow.parquet as pq

    from sikap.card import data_pattern

    for p in sorted(folder.glob(data_pattern("articles"))):
        for batch in pq.ParquetFile(p).iter_batches(batch_size=1):
            return batch.to_pylist()[0]
    return {}
