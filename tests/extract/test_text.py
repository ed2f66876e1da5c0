"""text: the shared one-line judgements answer as their plain definitions (is_prose without its calls)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.text import ends_sentence, is_prose, word_count
from tests.extract.corpus import SENTENCES

LINE = st.one_of(st.sampled_from(SENTENCES),
                 st.lists(st.sampled_from(["kata", "Menteri", " ", "  ", "\u00a0", "\u3000", ".", "!", "?", '"', "”", ")",
                                           "\u2009", "\u200b", "\ufeff", "\t", "…", "।"]), max_size=90).map("".join))


def _plain_is_prose(text: str, min_words: int = 12, nw: int | None = None) -> bool:
    n = word_count(text, 30) if nw is None else min(nw, 31)
    return n >= 30 or (n >= min_words and ends_sentence(text))


@settings(max_examples=800, deadline=None)
@given(LINE, st.integers(0, 40), st.booleans())
def test_is_prose_answers_as_its_plain_definition(text, min_words, counted):
    nw = len(text.split(None, 60)) if counted else None  # as Page.nw holds it
    assert is_prose(text, min_words, nw) == _plain_is_prose(text, min_words, nw)
