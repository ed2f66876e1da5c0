"""Header lines printed again elsewhere on the page, which are therefore not the headline: a menu's entry printed a
second time (a theme's mobile and desktop menus, both copied), a pull quote over the text that the text quotes again
(a regional daily's layout). Read by edges_title.find_title (fix sets IL and IM, 2026-12).
"""

from __future__ import annotations

from sikap.pipeline.extract.edges_footer import _OPENING_QUOTES
from sikap.pipeline.extract.text import WS
from sikap.pipeline.extract.zones import Zones

QUOTE_OPEN = _OPENING_QUOTES  # what opens a quotation, as the footer rules read it


def quoted_again_below(page, i: int, t: str) -> bool:
    """A quotation opening the page whose words the text quotes again further down: a pull quote, not the headline."""
    head = " ".join(t.strip(WS).split())[:60]
    return len(head) >= 30 and any(page.free(j) and " ".join(page.texts[j].split()).startswith(head)
                                   for j in range(i + 1, len(page.texts)))


def pull_quote_lede(page, zones: Zones) -> None:
    """A pull quote the zones took for the lede (the text quotes it again below): chrome, the text opens under it
    (a regional daily, fix set IM, 2026-12)."""
    lede = zones.lede
    if lede is not None and page.texts[lede].lstrip(WS)[:1] in QUOTE_OPEN and page.nw[lede] >= 6 \
            and quoted_again_below(page, lede, page.texts[lede]) and page.free(lede + 1):
        page.mark(lede, "chrome.summary")
        zones.lede = lede + 1


def menu_again(page, i: int, t: str) -> bool:
    """The line's text is that of a line above it already read as the menu's ('Kirim Tulisan' under 'Kirim Tulisan')."""
    key = t.strip(WS).casefold()
    lines = page.doc.lines
    return any(lines[j].rule == "chrome.nav" and page.texts[j].strip(WS).casefold() == key for j in range(i))
