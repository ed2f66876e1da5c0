"""The lede printed again below the text: a portal's summary card or share preview repeats the story's opening
paragraph under it, often cut shorter ("OUTLET - The opening sentence, cut mid-cl"). The copy is no text of its
own: every word of it is already in the lede. Told by its first characters: the copy opens as the lede does, for
eighty characters or the whole copy when it is shorter (and at least forty), and it is shorter than the lede: a
page printing the whole article twice (a dump of two renderings) repeats the lede whole, and its second copy stays
(the duplicate filters see it). Seen on a national portal and a
broadcaster's site (fix set FD, 2026-12); split_articles compares lines so too, so the copy's dateline starts no
second article.
"""

from __future__ import annotations

from sikap.pipeline.extract.text import WS

_OPENING = 80
_SHORTEST = 40


def mark_lede_copies(page, zones) -> None:
    """Mark a free line below the lede that opens like the lede, cut shorter, as chrome.summary."""
    if zones.lede is None:
        return
    lede = page.texts[zones.lede].strip(WS)
    if len(lede) < _SHORTEST:
        return
    first, opening = lede[:_SHORTEST], lede[:_OPENING]
    for i in range(zones.lede + 1, len(page.doc.lines)):
        text = page.texts[i]
        if first not in text[:_OPENING] and text.lstrip(WS)[:_SHORTEST] not in opening or not page.free(i):
            continue  # (substring tests first: most lines open otherwise, and are spared the strip and the slices)
        t = text.strip(WS)
        n = min(len(t), _OPENING)
        # the copy opens as the lede does, or as the lede does after its outlet's name ("KOTA--Words ..." under
        # "outlet.com - KOTA--Words ...": the card prints the dateline without the site; fix set IK, 2026-12)
        at = lede.find(t[:_SHORTEST], 0, _OPENING) if n >= _SHORTEST else -1
        if n >= _SHORTEST and len(t) < len(lede) - at and at >= 0 and t[:n] == lede[at:at + n]:
            page.mark(i, "chrome.summary")
