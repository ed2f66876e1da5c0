"""Split a file into articles and cut each article into lines with offsets.

A dump can hold several articles (seed 004 holds two). A new article starts at the title line above a
second dateline ("starsunleash.com – ...", "Istanbul (ANTARA) - ..."): a dateline opens an article's
lede, so two of them mean two articles, provided the first article has a body of its own before the second
dateline (a page that prints its lede twice is one article) and the second lede is not a repeat of an
earlier line, nor the same words under another head (a caption printing the lede again). A headline in Title
Case opening with a place and a colon ("Negara: Danai ...") is no lede. Emits no reason codes.
"""

from __future__ import annotations

import functools

from sikap.pipeline.extract.datelines import MAX_HEAD, may_open
from sikap.pipeline.extract.datelines import parse as parse_dateline
from sikap.pipeline.extract.text import WS, headline_case
from sikap.records import Doc, Line

_WS = " \t\u00a0\u2009\u200b\ufeff"
MIN_LEDE_WORDS = 8
MIN_BODY_WORDS = 80  # words of an article before a second dateline may start another one


def word_count(text: str, cap: int) -> int:
    """len(text.split()) up to cap + 1 (meaning "more than cap"): the rules only ask "at least n words?",
    and splitting a whole article to answer that costs ~15 µs."""
    return len(text.split(maxsplit=cap))


@functools.lru_cache(maxsize=8192)
def dateline(text: str):
    """The dateline at the start of a lede paragraph, if the line is long enough to be one. Most lines are
    body text longer than a dateline's head that the parser's first test (may_open) rejects: that test is
    asked here, before two caches are (a third of the cost of the step). (Cached too: a story's paragraphs come
    again in its copies, and may_open costs more than the lookup.)"""
    if len(text) > MAX_HEAD and not may_open(text.lstrip(WS)):
        return None
    return _dateline(text)


@functools.lru_cache(maxsize=8192)
def _dateline(text: str):
    """dateline(text), for the lines may_open lets through. A line longer than a dateline's head is asked
    of the parser first: most are body text it rejects, so their words need no counting. (Cached: menus,
    links and footers repeat from page to page.)"""
    if len(text) <= MAX_HEAD and word_count(text, MIN_LEDE_WORDS) < MIN_LEDE_WORDS:
        return None
    d = parse_dateline(text)
    if d is None or d.standalone or len(text) > MAX_HEAD and word_count(text, MIN_LEDE_WORDS) < MIN_LEDE_WORDS:
        return None
    return d


def lines_of(text: str, start: int, end: int) -> list[Line]:
    """Non-blank lines in text[start:end], each span trimmed of surrounding white space."""
    return lines_and_texts(text, start, end)[0]


def lines_and_texts(text: str, start: int, end: int) -> tuple[list[Line], list[str]]:
    """(lines_of(text, start, end), the text of each): one split of the region at its newlines and a strip of
    each piece, which cost less than a regex scan with a match object per line."""
    lines, texts = [], []
    pos = start
    for piece in text[start:end].split("\n"):
        body = piece.strip(_WS)
        if body:
            at = pos + len(piece) - len(piece.lstrip(_WS))
            lines.append(Line(at, at + len(body)))
            texts.append(body)
        pos += len(piece) + 1
    return lines, texts


def _is_title_like(text: str) -> bool:
    words = word_count(text, 30)
    return 3 <= words <= 30 and not text.rstrip().endswith((".", ":", ",", ";"))


# a line seen before opens no article: compared on its first characters, as a page that prints its lede again
# under the text (a portal's summary card) may cut the copy shorter (fix set FD, 2026-12)
_KEY = 80


def _told(text: str, d) -> str:
    """The first words after a dateline's head, white space folded: what two ledes printing one story share."""
    return " ".join(text[d.end:].split()[:10])


def split_articles(doc: Doc) -> list[Doc]:
    lines, texts = lines_and_texts(doc.decoded, doc.start, doc.end)
    starts = [0]
    body_words = None  # words of the current article's body after its own dateline (None: no dateline yet)
    seen, seen_told = set(), set()  # lines, and the words after a dateline's head, seen before
    for i, text in enumerate(texts):
        key = text[:_KEY] if len(text) > _KEY else text  # a lede printed again, cut shorter, opens nothing either
        wanted = body_words is None or body_words >= MIN_BODY_WORDS  # else a dateline here changes nothing
        d = dateline(text) if wanted and key not in seen else None
        if d is not None and d.outlet is None and d.evidence.rstrip().endswith(":") and (
                _is_title_like(text) and headline_case(text)
                or word_count(text, 16) <= 16 and not text.rstrip(' \t"”’').endswith((".", "!", "?"))):
            d = None  # "Negara: Danai Ukraina Jadi Cara Termurah ...": a headline quoting a place or a speaker, no lede;
            # "Pemkot Kota: Kunjungan ... perdamaian" in a related list, a short line ending no sentence (as the zones
            # read it; fix set IN, 2026-12: a national agency's related headlines made a second article)
        told = _told(text, d) if d is not None else None
        if told is not None and told in seen_told:
            d = None  # "OUTLET.COM, KOTA - Words ..." under "LABEL - Words ...": a caption printing the lede's words
            # again under its own head (a network's regional sites, fix set JH, 2026-12), one article
        elif told is not None:
            seen_told.add(told)
        if d is not None and d.confident and body_words is not None and body_words >= MIN_BODY_WORDS \
                and not text.rstrip().endswith(("...", "…")):  # a related card's cut excerpt starts no article (AA)
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
