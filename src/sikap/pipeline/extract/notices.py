"""Notices that forbid crawling, indexing or AI use of a site's content ("Dilarang keras mengambil konten,
melakukan crawling atau pengindeksan otomatis untuk AI ... tanpa izin"): kept verbatim on the source's
registry row, because they are licence facts a dataset must honour.

A notice names an AI or crawling term and a prohibition on one line. The terms are found once per article
over all its lines joined (a term never spans a line), since most lines hold none.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.text import ascii_lower, lines_at

AI_TERMS = ("crawling", "crawl", "pengindeksan", "indexing", "scraping", "text and data mining", "TDM")
_NOTICE = re.compile(r"(?=.*\b(" + "|".join(AI_TERMS) + r")\b)(?=.*\b(izin|dilarang|permission|prohibited)\b)", re.I)
_AI_WORD = re.compile(r"\b(" + "|".join(AI_TERMS) + r")\b", re.I)
_LOWER = tuple(t.lower() for t in AI_TERMS)
_CASE_SPECIALS = "\u0131\u017f\u212a\u0130"  # ı, ſ, K, İ: re.I matches each to an ASCII letter
MAX_CHARS = 400


@functools.cache
def _ascii_terms():
    """The terms in one automaton over the bytes of text.ascii_lower, which hold them exactly where the
    lower-cased text does: one scan of bytes instead of lower-casing the text and seven finds over it (a
    third of the time)."""
    from ahocorasick_rs import BytesAhoCorasick, Implementation

    return BytesAhoCorasick([t.encode("ascii") for t in _LOWER], implementation=Implementation.DFA)


def _may_hold_term(text: str) -> bool:
    if any(c in text for c in _CASE_SPECIALS):
        return _AI_WORD.search(text) is not None
    low = text.lower()
    return any(t in low for t in _LOWER)


def term_flags(lines: list[str], joined: str | None = None, low: bytes | None = None) -> list[bool]:
    """For every line: may it hold an AI term (False for lines longer than MAX_CHARS)? One search for all
    the terms over all the lines joined (a term in a long line is dropped after: cheaper than leaving the
    long lines out of the join). `joined`, `low`: "\\n".join(lines) and its ascii_lower, when the caller
    made them already."""
    if joined is None:
        joined = "\n".join(lines)
    if any(c in joined for c in _CASE_SPECIALS):
        return [len(t) <= MAX_CHARS and _may_hold_term(t) for t in lines]
    out = [False] * len(lines)
    if low is None:
        low = ascii_lower(joined)  # no İ, K: not None
    found = _ascii_terms().find_matches_as_indexes(low, overlapping=True)
    for i in lines_at(lines, [p for _, p, _ in found]):  # every occurrence of every term, as a find per term
        if len(lines[i]) <= MAX_CHARS:  # would give
            out[i] = True
    return out


_PROHIBITIONS = ("izin", "dilarang", "permission", "prohibited")  # what _NOTICE's second look-ahead requires


def _may_prohibit(text: str) -> bool:
    """May the line hold one of the prohibition words, as _NOTICE reads them (in any case)? Asked before _NOTICE,
    whose look-aheads try every term at every character (~10 µs a line): a text that uses a term in a sentence
    ("... pengindeksan ...") seldom holds a prohibition too."""
    if any(c in text for c in _CASE_SPECIALS):
        return True
    low = text.lower()
    return any(w in low for w in _PROHIBITIONS)


def is_ai_notice(text: str, flag: bool | None = None) -> bool:
    if len(text) > MAX_CHARS or not (_may_hold_term(text) if flag is None else flag) or not _may_prohibit(text):
        return False
    return _NOTICE.match(text) is not None
