"""Blocks at the page's two ends, found by where they stand rather than read from a heading's rule: teaser boxes
opening a page (a box label over one short sentence, before the article) and readers' comments closing it (from
a 'NAME said...' header under the text down). Passes of mark_boilerplate (boilerplate.py): top_boxes runs before
mark_blocks (blocks.py) and tells it where to start, comment_thread after it. They stand apart from blocks.py,
whose rules each start on a block's first line wherever it stands.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.blocks import datelines_parse
from sikap.pipeline.extract.datelines import _sections
from sikap.pipeline.extract.knowledge import line_key
from sikap.pipeline.extract.text import headline_case, is_prose, title_like


def top_boxes(page) -> int:
    """Teaser boxes opening a page ('Headline' / one sentence / 'Fokus' / one sentence, then the article): a
    box label (a related-block heading or a rubric word) among the page's first lines takes the single
    short sentence under it, which is another story's teaser (or a short teaser of two sentences printed twice,
    as a slider copies as text), and the teaser's headline when one stands between them ('Headline' / headline /
    sentence; a national daily, probe set CC, 2026-12). Lines already marked (a date stamp) may come before the
    first box. Returns the index of the first line after the boxes (the block rules start there: the line under a
    box is the article's, not one more teaser), or 0 when there is none."""
    n = len(page.doc.lines)
    i = next((k for k in range(n) if page.free(k) or page.doc.lines[k].rule == "link.related"), n)
    first = i
    while i + 1 < n and ((page.doc.lines[i].rule == "link.related" and page.nw[i] <= 2)
                         or page.free(i) and line_key(page.texts[i]) in _sections()):
        h = i + 1 if i + 2 < n and page.doc.lines[i].rule == "link.related" and page.free(i + 1) \
            and _box_headline(page, i + 1) else i  # the teaser's headline (under a rubric word, it is the page's own)
        t = page.texts[h + 1].strip()
        twice = h + 2 < n and page.free(h + 2) and page.texts[h + 2].strip() == t  # the teaser printed again
        if not (page.free(h + 1) and page.nw[h + 1] <= 20 and t.endswith(".") and (t[:-1].count(". ") == 0 or twice)
                and datelines_parse(t) is None):
            break
        for k in range(i, h + 2 + twice):
            page.mark(k, "link.related")
        i = h + 2 + twice
    return i if i > first else 0


def _box_headline(page, i: int) -> bool:
    """A teaser's headline in a box: a short headline-case line without a closing full stop."""
    t = page.texts[i].strip()
    return page.nw[i] <= 14 and not t.endswith(".") and title_like(t, 14) and headline_case(t, page.nw[i])


def comment_thread(page) -> None:
    """'NAME said…' alone on a line under the text: a blog platform's header of a reader's comment (verbs in
    boilerplate.yaml `comment_heads`). From the first one down, the page holds readers' comments, so every line
    left is chrome. The header must follow a paragraph of text: a page opening on one is a comments page, and its
    comments are what it holds."""
    heads = _comment_heads()
    lines = page.doc.lines
    n = len(lines)
    seen_text = False
    for i in range(n):  # (a line's rule is read here without a call to Page.free: i is a line of the page)
        t = page.texts[i]
        if not seen_text:
            seen_text = lines[i].rule is None and page.nw[i] >= 12 and is_prose(t, 12, page.nw[i])
            continue
        if 2 <= page.nw[i] <= 6 and lines[i].rule is None and heads.match(t):
            for k in range(i, n):
                if page.free(k):
                    page.mark(k, "chrome.widget")
            return


@functools.cache
def _comment_heads() -> re.Pattern:
    from sikap.pipeline.extract.knowledge import curated_set

    verbs = "|".join(sorted(re.escape(v) for v in curated_set("boilerplate.yaml", "comment_heads", "casefold")))
    # a name of one to four words (no sentence mark inside), the verb, an ellipsis (one character or three dots)
    return re.compile(rf"(?i)^\s*[^\s.!?:;,]+(?:\s+[^\s.!?:;,]+){{0,3}}\s+(?:{verbs})\s*(?:…|\.\.\.)\s*$")
