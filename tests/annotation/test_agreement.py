"""Agreement of the real round 3 (see the script in conftest.py), checked against hand computation."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.annotation.agreement import field_agreement, round_agreement
from tests.annotation.conftest import tree_bytes


@pytest.fixture(scope="module")
def agreement(round3_rows):
    fields, items = round_agreement(round3_rows)
    return {f.field: f for f in fields}, items


@pytest.mark.studio
def test_identical_annotators_give_alpha_one(agreement):
    fields, _ = agreement
    israel = fields["stance_israel"]
    # A, B, C agree on all six articles (C skipped a6): 3+3+3+3+3+2 = 17 pairable values.
    assert (israel.alpha, israel.observed_agreement, israel.items, israel.annotators, israel.values) == (1.0, 1.0, 6, 3, 17)
    for label in ("defence_pact", "strike_on_doha", "nato_ukraine"):
        assert fields[f"topics.{label}"].alpha == 1.0
    # A topic nobody chose: every value is "absent", so alpha is undefined (not 1, not 0).
    assert fields["topics.gaza_war"].alpha is None and "undefined" in fields["topics.gaza_war"].note
    # Nobody answered stance_hamas: nothing to pair.
    assert fields["stance_hamas"].alpha is None and fields["stance_hamas"].values == 0


@pytest.mark.studio
def test_disagreement_gives_the_hand_computed_alpha(agreement):
    """stance_qatar (f favor, n neutral, a against, m not_mentioned):
        a1 f f f   a2 f f n   a3 n n n   a4 f n a   a5 m m m   a6 m n (C skipped)
    Coincidences o_ck = sum over articles of pairs (c, k) / (m_u - 1):
        o_ff = 3 (a1) + 1 (a2) = 4;  o_fn = o_nf = 1 (a2) + 1/2 (a4) = 3/2;  o_fa = o_af = o_na = o_an = 1/2 (a4)
        o_nn = 3 (a3);  o_mm = 3 (a5);  o_mn = o_nm = 1 (a6);  o_aa = 0
    n = 17 values; marginals n_f = 6, n_n = 6, n_a = 1, n_m = 4.
        D_o = 1 - (o_ff + o_nn + o_mm + o_aa) / n = 1 - 10/17 = 7/17
        D_e = 1 - sum n_c (n_c - 1) / (n (n - 1)) = 1 - (30 + 30 + 0 + 12) / 272 = 25/34
        alpha = 1 - D_o / D_e = 1 - (7/17) (34/25) = 1 - 14/25 = 11/25 = 0.44
    """
    qatar = agreement[0]["stance_qatar"]
    assert qatar.alpha == pytest.approx(0.44, abs=1e-12)
    assert qatar.observed_agreement == pytest.approx(float(Fraction(10, 17)), abs=1e-12)
    assert qatar.expected_agreement == pytest.approx(float(1 - Fraction(25, 34)), abs=1e-12)
    assert (qatar.items, qatar.annotators, qatar.values) == (6, 3, 17)
    o = dict(zip(qatar.labels, qatar.coincidence))  # rows: favor, against, neutral, not_mentioned
    assert o["favor"] == [4, 0.5, 1.5, 0] and o["against"] == [0.5, 0, 0.5, 0]
    assert o["neutral"] == [1.5, 0.5, 3, 1] and o["not_mentioned"] == [0, 0, 1, 3]


@pytest.mark.studio
def test_per_item_agreement(agreement, round3):
    items = {(i["article_id"], i["field"]): i for i in agreement[1]}
    a2, a4, a6 = round3.articles[1], round3.articles[3], round3.articles[5]
    assert items[(a2, "stance_qatar")]["pairwise_agreement"] == pytest.approx(1 / 3)
    assert items[(a2, "stance_qatar")]["majority"] == "favor"
    assert items[(a4, "stance_qatar")]["pairwise_agreement"] == 0 and items[(a4, "stance_qatar")]["majority"] is None
    assert items[(a6, "stance_qatar")]["votes"] == {"neutral": 1, "not_mentioned": 1}


def test_single_label_field_and_small_cases():
    labels = ["favor", "against"]
    assert field_agreement("f", {"u": {"x": "favor"}}, labels).alpha is None  # one value: nothing to pair
    perfect = field_agreement("f", {"u": {"x": "favor", "y": "favor"}, "v": {"x": "against", "y": "against"}}, labels)
    assert perfect.alpha == 1.0
    # Two coders, two units, they disagree on both: D_o = 1, D_e = 1 - (2*1 + 2*1)/(4*3) = 2/3, alpha = -1/2.
    worst = field_agreement("f", {"u": {"x": "favor", "y": "against"}, "v": {"x": "against", "y": "favor"}}, labels)
    assert worst.alpha == pytest.approx(-0.5)


@pytest.mark.studio
def test_report_files_are_written_and_deterministic(pulled, tmp_path):
    import shutil

    from sikap.annotation.report import write_agreement

    root = tmp_path / "annotations"
    shutil.copytree(pulled[0], root)
    folder = write_agreement(root, 3)
    first = tree_bytes(folder)
    assert sorted(first) == ["agreement.json", "agreement.md", "alpha.png", "annotators.png",
                             "coincidence-stance.png", "coincidence-topics.png", "pairs.png"]
    assert all(first[p].startswith(b"\x89PNG") for p in first if p.endswith(".png"))
    data = json.loads(first["agreement.json"])
    qatar = {f["field"]: f for f in data["fields"]}["stance_qatar"]
    assert (qatar["alpha"], qatar["observed_agreement"], qatar["expected_agreement"]) == (0.44, 0.588235, 0.264706)
    assert "observed" not in qatar and "expected" not in qatar  # no name that could mean disagreement
    report = first["agreement.md"].decode()
    assert "| `stance_qatar` | 0.440 | 0.588 | 0.265 |" in report
    assert "| observed agreement | expected agreement |" in report and "Cohen's kappa" in report
    assert "not enough items for Dawid-Skene" in report
    write_agreement(root, 3)
    assert tree_bytes(folder) == first
    # agreement/ is outside the manifest's files: the snapshot still verifies.
    from sikap.annotation.rounds import verify

    verify(root, 3)


def test_per_annotator_against_gold_leaves_their_own_vote_out():
    from sikap.annotation.quality import per_annotator

    items = {"u1 f": {"a": "x", "b": "x", "c": "y"}, "u2 f": {"a": "x", "b": "y"}, "u3 f": {"a": "y"}}
    got = {r["annotator"]: r for r in per_annotator(items, {"u2 f": "y"})}
    # a: u1 others b=x c=y tie -> not compared; u2 adjudicated y vs a's x -> miss; u3 nobody else -> not compared
    assert (got["a"]["votes"], got["a"]["items_compared"], got["a"]["agreement_with_gold"]) == (3, 1, 0.0)
    # b: u1 others a=x c=y tie; u2 adjudicated y = b's y -> hit.  c: u1 others a=x b=x -> x, c said y -> miss
    assert (got["b"]["items_compared"], got["b"]["agreement_with_gold"]) == (1, 1.0)
    assert (got["c"]["items_compared"], got["c"]["agreement_with_gold"]) == (1, 0.0)


def test_per_pair_observed_expected_and_kappa_by_hand():
    from sikap.annotation.quality import per_pair

    # a and b share four items: (x,x) (x,x) (y,x) (y,y). observed 3/4; a: x2 y2, b: x3 y1;
    # expected (2*3 + 2*1)/16 = 1/2; kappa (3/4 - 1/2) / (1/2) = 1/2.
    items = {f"u{i} f": {"a": a, "b": b} for i, (a, b) in enumerate([("x", "x"), ("x", "x"), ("y", "x"), ("y", "y")])}
    [pair] = per_pair(items, ["x", "y"])
    assert (pair["items"], pair["observed_agreement"], pair["expected_agreement"]) == (4, 0.75, 0.5)
    assert pair["cohen_kappa"] == pytest.approx(0.5)
    same = per_pair({"u f": {"a": "x", "b": "x"}}, ["x", "y"])[0]
    assert same["expected_agreement"] == 1.0 and same["cohen_kappa"] is None  # undefined, not 1


def test_dawid_skene_confusion_only_with_enough_items():
    from sikap.annotation.adjudicate import DS_MIN_ITEMS
    from sikap.annotation.quality import confusion

    few = {f"u{i} f": {"a": "favor", "b": "favor", "c": "against"} for i in range(DS_MIN_ITEMS - 1)}
    assert confusion(few, ["favor", "against"])["matrices"] == {}
    many = {f"u{i} f": {"a": v, "b": v, "c": "against"} for i, v in enumerate(["favor", "against"] * 30)}
    got = confusion(many, ["favor", "against"])["matrices"]
    assert sorted(got) == ["a", "b", "c"]
    assert got["a"][0][0] == pytest.approx(1.0, abs=1e-3)  # a says favor when it is favor
    assert got["c"][0][1] == pytest.approx(1.0, abs=1e-3)  # c says against whatever it is
    assert all(abs(sum(row) - 1) < 1e-6 for m in got.values() for row in m)


@given(st.dictionaries(st.sampled_from([f"a{i}" for i in range(8)]),
                       st.dictionaries(st.sampled_from("ABC"), st.sampled_from(["x", "y", "z"]), max_size=3),
                       max_size=8))
@settings(max_examples=60, deadline=None)
def test_the_bootstrap_alpha_equals_krippendorffs(units):
    """The datasheet's bootstrap computes alpha without numpy (release.insights._alpha); it is the same number as the
    `krippendorff` package's, or undefined exactly when the package's is."""
    from sikap.release.insights import _alpha

    labels = ["x", "y", "z"]
    paired = {u: v for u, v in units.items() if len(v) >= 2}
    mine = _alpha(paired, labels) if paired else None
    theirs = field_agreement("f", paired, labels).alpha
    assert (mine is None) == (theirs is None)
    if mine is not None:
        assert abs(mine - theirs) < 1e-9
