"""attributions: a cue glued to the name after it ("kepadaReuters") is found where the cue's regex alone finds it.

`_glued_matches` tries the regex only where one of the cue words starts (found by an Aho-Corasick scan);
on generated text made of the cue words, capitalised names, word characters, dots and white space, it must
give the matches of the plain `_GLUED_CUE.finditer`, including a cue inside a name already matched
("X.kepadaY"), a cue right after a letter (no word boundary) and cues repeated or glued to each other.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.attribution_glued import _GLUED_CUE, _GLUED_WORDS, _glued_matches
from sikap.pipeline.extract.text import ascii_lower

PIECES = st.sampled_from(list(_GLUED_WORDS) + ["Reuters", "Kantor", "A.b-", "X", "x", "é", "É", ".", "-", "_", " ",
                                               "\t", "\n", "7", "kepad", "di", "lansir", "Ä", "ſ", "KEPADA", "İ", "\u212a"])


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_known_cases():
    for text in ["dilansirReuters Kota Baru", "X.kepadaYonhap", "kepadaX.kepadaYonhap", "xkepadaReuters", "kepadakepadaAFP", "mengutip Reuters",
                 "dikutipA.b- C\tD E", "éMelansirX", "_diwawancaraiTempo", ""]:
        assert _spans(_glued_matches(text)) == _spans(_GLUED_CUE.finditer(text)), text
    assert [m.group(2) for m in _glued_matches("Ia berkata kepadaReuters Kota, dilansirAFP.")] == ["Reuters Kota", "AFP."]


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_same_matches_as_the_plain_regex(text):
    assert _spans(_glued_matches(text)) == _spans(_GLUED_CUE.finditer(text))
    assert _spans(_glued_matches(text, ascii_lower(text))) == _spans(_GLUED_CUE.finditer(text))
