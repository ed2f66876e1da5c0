"""Push to the annotators' own servers: the assignment, the projects' settings, tasks, idempotence, refusals."""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from sikap.annotation.errors import AnnotationError
from sikap.annotation.push import mention_summary, push, task
from tests.annotation.conftest import project_of, task_ids

pytestmark = pytest.mark.studio
TEAM = ["ayu", "budi", "citra", "dewi"]


@pytest.fixture(scope="module")
def round1(walkthrough, studio_team, seed_dataset):
    """Round 1 as the walkthrough pushed it, pushed again (adds nothing, returns the assignment)."""
    return push(studio_team, seed_dataset, 1, TEAM, overlap=2)


def test_four_annotators_overlap_two(round1, seed_build):
    articles = sorted(seed_build[0].tables["articles"].column("article_id").to_pylist())
    assert sorted(round1.assignment) == articles
    assert all(len(p) == 2 for p in round1.assignment.values())
    shares = {name: p["added"] + p["already"] for name, p in round1.projects.items()}
    assert shares == {name: 3 for name in TEAM}  # 6 articles x 2 / 4 annotators
    assert {pair for p in round1.assignment.values() for pair in combinations(p, 2)} == set(combinations(TEAM, 2))
    assert (round1.added, round1.already) == (0, 12)  # the walkthrough pushed it already


def test_each_server_holds_exactly_its_annotators_articles(round1, walkthrough):
    for name in TEAM:
        ls = walkthrough.admin(name)
        project = project_of(ls, 1)
        assert project.id == round1.projects[name]["project_id"]
        expected = sorted(a for a, people in round1.assignment.items() if name in people)
        assert sorted(task_ids(ls, project.id)) == expected


def test_projects_record_the_round(round1, walkthrough):
    from sikap.annotation.client import round_settings

    recorded = {name: round_settings(project_of(walkthrough.admin(name), 1)) for name in TEAM}
    first = recorded["ayu"]
    assert all(r == first for r in recorded.values())
    assert (first["annotators"], first["overlap"], first["seed"], first["round"]) == (TEAM, 2, 1, 1)
    assert first["assignment_sha256"] == round1.settings["assignment_sha256"]
    assert first["selection"].startswith("all articles of articles-sha256:")


def test_tasks_carry_key_version_and_mentions_as_data_not_predictions(walkthrough, seed_build):
    ls = walkthrough.admin("ayu")
    tasks = json.loads(b"".join(ls.projects.exports.download_sync(project_of(ls, 1).id, export_type="JSON",
                                                                   download_all_tasks=True)))
    articles = {r["article_id"]: r for r in seed_build[0].tables["articles"].to_pylist()}
    for t in tasks:
        article = articles[t["data"]["article_id"]]
        assert t["data"]["text"] == article["text"] and t["data"]["dataset_version"].startswith("articles-sha256:")
        assert t["data"]["mentions"] == mention_summary(article["target_mentions"], article["mentions_model_version"])
        assert t["predictions"] == []  # Label Studio would copy a prediction into the annotator's annotation


def test_mention_summary_counts_names_per_target():
    mentions = [{"target": "qatar", "text": "Doha", "start": 0, "end": 4},
                {"target": "qatar", "text": "Qatar", "start": 9, "end": 14},
                {"target": "qatar", "text": "Qatar", "start": 20, "end": 25},
                {"target": "israel", "text": "Israel", "start": 30, "end": 36}]
    assert mention_summary(mentions, "alias-match-1") == \
        "qatar: Qatar (2), Doha (1)\nisrael: Israel (1)\n(alias matching, alias-match-1)"
    article = {"article_id": "0" * 16 + "-00", "title": None, "text": "x", "source_id": None,
               "target_mentions": [], "mentions_model_version": "alias-match-1"}
    data = task(article, {}, "v", 1)["data"]
    assert data["outlet"] == "(outlet unknown)" and data["mentions_model_version"] is None
    assert "no name" in data["mentions"]


def test_a_push_with_other_settings_is_another_round(round1, studio_team, seed_dataset):
    with pytest.raises(AnnotationError) as err:
        push(studio_team, seed_dataset, 1, TEAM, overlap=2, seed=7)
    assert err.value.code == "round_mismatch" and "seed 1 (now 7)" in err.value.message
    with pytest.raises(AnnotationError) as err:
        push(studio_team, seed_dataset, 1, TEAM[:3], overlap=2)
    assert err.value.code == "round_mismatch" and "annotators" in err.value.message


@pytest.mark.parametrize("names, overlap, ids, code", [
    (["ayu", "nobody"], 1, None, "no_annotator"),
    (["ayu", "budi"], 3, None, "bad_assignment"),
    (["ayu"], 1, ["ffffffffffffffff-00"], "unknown_article"),
])
def test_refused_before_touching_a_server(studio_team, seed_dataset, names, overlap, ids, code):
    with pytest.raises(AnnotationError) as err:
        push(studio_team, seed_dataset, 30, names, overlap=overlap, article_ids=ids)
    assert err.value.code == code
