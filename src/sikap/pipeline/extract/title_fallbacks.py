"""Titles printed away from the top: a gallery page's headline under its lead paragraph, a regional portal's
headline after the text. find_title (edges_title.py) asks these when no headline stands above the lede; each
takes a Title Case line only when its content words mostly come from the text it stands by (a subheading
brings words of its own).
"""

from __future__ import annotations

from sikap.pipeline.extract.text import FUNCTION_WORDS, ends_sentence, headline_case, title_like, words
from sikap.pipeline.extract.title_text import clean_title
from sikap.pipeline.extract.zones import Zones

def _title_below_lede(page, zones: Zones) -> int | None:
    """A gallery page prints its lead paragraph first and the headline under it ("Jakarta - Indonesia mengirim
    800 ton bantuan ..." / "Foto" / "Indonesia Kirim 800 Ton Bantuan ..."). A Title Case line right below the
    lede whose content words mostly come from the lede is that headline; a subheading is not a summary of
    the paragraph above it."""
    if zones.lede is None:
        return None
    for i in range(zones.lede + 1, min(zones.lede + 4, len(page.texts))):
        if not page.free(i):
            continue
        t = page.texts[i]
        if not (title_like(t, 14) and headline_case(t, page.nw[i])):
            return None
        content = [w.casefold() for w in words(t) if w.casefold() not in FUNCTION_WORDS]
        if len(content) < 4:
            return None
        lede_words = {w.casefold() for w in words(page.texts[zones.lede])}
        if sum(w in lede_words for w in content) / len(content) < 0.6:
            return None
        if any(page.free(k) and page.nw[k] <= 10 and title_like(page.texts[k])
               and headline_case(page.texts[k], page.nw[k]) for k in range(i + 2, len(page.texts))):
            return None  # more headings further down: this is the first subheading of an article without a title
        page.mark(i, "title")
        page.doc.meta["title"] = clean_title(t)
        page.doc.note("title", "extracted", "headline printed below the lead paragraph", t)
        return i
    return None


def _content(text: str) -> list[str]:
    return [w.casefold() for w in words(text) if w.casefold() not in FUNCTION_WORDS]


def _title_after_body(page, zones: Zones) -> int | None:
    """A regional portal's copy prints the text first and its headline at the page's end, under the last
    paragraph (and its sign-off), followed by the date line, or by a one-sentence summary copied from the text
    and then only chrome. That headline names what the text tells: its content words mostly come from the text
    above. A subheading is followed by a paragraph of its own, which brings new words."""
    if zones.lede is None:
        return None
    n = len(page.texts)
    free = [k for k in range(max(zones.lede + 1, n - 6), n) if page.free(k)]
    for pos, i in enumerate(free):
        t = page.texts[i]
        if not (4 <= page.nw[i] <= 20 and title_like(t, 20)) or ends_sentence(t):
            continue
        rest = free[pos + 1:]
        if rest and not (len(rest) == 1 and ends_sentence(page.texts[rest[0]])):
            continue  # more than one line of text below: a subheading
        above = {w for k in range(zones.lede, i) if page.free(k) for w in _content(page.texts[k])}
        dated = i + 1 < n and page.doc.lines[i + 1].rule == "meta.date_line"
        if rest and not _copied(_content(page.texts[rest[0]]), above, 0.8) or not rest and not dated:
            continue
        if _copied(_content(t), above, 0.5):
            page.mark(i, "title")
            page.doc.meta["title"] = clean_title(t)
            page.doc.note("title", "extracted", "headline printed after the text", t)
            return i
    return None


def _copied(content: list[str], vocabulary: set[str], share: float) -> bool:
    return len(content) >= 3 and sum(w in vocabulary for w in content) >= share * len(content)


def teaser_over_dateline(page, zones: Zones) -> int | None:
    """With no headline found, the last line of a related list right above a lede that opens with a dateline is the
    article's headline, which the list above it swallowed ("Terbaru" / ticker lines / HEADLINE / "Site.com -- ...";
    a blog theme's header, fix set EE, 2026-12)."""
    k = zones.lede - 1 if zones.lede is not None and zones.dateline_at == zones.lede else -1
    if k < 1 or page.doc.lines[k].rule != "link.related" or page.doc.lines[k - 1].rule is None:
        return None
    t, nw = page.texts[k], page.nw[k]
    if not (4 <= nw <= 20 and title_like(t) and headline_case(t, nw)):
        return None
    page.mark(k, "title")
    page.doc.meta["title"] = clean_title(t)
    page.doc.note("title", "extracted", "headline taken by a related list right above the dateline's lede", t)
    return k
