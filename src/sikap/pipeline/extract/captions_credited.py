"""The lead photo's caption printed under its credit, below the article's credits, where no end mark tells it.

A newspaper network's regional sites (and portals built the same way) print the header as: headline, deck,
"Editor: NAME", then the lead photo's credit on a line of its own ("AFP/NAME", "AFP", "Tribun Kota", "Tangkapan
layar Video", "YouTube The Outlet"), then the photo's caption as a full sentence ("NAME (tengah) walks through the
town on 4 April 2022."), then the text. The caption ends like a sentence and may be long (a wire photo's caption
in translation), so neither the caption rules nor the lede finder tell it; what tells it is where it stands: under
a photo's credit that itself stands under the editor's credit or under the headline printed again. A paragraph of
the text never comes between a credit line and a photo credit, and a photo's credit is followed by its caption or
by nothing. Seen on 12 pages of probe sets CC-EF (2026-12): six hosts of one network and five other portals. A
line opening with a dateline is the lede, whatever stands above it.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import captions
from sikap.pipeline.extract.captions_repeated import _POSITION, photo_day_end
from sikap.pipeline.extract.outlets import lookup_outlet, outlet_shaped
from sikap.pipeline.extract.text import WS, ends_sentence, is_prose

# the header line a photo's credit stands under: the editor's credit, the last of the header's credits (a writer's
# role or a correspondent's name may stand over a photo without a caption: test_layouts_probe_g_chrome)
_EDITOR = re.compile(r"(?i)\b(?:editor|redaktur|penyunting)\b")
# rules the photo's credit line may carry already (a credit read as such, or a short header line the edge rules
# took as chrome or as a related link) or none
_CREDIT_LINE_RULES = (None, "caption.photo", "chrome.header", "link.related")
# a platform's name before the channel or account credited ("YouTube The Outlet", "Instagram @account")
_PLATFORM = re.compile(r"(?i)^(?:youtube|instagram|facebook|twitter|x|tiktok|telegram)\s+")


def photo_credit_line(page, j: int) -> bool:
    """Line j is a photo's credit alone: at most six words, no sentence end, and a credit's shape (captions.py),
    a registered or outlet-shaped name (after a platform's name), a photo word, or names joined by slashes."""
    rule = page.doc.lines[j].rule
    if rule not in _CREDIT_LINE_RULES or not 1 <= page.nw[j] <= 6:
        return False
    t = page.texts[j].strip(WS).rstrip("-–— ")
    if not t or ends_sentence(t) or not t[:1].isupper():
        return False
    if rule == "caption.photo" or captions.credit_only(t) or captions.photo_words().search(t):
        return True
    name = _PLATFORM.sub("", t)
    if lookup_outlet(name) is not None or outlet_shaped(name):
        return True
    return "/" in t and all(1 <= len(part.split()) <= 4 for part in t.split("/"))


def _editor_line(page, j: int) -> bool:
    rule = page.doc.lines[j].rule
    return rule == "credit.editor" or rule == "credit.author" and _EDITOR.search(page.texts[j]) is not None


def _caption_shaped(t: str) -> bool:
    """A caption's own marks: no end mark (a noun phrase), the photo's day closing it, where its people stand,
    a photo word or a label in capitals opening it."""
    t = t.strip(WS)
    return (not ends_sentence(t) or photo_day_end().search(t) is not None or _POSITION.search(t) is not None
            or captions.LABEL_CAPTION.match(t) is not None or captions.photo_words().search(t[:40]) is not None)


_STOCK = re.compile(r"(?i)\b(ilustrasi|illustration|unsplash|pexels|pixabay|freepik|shutterstock|istock)")


def mark_credited_captions(page, zones) -> None:
    """Mark the caption (and its credit, when no rule took it) of the header layout described above. The lede
    moves below a caption that the lede finder took for it."""
    if zones.lede is None or zones.last is None:
        return
    lines = page.doc.lines
    for i in range(2, min(zones.last, 40)):  # the lede finder may have taken a deck above the credits
        if lines[i].rule is not None or page.nw[i] < 4 or i == zones.dateline_at:
            continue
        h = i - 2
        while h > 0 and lines[h].rule == "caption.photo" and i - h < 4:
            h -= 1  # ("zoom-in HEADLINE", a photo's button printed with the headline, between: fix set KQ, 2026-12)
        if not (_editor_line(page, h) or lines[h].rule == "title.repeat"):
            continue  # (the headline printed again closes the header as the editor's credit does: fix set EF, 2026-12)
        if not photo_credit_line(page, i - 1):
            continue
        if not any(page.free(k) and is_prose(page.texts[k], 8, page.nw[k]) for k in range(i + 1, min(i + 4, len(lines)))):
            continue  # the text must go on below the caption
        if ("/" not in page.texts[i - 1] or _STOCK.search(page.texts[i - 1])) \
                and not (zones.dateline_at is not None and i < zones.dateline_at <= i + 2) \
                and not _caption_shaped(page.texts[i]):
            return  # under a bare name ("AFP"), a sentence with no caption's mark may be the text's first, a second
            # page's dump having no dateline; under a photographer's credit ("AFP/NAME") a wire caption is a sentence;
            # an illustration's credit ("Kota/ILUSTRASI UNSPLASH/NAME") has no caption under it, the text follows (a
            # lede lost so, found by the property test in stop 38)
        page.mark(i, "caption.photo")
        if page.free(i - 1):
            page.mark(i - 1, "caption.photo")
        if zones.lede == i:
            zones.lede = next((k for k in range(i + 1, len(lines)) if page.free(k)), zones.lede)
        return
