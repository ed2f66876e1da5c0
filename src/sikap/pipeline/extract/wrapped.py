"""Text wrapped at a fixed width: a blog post copied from a document, a mobile copy, an old page whose paragraphs
were broken into lines of one length. Such a page's lines end mid-sentence and go on in the next line, so a
paragraph's first line looks like a headline and its short last line like header chrome. The title and header
rules (edges_title.py) ask here whether a line belongs to a wrapped paragraph (probe sets AA and AB, 2026-12).
"""

from __future__ import annotations

from sikap.pipeline.extract.text import WS, headline_case


def _runs_on(page, i: int, t: str) -> bool:
    """Line i ends without a sentence's mark and the next line follows it with no blank line between."""
    lines = page.doc.lines
    return (t.rstrip(WS)[-1:].isalnum() or t.rstrip(WS).endswith(",")) and i + 1 < len(lines) and page.free(i + 1) \
        and page.doc.decoded.count("\n", lines[i].end, lines[i + 1].start) == 1


def continues_above(page, i: int) -> bool:
    """The line above runs on into line i, and is a sentence's start, not a rubric in capitals or a headline."""
    if i == 0 or not _runs_on(page, i - 1, page.texts[i - 1]):
        return False
    above = page.texts[i - 1]
    return not above.isupper() and not (page.nw[i - 1] >= 4 and headline_case(above, page.nw[i - 1]))


def in_wrapped_paragraph(page, i: int) -> bool:
    """Line i runs on into the next line, or the line above runs on into it, on a page wrapped at a fixed width."""
    return (_runs_on(page, i, page.texts[i]) or i > 0 and _runs_on(page, i - 1, page.texts[i - 1])) \
        and _hard_wrapped(page)


def _hard_wrapped(page) -> bool:
    """The page's text is broken into lines at a fixed width (a blog post copied from a document, a mobile copy):
    among its first 30 lines, three at least end mid-sentence and go on in a next line that opens in lower case."""
    n, found = min(len(page.texts) - 1, 30), 0
    for k in range(n):
        t = page.texts[k].rstrip(WS)
        if t[-1:].isalnum() and page.texts[k + 1].lstrip(WS)[:1].islower() and _runs_on(page, k, t):
            found += 1
            if found >= 3:
                return True
    return False
