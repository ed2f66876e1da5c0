"""The title: the first headline-like line above the lede; the section, brand or channel lines above it are
marked (the header's other lines, once the title is known, are header_lines.py's). A gallery page may print its
headline below its lead paragraph. What is never the title: a caption closed by its agency, a stock agency's
credit, a byline's name over its job title; the header lines that are never the headline whatever their shape
(a site's prefix, a menu, a breadcrumb glued to the headline, a logo's alt text) are title_never.py's.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import captions
# header lines that are never the headline (read by tests/extract/plain_edges.py from here too)
from sikap.pipeline.extract.title_never import _no_title
from sikap.pipeline.extract.datelines import _sections
from sikap.pipeline.extract.edge_lines import BULLET, NUMBERED, date_line
from sikap.pipeline.extract.header_repeats import pull_quote_lede
from sikap.pipeline.extract.knowledge import line_key
from sikap.pipeline.extract.outlet_prompts import host_tagline
from sikap.pipeline.extract.outlets import lookup_outlet
from sikap.pipeline.extract.text import DOMAIN, WS, ends_sentence, fold, headline_case, name_like, title_like
from sikap.pipeline.extract.title_fallbacks import _title_after_body, _title_below_lede, teaser_over_dateline
# when a long line in sentence case is the headline (the names are read from here by tests/extract/plain_edges.py too)
from sikap.pipeline.extract.title_sentence_case import (_comma_headline, _dated_below, _lede_is_headline, _printed_twice,
                                                        _sentence_case_headline, _stop_headline)
from sikap.pipeline.extract.title_text import _title_key as title_key
from sikap.pipeline.extract.title_text import clean_title
from sikap.pipeline.extract.zones import Zones, caption_like

_ROLE_RULES = frozenset(["credit.author", "credit.editor", "credit.translator", "credit.other", "meta.byline"])
# a job title printed under a byline's name ("Koresponden Pertahanan", "Wartawan BBC News Indonesia"), no
# colon: a label with a colon ("Penulis: NAME") may stand under a short headline
_ROLE_LINE = re.compile(r"(?i)^\s*(?:koresponden|correspondent|wartawan|jurnalis|journalist|analis|kolumnis|columnist)"
                        r"\b[^:]{0,50}$")


def _free_header(page, zones: Zones):
    """(index, text, words, opens with a bullet) of each header line still free when the loop reaches it
    (the dateline's own line aside)."""
    lines = page.doc.lines
    for i in range(zones.lede if zones.lede is not None else 0):
        if lines[i].rule is None and i != zones.dateline_at:
            t = page.texts[i]
            yield i, t, page.nw[i], BULLET.match(t) is not None


def runs_on(t: str) -> bool:
    """A short line that is all a citing cue ("Mengutip", "Dilansir dari"): a sentence broken at a fixed width
    runs on into the next line (fix set ED, 2026-12); no section label is a cue. A weak cue alone is a label ("Oleh"
    over the writer's name), and a line in capitals a rubric ("OPINI")."""
    from sikap.pipeline.extract.knowledge_attributions import attribution_cues

    s = t.strip(WS)
    cues = attribution_cues()
    m = cues.before_at_end.search(s + " ")
    return m is not None and m.start() == 0 and s[:1].isupper() and not s.isupper() and fold(m.group(1)) not in cues.weak


# a person's name opened by an initial, capitalised words after it, nothing else: "M. Reza Sulaiman" ("Profil M.
# Farhan", a rubric and a name, is no byline)
_INITIALLED = re.compile(r"^\s*[A-Z]\.\s*[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){0,3}\s*$")


def find_title(page, zones: Zones) -> int | None:
    """Mark the header's section and brand lines down to the title (the first headline-like line) and
    the title itself; return its index. Runs before the byline rules: a headline is also shaped like a name."""
    doc = page.doc
    for i, t, nw, bullet in _free_header(page, zones):
        if _no_title(page, i, t, nw):
            continue
        if nw <= 3 and runs_on(t) and line_key(t) not in _sections():  # ("Opini": a rubric, fix set IG, 2026-12)
            continue  # "Mengutip" / "Reuters, ...": a page-2 dump's first sentence broken after its cue, the text's
        if line_key(t) in _sections() or nw <= 3 and not title_like(t) and not bullet:
            page.mark(i, "chrome.section")
            doc.meta.setdefault("section", t.strip(WS))
            doc.note("section", "extracted", "section label above the title", t)
        elif nw <= 3 and lookup_outlet(t.split()[0]) or nw == 1 and DOMAIN.fullmatch(t.strip(WS)) \
                or nw <= 10 and host_tagline(t):  # ("Situs.com | Portal Berita Terkini": the site's page title)
            page.mark(i, "chrome.brand")  # (a host the registry lacks alone over the menu: fix set IH, 2026-12)
        elif nw <= 8 and _channel_path(t):
            page.mark(i, "chrome.breadcrumb")
        elif captions.credited_sentence(t):
            page.mark(i, "caption.photo")  # above the lede a sentence closed by "(Agency)" is a photo's caption
        elif bullet:
            page.mark(i, "link.related")
        elif captions.credit_only(t) or date_line(t) is not None or (
                caption_like(doc, page.texts, i) and not (title_like(t) and headline_case(t, nw))):
            continue  # left for the caption and date-line rules (a Title Case headline over a credit is the title)
        elif nw <= 3 and captions.photo_words().search(t):
            page.mark(i, "caption.photo")  # "Getty Images" alone: the credit of the photo under it
        elif nw <= 5 and _INITIALLED.match(t):
            continue  # "M. Reza Sulaiman" over the photo: a writer's name with an initial, no headline (fix set JE)
        elif name_like(t, 4) and i + 1 < len(page.doc.lines) and _role_below(page, i + 1):
            if page.free(i + 1):
                page.mark(i + 1, "credit.other")  # the job title: a role that credits nobody by itself
            continue  # a name over a credit or role line ("NAME" / "Defence correspondent") is the byline's
        elif nw <= 4 and _headline_below(page, i, zones.lede if zones.lede is not None else 0, nw):
            page.mark(i, "chrome.section")  # a topic rubric ("PERANG GAZA") above a longer headline
        elif (title_like(t) or _comma_headline(page, i, nw) or _stop_headline(page, zones, i, nw)) and not re.match(r"^\s*(\(|\d{1,2}\.\s)", t) \
                and (nw <= 14 or headline_case(t, nw) or _sentence_case_headline(page, zones, i)
                     or _dated_below(page, zones, i) or _printed_twice(page, zones, i)):
            if nw <= 5 and i + 1 < (zones.lede or 0) and page.free(i + 1) and page.nw[i + 1] >= max(6, 2 * nw) \
                    and title_like(page.texts[i + 1], 30) and headline_case(page.texts[i + 1], page.nw[i + 1]):
                page.mark(i, "chrome.section")  # a topic rubric ("Perang Kota Contoh", a network's five-word topic
                continue  # label) over the longer headline (fix set ED, 2026-12)
                continue
            below = _headline_twice_below(page, zones, i, t)
            if below is not None:  # the site's tagline over the article's headline, printed twice
                page.mark(i, "chrome.header")
                i, t = below, page.texts[below]
            page.mark(i, "title")
            doc.meta["title"] = clean_title(t)
            doc.note("title", "extracted", "first headline-like line of the header", t)
            return i
        elif nw <= 10 and not (ends_sentence(t) and nw >= 6) and not name_like(t, 4) and not NUMBERED.match(t):
            page.mark(i, "chrome.header")  # a sentence (or a long line) above everything is a page's cut-off
            # text, a numbered subheading a page-2 dump's: both kept
    pull_quote_lede(page, zones)
    if zones.lede is not None and _lede_is_headline(page, zones):
        i = zones.lede
        page.mark(i, "title")
        doc.meta["title"] = clean_title(page.texts[i])
        doc.note("title", "extracted", "long headline in sentence case over the lede", page.texts[i])
        zones.lede = i + 1  # the paragraph under it opens the text
        return i
    taken = teaser_over_dateline(page, zones)
    if taken is not None:
        return taken
    below = _title_below_lede(page, zones)
    return below if below is not None else _title_after_body(page, zones)


def _role_below(page, j: int) -> bool:
    """Line j is a job title (see _ROLE_LINE), free or read as a credit: the name above it is the byline's."""
    return page.nw[j] <= 6 and (page.free(j) or page.doc.lines[j].rule in _ROLE_RULES) \
        and _ROLE_LINE.match(page.texts[j]) is not None


def _channel_path(text: str) -> bool:
    """A channel line ("Outlet TV international outlet world"): the site's name, then the section path of
    its address printed in lower case. Its lower-case words (two at least) are all section names or the
    outlet's, one a section; a headline in sentence case has lower-case words of its own (verbs, nouns)."""
    low = [w for w in text.split() if w[0].islower()]
    if len(low) < 2 or ends_sentence(text):
        return False
    sections = _sections()
    return any(w in sections for w in low) and all(w in sections or lookup_outlet(w.capitalize()) for w in low)


def _headline_below(page, i: int, stop: int, nw: int) -> bool:
    """The next free line above the lede is a headline of at least three more words (not a sentence). Short
    lines between (three words at most: a second rubric, 'Berita Viral') are passed over."""
    j = next((k for k in range(i + 1, stop) if page.free(k) and page.nw[k] > 3), None)
    if j is None or not nw + 3 <= page.nw[j] <= 20:
        return False
    return not ends_sentence(page.texts[j]) and title_like(page.texts[j])


_TAGLINE = re.compile(r"(?i)\b(?:berita|news|portal|kumpulan|seputar|terkini|terbaru|terpadu|terpercaya|informasi|hari ini)\b")


def _headline_twice_below(page, zones: Zones, i: int, t: str) -> int | None:
    """'Kumpulan Berita Terkini Seputar Kota' / ... / 'HEADLINE' / ... / 'HEADLINE': a site's tagline in the
    header's first headline-like place, and the article's headline printed twice under it (the page's heading and
    the post's, often taken by the related-block rules as a teaser shown twice). The tagline names the site's news
    ('berita', 'terkini', 'seputar', 'hari ini') and is printed once; the headline's two copies stand within three
    lines of each other, above the lede (probe sets M and X, 2026-12)."""
    if not _TAGLINE.search(t) or zones.lede is None:
        return None
    key = title_key(t)
    keys = [title_key(page.texts[j]) if page.nw[j] >= 5 else None for j in range(zones.lede)]
    if keys.count(key) > 1:
        return None
    for j in range(i + 1, zones.lede):
        if keys[j] and keys[j] in keys[j + 1:j + 4] and title_like(page.texts[j]) \
                and page.doc.lines[j].rule in (None, "link.related"):
            return j
    if len(_TAGLINE.findall(t)) < 2:
        return None
    # a tagline of two such words at least ("Kumpulan Berita Terkini Seputar Kota") over the only headline-like line
    # above the lede, printed once (fix set KD, 2026-12: a regional site's theme)
    heads = [j for j in range(i + 1, zones.lede) if page.nw[j] >= 4 and page.doc.lines[j].rule in (None, "link.related")
             and title_like(page.texts[j]) and headline_case(page.texts[j], page.nw[j])]
    return heads[0] if len(heads) == 1 else None
