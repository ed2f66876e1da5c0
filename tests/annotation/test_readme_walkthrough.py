"""annotations/README.md's round walkthrough runs as written, on the test servers, to a rebuilt dataset.

The `walkthrough` fixture ran it up to the push; here the four annotators label round 1 with their own
tokens (where the README says "annotate in the browser"; the browser itself is tests/annotation/
test_browser.py), one article's stance toward Israel splits 1-1, the adjudicator decides it in the
adjudication project with his own token, and every later README command runs in order.
"""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from tests.annotation.conftest import choice, post, project_of, readme_commands, task_ids

pytestmark = pytest.mark.studio


def annotate_round1(walkthrough) -> str:
    """Everyone answers every task; on the first article its two annotators split on stance_israel."""
    assigned = walkthrough.assignment()
    split = sorted(assigned)[0]
    for name in ("ayu", "budi", "citra", "dewi"):
        ls = walkthrough.client(name)
        for article, task in task_ids(ls, project_of(ls, 1).id).items():
            israel = "favor" if article == split and name == assigned[split][0] else "against"
            post(ls, task, [choice("topics", "defence_pact"), choice("stance_israel", israel),
                            choice("stance_qatar", "favor"), choice("confidence", "medium")], lead_time=12.0)
    return split


def decide(walkthrough, article: str) -> None:
    ls = walkthrough.client("eko")
    tasks = task_ids(ls, project_of(ls, 1, adjudication=True).id)
    assert list(tasks) == [article]
    post(ls, tasks[article], [choice("stance_israel", "against")], lead_time=20.0)


def test_the_round_walkthrough_runs_as_written(walkthrough):
    commands = readme_commands()
    done = [c for c, _ in walkthrough.outputs]
    assert commands[:len(done)] == done and done[-1] == "sikap annotate status --round 1"
    assert [c.split()[4] for c in done if c.startswith("sikap studio annotator add")] == \
        ["ayu", "budi", "citra", "dewi", "eko"]
    split = annotate_round1(walkthrough)
    out = {}
    for command in commands[len(done):]:
        if command == "sikap annotate adjudicate --pull":
            decide(walkthrough, split)
        out.setdefault(command, []).append(walkthrough.run(command).output)
    assert "every task is done or skipped" in out["sikap annotate status --round 1"][0]
    assert "round 1: wrote" in out["sikap annotate pull --round 1"][0]
    assert "12 annotations by 4 people" in out["sikap annotate pull --round 1"][0]
    assert "stance_israel" in out["sikap annotate agreement --round 1"][0]
    first, last = out["sikap annotate adjudicate"]
    assert "tie 1" in first and "adjudicated 1" in last and "tie" not in last.split("(")[1].split(")")[0]
    assert "1 fields of 1 articles to adjudicate" in out["sikap annotate adjudicate --push"][0]
    assert "adjudication of round 1: wrote" in out["sikap annotate adjudicate --pull"][0]
    dataset = walkthrough.root / "dataset" / "data"
    rows = {r["article_id"]: r for r in pq.read_table(next(dataset.glob("articles-*.parquet"))).to_pylist()}
    assert rows[split]["stance_israel"] == "against"
    prov = {p["field"]: p for p in rows[split]["label_provenance"]}["stance_israel"]
    assert (prov["method"], prov["round"], prov["rounds"]) == ("adjudicated", 1, [1])
    assert all(r["topics"] == ["defence_pact"] and r["stance_qatar"] == "favor" for r in rows.values())
    votes = pq.read_table(next(dataset.glob("annotations-*.parquet"))).to_pylist()
    assert len({r["annotation_id"] for r in votes if not r["ground_truth"]}) <= 12
    assert {r["ground_truth"] for r in votes} == {True, False}
    manifest = json.loads((walkthrough.root / "annotations" / "round-01" / "manifest.json").read_text())
    assert manifest["assignment"]["overlap"] == 2 and len(manifest["assignment"]["annotators"]) == 4
    assert all(a.startswith("ann-") for a in manifest["assignment"]["annotators"])
