"""`sikap annotate push`: create (or reuse) a round's project and import the selected articles as tasks.

Idempotent: every task carries its `article_id` in its data, and articles already in the project are
never imported again. The SDK retries POSTs, so imports and project creation go out with retries off:
a failed call is repeated by running push again, which the article_id key makes safe.
Machine pre-annotations (target mentions, with the pipeline's `mentions_model_version`) go in as
predictions on the `mention` control, never as labels.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sikap.annotation import config as cfg
from sikap.annotation.client import (NO_RETRY, ROUND_MARKER, Server, check_config, export_json, find_project,
                                     project_title, round_settings, server_errors)
from sikap.annotation.errors import AnnotationError
from sikap.annotation.offsets import to_utf16

BATCH = 1000  # tasks per import POST (Label Studio allows 250k / 200 MB)


@dataclass(frozen=True)
class PushResult:
    round: int
    project_id: int
    created: bool
    added: int
    already: int
    predictions: int
    seconds: float


def read_articles(dataset: Path) -> tuple[list[dict], dict[str, str], str]:
    """Articles and source names of a built dataset folder, and a version id of its articles files."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sikap.card import data_pattern

    shards = sorted(dataset.glob(data_pattern("articles")))
    if not shards:
        raise AnnotationError("no_dataset", f"{dataset} holds no articles ({data_pattern('articles')}); "
                              "build it first (`sikap build`)")
    cols = ["article_id", "title", "text", "source_id", "target_mentions", "mentions_model_version"]
    articles = pa.concat_tables(pq.read_table(p, columns=cols) for p in shards).to_pylist()
    digest = hashlib.sha256(b"".join(hashlib.sha256(p.read_bytes()).digest() for p in shards)).hexdigest()
    names = {}
    for p in sorted(dataset.glob(data_pattern("sources"))):
        names.update((r["source_id"], r["name"]) for r in pq.read_table(p, columns=["source_id", "name"]).to_pylist())
    return articles, names, f"articles-sha256:{digest[:16]}"


def select(articles: list[dict], ids: list[str] | None) -> list[dict]:
    if not ids:
        return articles
    by_id = {a["article_id"]: a for a in articles}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise AnnotationError("unknown_article", f"not in the dataset: {', '.join(missing[:5])}")
    return [by_id[i] for i in dict.fromkeys(ids)]


def task(article: dict, sources: dict[str, str], version: str, round_no: int) -> dict:
    """One task: what the config shows, the article_id key, and the mentions as a prediction."""
    sid = article["source_id"]
    outlet = f"{sources.get(sid, sid)} ({sid})" if sid else "(outlet unknown)"
    text = article["text"]
    data = {"article_id": article["article_id"], "title": article["title"] or "(no title)", "outlet": outlet,
            "text": text, "dataset_version": version, "round": round_no}
    out = {"data": data}
    mentions = article["target_mentions"] or []
    if mentions:
        result = [{"id": f"m{i:04d}", "from_name": cfg.MENTION, "to_name": cfg.TEXT, "type": "labels",
                   "value": {"start": to_utf16(text, m["start"]), "end": to_utf16(text, m["end"]),
                             "text": m["text"], "labels": [m["target"]]}}
                  for i, m in enumerate(mentions)]
        out["predictions"] = [{"model_version": article["mentions_model_version"], "result": result}]
    return out


def existing_keys(ls, server: Server, project_id: int) -> list[str]:
    """article_id of every task already in the project (duplicates included, to detect them)."""
    return [t.get("data", {}).get("article_id") for t in json.loads(export_json(ls, server, project_id))]


def _description(round_no: int, overlap: int, rule: str, version: str, xml: str) -> str:
    settings = {"round": round_no, "overlap": overlap, "selection": rule, "dataset_version": version,
                "config_hash": cfg.config_hash(xml)}
    return (f"sikap annotation round {round_no}: guidelines in annotations/GUIDELINES.md of the sikap repository.\n"
            f"{ROUND_MARKER}:{json.dumps(settings, sort_keys=True)}")


def ensure_project(ls, server: Server, round_no: int, overlap: int, rule: str, version: str, xml: str):
    project = find_project(ls, server, round_no, required=False)
    if project is not None:
        check_config(project, xml)
        recorded = round_settings(project).get("overlap", project.maximum_annotations)
        if recorded != overlap:
            raise AnnotationError("overlap_mismatch", f"round {round_no} was pushed with overlap {recorded}, not {overlap}; "
                                  "keep the round's overlap or start a new round")
        return project, False
    with server_errors(server, "creating the round's project"):
        project = ls.projects.create(title=project_title(round_no), label_config=xml, maximum_annotations=overlap,
                                     description=_description(round_no, overlap, rule, version, xml),
                                     show_collab_predictions=True, request_options=NO_RETRY)
    return project, True


def push(server: Server, dataset: Path, round_no: int, overlap: int = 3, article_ids: list[str] | None = None) -> PushResult:
    start = time.monotonic()
    articles, sources, version = read_articles(dataset)
    chosen = select(articles, article_ids)
    xml = cfg.labeling_config()
    with server.connect() as ls:
        return _push(ls, server, round_no, overlap, article_ids, chosen, sources, version, xml, start)


def _push(ls, server, round_no, overlap, article_ids, chosen, sources, version, xml, start) -> PushResult:
    rule = "listed article_ids" if article_ids else f"all articles of {version}"
    project, created = ensure_project(ls, server, round_no, overlap, rule, version, xml)
    keys = existing_keys(ls, server, project.id)
    have = set(keys)
    new = [task(a, sources, version, round_no) for a in chosen if a["article_id"] not in have]
    for i in range(0, len(new), BATCH):
        with server_errors(server, f"importing tasks {i + 1}-{i + len(new[i:i + BATCH])} of {len(new)}"):
            ls.projects.import_tasks(id=project.id, request=new[i:i + BATCH], return_task_ids=True,
                                     request_options={**NO_RETRY, "timeout": server.timeout})
    if new:  # what the project holds now: a retried or repeated POST would show as duplicates
        keys = existing_keys(ls, server, project.id)
    dupes = sorted(k for k, n in Counter(keys).items() if n > 1)
    if dupes:
        raise AnnotationError("duplicate_tasks", f"project {project.id} holds several tasks for {', '.join(dupes[:5])}; "
                              "delete the extra tasks in Label Studio")
    return PushResult(round_no, project.id, created, len(new), len(chosen) - len(new),
                      sum(1 for t in new if "predictions" in t), time.monotonic() - start)
