"""Gold labels of round 1 by the documented rule; Dawid-Skene above its threshold."""

from __future__ import annotations

import pytest

from sikap.annotation.adjudicate import DS_MIN_ITEMS, adjudicate_round, uses_dawid_skene
from tests.annotation.conftest import ISRAEL, TOPICS


@pytest.fixture(scope="module")
def gold(round1_rows):
    return {(g["article_id"], g["field"]): g for g in adjudicate_round(1, round1_rows)}


@pytest.mark.studio
def test_majority_ground_truth_and_ties(gold, round1):
    a = round1.articles
    assert [gold[(x, "stance_israel")]["value"] for x in a] == ISRAEL
    assert {gold[(x, "stance_israel")]["method"] for x in a} == {"majority_vote"}
    assert [gold[(x, "stance_qatar")]["value"] for x in a] == ["favor", "favor", "neutral", "favor", "not_mentioned", None]
    assert gold[(a[1], "stance_qatar")]["soft"] == [{"label": "favor", "share": 2 / 3}, {"label": "neutral", "share": 1 / 3}]
    # a4: favor / neutral / against is a three-way tie, resolved by the adjudicator's ground truth.
    a4 = gold[(a[3], "stance_qatar")]
    assert (a4["method"], a4["value"], a4["votes"]) == ("ground_truth", "favor", 3)
    assert a4["decided_by"].startswith("ann-")
    # a6: one neutral, one not_mentioned, no ground truth: left unresolved and flagged.
    a6 = gold[(a[5], "stance_qatar")]
    assert (a6["method"], a6["value"], a6["tied"]) == ("tie", None, ["neutral", "not_mentioned"])
    assert gold[(a[0], "stance_qatar")]["agreement"] == pytest.approx(0.44)


@pytest.mark.studio
def test_topics_are_binary_per_label_and_ground_truth_without_topics_decides_none(gold, round1):
    for x, chosen in zip(round1.articles, TOPICS):
        present = {f.split(".")[1] for (art, f), g in gold.items() if art == x and f.startswith("topics.")
                   and g["value"] == "present"}
        assert present == set(chosen)
    # The adjudicator answered only stance_qatar on a4: its empty topics decide nothing.
    assert gold[(round1.articles[3], "topics.defence_pact")]["method"] == "majority_vote"
    assert ("x", "stance_hamas") not in gold and not any(f == "stance_hamas" for _, f in gold)


def _rows(votes: dict[str, dict[str, str]]) -> list[dict]:
    """Minimal long-table rows for stance_qatar (synthetic: exercises the rule, not a real round)."""
    return [{"round": 1, "annotation_id": i, "article_id": art, "annotator": who, "field": "stance_qatar",
             "stance": value, "topics": [], "cancelled": False, "ground_truth": False, "updated_at": "t"}
            for i, (art, who, value) in enumerate((a, w, v) for a, vs in votes.items() for w, v in vs.items())]


def test_dawid_skene_only_with_enough_items_and_annotators():
    few = {f"{i:016x}-00": {"a": "favor", "b": "favor", "c": "against"} for i in range(DS_MIN_ITEMS - 1)}
    assert not uses_dawid_skene(few)
    assert {g["method"] for g in adjudicate_round(1, _rows(few)) if g["field"] == "stance_qatar"} == {"majority_vote"}
    # Enough: 60 articles; annotator c always says "against" while a and b vary. Dawid-Skene learns that c is
    # uninformative and follows a and b; its posterior is kept next to the vote shares.
    many = {f"{i:016x}-00": {"a": v, "b": v, "c": "against"}
            for i, v in enumerate(["favor", "neutral", "against"] * 20)}
    assert uses_dawid_skene(many)
    gold = [g for g in adjudicate_round(1, _rows(many)) if g["field"] == "stance_qatar"]
    assert {g["method"] for g in gold} == {"dawid_skene"}
    assert [g["value"] for g in gold] == ["favor", "neutral", "against"] * 20
    assert all(abs(sum(p["share"] for p in g["posterior"]) - 1) < 1e-6 for g in gold)


def test_single_vote_is_marked():
    gold = [g for g in adjudicate_round(1, _rows({"0123456789abcdef-00": {"a": "favor"}}))
            if g["field"] == "stance_qatar"]
    assert [(g["method"], g["value"], g["votes"]) for g in gold] == [("single_vote", "favor", 1)]
