"""Photo captions without a credit in the header, in the shapes a deck never has.

Under the headline a page may print a deck (a sentence of the text, kept) or a photo's caption (chrome). Most
captions are told by their credit (captions.py); these are told by their shape alone: printed twice in a row (the
image's alt text, then the caption; a full stop, a slash or a space may differ), opened by a one- or two-word
label in capitals and a colon ("SAMPAIKAN: NAME ...", a newspaper network's regional sites), printed under the
photo's credit without an end mark, or a portrait's name and office. Seen on 8 hosts of a 2026-12 harvest of
301 Indonesian news pages and on probe pages (2026-12, setL/setM).
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import captions
from sikap.pipeline.extract.datelines import _place
from sikap.pipeline.extract.text import WS, ends_sentence, headline_case, name_like

# a caption's label: one or two words in capitals and a colon before the sentence; a place's dateline is the
# lede's, never under the title
_CAPTION_LABEL = re.compile(r"^\s*([A-Z]{3,}(?: [A-Z]{3,})?)\s?:\s+[A-Z\"“]")
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']?\s+[A-Z]")


def header_caption(page, i: int, t: str, nw: int) -> bool:
    """Header line i (text t, nw words), under the title or in a header without one, is a caption of a shape
    above."""
    if nw < 4:
        return False
    if captions.credited_sentence(t):
        return True  # "What the photo shows. (Outlet TV)" under the title (a national broadcaster's portal, set DG)
    key = " ".join(t.strip(WS + "./|").split())
    for j in (i - 1, i + 1):
        if 0 <= j < len(page.texts) and page.nw[j] >= 4 and abs(len(page.texts[j]) - len(t)) <= 4 \
                and " ".join(page.texts[j].strip(WS + "./|").split()) == key:
            return True
    m = _CAPTION_LABEL.match(t)
    if m is not None:
        return nw >= 6 and _place(m.group(1).title()) is None
    if i > 0 and page.doc.lines[i - 1].rule == "caption.photo" and captions.credit_only(page.texts[i - 1]) \
            and not ends_sentence(t):
        return True  # the caption printed under its photo's credit ('AGENCY/NAME' / 'what the photo shows')
    return portrait(t, nw)


def portrait(t: str, nw: int) -> bool:
    """A portrait's caption: a name, a comma and the person's office in Title Case, closed by a full stop ('NAME,
    Head of the Regency's Staff Agency (ABBR) Place.'): no verb, nothing a deck would say."""
    s = t.strip(WS)
    name, _, office = s.partition(", ")
    return s.endswith(".") and not s.endswith("..") and 4 <= nw <= 20 and 1 <= len(name.split()) <= 4 \
        and name_like(name, 4) and _place(name) is None and len(office.split()) >= 3 and "," not in office \
        and headline_case(office.rstrip("."), len(office.split())) and not _SENTENCE_INSIDE.search(office)
