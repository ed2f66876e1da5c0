"""Gold labels into the articles rows, and the `annotations` table, for the dataset build.

The build calls `apply_gold_rows(rows, annotations_root)` where article rows are made, and writes
`annotations_table(annotations_root)` as the `annotations` config. With no pulled round the rows are
untouched and there is no table (the build's output stays byte-identical). Otherwise every snapshot is
verified against its manifest and validated, the gold labels must have been decided from exactly these
snapshots (else `stale_gold`), and each article gets its gold row per field (one per article and field,
rule in sikap.annotation.adjudicate): `stance_<target>` the gold value, `topics` the labels decided
present (vocabulary order), `topics_tied` the labels whose votes tied (neither present nor absent), and
`label_provenance` one entry per field with the deciding round, every round that voted, the method and the
field's alpha in the deciding round (NaN when undefined). A tie gives no gold value but a provenance entry
with method `tie`, so "annotated but undecided" is told apart from "not annotated".
"""

from __future__ import annotations

import functools
from pathlib import Path

from sikap.annotation import config as cfg
from sikap.annotation.agreement import PRESENT, field_labels
from sikap.schema import load

TIED = "topics_tied"


def by_article(gold: list[dict]) -> dict[str, dict[str, dict]]:
    """article_id -> field -> its gold row."""
    out: dict[str, dict[str, dict]] = {}
    for row in gold:
        out.setdefault(row["article_id"], {})[row["field"]] = row
    return out


def apply_gold(row: dict, fields: dict[str, dict], order: list[str], topics: list[str]) -> dict:
    row = dict(row)

    def topic_labels(keep) -> list[str]:
        chosen = {f.split(".", 1)[1] for f, g in fields.items() if f.startswith(cfg.TOPICS + ".") and keep(g)}
        return [t for t in topics if t in chosen]

    row[cfg.TOPICS] = topic_labels(lambda g: g["value"] == PRESENT)
    row[TIED] = topic_labels(lambda g: g["method"] == "tie")
    for name, g in fields.items():
        if name.startswith(cfg.STANCE_PREFIX):
            row[name] = g["value"]
    row["label_provenance"] = [
        {"field": f, "round": fields[f]["round"], "rounds": list(fields[f]["rounds"]), "method": fields[f]["method"],
         "agreement": float("nan") if fields[f]["agreement"] is None else fields[f]["agreement"]}
        for f in order if f in fields
    ]
    return row


def _signature(root: Path) -> tuple:
    """What the gold lookup depends on (names, sizes, mtimes), so a cached lookup follows file changes."""
    from sikap.annotation import rounds
    from sikap.annotation.gold import FOLDER

    files = [rounds.round_dir(root, r) / rounds.MANIFEST for r in rounds.pulled_rounds(root)]
    files += [rounds.adjudication_dir(root, r) / rounds.MANIFEST for r in rounds.adjudicated_rounds(root)]
    files += sorted((root / FOLDER).glob("*")) if (root / FOLDER).is_dir() else []
    return tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files)


@functools.lru_cache(maxsize=4)
def _lookup(root: str, signature: tuple) -> dict[str, dict[str, dict]]:
    from sikap.annotation.gold import read_gold

    return by_article(read_gold(Path(root)))


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
    """The `annotations` config: every pulled round's long table, then every adjudication's (verified,
    validated; adjudicators' rows have ground_truth true); None without rounds."""
    from sikap.annotation import rounds

    root = _resolve(root)
    pulled = rounds.pulled_rounds(root)
    if not pulled:
        return None
    import pyarrow as pa

    tables = [rounds.read_table(root, r) for r in pulled]
    tables += [rounds.read_folder_table(rounds.adjudication_dir(root, r)) for r in rounds.adjudicated_rounds(root)]
    table = pa.concat_tables(tables)
    return table if table.num_rows else None  # rounds without a single annotation add no config
