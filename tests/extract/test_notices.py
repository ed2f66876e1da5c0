"""AI-notice terms are found once per article over all its lines: never a line missed, never one more."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.notices import _NOTICE, MAX_CHARS, _may_hold_term, is_ai_notice, term_flags

_WORDS = st.sampled_from(["crawling", "dilarang", "TDM", "tdm ", "Scraping", "ſcraping", "izin", "prohibited", "K", "İ",
                          "ı", "ſ", "CRAWLİNG", "Indexıng", "text and data mining", "pengindeksan", "é", " ", "Doha"])


_LINE = st.lists(st.one_of(_WORDS, st.text(max_size=6).filter(lambda t: "\n" not in t)), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_LINE, st.tuples(_LINE, _LINE).map(lambda p: p[0] + " x" * (MAX_CHARS // 2) + p[1])),
                max_size=8))  # long lines too: a term found in one is dropped
def test_term_flags_equal_the_per_line_check(lines):
    assert term_flags(lines) == [len(t) <= MAX_CHARS and _may_hold_term(t) for t in lines]


def test_antara_notice_is_a_notice_and_a_sentence_about_crawling_is_not():
    notice = ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web "
              "ini tanpa izin tertulis dari Kantor Berita ANTARA.")
    assert is_ai_notice(notice)
    assert not is_ai_notice("Perusahaan itu melakukan crawling data untuk riset pasar.")  # no prohibition
    assert not is_ai_notice("x " * 300 + notice)  # a long paragraph is text


def test_only_two_characters_lower_case_into_ascii():
    """text.ascii_lower (term_flags' and find_attributions' quick scans) replaces every non-ASCII character
    by "?": sound only if no non-ASCII character but İ and K lower-cases to (or into) ASCII characters."""
    from sikap.pipeline.extract.text import ascii_lower

    into_ascii = {chr(c) for c in range(128, 0x110000) if any(ord(x) < 128 for x in chr(c).lower())}
    assert into_ascii == {"\u0130", "\u212a"}
    assert ascii_lower("Kantor Berita \u201cXinhua\u201d") == b"kantor berita ?xinhua?"
    assert ascii_lower("\u212aoran") is None and ascii_lower("\u0130ran") is None


@settings(max_examples=400, deadline=None)
@given(_LINE)
def test_a_notice_is_what_the_notice_pattern_takes(line):
    """is_ai_notice asks for a prohibition word before the pattern: the same answer as the pattern's alone."""
    assert is_ai_notice(line) == (_NOTICE.match(line) is not None)
    assert is_ai_notice(line, True) == (_NOTICE.match(line) is not None)
