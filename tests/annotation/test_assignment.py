"""The assignment of articles to annotators: exact overlap, balanced shares, every pair linked (properties)."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.annotation.assignment import assign, blocks, digest, per_annotator
from sikap.annotation.errors import AnnotationError


@st.composite
def rounds(draw):
    n = draw(st.integers(1, 9))
    k = draw(st.integers(1, n))
    m = draw(st.integers(0, n * (n - 1) // 2 + 12))
    return n, k, m, draw(st.integers(0, 2**31))


@settings(max_examples=300, deadline=None)
@given(rounds())
def test_overlap_balance_and_pairs(case):
    n, k, m, seed = case
    people = [f"annotator-{i}" for i in range(n)]
    articles = [f"{i:016x}-00" for i in range(m)]
    got = assign(articles, people, k, seed)
    assert sorted(got) == articles
    assert all(len(set(p)) == len(p) == k for p in got.values())  # exactly `overlap` different annotators
    shares = [len(per_annotator(got).get(p, [])) for p in people]
    assert max(shares) - min(shares) <= 1  # every share within one article of the others
    if k >= 2 and m >= n * (n - 1) // 2:
        linked = {pair for p in got.values() for pair in combinations(p, 2)}
        assert linked == set(combinations(people, 2))  # agreement estimable for every pair
    assert assign(list(reversed(articles)), list(reversed(people)), k, seed) == got  # order-free, seeded


def test_the_seed_decides_and_the_digest_tells():
    people, articles = ["ayu", "budi", "citra", "dewi"], [f"{i:016x}-00" for i in range(9)]
    one, two = assign(articles, people, 2, 1), assign(articles, people, 2, 2)
    assert one != two and digest(one) != digest(two) and digest(one) == digest(assign(articles, people, 2, 1))


@pytest.mark.parametrize("people, k", [(["a", "b"], 3), (["a", "b"], 0), (["a", "a"], 1), ([], 1)])
def test_impossible_overlaps_are_refused(people, k):
    with pytest.raises(AnnotationError) as err:
        assign(["0123456789abcdef-00"], people, k, 1)
    assert err.value.code == "bad_assignment"


def test_blocks_cover_every_pair_with_as_many_articles_as_pairs():
    for n in range(2, 11):
        pairs = n * (n - 1) // 2
        got = blocks(n, 2, pairs)
        assert len({b for b in got}) == pairs  # each pair exactly once
