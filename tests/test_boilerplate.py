"""The one-call pre-filter of boilerplate rules never hides a line some rule would mark."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.boilerplate import _ANY_RULE, MAX_RULE_CHARS, RULES, _may_be_ai_notice, match_rule
from tests.conftest import SEED_FILES


def _slow(text: str):
    for code, pattern in RULES:
        m = pattern.search(text)
        if m:
            return code, m
    return None


_WORDS = st.sampled_from(["Baca juga", "baca JUGA:", "Foto:", "Editor: A", "Penulis", "Oleh Budi Santoso", "©", "Home › ",
                          "Berita", "Hak Cipta", "crawling", "dilarang", "Join", "telegram", "Iklan", "Share", "ads 2",
                          "Sumber: Reuters", "Daftar Isi", " ", "\t", ".", "Doha", "x", "TDM", "tdm ", "Scraping", "ſcraping", "izin",
                          "prohibited", "K", "İ", "ı", "ſ", "CRAWLİNG", "Indexıng", "text and data mining", "pengindeksan", "é"])


def _agree(text: str) -> None:
    fast, slow = match_rule(text), (_slow(text) if len(text) <= MAX_RULE_CHARS else None)
    assert (fast is None) == (slow is None), text
    if fast:
        assert fast[0] == slow[0] and fast[1].span() == slow[1].span()
    if slow is not None:
        assert _ANY_RULE.match(text) or (slow[0] == "legal.ai_notice" and _may_be_ai_notice(text))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=8).filter(lambda t: "\n" not in t)), max_size=12).map("".join))
def test_prefilter_agrees_with_every_rule(text):
    _agree(text)


def test_prefilter_agrees_on_every_seed_line():
    for path in SEED_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            _agree(line.strip())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.one_of(_WORDS, st.text(max_size=6).filter(lambda t: "\n" not in t)), max_size=8).map("".join),
                max_size=8))
def test_ai_terms_never_misses_a_line_with_a_term(lines):
    from sikap.pipeline.boilerplate import _ai_terms

    flags = _ai_terms(lines)
    for line, flag in zip(lines, flags):
        if len(line) <= MAX_RULE_CHARS and _may_be_ai_notice(line):
            assert flag, line
    assert flags == [len(t) <= MAX_RULE_CHARS and _may_be_ai_notice(t) for t in lines]  # and says no more
