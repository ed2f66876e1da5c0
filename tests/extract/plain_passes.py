"""The block and zone passes of boilerplate.py and zones.py as they were written first (revision 37d77db):
plain loops over every line. tests/extract/test_page_passes.py checks that the faster passes mark and
return exactly what these do. Kept only as the reference: the build never runs them.
"""

from __future__ import annotations

from sikap.pipeline.extract import captions
from sikap.pipeline.extract.blocks import (_BARE_TEASER, _bulleted_headline, _CELL_END, _GLUED_CELL, _PREV_NEXT, BULLET, _lone_bullet_teaser,
                                           _cut_prose, _menu_item, _rubric_over_title, _teaser_summary, datelines_parse)
from sikap.pipeline.extract.boilerplate import Page
from sikap.pipeline.extract.neighbours import _KETERANGAN, _QUOTES
from sikap.pipeline.extract.knowledge import line_key
from sikap.pipeline.extract.zones import _edge_chrome
from sikap.pipeline.extract.text import WS, headline_case, is_prose, teaser_like, title_like
from sikap.pipeline.extract.zones import Zones, _aside, card_excerpt
from sikap.records import Doc


def _blocks(page: Page) -> None:
    doc, n = page.doc, len(page.doc.lines)
    i = 0
    while i < n:
        rule = doc.lines[i].rule
        t = page.texts[i]
        if rule == "link.related" and _rubric_over_title(page, i):
            i += 1
            continue
        if rule == "link.related" and _menu_item(page, i):
            i += 1  # (a section's entry among a menu's bullets: the rules added since 37d77db are read here too)
            continue
        if rule == "link.related" or rule == "link.read_also" and page.nw[i] <= 3:
            bare = page.nw[i] <= 3 and _BARE_TEASER.match(t)
            if bare and len(t[bare.end():].strip(WS + ":").split()) >= 2:
                i += 1
                continue
            j = i + 1
            while j < n and not _cut_prose(page, j) and (not page.free(j) or teaser_like(page.texts[j], page.nw[j])
                             or page.nw[j] <= 30 and page.texts[j].rstrip(WS).endswith(("...", "…"))
                             or j == n - 1 and headline_case(page.texts[j], page.nw[j])  # a teaser cut by the page's end
                             or _teaser_summary(page, j) or _bulleted_headline(page, j)):
                if bare and doc.lines[j].rule == "link.related" and not BULLET.match(page.texts[j]):
                    break
                if page.free(j):
                    run = _bulleted_headline(page, j) and _bulleted_headline(page, j + 1)
                    page.mark(j, "link.related")
                    if bare and not run:
                        j += 1
                        break  # a bare "Baca juga:" takes one teaser
                j += 1
            i = j
            continue
        if rule == "chrome.summary" and page.nw[i] <= 4:  # a box's heading takes its bullets (not its disclaimer)
            j = i + 1
            while j < n and page.free(j) and BULLET.match(page.texts[j]) and j - i <= 8:
                page.mark(j, "chrome.summary")
                j += 1
            i = j
            continue
        if rule == "chrome.nav" and line_key(t) in _PREV_NEXT:  # "Artikel Sebelumnya" and its one teaser
            if page.free(i + 1) and teaser_like(page.texts[i + 1], page.nw[i + 1]):
                page.mark(i + 1, "link.related")
            i += 2
            continue
        if rule == "chrome.widget" and "?" in t:  # a reaction question and its buttons
            j = i + 1
            while j < n and page.free(j) and page.nw[j] <= 2 and j - i <= 8:
                page.mark(j, "chrome.widget")
                j += 1
            i = j
            continue
        if page.free(i) and BULLET.match(t) and teaser_like(t, page.nw[i]):
            j = i
            while j < n and page.free(j) and (BULLET.match(page.texts[j]) or page.texts[j].strip() in "-•") \
                    and teaser_like(page.texts[j], page.nw[j]):
                j += 1
            if j - i >= 2:
                if sum(headline_case(page.texts[k].lstrip("-•·*▪►‣– ")) for k in range(i, j)) * 2 >= j - i:
                    for k in range(i, j):
                        page.mark(k, "link.related")
            elif _lone_bullet_teaser(page, i):
                page.mark(i, "link.related")
            i = max(j, i + 1)
            continue
        i += 1


def _caption_neighbours(page: Page) -> None:
    """A photo credit on a line of its own belongs to the caption printed right above it; a caption
    printed twice ("Keterangan gambar, X" under the image's own "X") is removed both times. The line
    above a credit counts as a caption only when it is short and holds no quotation (a paragraph is
    never a photo's description)."""
    doc, n = page.doc, len(page.doc.lines)
    for i, ln in enumerate(doc.lines):
        if ln.rule != "caption.photo":
            continue
        t = page.texts[i]
        m = _KETERANGAN.match(t)
        if m:
            text = t[m.end():].strip()
            for j in range(max(0, i - 3), i):
                if page.free(j) and page.texts[j].strip() == text:
                    page.mark(j, "caption.photo")
            continue
        j = i - 1
        if not captions.credit_only(t) or not page.free(j) or "\n" not in doc.decoded[doc.lines[j].end:ln.start]:
            continue
        above = page.texts[j]
        if title_like(above) and headline_case(above, page.nw[j]):
            continue  # a headline over a photo's credit is the page's title, not the photo's caption
        if page.nw[j] <= 35 and not any(q in above for q in _QUOTES) and datelines_parse(above) is None:
            page.mark(j, "caption.photo")
            k = i + 1  # the same caption printed again below its credit
            if page.free(k) and " ".join(page.texts[k].split()) == " ".join(above.split()):
                page.mark(k, "caption.photo")
    for i in range(n):  # a bare credit ("Foto Getty Images"), a short line that ends no sentence, then prose
        t = page.texts[i].strip(WS)
        if not captions.BARE_CREDIT.match(t) or i + 2 >= n or not (page.free(i) and page.free(i + 1) and page.free(i + 2)):
            continue
        cap, nw = page.texts[i + 1].strip(WS), page.nw[i + 1]
        if 4 <= nw <= 20 and not cap.endswith((".", "!", "?", ":", '"', "”")) and not any(q in cap for q in _QUOTES) \
                and not headline_case(cap, nw) and page.nw[i + 2] >= 12 and is_prose(page.texts[i + 2], 12, page.nw[i + 2]):
            page.mark(i, "caption.photo")
            page.mark(i + 1, "caption.photo")
    for i in range(1, min(n, 16)):  # a lead photo's button ("Lihat Foto") under its caption, the text below
        if doc.lines[i].rule == "chrome.nav" and page.texts[i].strip(WS).casefold() in ("lihat foto", "view photo",
                                                                                        "lihat galeri", "view gallery") \
                and page.free(i - 1) and 4 <= page.nw[i - 1] <= 60 and page.free(i + 1) and page.nw[i + 1] >= 8:
            page.mark(i - 1, "caption.photo")


def _flattened_tables(page: Page, min_lines: int = 6) -> None:
    """An infobox or data table copied as text: a run of at least six short lines (at most ten words, none
    ending like a sentence) among which at least two glue a label to its value ("Zona waktuUTC+08:00",
    "Situs webikn.go.id"), below the first paragraph. A list in the text (names, places) has no glued cells
    and stays."""
    n = len(page.doc.lines)
    i = next((k for k in range(n) if page.free(k) and page.nw[k] >= 12 and is_prose(page.texts[k], 12, page.nw[k])), n) + 1
    while i < n:  # from below the first paragraph: the header's short lines (title, byline) are not a table
        j = i
        while j < n and page.nw[j] <= 10 and not (page.texts[j].rstrip(WS).endswith(_CELL_END)
                                                  and page.nw[j] > 6):  # a quoted motto is a cell
            j += 1
        if j - i >= min_lines:
            glued = sum(1 for k in range(i, j) if _GLUED_CELL.search(page.texts[k]))
            if glued >= 2:
                for k in range(i, j):
                    if page.free(k):
                        page.mark(k, "chrome.table")
        i = j + 1


def _printed_again(texts: list[str], i: int) -> bool:
    """A long line printed again two to five lines further down, past a shorter one (the title): the
    page's summary (its meta description) above the headline, not the lede."""
    size = len(texts[i])
    if size < 60:
        return False
    key = None
    for j in range(i + 2, min(i + 6, len(texts))):
        if abs(len(texts[j]) - size) <= 8:  # white space aside, the same length
            key = key or " ".join(texts[i].split())
            if " ".join(texts[j].split()) == key:
                return True
    return False


def find_last(doc: Doc, texts: list[str], zones: Zones, nw: list[int]) -> None:
    """The last line of prose (at or after the lede) still in the text."""
    if zones.lede is None:
        return
    last = zones.lede
    for i in range(zones.lede, len(doc.lines)):
        t = texts[i]
        if doc.lines[i].rule is None and not _aside(t, nw[i]) and not card_excerpt(texts, nw, i) and (
                is_prose(t, 8, nw[i]) or nw[i] >= 12 and not headline_case(t, nw[i])) and not _edge_chrome(t, nw[i]):
            last = i
    zones.last = last
