"""neighbours.caption_openers reads a line's first character before case-folding it, and folds only the line's first
characters: a line the screen passes over (its first character ASCII and no opener's first letter in either case) is
never one the full test would take, and the test on the folded opening answers as on the whole line folded.

Generated lines: openers in any case, after any white space of WS, words, and characters whose case folding is more
than themselves lower-cased (ſ, K, İ, ß, ligatures), so both must give the same answer for every line.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.knowledge import curated_set
from sikap.pipeline.extract.neighbours import _opener_heads
from sikap.pipeline.extract.text import WS

_OPENERS = curated_set("credits.yaml", "caption_openers", "casefold")
PIECES = st.one_of(
    st.sampled_from(sorted(_OPENERS)).flatmap(lambda p: st.sampled_from([p, p.upper(), p.capitalize(), p.title()])),
    st.sampled_from(list(WS) + ["Dalam", "foto", "ini", "Kolase", "x", "ſ", "\u212a", "İ", "ı", "ß", "ﬁ", "ﬀ", "Ｔ",
                                "1", ":", "(", "“", "-", "th", "TH", "In", "ǅ"]),
    st.characters())
LINES = st.lists(PIECES, max_size=8).map("".join)


def _screened_out(line: str, heads: frozenset) -> bool:
    head = line.lstrip(WS)[:1]
    return head.isascii() and head not in heads


@settings(max_examples=3000, deadline=None)
@given(LINES)
def test_the_screen_answers_as_the_whole_line_folded(line):
    heads, prefixes, longest = _opener_heads(_OPENERS)
    assert prefixes and set(prefixes) == set(_OPENERS)
    full = line.lstrip(WS).casefold().startswith(tuple(_OPENERS))
    if _screened_out(line, heads):
        assert not full, line
    assert line.lstrip(WS)[:longest].casefold().startswith(prefixes) == full, line


def test_every_opener_passes_the_screen():
    heads, _, _ = _opener_heads(_OPENERS)
    for opener in _OPENERS:
        for form in (opener, opener.upper(), opener.title(), " \u00a0" + opener):
            assert not _screened_out(form, heads), form
