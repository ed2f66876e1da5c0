"""Push the seed articles as round 1 to the real server: tasks, pre-annotations, idempotence."""

from __future__ import annotations

import json

import pytest

from sikap.annotation.push import task

pytestmark = pytest.mark.studio


def test_first_push_imports_every_article_second_adds_nothing(round1, seed_build, label_studio):
    n = seed_build[0].tables["articles"].num_rows
    assert (round1.first_push.created, round1.first_push.added, round1.first_push.already) == (True, n, 0)
    assert (round1.second_push.created, round1.second_push.added, round1.second_push.already) == (False, 0, n)
    assert round1.second_push.project_id == round1.project_id
    tasks = json.loads(b"".join(label_studio.client().projects.exports.download_sync(
        round1.project_id, export_type="JSON", download_all_tasks=True)))
    assert sorted(t["data"]["article_id"] for t in tasks) == sorted(  # one task per article, no duplicate
        seed_build[0].tables["articles"].column("article_id").to_pylist())


def test_project_records_overlap_selection_and_version(round1, label_studio):
    from sikap.annotation.client import round_settings

    project = label_studio.client().projects.get(id=round1.project_id)
    assert project.title == "sikap round 01" and project.maximum_annotations == 3
    settings = round_settings(project)
    assert settings["overlap"] == 3 and settings["round"] == 1
    assert settings["selection"].startswith("all articles of articles-sha256:")


def test_tasks_carry_key_version_and_mentions_as_machine_predictions(round1, label_studio, seed_build):
    ls = label_studio.client()
    tasks = json.loads(b"".join(ls.projects.exports.download_sync(round1.project_id, export_type="JSON",
                                                                   download_all_tasks=True)))
    articles = {r["article_id"]: r for r in seed_build[0].tables["articles"].to_pylist()}
    for t in tasks:
        article = articles[t["data"]["article_id"]]
        assert t["data"]["text"] == article["text"]
        assert t["data"]["dataset_version"].startswith("articles-sha256:")
        assert t["data"]["title"] == (article["title"] or "(no title)")
        preds = ls.predictions.list(task=t["id"])
        assert len(preds) == (1 if article["target_mentions"] else 0)
        if preds:
            assert preds[0].model_version == article["mentions_model_version"]
            assert {r["from_name"] for r in preds[0].result} == {"mention"}  # never a label control
            assert len(preds[0].result) == len(article["target_mentions"])


def test_offsets_are_sent_in_utf16_units():
    text = "😀 Israel menyerang Doha."
    article = {"article_id": "0" * 16 + "-00", "title": None, "text": text, "source_id": None,
               "target_mentions": [{"target": "israel", "start": 2, "end": 8, "text": "Israel"}],
               "mentions_model_version": "alias-match-test"}
    value = task(article, {}, "v", 1)["predictions"][0]["result"][0]["value"]
    assert (value["start"], value["end"]) == (3, 9)  # the emoji is two UTF-16 units
    assert task(article, {}, "v", 1)["data"]["outlet"] == "(outlet unknown)"


def test_push_with_another_overlap_is_refused(round1, studio_server, seed_dataset):
    from sikap.annotation.errors import AnnotationError
    from sikap.annotation.push import push

    with pytest.raises(AnnotationError) as err:
        push(studio_server, seed_dataset, 1, overlap=2)
    assert err.value.code == "overlap_mismatch" and "overlap 3" in err.value.message


def test_push_of_unknown_article_fails_before_touching_the_server(studio_server, seed_dataset):
    from sikap.annotation.errors import AnnotationError
    from sikap.annotation.push import push

    with pytest.raises(AnnotationError) as err:
        push(studio_server, seed_dataset, 3, article_ids=["ffffffffffffffff-00"])
    assert err.value.code == "unknown_article"
