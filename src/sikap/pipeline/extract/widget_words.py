"""A short line made only of widget words is a page widget's label ("Leave a Comment!", "Change Size").

The phrase catalogue of boilerplate.yaml takes the labels seen so far, one phrase each; a site never seen
prints the same buttons in another order or another pair of words ("Table Of Content", "Tulis komen", "Posted
in |"), which no list of phrases can foresee. What those lines share is their vocabulary: every word is one a
widget is printed in. The words (and the joiners that may stand between them) are curated in
boilerplate.yaml under `widget_words`, with where they were seen; a line is asked only when no other rule
took it, so a credit label, a caption's "Foto" or a "Baca juga" teaser keeps its own code.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.knowledge import curated_data
from sikap.pipeline.extract.text import LINE_CACHE

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*[+-]?|[&+]")


@functools.cache
def _lexicon() -> tuple[frozenset, frozenset, int]:
    data = curated_data("boilerplate.yaml")["widget_words"]
    return (frozenset(str(w).casefold() for w in data["words"]),
            frozenset(str(w).casefold() for w in data["joiners"]), int(data["max_words"]))


def max_words() -> int:
    """The longest line the rule may take, in words."""
    return _lexicon()[2]


@functools.lru_cache(maxsize=LINE_CACHE)
def widget_line(text: str) -> bool:
    """True when every word of the line is a widget word, a joiner or a number, at least one a widget word, and the
    line has at most max_words words and nothing but punctuation besides them (any other word, an address or a
    name, makes it something else)."""
    words, joiners, most = _lexicon()
    low = text.casefold()
    found = _WORD.findall(low)
    if not found or len(found) > most:
        return False
    if any(ch.isalnum() for ch in _WORD.sub("", low)):
        return False
    return all(w in words or w in joiners or w.isdigit() or _SIZE.fullmatch(w) for w in found) \
        and any(w in words for w in found)


# a banner's size in pixels ("banner 728x250": an empty ad slot's label, fix sets GF and HF, 2026-12)
_SIZE = re.compile(r"\d{2,4}x\d{2,4}")


def mark_widget_lines(page) -> None:
    """Mark each line still free after every other rule that is made of widget words. Last, so that a line
    another rule reads in its own way (a "Tags" head over its list, a credit label, a section over the title)
    keeps that rule's code and reading; the lines are read anew (the sign-off rules may have cut one)."""
    doc, most = page.doc, max_words()
    for i, ln in enumerate(doc.lines):
        if ln.rule is None and ln.end - ln.start <= 80:
            t = doc.decoded[ln.start:ln.end]
            if t.count(" ") < 3 * most and widget_line(t):
                page.mark(i, "chrome.widget")
