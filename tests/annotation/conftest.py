"""A real annotation round on the session's Label Studio server (tests/studio_fixture.py).

Three annotator users are created through the API, the seed articles pushed as round 1, and a scripted
set of overlapping annotations posted as those users (`completed_by`); then the round is pulled into a
temporary annotations folder. Everything is written under pytest's tmp dirs, never into the repo.

The script (articles a1..a6 in article_id order; A, B, C the annotators; ADJ the admin as adjudicator):
  stance_israel  A = B = C:  against, against, neutral, against, neutral, not_mentioned   (C skips a6)
  stance_qatar   a1 fff  a2 ffn  a3 nnn  a4 fna  a5 mmm  a6 m n    (f favor, n neutral, a against,
                 m not_mentioned; C skipped a6) + ADJ's ground truth on a4: favor
  topics         identical for A, B, C (TOPICS below)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

SALT = "sikap-test-pseudonym-salt"
USERS = {"A": ("ayu.annotator@example.org", "Ayu", "Lestari"),
         "B": ("budi.annotator@example.org", "Budi", "Santoso"),
         "C": ("citra.annotator@example.org", "Citra", "Wulandari")}
ISRAEL = ["against", "against", "neutral", "against", "neutral", "not_mentioned"]
QATAR = {"A": ["favor", "favor", "neutral", "favor", "not_mentioned", "not_mentioned"],
         "B": ["favor", "favor", "neutral", "neutral", "not_mentioned", "neutral"],
         "C": ["favor", "neutral", "neutral", "against", "not_mentioned", None]}  # None: C skips a6
TOPICS = [["defence_pact", "strike_on_doha"], ["summit_diplomacy", "gaza_mediation"], ["strike_on_doha"],
          ["defence_pact", "strike_on_doha"], ["nato_israel", "palestine_recognition"], ["nato_ukraine"]]
CONFIDENCE = {"A": "high", "B": "medium", "C": "low"}


def choice(name: str, *values: str) -> dict:
    return {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": list(values)}}


def span(target: str, start: int, end: int, text: str, name: str = "evidence") -> dict:
    return {"id": f"{name}-{target}-{start}", "from_name": name, "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text, "labels": [target]}}


@dataclass
class Round:
    number: int
    project_id: int
    articles: list[str]  # a1..a6
    tasks: dict[str, int]  # article_id -> task id
    users: dict[str, int]  # A, B, C, ADJ -> user id
    first_push: object
    second_push: object
    evidence: dict  # the one evidence span posted (A, a1, israel)


@pytest.fixture(scope="session")
def seed_dataset(seed_build) -> Path:
    return seed_build[1]


@pytest.fixture(scope="session")
def studio_server(label_studio):
    from sikap.annotation.client import Server

    return Server(label_studio.url, label_studio.token, timeout=60)


@pytest.fixture(scope="session")
def annotators(label_studio) -> dict[str, int]:
    """Three annotator users, created through the API and put in the admin's organization."""
    ls = label_studio.client()
    org = ls.users.whoami().active_organization
    ids = {"ADJ": ls.users.whoami().id}
    for key, (email, first, last) in USERS.items():
        user = ls.users.create(username=email.split("@")[0], email=email, password=f"pw-{key}-0123456789",
                               first_name=first, last_name=last)
        assert user.active_organization is None  # the fact from the notes: it must be set
        assert ls.users.update(id=user.id, active_organization=org).active_organization == org
        ids[key] = user.id
    return ids


def task_ids(ls, project_id: int) -> dict[str, int]:
    import json

    tasks = json.loads(b"".join(ls.projects.exports.download_sync(project_id, export_type="JSON",
                                                                   download_all_tasks=True)))
    return {t["data"]["article_id"]: t["id"] for t in tasks}


def post(ls, task_id: int, user_id: int, result: list, **extra):
    return ls.annotations.create(id=task_id, result=result, completed_by=user_id, **extra)


@pytest.fixture(scope="session")
def round1(label_studio, studio_server, seed_build, seed_dataset, annotators) -> Round:
    from sikap.annotation.push import push

    first = push(studio_server, seed_dataset, 1, overlap=3)
    second = push(studio_server, seed_dataset, 1, overlap=3)
    ls = label_studio.client()
    tasks = task_ids(ls, first.project_id)
    articles = sorted(tasks)
    by_id = {r["article_id"]: r for r in seed_build[0].tables["articles"].to_pylist()}
    mention = next(m for m in by_id[articles[0]]["target_mentions"] if m["target"] == "israel")
    evidence = {"start": mention["start"], "end": mention["end"], "text": mention["text"]}
    for key in ("A", "B", "C"):
        for i, article in enumerate(articles):
            if QATAR[key][i] is None:
                post(ls, tasks[article], annotators[key], [], was_cancelled=True, lead_time=4.0)
                continue
            result = [choice("topics", *TOPICS[i]), choice("stance_israel", ISRAEL[i]),
                      choice("stance_qatar", QATAR[key][i]), choice("confidence", CONFIDENCE[key])]
            if key == "A" and i == 0:
                result.append(span("israel", **evidence))
            if key == "B" and i == 3:
                result.append({"from_name": "comment", "to_name": "text", "type": "textarea",
                               "value": {"text": ["framing toward Qatar is ambiguous"]}})
            post(ls, tasks[article], annotators[key], result, lead_time=10.0 + i)
    post(ls, tasks[articles[3]], annotators["ADJ"], [choice("stance_qatar", "favor")], ground_truth=True, lead_time=30.0)
    return Round(1, first.project_id, articles, tasks, annotators, first, second, evidence)


@pytest.fixture(scope="session")
def pulled(round1, studio_server, tmp_path_factory):
    """(annotations root, PullResult) of round 1 pulled into a temporary folder."""
    from sikap.annotation.pull import pull

    root = tmp_path_factory.mktemp("annotations") / "annotations"
    return root, pull(studio_server, 1, root, SALT)


@pytest.fixture(scope="session")
def round1_rows(pulled) -> list[dict]:
    from sikap.annotation.rounds import read_table

    return read_table(pulled[0], 1).to_pylist()


def tree_bytes(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def tree_names(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) if folder.exists() else []
