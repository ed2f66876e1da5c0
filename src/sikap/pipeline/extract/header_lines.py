"""The header's lines other than the title, once the title is found (edges_title.find_title): its repeats, the
lede printed above it, summary bullets, photo captions, bylines (a name alone, a name at an outlet, an agency's), an
illustration's alt text, and short chrome; a deck (a sentence) is kept, as a line of a paragraph wrapped at a fixed
width is. Then the title printed again in the body.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import captions, credits
from sikap.pipeline.extract.captions_header import header_caption
from sikap.pipeline.extract.edge_lines import NUMBERED, known_non_person, prose_words
from sikap.pipeline.extract.edges_title import _free_header, runs_on
from sikap.pipeline.extract.header_bylines import agency_byline, named_byline
from sikap.pipeline.extract.outlet_prompts import host_tagline
from sikap.pipeline.extract.text import WS, ends_sentence, headline_case, name_like, title_like
from sikap.pipeline.extract.title_text import _same, _title_key
from sikap.pipeline.extract.wrapped import in_wrapped_paragraph
from sikap.pipeline.extract.zones import Zones, caption_like

# an illustration's alt text printed as a line under the headline ('Ikon Bahan Bakar': 'icon' and what it shows)
_ICON_ALT = re.compile(r"^\s*(?:Ikon|Icon|IKON|ICON)\s+\S+(?:\s+\S+){0,3}\s*$")


def _cut_copy(text: str, title: str) -> bool:
    """'Desa-Desa Wisata Baru,...': the title's first words cut off by an ellipsis (a slider's or a share card's
    copy of the headline), two words at least."""
    t = text.strip(WS)
    if not t.endswith(("...", "…")):
        return False
    stem = " ".join(t.rstrip(".… ,;:–-").split())
    return len(stem.split()) >= 2 and " ".join(title.split()).casefold().startswith(stem.casefold())


def mark_header(page, zones: Zones, title: int | None) -> None:
    """The header's other lines: repeats of the title, captions, summary bullets, bylines, short chrome
    (a deck, a sentence, is kept); and the title printed again in the body."""
    doc = page.doc
    lines = doc.lines
    stop = zones.lede if zones.lede is not None else 0
    for i, t, nw, bullet in _free_header(page, zones):
        if title is not None and (_same(t, page.texts[title]) or _cut_copy(t, page.texts[title])):
            page.mark(i, "title.repeat")
        elif named_byline(page, i, t):
            pass  # "NAME and NAME, The Outlet": a byline, whatever its case
        elif nw <= 10 and host_tagline(t):
            page.mark(i, "chrome.brand")  # "Situs.com | Portal Berita Terpercaya": the site's masthead or page title
        elif title is not None and i > title and nw >= 8 and t.rstrip(WS).endswith(("...", "…")):
            page.mark(i, "chrome.summary")  # a summary card cut by an ellipsis under the title: the text follows
        elif title is not None and i > title and title_like(t, 30) and headline_case(t, nw) and nw >= 4 \
                and not _runs_into_lower(page, i):
            page.mark(i, "link.related")  # a second headline under the title is another article's teaser
        elif 4 <= nw <= 20 and t.rstrip(WS).endswith(("...", "…")) and headline_case(t, nw):
            page.mark(i, "link.related")  # another story's headline cut by an ellipsis (a list's, a slider's)
        elif bullet and not in_wrapped_paragraph(page, i) and not _lone_dashed_lede(page, i, nw) \
                or any(_same(t, page.texts[j]) for j in range(stop, min(stop + 3, len(page.texts)))):
            # (a dash opening a paragraph wrapped at a fixed width is the paragraph's, not a summary's bullet: setZ)
            page.mark(i, "chrome.summary")  # a summary bullet, or the lede printed above the title
        elif caption_like(doc, page.texts, i) or captions.credit_only(t) or ((title is None or i > title)
                                                                             and header_caption(page, i, t, nw)):
            page.mark(i, "caption.photo")
        elif agency_byline(page, i, t):
            pass
        elif _ICON_ALT.match(t):
            page.mark(i, "chrome.header")  # an illustration's alt text ("Ikon Bahan Bakar"), not a byline
        elif name_like(t, 5, allcaps=False) and nw >= 2 and credits.clean_name(t) and not known_non_person(t) \
                and not prose_words(page, t):
            page.credits.append(("authors", t, t, "byline"))
            page.mark(i, "meta.byline")
        elif nw <= 6 and not ends_sentence(t) and not NUMBERED.match(t) and not in_wrapped_paragraph(page, i) \
                and not runs_on(t):
            page.mark(i, "chrome.header")  # (a short line of a paragraph wrapped at a fixed width is the text's)
    if title is not None:  # the title printed again in the body
        key = _title_key(page.texts[title])
        size = len(page.texts[title])
        texts, slack = page.texts, size // 2 + 20
        # the free lines of about the title's length, found in one pass (the loop marks only the line it reads)
        for i in [i for i in range(stop, len(lines)) if abs(len(texts[i]) - size) <= slack and lines[i].rule is None]:
            if _title_key(texts[i]) == key:
                page.mark(i, "title.repeat")


def _runs_into_lower(page, i: int) -> bool:
    """Line i of a page wrapped at a fixed width runs on into a next line opening in lower case ("BALI, SMN - SMANSA
    nama" / "keren dari SMA Negeri 1 ..."): the lede's first line, which Title Case words make look like a headline
    (fix set EC, 2026-12)."""
    return i + 1 < len(page.texts) and page.texts[i + 1].lstrip(WS)[:1].islower() and in_wrapped_paragraph(page, i)


def _lone_dashed_lede(page, i: int, nw: int) -> bool:
    """'- NAME met the ambassador in Jakarta on Monday, 13 November 2023.' alone, a long sentence with no bullet
    above or below it: the lede of a copy whose dateline was cut before its dash (an aggregator's copy of a
    provincial office's release, fix set LH, 2026-12), not a summary's point, which comes with others."""
    if nw < 20:
        return False
    from sikap.pipeline.extract.edge_lines import BULLET

    return not any(0 <= k < len(page.texts) and BULLET.match(page.texts[k]) for k in (i - 1, i + 1))
