"""Pull round 1 from the real server into a temporary folder: snapshot, validation, pseudonyms, bytes."""

from __future__ import annotations

import hashlib
import json

import pytest

from sikap.annotation import rounds
from sikap.annotation.pseudonyms import pseudonym
from tests.annotation.conftest import SALT, USERS, choice, post, tree_bytes, tree_names

pytestmark = pytest.mark.studio


def test_snapshot_files_and_manifest(pulled, round1):
    root, result = pulled
    folder = root / "round-01"
    assert result.status == "written" and result.path == folder
    assert tree_names(root) == ["round-01", "round-01/annotations.parquet", "round-01/export.json.gz",
                                "round-01/manifest.json"]
    m = json.loads((folder / "manifest.json").read_text())
    assert m["label_studio"] == {"version": "1.23.2", "project_id": round1.project_id, "project_title": "sikap round 01"}
    from sikap.annotation.config import config_hash, labeling_config

    assert m["config_hash"] == config_hash(labeling_config())
    assert m["overlap"] == 3 and m["selection"]["article_ids"] == round1.articles
    assert m["counts"] == {"tasks": 6, "tasks_annotated": 6, "annotations": 19, "cancelled": 1, "ground_truth": 1,
                           "predictions": 6, "drafts": 0, "annotators": 4, "rows": 19 * 11}
    for name, info in m["files"].items():
        data = (folder / name).read_bytes()
        assert info == {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    assert m["exported_at"].endswith("Z")
    assert m["prediction_model_versions"][0].startswith("alias-match-")


def test_raw_export_is_kept_as_received(pulled, round1, label_studio):
    data = rounds.read_export(pulled[0], 1)
    assert hashlib.sha256(data).hexdigest() == rounds.read_manifest(pulled[0], 1)["export_sha256"]
    received = b"".join(label_studio.client().projects.exports.download_sync(
        round1.project_id, export_type="JSON", download_all_tasks=True))
    assert rounds.content_digest(json.loads(data)) == rounds.content_digest(json.loads(received))
    assert {a["completed_by"] for t in json.loads(data) for a in t["annotations"]} == set(round1.users.values())


def test_no_email_or_name_reaches_the_snapshot(pulled, label_studio):
    blob = b"".join(tree_bytes(pulled[0]).values()) + rounds.read_export(pulled[0], 1)  # the export is gzipped
    for email, first, last in [*USERS.values(), (label_studio.username, "", "")]:
        assert email.encode() not in blob
        if first:
            assert f"{first} {last}".encode() not in blob
    expected = {pseudonym(SALT, email) for email, _, _ in USERS.values()} | {pseudonym(SALT, label_studio.username)}
    assert set(json.loads((pulled[0] / "round-01" / "manifest.json").read_text())["annotators"]) == expected


def test_long_table_rows(round1_rows, round1):
    a1, a4 = round1.articles[0], round1.articles[3]
    by = {(r["article_id"], r["annotator"], r["field"], r["ground_truth"]): r for r in round1_rows}
    A = pseudonym(SALT, USERS["A"][0])
    row = by[(a1, A, "stance_israel", False)]
    assert (row["target"], row["stance"], row["cancelled"], row["lead_time"]) == ("israel", "against", False, 10.0)
    assert row["evidence"] == [{"target": "israel", **round1.evidence}]
    assert by[(a1, A, "topics", False)]["topics"] == ["defence_pact", "strike_on_doha"]
    assert by[(a1, A, "confidence", False)]["confidence"] == "high"
    assert by[(a1, A, "stance_hamas", False)]["stance"] is None  # not answered: an explicit null
    assert by[(a4, pseudonym(SALT, USERS["B"][0]), "comment", False)]["comment"] == "framing toward Qatar is ambiguous"
    skipped = [r for r in round1_rows if r["cancelled"]]
    assert len(skipped) == 11 and {r["annotator"] for r in skipped} == {pseudonym(SALT, USERS["C"][0])}
    assert all(r["stance"] is None and r["topics"] == [] for r in skipped)
    gt = [r for r in round1_rows if r["ground_truth"] and r["field"] == "stance_qatar"]
    assert [(r["article_id"], r["stance"]) for r in gt] == [(a4, "favor")]
    assert all(r["round"] == 1 and r["created_at"].endswith("Z") for r in round1_rows)


def test_table_is_validated_against_schema(pulled):
    from sikap.schema.validation import validate_table

    validate_table("annotations", rounds.read_table(pulled[0], 1))


def test_pulling_an_unchanged_round_again_writes_identical_bytes(pulled, studio_server):
    from sikap.annotation.pull import pull

    before = tree_bytes(pulled[0])
    again = pull(studio_server, 1, pulled[0], SALT)
    assert again.status == "unchanged"
    assert tree_bytes(pulled[0]) == before
    # Into a fresh folder, the same export gives the same table (the manifest differs only by export time).
    fresh = pulled[0].parent / "fresh"
    pull(studio_server, 1, fresh, SALT, now="2000-01-01T00:00:00Z")
    assert (fresh / "round-01" / "annotations.parquet").read_bytes() == before["round-01/annotations.parquet"]


def test_changed_round_needs_the_flag_and_keeps_the_old_snapshot(label_studio, studio_server, seed_dataset,
                                                                   annotators, tmp_path):
    from sikap.annotation.errors import AnnotationError
    from sikap.annotation.pull import pull
    from sikap.annotation.push import push
    from tests.annotation.conftest import task_ids

    project = push(studio_server, seed_dataset, 5, overlap=2).project_id
    ls = label_studio.client()
    tasks = sorted(task_ids(ls, project).values())
    post(ls, tasks[0], annotators["A"], [choice("stance_qatar", "favor")])
    root = tmp_path / "annotations"
    assert pull(studio_server, 5, root, SALT).status == "written"
    old = tree_bytes(root)
    post(ls, tasks[0], annotators["B"], [choice("stance_qatar", "against")])
    with pytest.raises(AnnotationError) as err:
        pull(studio_server, 5, root, SALT)
    assert err.value.code == "round_changed" and "--allow-changed" in str(err.value)
    assert tree_bytes(root) == old
    replaced = pull(studio_server, 5, root, SALT, allow_changed=True, now="2099-01-01T00:00:00Z")
    assert replaced.status == "replaced" and replaced.counts["annotations"] == 2
    stamp = json.loads(old["round-05/manifest.json"])["exported_at"].replace(":", "").replace("-", "")
    kept = tree_bytes(root / "round-05" / "history" / stamp)
    assert kept == {k.removeprefix("round-05/"): v for k, v in old.items()}
    assert rounds.verify(root, 5)["counts"]["annotations"] == 2
