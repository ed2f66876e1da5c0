"""end_phrases: the lookups that find a cue phrase closing a window give the regex search's match, object for object.

EndPhrase.search stands for `rx.search(text, pos)` of the attribution cues' regexes (a phrase, then white space
and maybe a colon, then the end): on generated text made of cue phrases in any case, words, white space of every
kind, colons and characters IGNORECASE folds differently from str.lower, both must give the same span and groups.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.end_phrases import EndPhrase
from sikap.pipeline.extract.knowledge import _alternation, curated_data
from sikap.pipeline.extract.knowledge_attributions import attribution_cues

_DATA = curated_data("attributions.yaml")
_CUES = sorted({str(p) for key in ("before", "self_reference") for p in _DATA[key]})
PIECES = st.one_of(
    st.sampled_from(_CUES).flatmap(lambda p: st.sampled_from([p, p.upper(), p.capitalize(), p.title()])),
    st.sampled_from([" ", "  ", "\t", "\n", "\xa0", "\u2009", ":", " : ", "::", ",", ".", "_", "x", "a", "Berita",
                     "sumber", "ſ", "\u212a", "İ", "ı", "é", "1", "dari", "DARI", "kata", "-", "(", ")"]))
TEXTS = st.lists(PIECES, max_size=12).map("".join)


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups())


@settings(max_examples=1500, deadline=None)
@given(TEXTS, st.integers(min_value=-2, max_value=40))
def test_cues_as_searched(text, pos):
    cues = attribution_cues()
    for finder in (cues.before_at_end, cues.self_at_end):
        assert _same(finder.search(text, pos), finder.rx.search(text, pos)), (text, pos)
        assert _same(finder.search(text), finder.rx.search(text)), text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["ab", "Ab c", "b c", "x1", "ſt", "a-b", "c"]), min_size=1, max_size=4, unique=True),
       st.booleans(), st.lists(st.sampled_from(["ab", "AB", " ", "c", "b c", ":", "ſt", "x1", "-", "\t", "é"]),
                               max_size=10).map("".join), st.integers(min_value=0, max_value=12))
def test_any_phrases(phrases, colon, text, pos):
    """Phrases that are not plain (a hyphen, a character outside ASCII) leave the search to the regex."""
    sep = r"(?:\s*:\s*|\s+)" if colon else r"\s+"
    rx = re.compile(r"(?i)(?<![\w])(" + _alternation(phrases) + ")" + sep + "$")
    assert _same(EndPhrase(rx, phrases, colon).search(text, pos), rx.search(text, pos)), (phrases, text, pos)
