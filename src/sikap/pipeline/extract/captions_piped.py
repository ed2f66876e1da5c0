"""A photo caption closed by a lone pipe: the cell of the table a blog platform prints a photo's caption in.

Blogger (and themes copying its layout) put a photo in a one-cell table with the caption under it; copied as
text, the caption comes out as one line closed by " |" (the cell's border), often with no credit: "NAME with the
winners of the regional games |", "Meeting residents |". A sentence of the text never ends in a pipe; a table
row has several cells (flattened_tables reads those), a dateline alone above the lede ("KOTA, Outlet |") is
the dateline reader's, a menu item ("Posted in |") is made of widget words, and such lines with no paragraph
between them are a list of teaser cards (a portal's "headline |" under each card's image row). A page whose
paragraphs are themselves closed by pipes (a text copied out of a table) is left alone: its captions are no more
than its paragraphs. Seen on five regional sites' Blogger pages, captions above, between and under the
paragraphs (fix set GC, 2026-12), and under a police portal's photo (fix set DN). Above the text a line closed so
is a caption only when it is a closed sentence, or right under the image's own cell ("![]() |"): a headline before
a pipe is a copied page title whose site name was cut ("HEADLINE |"). Run before the zones, so that a caption
opening the page is not read as the headline.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import WS
from sikap.pipeline.extract.widget_words import widget_line

_MIN_WORDS = 2  # words before the pipe (page.nw counts the pipe too)
# the image's own cell right above the caption ("![]() |"): a caption there whatever it says, a headline too (a
# Blogger template's lead photo over the text, fix set LM, 2026-12: two sites)
_IMAGE_CELL = re.compile(r"^[\s|]*!\[")


def mark_piped_captions(page) -> None:
    """Mark each free line of two words or more closed by one lone pipe after a space as a caption, unless it is a
    widget's label or the dateline, or stands beside another such line with no paragraph between them."""
    from sikap.pipeline.extract.blocks import datelines_parse

    if "|" not in page.joined():
        return  # (most pages print no pipe: a line closed by one is looked for only on a page that holds one)
    found, paragraphs = [], 0
    for i, t in enumerate(page.texts):
        end = t.rstrip(WS)
        if not end.endswith("|"):
            paragraphs += page.nw[i] >= 12
        elif end.endswith(" |") and end.count("|") == 1 and page.nw[i] > _MIN_WORDS and page.free(i) \
                and (paragraphs or end[:-1].rstrip()[-1:] in ".!?" or i and _IMAGE_CELL.match(page.texts[i - 1])) \
                and not widget_line(end) \
                and datelines_parse(end) is None:
            found.append(i)
    if found and len(found) <= paragraphs:
        def apart(a: int, b: int) -> bool:  # a paragraph of the text between them
            return any(page.nw[j] >= 12 for j in range(a + 1, b))

        for k, i in enumerate(found):  # two with no paragraph between: a list of teasers (cards), read by the list rules
            if (k == 0 or apart(found[k - 1], i)) and (k == len(found) - 1 or apart(i, found[k + 1])):
                page.mark(i, "caption.photo")
