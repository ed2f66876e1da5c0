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


from sikap.pipeline.extract.knowledge import curated_set
from sikap.pipeline.extract.text import ends_sentence, fold, headline_case, is_prose, teaser_like, title_like

CODE = "link.related"
MAX_SUMMARY = 60  # words of a card's summary paragraph
MAX_HEADLINE = 20  # words of a card's headline or caption


def _heading(page, i: int) -> bool:
    """A card's headline or photo caption: a short line that does not end like a sentence."""
    t = page.texts[i]
    return page.free(i) and page.nw[i] <= MAX_HEADLINE and not ends_sentence(t) and teaser_like(t, page.nw[i])


def mark_cards(page) -> None:
    closing_card(page)
    markers = curated_set("boilerplate.yaml", "card_markers")
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


def _outlet_line(t: str, nw: int) -> bool:
    from sikap.pipeline.extract.outlets import lookup_outlet, outlet_shaped

    return nw <= 3 and (lookup_outlet(t.strip()) is not None or outlet_shaped(t.strip()))


def _date_only(t: str, nw: int):
    """The line's date reading (FoundDate, name, outlet) when it is a date line naming no person, else None."""
    from sikap.pipeline.extract.edge_lines import date_line

    got = date_line(t) if nw <= 8 else None
    return got if got is not None and not got[1] else None


def _card_foot(page, free: list[int]) -> list[int] | None:
    """The card's outlet and date closing the page: two lines (outlet, date in either order) or one
    ('Outlet.com - 21 Oktober 2025'); None when the page does not end so."""
    last = free[-1]
    one = _date_only(page.texts[last], page.nw[last])
    if one is not None and one[2] is not None:
        return [last]
    two = free[-2:]
    dated = [k for k in two if _date_only(page.texts[k], page.nw[k]) is not None]
    named = [k for k in two if _outlet_line(page.texts[k], page.nw[k])]
    return two if len(dated) == 1 and len(named) == 1 and dated != named else None


def _card_over(page, free: list[int], n_foot: int) -> bool:
    """A Title Case headline and its one-sentence teaser, next to each other, over the page's last n_foot free
    lines."""
    h, s = free[-n_foot - 2], free[-n_foot - 1]
    ht, st = page.texts[h], page.texts[s]
    return h + 1 == s and page.nw[h] <= MAX_HEADLINE and 8 <= page.nw[s] <= MAX_SUMMARY and ends_sentence(st) \
        and title_like(ht) and headline_case(ht, page.nw[h])


def closing_card(page) -> None:
    """One related-article card closing the page, no placeholder printed: a Title Case headline, its one-sentence
    teaser, then the card's outlet and date, the page's last lines, under the text. Seen on an aggregator's copy
    (fresh probe pages, 2026-12, setO): the card's date is not the article's, and its teaser is no last
    paragraph. A page signing off with its own outlet and date has no headline and teaser between them and
    the text."""
    free = []  # the page's last five free lines (the card and the three lines over it), read from the end
    lines = page.doc.lines
    for i in range(len(page.texts) - 1, -1, -1):
        if lines[i].rule is None:
            free.insert(0, i)
            if len(free) == 5:
                break
    if len(free) < 5:
        return
    if not (_card_over(page, free, 1) or _card_over(page, free, 2)):
        return  # no headline and teaser over a foot of one or two lines: the dates below are not read
    foot = _card_foot(page, free)
    if foot is None or not _card_over(page, free, len(foot)):
        return
    h, s = free[-len(foot) - 2], free[-len(foot) - 1]
    for k in (h, s, *foot):
        page.mark(k, CODE)
