"""dateline_lookups._outlet_shaped skips capitalising a token of more than four words: the answer is the one of the
plain definition (outlet_shaped of the token as printed, or of its words capitalised) for any token."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.dateline_lookups import _outlet_shaped
from sikap.pipeline.extract.outlets import outlet_shaped

_WORDS = st.sampled_from(["kabar", "KOTA", "news", "Harian", "Surat", "kabar.com", "www.situs.co.id", ".", ",", ":",
                          ";", ".,", "\u200b", "\ufeff", "x.", ".id", "Pos", "TV", "radar", "ß", "ǆ", "1", "Times",
                          "Media"]) | st.text(min_size=1, max_size=6)
_SEPS = st.sampled_from([" ", "  ", "\t", "\u3000", "\u00a0", "\n", ""])


def _reference(token: str) -> bool:
    return outlet_shaped(token) or outlet_shaped(" ".join(w.capitalize() for w in token.split()))


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(_WORDS, _SEPS), max_size=9))
def test_same_answer_as_the_plain_definition(parts):
    token = "".join(word + sep for word, sep in parts)
    assert _outlet_shaped(token) == _reference(token), repr(token)


def test_edge_words_do_not_count():
    token = ". , kabar kota news ; :"  # five edge-only words around three: the capitalised form is outlet-shaped
    assert _outlet_shaped(token) == _reference(token) is True
