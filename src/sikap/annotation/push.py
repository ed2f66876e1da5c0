"""`sikap annotate push`: a round's articles onto the annotators' own servers, each task to `overlap` of them.

The assignment (sikap.annotation.assignment) is computed from the selected articles, the annotators,
the overlap and the seed; each annotator's server gets a project `sikap round NN` holding exactly
their articles, with those settings recorded in its description (names stay on the local servers; the
pulled manifest holds pseudonyms). Idempotent: every task carries its `article_id`, articles already in a
project are never imported again, and imports go out with retries off; a push with other annotators,
overlap, seed, articles or dataset version is refused (`round_mismatch`): start a new round instead.
Machine-found mentions go into the task data as a short summary per target, shown in a closed panel.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sikap.annotation import assignment as plan
from sikap.annotation import config as cfg
from sikap.annotation.client import (NO_RETRY, ROUND_MARKER, Server, Team, check_config, export_json, find_project,
                                     project_title, round_settings, server_errors)
from sikap.annotation.errors import AnnotationError

BATCH = 1000  # tasks per import POST (Label Studio allows 250k / 200 MB)
DEFAULT_SEED = 1
# Settings that make a round what it is: a push that differs in one of them is another round.
IDENTITY = ("annotators", "overlap", "seed", "articles_sha256", "dataset_version", "config_hash")


@dataclass(frozen=True)
class PushResult:
    round: int
    projects: dict  # annotator -> {"project_id", "created", "added", "already"}
    assignment: dict  # article_id -> annotators
    settings: dict
    seconds: float

    @property
    def added(self) -> int:
        return sum(p["added"] for p in self.projects.values())

    @property
    def already(self) -> int:
        return sum(p["already"] for p in self.projects.values())


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


def mention_summary(mentions: list[dict], model_version: str | None) -> str:
    """One line per target: the names the machine found and how often (or a sentence saying none)."""
    if not mentions:
        return "The machine found no name of a stance target in this article."
    by: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        by[m["target"]][m["text"]] += 1
    lines = [f"{t}: " + ", ".join(f"{name} ({n})" for name, n in sorted(c.items(), key=lambda x: (-x[1], x[0])))
             for t, c in by.items()]
    return "\n".join([*lines, f"(alias matching, {model_version})"])


def task(article: dict, sources: dict[str, str], version: str, round_no: int) -> dict:
    """One task: what the config shows and the article_id key (no prediction: see sikap.annotation.config)."""
    sid = article["source_id"]
    outlet = f"{sources.get(sid, sid)} ({sid})" if sid else "(outlet unknown)"
    mentions = article["target_mentions"] or []
    return {"data": {"article_id": article["article_id"], "title": article["title"] or "(no title)", "outlet": outlet,
                     "text": article["text"], "dataset_version": version, "round": round_no,
                     cfg.MENTIONS: mention_summary(mentions, article["mentions_model_version"]),
                     "mentions_model_version": article["mentions_model_version"] if mentions else None}}


def existing_keys(ls, server: Server, project_id: int) -> list[str]:
    """article_id of every task already in the project (duplicates included, to detect them)."""
    return [t.get("data", {}).get("article_id") for t in json.loads(export_json(ls, server, project_id))]


def round_plan(article_ids: list[str], annotators: list[str], overlap: int, seed: int, rule: str, version: str) -> dict:
    """The settings every project of the round records, with the assignment they imply."""
    assigned = plan.assign(article_ids, annotators, overlap, seed)
    ids = sorted(assigned)
    return {"annotators": sorted(annotators), "overlap": overlap, "seed": seed, "selection": rule,
            "dataset_version": version, "articles": len(ids), "config_hash": cfg.config_hash(cfg.labeling_config()),
            "articles_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest(),
            "assignment_sha256": plan.digest(assigned)}, assigned


def _description(round_no: int, settings: dict) -> str:
    return (f"sikap annotation round {round_no}: guidelines in annotations/GUIDELINES.md of the sikap repository.\n"
            f"{ROUND_MARKER}:{json.dumps({'round': round_no, **settings}, sort_keys=True)}")


def check_same_round(round_no: int, who: str, recorded: dict, settings: dict) -> None:
    diff = [f"{k} {recorded.get(k)!r} (now {settings[k]!r})" for k in IDENTITY if recorded.get(k) != settings[k]]
    if diff:
        raise AnnotationError("round_mismatch", f"round {round_no} on {who}'s server was pushed with "
                              f"{'; '.join(diff)}; a round keeps its annotators, overlap, seed and articles: "
                              "push a new round instead")


def ensure_project(ls, server: Server, round_no: int, settings: dict, xml: str, adjudication: bool = False):
    project = find_project(ls, server, round_no, required=False, adjudication=adjudication)
    if project is not None:
        check_config(project, xml)
        if not adjudication:
            check_same_round(round_no, server.who, round_settings(project), settings)
        return project, False
    with server_errors(server, "creating the round's project"):
        project = ls.projects.create(title=project_title(round_no, adjudication), label_config=xml,
                                     description=_description(round_no, settings), maximum_annotations=1,
                                     show_collab_predictions=False, show_skip_button=True,
                                     request_options=NO_RETRY)
    return project, True


def import_missing(ls, server: Server, project_id: int, tasks: list[dict]) -> tuple[int, int]:
    """(added, already there); tasks keyed by data.article_id; refuses a project holding duplicates."""
    keys = existing_keys(ls, server, project_id)
    have = set(keys)
    new = [t for t in tasks if t["data"]["article_id"] not in have]
    for i in range(0, len(new), BATCH):
        with server_errors(server, f"importing tasks {i + 1}-{i + len(new[i:i + BATCH])} of {len(new)}"):
            ls.projects.import_tasks(id=project_id, request=new[i:i + BATCH], return_task_ids=True,
                                     request_options={**NO_RETRY, "timeout": server.timeout})
    if new:  # what the project holds now: a retried or repeated POST would show as duplicates
        keys = existing_keys(ls, server, project_id)
    dupes = sorted(k for k, n in Counter(keys).items() if n > 1)
    if dupes:
        raise AnnotationError("duplicate_tasks", f"project {project_id} on {server.who or server.url} holds several "
                              f"tasks for {', '.join(dupes[:5])}; delete the extra tasks in Label Studio")
    return len(new), len(tasks) - len(new)


def push(team: Team, dataset: Path, round_no: int, annotators: list[str], overlap: int = 2,
         article_ids: list[str] | None = None, seed: int = DEFAULT_SEED) -> PushResult:
    start = time.monotonic()
    servers = {name: team.server(name) for name in annotators}  # unknown names fail before anything is read
    articles, sources, version = read_articles(dataset)
    chosen = {a["article_id"]: a for a in select(articles, article_ids)}
    rule = "listed article_ids" if article_ids else f"all articles of {version}"
    settings, assigned = round_plan(list(chosen), annotators, overlap, seed, rule, version)
    xml = cfg.labeling_config()
    projects, per = {}, plan.per_annotator(assigned)
    for name in sorted(annotators):
        ids = per.get(name, [])
        with servers[name].connect() as ls:
            project, created = ensure_project(ls, servers[name], round_no, settings, xml)
            added, already = import_missing(ls, servers[name], project.id,
                                            [task(chosen[a], sources, version, round_no) for a in ids])
        projects[name] = {"project_id": project.id, "created": created, "added": added, "already": already}
    return PushResult(round_no, projects, assigned, settings, time.monotonic() - start)
