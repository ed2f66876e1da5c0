"""Gold labels by the documented rule: votes within a round, rounds combined, adjudication in Label Studio."""

from __future__ import annotations

import pytest

from sikap.annotation.adjudicate import DS_MIN_ITEMS, adjudicated, combine, round_decisions, uses_dawid_skene
from tests.annotation.conftest import ISRAEL, SALT, TOPICS


@pytest.fixture(scope="module")
def decisions(round3_rows):
    return {(g["article_id"], g["field"]): g for g in round_decisions(3, round3_rows)}


@pytest.mark.studio
def test_majority_single_vote_and_ties_within_a_round(decisions, round3):
    a = round3.articles
    assert [decisions[(x, "stance_israel")]["value"] for x in a] == ISRAEL
    assert {decisions[(x, "stance_israel")]["method"] for x in a} == {"majority_vote"}
    assert [decisions[(x, "stance_qatar")]["value"] for x in a] == ["favor", "favor", "neutral", None,
                                                                    "not_mentioned", None]
    a2 = decisions[(a[1], "stance_qatar")]
    assert a2["soft"] == [{"label": "favor", "share": 2 / 3}, {"label": "neutral", "share": 1 / 3}]
    assert a2["majority_share"] == pytest.approx(2 / 3)
    a4 = decisions[(a[3], "stance_qatar")]  # favor / neutral / against
    assert (a4["method"], a4["tied"], a4["votes"]) == ("tie", ["favor", "against", "neutral"], 3)
    a6 = decisions[(a[5], "stance_qatar")]  # C skipped: neutral vs not_mentioned
    assert (a6["method"], a6["tied"]) == ("tie", ["neutral", "not_mentioned"])
    assert decisions[(a[0], "stance_qatar")]["agreement"] == pytest.approx(0.44)
    for x, chosen in zip(a, TOPICS):
        present = {f.split(".")[1] for (art, f), g in decisions.items() if art == x and f.startswith("topics.")
                   and g["value"] == "present"}
        assert present == set(chosen)


@pytest.mark.studio
def test_adjudication_round_trip(adjudicated, round3, walkthrough):
    """The ties go to the adjudication project; eko's decision on a4 comes back as gold, a6 stays a tie."""
    from sikap.annotation import rounds
    from sikap.annotation.gold import gold_rows
    from sikap.annotation.pseudonyms import pseudonym

    root, pushed, pulled, tasks = adjudicated
    assert sorted(tasks) == [round3.articles[3], round3.articles[5]]
    assert (pushed["created"], pushed["added"], pushed["fields"]) == (True, 2, 2)
    assert pulled.status == "written" and pulled.counts["annotations"] == 1
    manifest = rounds.read_manifest(root / "adjudication", 3)
    assert manifest["asked"] == {round3.articles[3]: ["stance_qatar"], round3.articles[5]: ["stance_qatar"]}
    table = rounds.read_folder_table(rounds.adjudication_dir(root, 3)).to_pylist()
    eko = pseudonym(SALT, walkthrough.members["eko"].email)
    assert {r["annotator"] for r in table} == {eko} and all(r["ground_truth"] for r in table)
    gold = {(g["article_id"], g["field"]): g for g in gold_rows(root)}
    a4 = gold[(round3.articles[3], "stance_qatar")]
    assert (a4["method"], a4["value"], a4["decided_by"], a4["round"], a4["rounds"]) == \
        ("adjudicated", "favor", eko, 3, [3])
    assert a4["votes"] == 3 and len(a4["soft"]) == 3  # the votes it settled are kept beside the decision
    a6 = gold[(round3.articles[5], "stance_qatar")]
    assert (a6["method"], a6["value"]) == ("tie", None)
    assert gold[(round3.articles[3], "stance_israel")]["method"] == "majority_vote"  # not asked: not decided


@pytest.mark.studio
def test_the_adjudicator_sees_every_vote_and_evidence_span(round3_rows, round3, walkthrough):
    from sikap.annotation.adjudication import votes_text
    from sikap.annotation.pseudonyms import pseudonym

    a1 = [r for r in round3_rows if r["article_id"] == round3.articles[0]]
    text = votes_text(a1, ["stance_israel", "topics.defence_pact"])
    for name in ("ayu", "budi", "citra"):
        assert f"  {pseudonym(SALT, walkthrough.members[name].email)}: against" in text
    assert f"evidence «{round3.evidence['text']}»" in text and "topics.defence_pact:" in text and "present" in text
    a4 = [r for r in round3_rows if r["article_id"] == round3.articles[3]]
    assert "framing toward Qatar is ambiguous" in votes_text(a4, ["stance_qatar"])


def _decision(round_no, article, field, value, votes, method=None, tied=()):
    return {"round": round_no, "rounds": [round_no], "article_id": article, "field": field, "value": value,
            "method": method or ("tie" if tied else "majority_vote"), "tied": list(tied), "votes": votes,
            "majority_share": 1.0, "soft": [], "posterior": [], "agreement": None, "decided_by": None}


A = "0123456789abcdef-00"


def test_a_later_round_with_one_vote_does_not_override_an_earlier_majority():
    earlier = _decision(1, A, "stance_qatar", "favor", 3)  # two of three said favor
    later = _decision(2, A, "stance_qatar", "against", 1, method="single_vote")
    [gold] = combine([earlier, later], {})
    assert (gold["value"], gold["round"], gold["rounds"], gold["method"]) == ("favor", 1, [1, 2], "majority_vote")


def test_a_later_round_with_as_many_votes_does_override():
    earlier = _decision(1, A, "stance_qatar", "favor", 3)
    later = _decision(2, A, "stance_qatar", "against", 3)
    [gold] = combine([earlier, later], {})
    assert (gold["value"], gold["round"], gold["rounds"]) == ("against", 2, [1, 2])
    [gold] = combine([_decision(1, A, "stance_qatar", "favor", 2), _decision(2, A, "stance_qatar", "neutral", 5)], {})
    assert (gold["value"], gold["round"]) == ("neutral", 2)


def test_one_vote_never_settles_an_earlier_tie_but_an_adjudicator_does():
    tie = _decision(1, A, "stance_qatar", None, 2, tied=("favor", "against"))
    one = _decision(2, A, "stance_qatar", "favor", 1, method="single_vote")
    [gold] = combine([tie, one], {})
    assert (gold["method"], gold["value"], gold["tied"], gold["rounds"]) == ("tie", None, ["favor", "against"], [1, 2])
    decided = {(A, "stance_qatar"): {"round": 1, "value": "against", "decided_by": "ann-0000000000", "updated_at": "t"}}
    [gold] = combine([tie, one], decided)
    assert (gold["method"], gold["value"], gold["decided_by"], gold["rounds"]) == \
        ("adjudicated", "against", "ann-0000000000", [1, 2])


def _adj_rows(fields: dict) -> list[dict]:
    base = {"round": 1, "task_id": 1, "annotation_id": 9, "article_id": A, "annotator": "ann-aaaaaaaaaa",
            "cancelled": False, "ground_truth": True, "updated_at": "2026-01-01T00:00:00Z"}
    return [{**base, "field": f, "topics": v if f == "topics" else [], "stance": None if f == "topics" else v}
            for f, v in fields.items()]


def test_an_adjudication_decides_only_the_fields_its_task_asked():
    rows = _adj_rows({"topics": ["gaza_war"], "stance_qatar": "favor", "stance_israel": "against"})
    got = adjudicated(1, rows, {A: ["stance_qatar", "topics.gaza_war", "topics.defence_pact"]})
    assert {k[1]: v["value"] for k, v in got.items()} == {"stance_qatar": "favor", "topics.gaza_war": "present",
                                                          "topics.defence_pact": "absent"}
    unanswered = adjudicated(1, _adj_rows({"topics": [], "stance_qatar": None}), {A: ["stance_qatar"]})
    assert unanswered == {}  # a stance left blank decides nothing


def _rows(votes: dict[str, dict[str, str]]) -> list[dict]:
    """Minimal long-table rows for stance_qatar (synthetic: exercises the rule, not a real round)."""
    return [{"round": 1, "annotation_id": i, "article_id": art, "annotator": who, "field": "stance_qatar",
             "stance": value, "topics": [], "cancelled": False, "ground_truth": False, "updated_at": "t"}
            for i, (art, who, value) in enumerate((a, w, v) for a, vs in votes.items() for w, v in vs.items())]


def test_dawid_skene_only_with_enough_items_and_annotators():
    few = {f"{i:016x}-00": {"a": "favor", "b": "favor", "c": "against"} for i in range(DS_MIN_ITEMS - 1)}
    assert not uses_dawid_skene(few)
    assert {g["method"] for g in round_decisions(1, _rows(few)) if g["field"] == "stance_qatar"} == {"majority_vote"}
    many = {f"{i:016x}-00": {"a": v, "b": v, "c": "against"}
            for i, v in enumerate(["favor", "neutral", "against"] * 20)}
    assert uses_dawid_skene(many)
    gold = [g for g in round_decisions(1, _rows(many)) if g["field"] == "stance_qatar"]
    assert {g["method"] for g in gold} == {"dawid_skene"}
    assert [g["value"] for g in gold] == ["favor", "neutral", "against"] * 20
    assert all(abs(sum(p["share"] for p in g["posterior"]) - 1) < 1e-6 for g in gold)


def test_single_vote_is_marked():
    gold = [g for g in round_decisions(1, _rows({"0123456789abcdef-00": {"a": "favor"}}))
            if g["field"] == "stance_qatar"]
    assert [(g["method"], g["value"], g["votes"]) for g in gold] == [("single_vote", "favor", 1)]
