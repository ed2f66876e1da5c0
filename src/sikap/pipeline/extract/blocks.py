"""Blocks of lines that are chrome together, read from their first line: a related-articles heading takes the
teasers under it, a summary box its bullets, a run of headline bullets is a link list, a reaction widget takes
its buttons, and a data table copied as text (short cells, some glued to their values) goes whole. Passes of
mark_boilerplate (boilerplate.py), run after the line rules: a block's first line is what they found. The blocks
found by where they stand on the page (teaser boxes opening it, readers' comments closing it) are in blocks_ends.py.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.datelines import _sections
from sikap.pipeline.extract.knowledge import line_key
from sikap.pipeline.extract.text import WS, ends_sentence, headline_case, is_prose, teaser_like, title_like

BULLET = re.compile(r"^\s*[-•·*▪►‣–+]\s+\S")
_PREV_NEXT = frozenset(["artikel sebelumnya", "artikel berikutnya", "artikel selanjutnya", "berita sebelumnya",
                        "berita selanjutnya", "berita berikutnya", "post sebelumnya", "post selanjutnya", "sebelumnya",
                        "selanjutnya", "berikutnya", "previous article", "next article", "previous", "next"])
_BARE_TEASER = re.compile(r"(?i)^\s*(baca|lihat|simak)\s+juga|^\s*read also")


_BLOCK_HEADS = frozenset(["link.related", "link.read_also", "chrome.summary", "chrome.nav", "chrome.widget"])
_BULLETS = frozenset("-•·*▪►‣–+")  # BULLET's bullet characters


def _may_be_bullet(text: str) -> bool:
    """What BULLET needs first (white space or a bullet opening the line): a test cheaper than the regex's
    call, which most lines, text, fail."""
    first = text[:1]
    return first in _BULLETS or first.isspace()


def _bulleted_headline(page, j: int) -> bool:
    """Line j is a headline behind a dash or bullet ("- Babak Baru Perang Dagang, Negara Jadi 'Sasaran Empuk'"): a
    teaser of a related list even when a quotation closes it, which reads as a sentence's end (fix sets AR, EC)."""
    return 0 <= j < len(page.texts) and page.free(j) and 4 <= page.nw[j] <= 25 and BULLET.match(page.texts[j]) is not None \
        and headline_case(page.texts[j], page.nw[j])


def mark_blocks(page, start: int = 0) -> None:
    doc, n = page.doc, len(page.doc.lines)
    # the lines a block may open on (a heading's rule, a free bullet), found in one pass: the loop below skips
    # the rest, and what it marks lies before the line it goes on to, so none of these lines changes first
    texts = page.texts
    heads = [k for k, ln in enumerate(doc.lines)
             if ln.rule in _BLOCK_HEADS or ln.rule is None and _may_be_bullet(texts[k]) and BULLET.match(texts[k])]
    i = start  # below the teaser boxes opening the page (_top_boxes)
    for head in heads:
        if head < i:
            continue  # taken by the block above
        i = head
        rule = doc.lines[i].rule
        t = page.texts[i]
        if rule == "link.related" and _rubric_over_title(page, i):
            i += 1
            continue
        if rule == "link.related" and _menu_item(page, i):
            i += 1  # "• Headline" among a menu's bullets: a section's entry, no heading over teasers (set IH)
            continue
        if rule == "link.related" or rule == "link.read_also" and page.nw[i] <= 3:
            bare = page.nw[i] <= 3 and _BARE_TEASER.match(t)
            if bare and len(t[bare.end():].strip(WS + ":").split()) >= 2:
                i += 1  # "BACA JUGA:Kota Bangun" holds its own (cut) teaser: the line under it is not one (setW)
                continue
            j = i + 1
            while j < n and not _cut_prose(page, j) and (not page.free(j) or teaser_like(page.texts[j], page.nw[j])
                             or page.nw[j] <= 30 and page.texts[j].rstrip(WS).endswith(("...", "…"))  # a card's cut excerpt
                             or j == n - 1 and headline_case(page.texts[j], page.nw[j])  # a teaser cut by the page's end
                             or _teaser_summary(page, j) or _bulleted_headline(page, j)):
                if bare and doc.lines[j].rule == "link.related" and not BULLET.match(page.texts[j]):
                    break  # a block's heading under a bare "Read also": the heading takes its own teasers
                if page.free(j):
                    run = _bulleted_headline(page, j) and _bulleted_headline(page, j + 1)
                    page.mark(j, "link.related")
                    if bare and not run:
                        j += 1
                        break  # a bare "Baca juga:" takes one teaser (or the run of dashed headlines it heads)
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


def _menu_item(page, i: int) -> bool:
    """A one- or two-word bulleted line between other bulleted lines: an entry of a menu printed as a list, even when
    its word names a block ('• Headline', '• Terkini'; a regional portal's menu, fix set IH, 2026-12)."""
    texts = page.texts
    return page.nw[i] <= 3 and BULLET.match(texts[i]) is not None and 0 < i < len(texts) - 1 \
        and BULLET.match(texts[i - 1]) is not None and BULLET.match(texts[i + 1]) is not None


def _cut_prose(page, j: int) -> bool:
    """The page's last line, cut mid-sentence, in sentence case: the text going on under a mid-page related block
    ('Berita Rekomendasi'), not one more teaser (a teaser cut by the page's end is in headline case; probe set
    AO, 2026-12). Without its closing full stop such a line looks like a headline to teaser_like."""
    t = page.texts[j].rstrip(WS)
    return j == len(page.texts) - 1 and page.free(j) and page.nw[j] >= 8 and t[-1:].isalnum() \
        and not headline_case(t, page.nw[j]) and not t.endswith(("…", "...")) and ("," in t or '"' in t or "“" in t) \
        and not _GLUED_CARD.search(t)  # (a card's headline glued to its summary, 'Pekan DepanPetugas ...', is a teaser)


_GLUED_CARD = re.compile(r"[a-z][A-Z][a-z]")


_READ_MORE = frozenset(["baca selengkapnya", "selengkapnya", "read more", "lihat selengkapnya", "baca lebih lanjut"])


def _teaser_summary(page, j: int) -> bool:
    """Inside a related block, the one sentence between a teaser's headline and its 'Baca Selengkapnya' button
    is that teaser's summary (a card: headline, date, headline again, summary, button)."""
    if not (page.nw[j] <= 60 and j + 1 < len(page.texts) and not page.free(j + 1) and page.texts[j][-1:] not in ":"):
        return False
    button = page.texts[j + 1]
    # the button named ('Baca selengkapnya'), or a short link closed by an arrow ('Baca lebih lanjut »', an
    # aggregator's card, probe page 2026-12, setR); a card's summary may hold its headline glued before it
    return line_key(button) in _READ_MORE or page.nw[j + 1] <= 5 and button.rstrip(WS).endswith(("»", "›", "→"))


_TEASER_BULLETS = ("•", "►", "▪", "‣", "+")


def _lone_bullet_teaser(page, i: int) -> bool:
    """'• HEADLINE OF ANOTHER STORY' alone between two paragraphs (Tribun's in-text teasers; '+ Headline' on a
    translated portal's copies, probe pages 2026-12, setL): a dot or plus bullet (not a dash, which opens list
    items), a headline of six words or more, and no bullet line next to it. A list in the text has items next to
    each other. The headline is in Title Case, or in sentence case without an end mark between two paragraphs (the
    one above not announcing a list with a colon)."""
    t = page.texts[i].strip()
    if not t.startswith(_TEASER_BULLETS) or page.nw[i] < 7:
        return False
    if any(0 <= k < len(page.texts) and BULLET.match(page.texts[k]) for k in (i - 1, i + 1)):
        return False
    head = t.lstrip("•►▪‣+ ")
    return headline_case(head, page.nw[i] - 1) or title_like(head, 24) and not ends_sentence(head) \
        and all(0 <= k < len(page.texts) and page.free(k) and is_prose(page.texts[k], 12, page.nw[k]) for k in (i - 1, i + 1)) \
        and not page.texts[i - 1].rstrip().endswith(":")  # a list's one item under its announcing sentence stays


def _rubric_over_title(page, i: int) -> bool:
    """'Headline' opening the page, then one headline, then running text: the page's rubric over its own
    title and lede (the title rules read them), not a related block's heading over a teaser. Any block heading
    counts when the running text opens with a dateline."""
    if not (i + 2 < len(page.texts) and page.free(i + 1) and title_like(page.texts[i + 1]) and page.free(i + 2)
            and is_prose(page.texts[i + 2], 12, page.nw[i + 2]) and not any(page.free(k) for k in range(i))):
        return False
    if line_key(page.texts[i]) in _sections():
        return True
    # any block heading ('Berita Terkini') over one headline and a lede opened by a dateline: the dateline says the
    # article begins there, so the headline is its own (probe set Z, 2026-12)
    found = datelines_parse(page.texts[i + 2])
    return found is not None and found.confident and not ends_sentence(page.texts[i + 1])


_GLUED_CELL = re.compile(r"[a-z]{3,}(?:[A-Z]|\d)")  # "hukumUU", "jadi18", "BahasaIndonesia": a label glued to its value
_CELL_END = (".", "!", "?", '"', "”", ";")


def flattened_tables(page, min_lines: int = 6) -> None:
    """An infobox or data table copied as text: a run of at least six short lines (at most ten words, none
    ending like a sentence) among which at least two glue a label to its value ("Zona waktuUTC+08:00",
    "Situs webikn.go.id"), below the first paragraph. A list in the text (names, places) has no glued cells
    and stays."""
    nw, texts = page.nw, page.texts
    short = [k for k, c in enumerate(nw) if c <= 10]
    if not any(short[k + min_lines - 1] - short[k] == min_lines - 1 for k in range(len(short) - min_lines + 1)):
        return  # most pages: no six short lines in a row, so no table
    from sikap.pipeline.extract.zones import runs

    n = len(page.doc.lines)
    start = next((k for k in range(n) if page.free(k) and nw[k] >= 12 and is_prose(texts[k], 12, nw[k])), n) + 1
    # from below the first paragraph (the header's short lines, title and byline, are not a table): the cells,
    # short lines not ending like a sentence (a quoted motto is a cell), in runs of consecutive lines
    cells = [k for k in short if k >= start and not (nw[k] > 6 and texts[k].rstrip(WS).endswith(_CELL_END))]
    for run in runs(cells):
        if len(run) >= min_lines and sum(1 for k in run if _GLUED_CELL.search(texts[k])) >= 2:
            for k in run:
                if page.free(k):
                    page.mark(k, "chrome.table")


def datelines_parse(text: str):
    from sikap.pipeline.extract.datelines import parse

    return parse(text)
