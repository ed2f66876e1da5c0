"""alternation: the grouped alternation answers exactly as the one alternation of the same patterns.

Checked on the real pattern tables (the line catalogue's, edges and not, and the line rules' start table)
over real-looking lines and random text, and the required characters on the patterns themselves: a pattern
that matches a text finds one of its required characters in it.
"""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.alternation import alternation, one_alternation, required_chars, scans
from sikap.pipeline.extract.knowledge import line_catalogue

LINES = ["Kontak: redaksi@contoh.co.id | Telp. 021-555", "Menteri luar negeri Turki mengatakan pada Selasa.",
         "Revisi sejak 12 Mei 2024 oleh Budi (bicara | kontrib)", "(c) 2024 Harian Contoh", "#Iran #Israel",
         "Foto: ANTARA/Budi", "Penulis: Budi Santoso", "Sumber: Reuters", "Home › Internasional", "12:30",
         "email kami di a@b.c", "x (bicara|talk) y", "[12]", "Hak cipta dilindungi undang-undang"]


def _patterns() -> list[re.Pattern]:
    return [p for _, p, _, _ in line_catalogue().patterns]


def test_scanning_patterns_are_guarded():
    """The e-mail footer pattern walks the whole line: it is tried only on lines holding an "@"."""
    email = next(p for p in _patterns() if "@" in p.pattern and scans(p))
    assert required_chars(email) == frozenset("@")
    alt = alternation(_patterns())
    assert any(chars == "@" for chars, _ in alt.guarded)
    assert not scans(re.compile(r"(?i)(copyright|hak cipta)\b"))
    assert required_chars(re.compile(r"a(b|c)d")) is None
    assert required_chars(re.compile(r"(?:x:|y/)z")) == frozenset(":/")
    assert required_chars(re.compile(r"(?:@)?z")) is None  # optional: not required


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(LINES),
                 st.text(alphabet=st.sampled_from(list("aeikmoprstx @#()[]|:/.-©0123456789 ")), max_size=80)))
def test_same_answer_as_one_alternation(text):
    for grouped, one in _tables():
        assert grouped.match(text) == (one.match(text) is not None)


@functools.cache
def _tables() -> list:
    """(grouped, one alternation) for every set of patterns the line rules try on a line."""
    from sikap.pipeline.extract import boilerplate, captions, credits
    from sikap.pipeline.extract.knowledge import credits as credit_knowledge

    cat = line_catalogue()
    start = [credit_knowledge().label_re, credits._SOURCE, boilerplate._REPUBLISHED, captions.PREFIX]
    sets = {tuple(p for _, p, w, e in cat.patterns if w >= n and (edges or not e)) for n in range(61)
            for edges in (False, True)}
    return [(alternation(pats), one_alternation(pats)) for pats in sets | {s + tuple(start) for s in sets} if pats]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(LINES),
                 st.text(alphabet=st.sampled_from(list("aeikmoprstx @#()[]|:/.-©0123456789 ")), max_size=80)))
def test_a_match_holds_a_required_character(text):
    for p in _patterns():
        chars = required_chars(p)
        if chars and p.match(text):
            assert any(ch in text for ch in chars)
