"""Wilson intervals: inside [0, 1], around the observed rate, and equal to the textbook values."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from sikap.evaluate.stats import Tally, wilson


def test_known_values():
    lo, hi = wilson(8, 10)  # Wilson (1927); also statsmodels' proportion_confint(8, 10, method="wilson")
    assert math.isclose(lo, 0.4901624, abs_tol=1e-6) and math.isclose(hi, 0.9433178, abs_tol=1e-6)
    assert wilson(0, 0) == (0.0, 1.0)
    lo, hi = wilson(0, 20)
    assert lo == 0.0 and 0.16 < hi < 0.17


@given(st.integers(1, 5000), st.data())
def test_interval_holds_the_rate(n, data):
    k = data.draw(st.integers(0, n))
    lo, hi = wilson(k, n)
    assert 0.0 <= lo <= k / n <= hi <= 1.0


def test_tally_records_what_counts_against():
    up = Tally("title", "", higher_is_better=True)
    up.add(True, "a/1")
    up.add(False, "a/2", "X", "Y")
    down = Tally("errors", "", higher_is_better=False)
    down.add(True, "a/3", None, "boom")
    down.add(False, "a/4")
    assert (up.k, up.n, [f["page"] for f in up.failures]) == (1, 2, ["a/2"])
    assert (down.k, down.n, [f["page"] for f in down.failures]) == (1, 2, ["a/3"])
    assert up.as_dict()["rate"] == 0.5
