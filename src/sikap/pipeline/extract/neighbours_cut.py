"""Lines cut by an ellipsis that are chrome by what stands around them: a pager's next-page subheading cut between
two paragraphs ('Butuh 80 Dapur Umum...'), and another story's excerpt cut after the text's last paragraph (a
related-post widget). Passes of mark_boilerplate (boilerplate.py), run after the line rules. They stand apart
from neighbours.py, whose passes read a photo's caption beside its credit: these read the text around a cut line.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import WS, capitalised_share, content_words, is_prose


def ellipsis_pagers(page) -> None:
    """'Butuh 80 Dapur Umum...' between two paragraphs: a portal's pager prints the next page's subheading cut by an
    ellipsis (two to six words, capitalised) where the page breaks; a cut-off quotation or sentence is longer or
    stands inside its paragraph."""
    joined = page.joined()
    if "..." not in joined and "…" not in joined:
        return  # no line is cut by an ellipsis (most pages)
    n = len(page.texts)
    for i, t in enumerate(page.texts):
        if not (2 <= page.nw[i] <= 6) or not page.free(i):
            continue
        u = t.strip(WS)
        if not u.endswith(("...", "…")) or not u[:1].isupper() or any(c in u.rstrip(".…") for c in ".,:;!?\"“”") \
                or capitalised_share(u) < 0.75:
            continue  # a sentence broken off for effect ('Lalu datanglah air itu...') is in sentence case
        if i > 0 and all(k >= n or page.free(k) and page.nw[k] >= 12 and is_prose(page.texts[k], 12, page.nw[k])
                         for k in (i - 1, i + 1)):
            page.mark(i, "chrome.nav")


_NAME_WORD = re.compile(r"(?<![.!?:\"“]\s)(?<=\s)[A-Z][a-z]{2,}")


def cut_teaser_after_text(page) -> None:
    """'Striker NAME scores again. In the derby against CLUB ... that made CLUB come back...': another story's
    excerpt, cut by an ellipsis, printed after the text's last paragraph (a related-post widget). The text's own
    paragraph cut by the copy ends the same way, but it names the story's people and places; the excerpt names
    two or more (capitalised words inside its sentences) that none of the text's other paragraphs prints, and few
    of its other words are the text's (a last paragraph that brings in a new speaker still tells the story). Three
    full paragraphs above at least: a short copy cut off is not read (probe page, 2026-12, setQ)."""
    n = len(page.texts)
    i = n - 1
    while i >= 0 and not (page.free(i) and page.nw[i] >= 12):
        i -= 1
    if i < 3 or not page.texts[i].rstrip(WS).endswith(("...", "…")):
        return
    body = [k for k in range(i) if page.free(k) and page.nw[k] >= 12 and is_prose(page.texts[k], 12, page.nw[k])]
    if len(body) < 3 or not page.texts[body[-1]].rstrip(WS).endswith((".", "!", "?", '"', "”")):
        return
    names = set(_NAME_WORD.findall(page.texts[i]))
    if len(names) < 2:
        return
    text = " ".join(page.texts[k] for k in range(i) if page.free(k) or page.doc.lines[k].rule == "title")
    if any(name in text for name in names):
        return
    mine = {w for w in content_words(page.texts[i]) if len(w) >= 4}  # and it tells of other things: few of
    if len(mine & content_words(text)) < 0.25 * len(mine):  # its words are the text's
        page.mark(i, "link.related")
