"""Split a file into articles and cut each article into lines with offsets.

A dump can hold several articles (seed 004 holds two). A new article starts at the title line above a
second dateline ("starsunleash.com – ...", "Istanbul (ANTARA) - ..."): a dateline opens an article's
lede, so two of them mean two articles, provided the first article has a body of its own before the second
dateline (a page that prints its lede twice is one article) and the second lede is not a repeat of an
earlier line. Emits no reason codes.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.datelines import MAX_HEAD
from sikap.pipeline.extract.datelines import parse as parse_dateline
from sikap.records import Doc, Line

_WS = " \t\u00a0\u2009\u200b\ufeff"
MIN_LEDE_WORDS = 8
MIN_BODY_WORDS = 80  # words of an article before a second dateline may start another one
# a line's trimmed body: from its first to its last character that is neither white space nor a newline
_NOT_WS = "[^\n" + _WS + "]"
_LINE = re.compile(f"{_NOT_WS}(?:[^\n]*{_NOT_WS})?")


def word_count(text: str, cap: int) -> int:
    """len(text.split()) up to cap + 1 (meaning "more than cap"): the rules only ask "at least n words?",
    and splitting a whole article to answer that costs ~15 µs."""
    return len(text.split(maxsplit=cap))


def dateline(text: str):
    """The dateline at the start of a lede paragraph, if the line is long enough to be one. A line longer
    than a dateline's head is asked of the parser first: most are body text it rejects at a glance, so
    their words need no counting."""
    if len(text) <= MAX_HEAD and word_count(text, MIN_LEDE_WORDS) < MIN_LEDE_WORDS:
        return None
    d = parse_dateline(text)
    if d is None or d.standalone or len(text) > MAX_HEAD and word_count(text, MIN_LEDE_WORDS) < MIN_LEDE_WORDS:
        return None
    return d


def lines_of(text: str, start: int, end: int) -> list[Line]:
    """Non-blank lines in text[start:end], each span trimmed of surrounding white space (one regex scan in
    C: a loop over the lines in Python cost a tenth of this step)."""
    return [Line(*m.span()) for m in _LINE.finditer(text, start, end)]


def _is_title_like(text: str) -> bool:
    words = word_count(text, 30)
    return 3 <= words <= 30 and not text.rstrip().endswith((".", ":", ",", ";"))


def split_articles(doc: Doc) -> list[Doc]:
    decoded = doc.decoded
    lines = lines_of(decoded, doc.start, doc.end)
    texts = [decoded[ln.start:ln.end] for ln in lines]
    starts = [0]
    body_words = None  # words of the current article's body after its own dateline (None: no dateline yet)
    seen = set()
    for i, text in enumerate(texts):
        key = text
        wanted = body_words is None or body_words >= MIN_BODY_WORDS  # else a dateline here changes nothing
        d = dateline(text) if wanted and key not in seen else None
        if d is not None and d.confident and body_words is not None and body_words >= MIN_BODY_WORDS:
            prev = i - 1
            head = prev if prev > starts[-1] and _is_title_like(texts[prev]) else i
            if head > starts[-1]:
                starts.append(head)
                body_words = 0
        elif d is not None and body_words is None:
            body_words = 0
        if body_words is not None and body_words < MIN_BODY_WORDS:  # past it, only "at least" is asked
            body_words += word_count(text, MIN_BODY_WORDS - body_words)
        seen.add(key)
    out = []
    for k, first in enumerate(starts):
        last = starts[k + 1] if k + 1 < len(starts) else len(lines)
        part = lines[first:last]
        article = Doc(
            raw=doc.raw,
            decoded=doc.decoded,
            encoding=doc.encoding,
            decode_fixes=list(doc.decode_fixes),
            index=k,
            start=part[0].start if part else doc.start,
            end=part[-1].end if part else doc.end,
            lines=part,
        )
        out.append(article)
    return out or [doc]
