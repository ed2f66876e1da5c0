"""Other stories' excerpts under the text, each opened by the site's own dateline ("OUTLET.COM,- Lede ..." five times
under a story's editor credit): a regional portal's list of its latest posts, each printed as the first lines of its
story (fix set IL, 2026-12). A text has one dateline; below its credit line, a paragraph opened by the very
dateline of the lede starts another story, and the page holds only its first lines.
"""

from __future__ import annotations

from sikap.pipeline.extract.text import WS

# the credit codes that close a story's text (a line of them stands between the text and the list)
_CLOSING = frozenset({"credit.author", "credit.editor", "credit.signoff", "credit.other", "meta.byline"})


def dated_teasers(page, zones) -> None:
    """Mark as link.related each free line below a credit line (itself below the lede) that opens with the lede's
    own dateline, as printed."""
    d = zones.dateline
    if d is None or zones.dateline_at is None or zones.dateline_at != zones.lede or len(d.evidence) < 6:
        return
    head = d.evidence.strip(WS)
    lines = page.doc.lines
    closed = False
    for i in range(zones.lede + 1, len(lines)):
        if lines[i].rule in _CLOSING:
            closed = True
        elif closed and page.free(i) and page.texts[i].lstrip(WS).startswith(head):
            page.mark(i, "link.related")
