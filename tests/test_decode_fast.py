"""decode.fix_text (plain-ASCII lines skipped) gives ftfy.fix_text's result for any text."""

from __future__ import annotations

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.decode import _ftfy_config, fix_text
from tests.conftest import SEED_FILES

_MOJIBAKE = st.sampled_from(["Ã©", "â€œ", "â€", "Â ", "\x85", "\x9d", "\x00", "\x1b[0m", "\u00a0", "“", "–", "\n", "\r",
                             "\t", "&amp;", "sÃ³", "\ud83d\udca9", "\ud83d", "ﬁ", "ａ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=12), _MOJIBAKE), max_size=30).map("".join))
def test_same_as_ftfy(text):
    assert fix_text(text) == ftfy.fix_text(text, config=_ftfy_config())


def test_same_as_ftfy_on_seeds():
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8")
        assert fix_text(text) == ftfy.fix_text(text, config=_ftfy_config())
