"""Related-article cards of portals whose card template leaves its image placeholder as a line of text.

Such a page prints, between the paragraphs and below the text, cards of other stories: a photo caption, the
card's headline, sometimes its summary, the placeholder ("img_title", curated in boilerplate.yaml under
`card_markers`), then the card's outlet and date. Without the placeholder nothing tells a card's headline
from a subheading (subheadings are content), so these rules run only on a page that prints one; there the
placeholder shows that headline-shaped lines among the paragraphs are card headlines, and the date below it
is the card's, never the article's. Runs before the text's zones are found, so that the card's summary is not
taken for the last paragraph nor its date for a date line in the footer.
"""

from __future__ import annotations

import functools

from sikap.pipeline.extract.knowledge import curated_data
from sikap.pipeline.extract.text import ends_sentence, fold, headline_case, is_prose, teaser_like

CODE = "link.related"
MAX_SUMMARY = 60  # words of a card's summary paragraph
MAX_HEADLINE = 20  # words of a card's headline or caption


@functools.cache
def card_markers() -> frozenset:
    return frozenset(fold(str(p)) for p in curated_data("boilerplate.yaml").get("card_markers", []))


def _heading(page, i: int) -> bool:
    """A card's headline or photo caption: a short line that does not end like a sentence."""
    t = page.texts[i]
    return page.free(i) and page.nw[i] <= MAX_HEADLINE and not ends_sentence(t) and teaser_like(t, page.nw[i])


def mark_cards(page) -> None:
    markers = card_markers()
    n = len(page.texts)
    found = [i for i in range(n) if page.nw[i] <= 2 and fold(page.texts[i]) in markers]
    if not found:
        return
    first_card = n
    for m in found:
        page.mark(m, CODE)
        j = m + 1  # below the placeholder: the card's outlet and date, short lines up to the next paragraph
        while j < n and page.free(j) and page.nw[j] <= 6 and not ends_sentence(page.texts[j].rstrip(".")):
            page.mark(j, CODE)
            j += 1
        k = m - 1  # above it: the card's summary (when a headline stands over it), headline and caption
        if page.free(k) and page.nw[k] <= MAX_SUMMARY and ends_sentence(page.texts[k]) and _heading(page, k - 1):
            page.mark(k, CODE)
            k -= 1
        while k >= 0 and _heading(page, k):
            page.mark(k, CODE)
            k -= 1
        first_card = min(first_card, k + 1)
    start = next((i for i in range(n) if page.free(i) and is_prose(page.texts[i], 12, page.nw[i])), n)
    for i in range(start + 1, first_card):  # among the paragraphs: the headlines of the cards printed there
        if _heading(page, i) and page.nw[i] >= 5 and headline_case(page.texts[i], page.nw[i]):
            page.mark(i, CODE)
