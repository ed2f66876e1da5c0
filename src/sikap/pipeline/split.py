"""Split a file into articles and cut each article into lines with offsets.

A dump can hold several articles (seed 004 holds two). A new article starts at the title line above a
second dateline ("starsunleash.com – ...", "Istanbul (ANTARA) - ..."): a dateline opens an article's
lede, so two of them mean two articles. Emits no reason codes.
"""

from __future__ import annotations

import re

from sikap.records import Doc, Line

# "Istanbul (ANTARA) - ", "New York (usmnews) – "
DATELINE_PAREN = re.compile(
    r"^(?P<place>[A-Z][^\W\d_]*(?:[ .'’-]+[A-Z][^\W\d_]*){0,3})\s*\((?P<outlet>[^()\n]{2,40})\)\s*[-–—]+\s+"
)
# "Pantau - ", "starsunleash.com – ", "Jakarta - "
DATELINE_BARE = re.compile(r"^(?P<token>[A-Z][\w]*(?:\.[a-z]{2,})*|[a-z0-9][\w-]*(?:\.[a-z]{2,})+)\s+[-–—]+\s+")
_WS = " \t\u00a0\u2009\u200b\ufeff"
MIN_LEDE_WORDS = 8


def word_count(text: str, cap: int) -> int:
    """len(text.split()) up to cap + 1 (meaning "more than cap"): the rules only ask "at least n words?",
    and splitting a whole article to answer that costs ~15 µs."""
    return len(text.split(maxsplit=cap))


def dateline(text: str) -> re.Match | None:
    """The dateline at the start of a lede paragraph, if the line is long enough to be one."""
    m = DATELINE_PAREN.match(text) or DATELINE_BARE.match(text)
    return m if m is not None and word_count(text, MIN_LEDE_WORDS) >= MIN_LEDE_WORDS else None


def lines_of(text: str, start: int, end: int) -> list[Line]:
    """Non-blank lines in text[start:end], each span trimmed of surrounding white space."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        seg = text[pos:stop]
        body = seg.strip(_WS)
        if body:
            a = pos + len(seg) - len(seg.lstrip(_WS))
            out.append(Line(a, a + len(body)))
        pos = stop + 1
    return out


def _is_title_like(text: str) -> bool:
    words = word_count(text, 30)
    return 3 <= words <= 30 and not text.rstrip().endswith((".", ":", ",", ";"))


def split_articles(doc: Doc) -> list[Doc]:
    lines = lines_of(doc.decoded, doc.start, doc.end)
    ledes = [i for i, ln in enumerate(lines) if dateline(doc.line_text(ln))]
    starts = [0]
    for i in ledes[1:]:
        prev = i - 1
        head = prev if prev > starts[-1] and _is_title_like(doc.line_text(lines[prev])) else i
        if head > starts[-1]:
            starts.append(head)
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
