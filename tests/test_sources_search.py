"""NameSearch finds what its reference regex finds; `find` never matches inside a word or a context alias."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.sources import registry
from sikap.sources_search import NameSearch

REG = registry()
RUNNING = sorted(REG._alias)
CONTEXT = sorted(REG._context)
_NAMES = st.sampled_from(RUNNING + CONTEXT)
_GLUE = st.sampled_from(["", " ", "  ", "x", "X", "1", "_", ".", "-", "(", ")", ",", "é", "\n", "www.", "m.", ".com", "s"])
TEXTS = st.lists(st.one_of(_NAMES, _GLUE, st.text(max_size=3)), max_size=20).map("".join)
SEARCHES = [(search, search.reference) for search in (REG._pattern, REG._context_pattern)]


def _spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_find_never_matches_inside_a_longer_word_or_a_context_alias(text):
    for sid, m in REG.find(text):
        start, end, name = m.start(), m.end(), m.group(0)
        assert text[start:end] == name and REG._alias[name] == sid
        assert start == 0 or not re.match(r"[\w.]", text[start - 1]), (text, name)
        assert end == len(text) or not re.match(r"\w", text[end]), (text, name)
        assert name not in REG._context


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_both_searches_equal_their_reference_regex(text):
    for search, reference in SEARCHES:
        assert _spans(search.finditer(text)) == _spans(reference.finditer(text))
        assert search.spans(text) == _spans(reference.finditer(text))  # what find_target_mentions reads


def test_context_aliases_are_never_found_by_find():
    for alias in CONTEXT:
        for text in (alias, f"dilansir {alias}, kata dia", f"({alias})", f"{alias} -"):
            assert [m.group(0) for _, m in REG.find(text) if m.group(0) == alias] == [], text
            assert [m.group(0) for _, m in REG.find_context(text)] == [alias], text


def test_longest_name_wins_and_search_resumes_after_it():
    search = NameSearch.longest_first(["CNN", "CNN Indonesia", "Indonesia", "Al Jazeera", "Al"])
    text = "CNN Indonesia, Al Jazeera dan CNN; Indonesia. xCNN CNNx Al-Jazeera"
    assert [m.group(0) for m in search.finditer(text)] == ["CNN Indonesia", "Al Jazeera", "CNN", "Indonesia", "Al"]
    assert _spans(search.finditer(text)) == _spans(search.reference.finditer(text))
    assert list(NameSearch(()).finditer(text)) == [] and NameSearch(()).spans(text) == []
