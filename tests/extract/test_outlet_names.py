"""outlet_names.fuller_name: a dateline's short outlet name expanded only by a name the page prints that it
abbreviates (initials, or its last word after an outlet word)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.outlet_names import fuller_name

WORDS = st.sampled_from(["Pos", "Harian", "Kabar", "Suara", "Kota", "Mentari", "Sukamakmur", "warga", "jalan",
                         "Radar", "Times", "PS", "KS", "MENTARI", "kabarsukamakmur.com", "harian", "Budi"])
TEXTS = st.lists(WORDS, max_size=30).map(" ".join)
SHORTS = st.sampled_from(["PS", "KS", "RS", "MENTARI", "Mentari", "Sukamakmur", "X", ""])


@settings(max_examples=300, deadline=None)
@given(TEXTS, SHORTS)
def test_an_expansion_is_printed_and_abbreviated_by_the_short_name(text, short):
    got = fuller_name(text, short)
    if got is None:
        return
    assert got in text
    if short.isupper() and len(short) <= 4:
        letters = "".join(w[0] for w in got.split()) if " " in got else None
        host = re.sub(r"\..*$", "", got)
        assert letters == short.casefold() or letters and letters.casefold() == short.casefold() or host[:1].casefold() == short[0].casefold()
    else:
        assert got.split()[-1].casefold() == short.casefold()


def test_examples():
    assert fuller_name("Pos Sukamakmur | berita", "PS") == "Pos Sukamakmur"
    assert fuller_name("Pasar Sukamakmur ramai", "PS") is None  # not shaped like an outlet's name
    assert fuller_name("© Harian Mentari", "MENTARI") == "Harian Mentari"
    assert fuller_name("Mentari pagi", "MENTARI") is None
    assert fuller_name("https://www.kabarsukamakmur.com", "KS") == "kabarsukamakmur.com"
