"""attributions: the passes that try a pattern only where it can match give the plain pattern's answer.

`_dash_signoffs`, `bare_hosts` and the outlet-shaped name after a cue (`_cue_matches`) each read only the lines
or places that hold what every match needs (a dash set off by white space and a capitalised last word; a cue
word, in any case). On generated text made of those pieces, each must find what the plain scan of
every line, or of the whole text, finds.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract import attribution_unknown as unknown
from sikap.pipeline.extract.attribution_glued import _BARE_CUE, _BARE_WORDS, matches_at_words
from sikap.pipeline.extract.attributions import _DASH_SIGNOFF, _DASHES, _TAIL, _dash_lines, _ends_capitalised
from sikap.pipeline.extract.text import ascii_lower, lines_holding

PIECES = st.sampled_from(["Bernama", "AFP", "Kabar Kota News", "x", " ", "\t", "\n", "-", "–", "—", ".", "A", "b",
                          "é", "É", "İ", "\r", "anak-anak", "dilansir", "kutip", "mengutip", "dari", "Mengutip",
                          "MENGUTIP", "DILANSIR", "Dikutip dari", "sumber:", "sebagaimana dilansir", "Telah tayang di", "DISADUR DARI", "di kutip dari", "seperti", "ı", "Kabar", "\u212a", "Sumber", "tayang", "kompasx", "ab12", "ſ"])
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def _plain_lines(text: str):
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_dash_signoff_lines(text):
    plain = [m.span() for a, b in _plain_lines(text) if (m := _DASH_SIGNOFF.search(text, max(a, b - _TAIL), b))]
    fast = [m.span() for a, b in _dash_lines(text)
            if _ends_capitalised(text[max(a, b - _TAIL):b]) and (m := _DASH_SIGNOFF.search(text, max(a, b - _TAIL), b))]
    assert fast == plain


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_bare_cue_matches(text):
    assert _spans(matches_at_words(_BARE_CUE, _BARE_WORDS, text)) == _spans(_BARE_CUE.finditer(text))
    assert _spans(matches_at_words(_BARE_CUE, _BARE_WORDS, text, ascii_lower(text))) == _spans(_BARE_CUE.finditer(text))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_cue_matches(text):
    plain = _spans(unknown._cue_then_name().finditer(text))
    assert _spans(unknown._cue_matches(text, ascii_lower(text))) == plain
    assert _spans(unknown._cue_matches(text, None)) == plain


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.lists(st.sampled_from(["-", " -", "a", "Ber", "x", "- "]), min_size=1, max_size=3))
def test_lines_holding(text, needles):
    assert lines_holding(text, needles) == [(a, b) for a, b in _plain_lines(text) if any(n in text[a:b] for n in needles)]


def test_known_lines():
    text = "Ia pulang.\nTeks berita. - Bernama\nanak-anak bermain -Reuters\n"
    assert lines_holding(text, _DASHES) == [(11, 33), (34, 60)]
    assert not _ends_capitalised("anak-anak bermain di taman.")
    assert _ends_capitalised("teks -Bernama .")
