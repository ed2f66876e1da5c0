"""Gold labels into the articles rows, and the `annotations` table, for the dataset build.

The build calls `apply_gold_rows(rows, annotations_root)` where article rows are made, and writes
`annotations_table(annotations_root)` as the `annotations` config. With no pulled round the rows are
untouched and there is no table (the build's output stays byte-identical). Otherwise every round snapshot
is verified against its manifest and validated, the gold labels must have been adjudicated from exactly
these snapshots (else `stale_gold`), and for each article and field the latest round that decided it wins:
`stance_<target>` gets the gold value, `topics` the labels adjudicated present (vocabulary order), and
`label_provenance` one entry per field with the round, the method and the field's alpha in that round
(NaN when alpha is undefined). A tie gives no gold value but a provenance entry with method `tie`, so
"annotated but undecided" is told apart from "not annotated".
"""

from __future__ import annotations

import functools
from pathlib import Path

from sikap.annotation import config as cfg
from sikap.annotation.agreement import PRESENT, field_labels
from sikap.schema import load


def latest_gold(gold: list[dict]) -> dict[str, dict[str, dict]]:
    """article_id -> field -> the gold row of the latest round."""
    out: dict[str, dict[str, dict]] = {}
    for row in sorted(gold, key=lambda r: r["round"]):
        out.setdefault(row["article_id"], {})[row["field"]] = row
    return out


def apply_gold(row: dict, fields: dict[str, dict], order: list[str], topics: list[str]) -> dict:
    row = dict(row)
    present = {f.split(".", 1)[1] for f, g in fields.items() if f.startswith(cfg.TOPICS + ".") and g["value"] == PRESENT}
    row[cfg.TOPICS] = [t for t in topics if t in present]
    for name, g in fields.items():
        if name.startswith(cfg.STANCE_PREFIX):
            row[name] = g["value"]
    row["label_provenance"] = [
        {"field": f, "round": fields[f]["round"], "method": fields[f]["method"],
         "agreement": float("nan") if fields[f]["agreement"] is None else fields[f]["agreement"]}
        for f in order if f in fields
    ]
    return row


def _signature(root: Path) -> tuple:
    """What the gold lookup depends on (names, sizes, mtimes), so a cached lookup follows file changes."""
    from sikap.annotation import rounds
    from sikap.annotation.gold import FOLDER

    files = [rounds.round_dir(root, r) / rounds.MANIFEST for r in rounds.pulled_rounds(root)]
    files += sorted((root / FOLDER).glob("*")) if (root / FOLDER).is_dir() else []
    return tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files)


@functools.lru_cache(maxsize=4)
def _lookup(root: str, signature: tuple) -> dict[str, dict[str, dict]]:
    from sikap.annotation.gold import read_gold

    return latest_gold(read_gold(Path(root)))


def _resolve(root) -> Path:
    from sikap.annotation.rounds import default_root

    return Path(root) if root is not None else default_root()


def apply_gold_rows(articles: list[dict], root: Path | str | None = None) -> list[dict]:
    """Article rows with the gold labels of the pulled rounds (unchanged when there is no round).

    The build's one call into this module; cheap when annotations/ holds no round (one directory listing),
    and the gold is read once per process and annotations/ state."""
    from sikap.annotation import rounds

    root = _resolve(root)
    if not rounds.pulled_rounds(root):
        return articles
    gold = _lookup(str(root.resolve()), _signature(root))
    order = [*field_labels()]
    topics = load().vocab("topics").names
    return [apply_gold(a, gold[a["article_id"]], order, topics) if a["article_id"] in gold else a for a in articles]


def annotations_table(root: Path | str | None = None):
    """The `annotations` config: every pulled round's long table (verified, validated); None without rounds."""
    from sikap.annotation import rounds

    root = _resolve(root)
    pulled = rounds.pulled_rounds(root)
    if not pulled:
        return None
    import pyarrow as pa

    table = pa.concat_tables([rounds.read_table(root, r) for r in pulled])
    return table if table.num_rows else None  # rounds without a single annotation add no config
