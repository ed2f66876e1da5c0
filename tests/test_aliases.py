"""AliasSearch finds exactly what its look-behind regex finds, for the real alias lists and any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.aliases import AliasSearch
from sikap.pipeline.annotate import _mention_model
from sikap.sources import registry
from tests.conftest import SEED_FILES


def _searches():
    return [_mention_model()[0], registry()._pattern, AliasSearch(("AS", "Amerika Serikat", "A"), r"[\w.]")]


def _same(search: AliasSearch, text: str) -> None:
    got = [(m.start(), m.end(), m.group(0)) for m in search.finditer(text)]
    want = [(m.start(), m.end(), m.group(0)) for m in search.reference.finditer(text)]
    assert got == want, text
    assert search.spans(text) == want, text  # the spans find_target_mentions reads


_PIECES = st.sampled_from(["NATO", "AS", "Amerika Serikat", "Israel", "Qatar", "ANTARA", "antaranews.com", "Reuters",
                           "Hamas", "x", ".", "_", " ", "é", "1", "-", "\n", "Gaza", "Ukraina", "Rusia"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=25).map("".join))
def test_same_matches_as_the_reference_regex(text):
    for search in _searches():
        _same(search, text)


def test_same_matches_on_the_seeds():
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8")
        for search in _searches():
            _same(search, text)
