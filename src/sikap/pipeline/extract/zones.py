"""Where the article's body starts and ends on the page.

The lede is the first body paragraph: a line that opens with a dateline, or, when no dateline comes
within the first paragraphs, the first paragraph of running prose that is not a photo caption. A dateline
may stand on its own line above the lede ("Jakarta, CNN Indonesia"), and may come below a caption, a deck
or a byline. Everything above the lede is the header (title, section, byline, date line, captions, deck);
everything below the last paragraph of prose is the footer. Rules that only hold at the page's edges
(a tag line, an about-us footer, a date line) look there and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from sikap.pipeline.extract import captions, datelines
from sikap.pipeline.extract.text import headline_case, is_prose, word_count
from sikap.records import Doc

DATELINE_WINDOW = 3  # a dateline further down than the third paragraph of prose is not this article's


@dataclass
class Zones:
    lede: int | None  # index in doc.lines of the first body line
    last: int | None  # index of the last line of prose
    dateline_at: int | None = None  # line holding the dateline (the lede, or a line of its own above it)
    dateline: datelines.Dateline | None = None

    def header(self, i: int) -> bool:
        return self.lede is not None and i < self.lede

    def footer(self, i: int) -> bool:
        return self.last is not None and i > self.last

    def edge(self, i: int) -> bool:
        return self.lede is None or self.header(i) or self.footer(i)


def caption_like(doc: Doc, texts: list[str], i: int) -> bool:
    """A sentence that describes a photo: a credit closes it, or stands right after (or right before) it."""
    if captions.has_credit_tail(texts[i]):
        return True
    for j in (i + 1, i - 1):
        if 0 <= j < len(texts) and doc.lines[j].rule == "caption.photo" and captions.credit_only(texts[j]):
            # a credit before the line counts only from a line of its own: "Foto: X/Y" glued before a
            # dateline is followed by the lede, not by a caption
            if j == i + 1 or "\n" in doc.decoded[doc.lines[j].end:doc.lines[i].start]:
                return True
    return False


def find_zones(doc: Doc, texts: list[str]) -> Zones:
    lines = doc.lines
    prose_seen, first_prose = 0, None
    for i, ln in enumerate(lines):
        if ln.rule is not None:
            continue
        t = texts[i]
        d = datelines.parse(t)
        if d is not None and d.standalone:
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].rule is None), None)
            if nxt is not None and word_count(texts[nxt], 6) >= 6:
                return Zones(i, None, i, d)
        elif d is not None and (d.confident or prose_seen == 0):
            return Zones(i, None, i, d)
        if is_prose(t, 8) and not headline_case(t) and not caption_like(doc, texts, i):
            prose_seen += 1
            if first_prose is None:
                first_prose = i
            if prose_seen >= DATELINE_WINDOW:
                break
    return Zones(first_prose, None)


def find_last(doc: Doc, texts: list[str], zones: Zones) -> None:
    """The last line of prose (at or after the lede) still in the text."""
    if zones.lede is None:
        return
    last = zones.lede
    for i in range(zones.lede, len(doc.lines)):
        t = texts[i]
        if doc.lines[i].rule is None and (is_prose(t, 8) or word_count(t, 12) >= 12 and not headline_case(t)):
            last = i
    zones.last = last
