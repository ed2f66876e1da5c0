"""Lines that are chrome by what stands next to them: a photo's labelled caption beside its credit, a pager's cut
subheading between two paragraphs. Passes of mark_boilerplate (boilerplate.py), run after the line rules; each
marks a line only when its neighbours say what it is, as the line alone could be text."""

from __future__ import annotations

import re

from sikap.pipeline.extract import captions
from sikap.pipeline.extract.text import WS, capitalised_share, is_prose

_LABEL_CAPTION = re.compile(r"^\s*[A-Z0-9][A-Z0-9&'’.]*(?:\s+[A-Z0-9&'’.]+){0,5}\s*[-–:]\s+\S")
_PHOTO_DATE = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)")


def labelled_captions(page) -> None:
    """A network portal's photo block: the credit 'Outlet Name/PHOTOGRAPHER' alone on its line next to the
    caption 'LABEL IN CAPITALS - what the photo shows, Weekday (d/m/yyyy).' A dateline has no credit line next
    to it, so the pair is read together: the label, the photo's date in parentheses and the credit beside it."""
    n = len(page.texts)
    for i, t in enumerate(page.texts):
        if "/" not in t or "(" not in t or page.nw[i] > 60 or not page.free(i) or not _LABEL_CAPTION.match(t) \
                or not _PHOTO_DATE.search(t):  # the photo's date, "(d/m)", holds "(" and "/"
            continue
        for k in (i - 1, i + 1):
            if 0 <= k < n and page.free(k) and page.nw[k] <= 8 and "/" in page.texts[k] \
                    and captions.ALONE.match(page.texts[k].strip(WS)):
                page.mark(i, "caption.photo")
                page.mark(k, "caption.photo")
                break


def ellipsis_pagers(page) -> None:
    """'Butuh 80 Dapur Umum...' between two paragraphs: a portal's pager prints the next page's subheading cut by an
    ellipsis (two to six words, capitalised) where the page breaks; a cut-off quotation or sentence is longer or
    stands inside its paragraph."""
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
