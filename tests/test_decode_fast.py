"""mojibake.fix_text (provably clean texts and plain-ASCII lines skipped) gives ftfy.fix_text's result for any text."""

from __future__ import annotations

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.mojibake import _triggers, fix_text
from sikap.pipeline.mojibake import ftfy_config as _ftfy_config
from sikap.pipeline.mojibake import ftfy_leaves_alone as _ftfy_leaves_alone
from tests.conftest import SEED_FILES

_MOJIBAKE = st.sampled_from(["Ã©", "â€œ", "â€", "Â ", "\x85", "\x9d", "\x00", "\x1b[0m", "\u00a0", "“", "–", "\n", "\r",
                             "\t", "&amp;", "sÃ³", "\ud83d\udca9", "\ud83d", "ﬁ", "ａ", "Ã", "Â", "Ã ", "Å¡", "â€™", "Ã¢â‚¬Å“",
                             "\u206a", "\ufeff", "\ufffc", "Ð¿Ñ€Ð¸", "Ù…Ø±Ø­Ø¨Ø§", "é", "Œ", "œ", "°"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=12), _MOJIBAKE), max_size=30).map("".join))
def test_same_as_ftfy(text):
    assert fix_text(text) == ftfy.fix_text(text, config=_ftfy_config())


def test_same_as_ftfy_on_seeds():
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8")
        assert fix_text(text) == ftfy.fix_text(text, config=_ftfy_config())


def test_fast_path_taken_only_for_clean_text():
    clean = "Menteri “Luar Negeri” – di Doha, 9/9.\nKalimat kedua é.\n"
    assert _ftfy_leaves_alone(clean) and fix_text(clean) == clean
    for damaged in ["sÃ³ ok\n", "line\nâ€œquotedâ€\n", "a\x85b", "x\ufeffy", "a\x1b"]:
        assert not _ftfy_leaves_alone(damaged)
        assert fix_text(damaged) == ftfy.fix_text(damaged, config=_ftfy_config())


_BAD_CHARS = st.sampled_from(sorted(set("ÃÂÎÐâ€œ”“‘’–—…é°•·«»©®×½ŒœŠšŸžƒ‚„†‡‰‹›™¢£¥₧¤¦¨¬¯¸ªº¡¿ÀÉÑÖØÜßàáçèñöøüВГРСвҐґβΒΓΞΟ│┌═▀░◊ﬁ�√≈")))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(_BAD_CHARS, st.sampled_from(["a", "Z", " ", "\n", ".", "x "])), max_size=40).map("".join))
def test_fast_proof_never_wrong_on_mojibake_alphabets(text):
    """Dense strings over the characters BADNESS_RE is made of: whenever the fast proof says "unchanged",
    ftfy agrees."""
    if _ftfy_leaves_alone(text):
        assert ftfy.fix_text(text, config=_ftfy_config()) == text
    assert fix_text(text) == ftfy.fix_text(text, config=_ftfy_config())


def _leaves_alone_by_scan(text: str) -> bool:
    """ftfy_leaves_alone as it was: one regex scan of the text for the characters worth a look."""
    import re

    from ftfy.badness import BADNESS_RE

    chars, others, width = _triggers()
    look = re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")
    for m in look.finditer(text):
        c = m.group()
        if c in others or c in "ÃÂ":
            return False
        p = m.start()
        if BADNESS_RE.search(text, max(0, p - width), p + width + 1):
            return False
    return True


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(_BAD_CHARS, _MOJIBAKE, st.text(max_size=6), st.sampled_from(["a", "Z", " ", "\n", ".", "x "])),
                max_size=40).map("".join))
def test_fast_proof_same_as_a_scan_for_the_characters(text):
    assert _ftfy_leaves_alone(text) == _leaves_alone_by_scan(text)
