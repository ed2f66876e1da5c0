"""Pull scripted round 3 from the annotators' servers into a temporary folder: snapshot, checks, pseudonyms."""

from __future__ import annotations

import hashlib
import json

import pytest

from sikap.annotation import rounds
from sikap.annotation.errors import AnnotationError
from sikap.annotation.pseudonyms import pseudonym
from tests.annotation.conftest import SALT, SCRIPTED, choice, post, project_of, task_ids, tree_bytes, tree_names

pytestmark = pytest.mark.studio


def pseud(walkthrough, name: str) -> str:
    return pseudonym(SALT, walkthrough.members[name].email)


def test_snapshot_files_and_manifest(pulled, round3, walkthrough):
    root, result = pulled
    folder = root / "round-03"
    assert result.status == "written" and result.path == folder
    who = sorted(pseud(walkthrough, n) for n in SCRIPTED.values())
    assert tree_names(root) == ["round-03", "round-03/annotations.parquet",
                                *(f"round-03/export-{p}.json.gz" for p in who), "round-03/manifest.json"]
    m = json.loads((folder / "manifest.json").read_text())
    assert m["label_studio"]["version"] == "1.23.2" and sorted(m["label_studio"]["projects"]) == who
    from sikap.annotation.config import config_hash, labeling_config

    assert m["config_hash"] == config_hash(labeling_config())
    assert m["selection"]["article_ids"] == round3.articles
    assert m["assignment"]["overlap"] == 3 and m["assignment"]["seed"] == 1
    assert m["assignment"]["articles"] == {a: who for a in round3.articles}
    assert m["counts"] == {"tasks": 18, "articles": 6, "tasks_annotated": 17, "annotations": 18, "cancelled": 1,
                           "drafts": 0, "annotators": 3, "rows": 18 * 11}
    for name, info in m["files"].items():
        data = (folder / name).read_bytes()
        assert info == {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    assert m["exported_at"].endswith("Z") and m["mentions_model_versions"][0].startswith("alias-match-")


def test_exports_are_kept_as_received(pulled, round3, walkthrough, studio_team):
    exports = rounds.read_exports(pulled[0] / "round-03")
    for key, name in SCRIPTED.items():
        data = exports[pseud(walkthrough, name)]
        ls = walkthrough.admin(name)
        received = b"".join(ls.projects.exports.download_sync(round3.projects[key], export_type="JSON",
                                                               download_all_tasks=True))
        assert rounds.content_digest(json.loads(data)) == rounds.content_digest(json.loads(received))
        assert {a["completed_by"] for t in json.loads(data) for a in t["annotations"]} == {studio_team.user_ids[name]}


def test_no_email_or_name_reaches_the_snapshot(pulled, walkthrough):
    blob = b"".join(tree_bytes(pulled[0]).values()) + b"".join(rounds.read_exports(pulled[0] / "round-03").values())
    for member in walkthrough.members.values():
        assert member.email.encode() not in blob and f'"{member.name}"'.encode() not in blob
    assert b"admin@sikap.local" not in blob


def test_long_table_rows(round3_rows, round3, walkthrough):
    a1, a4 = round3.articles[0], round3.articles[3]
    by = {(r["article_id"], r["annotator"], r["field"]): r for r in round3_rows}
    A = pseud(walkthrough, "ayu")
    row = by[(a1, A, "stance_israel")]
    assert (row["target"], row["stance"], row["cancelled"], row["lead_time"]) == ("israel", "against", False, 10.0)
    assert row["evidence"] == [{"target": "israel", **round3.evidence}]
    assert by[(a1, A, "topics")]["topics"] == ["defence_pact", "strike_on_doha"]
    assert by[(a1, A, "confidence")]["confidence"] == "high"
    assert by[(a1, A, "stance_hamas")]["stance"] is None  # not answered: an explicit null
    assert by[(a4, pseud(walkthrough, "budi"), "comment")]["comment"] == "framing toward Qatar is ambiguous"
    skipped = [r for r in round3_rows if r["cancelled"]]
    assert len(skipped) == 11 and {r["annotator"] for r in skipped} == {pseud(walkthrough, "citra")}
    assert all(r["stance"] is None and r["topics"] == [] for r in skipped)
    assert not any(r["ground_truth"] for r in round3_rows)  # only an adjudication decides
    assert all(r["round"] == 3 and r["created_at"].endswith("Z") for r in round3_rows)
    assert {r["prediction_model_version"] for r in round3_rows} == {row["prediction_model_version"]}


def test_pulling_an_unchanged_round_again_writes_identical_bytes(pulled, studio_team):
    from sikap.annotation.pull import pull

    before = tree_bytes(pulled[0])
    assert pull(studio_team, 3, pulled[0], SALT).status == "unchanged"
    assert tree_bytes(pulled[0]) == before
    fresh = pulled[0].parent / "fresh"
    pull(studio_team, 3, fresh, SALT, now="2000-01-01T00:00:00Z")
    assert (fresh / "round-03" / "annotations.parquet").read_bytes() == before["round-03/annotations.parquet"]


def test_changed_round_is_described_and_needs_the_flag(walkthrough, studio_team, seed_dataset, tmp_path):
    from sikap.annotation.pull import pull
    from sikap.annotation.push import push

    push(studio_team, seed_dataset, 16, ["ayu"], overlap=1)
    ls = walkthrough.client("ayu")
    tasks = task_ids(ls, project_of(ls, 16).id)
    first, second = sorted(tasks)[:2]
    ann = post(ls, tasks[first], [choice("stance_qatar", "favor")])
    root = tmp_path / "annotations"
    assert pull(studio_team, 16, root, SALT).status == "written"
    old = tree_bytes(root)
    ls.annotations.update(id=ann.id, result=[choice("stance_qatar", "against")])  # ayu changes her own answer
    post(ls, tasks[second], [choice("stance_qatar", "neutral")])
    with pytest.raises(AnnotationError) as err:
        pull(studio_team, 16, root, SALT)
    message = err.value.message
    who = pseud(walkthrough, "ayu")
    assert err.value.code == "round_changed" and "--allow-changed" in message and "2 change(s)" in message
    assert f"changed round 16, task {tasks[first]} (article_id {first}), annotation {ann.id} by {who}, " \
           "field stance_qatar: stance favor -> stance against" in message
    assert f"added round 16, task {tasks[second]} (article_id {second})" in message
    assert tree_bytes(root) == old
    replaced = pull(studio_team, 16, root, SALT, allow_changed=True, now="2099-01-01T00:00:00Z")
    assert replaced.status == "replaced" and replaced.counts["annotations"] == 2
    stamp = json.loads(old["round-16/manifest.json"])["exported_at"].replace(":", "").replace("-", "")
    assert tree_bytes(root / "round-16" / "history" / stamp) == {k.removeprefix("round-16/"): v for k, v in old.items()}
    assert rounds.verify(root, 16)["counts"]["annotations"] == 2
