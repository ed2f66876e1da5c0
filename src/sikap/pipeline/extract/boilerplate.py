"""Step `mark_boilerplate`: mark every line (or glued fragment) that is not article text with its rule.

Lines are never deleted: a removed line keeps its span and its removal code (schema/reasons.yaml), and the
metadata steps read credits, date lines and the dateline from what this step found. The passes, in order:

1. glued chrome is cut off its line (inline.py);
2. rules that hold anywhere (linerules.py): the phrase catalogue (curated/extraction/boilerplate.yaml),
   credit lines, photo captions and credits, AI notices;
3. blocks: a related-articles heading takes the teasers under it, a summary box its bullets, a run of
   headline bullets is a link list, a reaction widget takes its buttons;
4. zones (zones.py): the lede and the last paragraph; then the header and footer rules (edges.py): date
   lines, bylines, navigation runs, tag lines, the title and what stands around it, sign-offs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sikap.pipeline.extract import captions
from sikap.pipeline.extract.captions_repeated import mark_lede_captions
from sikap.pipeline.extract.neighbours import ellipsis_pagers, labelled_captions
from sikap.pipeline.extract.dateforms import find_date
from sikap.pipeline.extract.inline import split_glued
from sikap.pipeline.extract.knowledge import line_key
from sikap.pipeline.extract.linerules import line_rules
from sikap.pipeline.extract.text import WS, ends_sentence, headline_case, is_prose, teaser_like, title_like
from sikap.records import Doc

BULLET = re.compile(r"^\s*[-•·*▪►‣–+]\s+\S")
_PREV_NEXT = frozenset(["artikel sebelumnya", "artikel berikutnya", "artikel selanjutnya", "berita sebelumnya",
                        "berita selanjutnya", "berita berikutnya", "post sebelumnya", "post selanjutnya", "sebelumnya",
                        "selanjutnya", "berikutnya", "previous article", "next article", "previous", "next"])
_BARE_TEASER = re.compile(r"(?i)^\s*(baca|lihat|simak)\s+juga|^\s*read also")


@dataclass
class Page:
    """One article's lines as the rules see them, and what the rules found."""

    doc: Doc
    texts: list[str] = field(default_factory=list)
    nw: list[int] = field(default_factory=list)
    credits: list[tuple] = field(default_factory=list)  # (field, printed, evidence, method)
    tail_captions: list[int] = field(default_factory=list)  # lines closed by a credit without a photo word
    dates: list[tuple] = field(default_factory=list)  # (FoundDate, basis, evidence)

    def refresh(self, texts: list[str] | None = None) -> None:
        """Read every line's text (`texts`: the lines' texts, read by the caller already) and word count."""
        if texts is None:
            decoded = self.doc.decoded  # Doc.line_text, without a method call per line
            texts = [decoded[ln.start:ln.end] for ln in self.doc.lines]
        self.texts = texts
        self.nw = [len(t.split(None, 60)) for t in texts]  # word_count(t, 60), without a call per line

    def mark(self, i: int, rule: str) -> None:
        self.doc.lines[i].rule = rule

    def free(self, i: int) -> bool:
        lines = self.doc.lines
        return 0 <= i < len(lines) and lines[i].rule is None


_BLOCK_HEADS = frozenset(["link.related", "link.read_also", "chrome.summary", "chrome.nav", "chrome.widget"])
_BULLETS = frozenset("-•·*▪►‣–+")  # BULLET's bullet characters


def _may_be_bullet(text: str) -> bool:
    """What BULLET needs first (white space or a bullet opening the line): a test cheaper than the regex's
    call, which most lines, text, fail."""
    first = text[:1]
    return first in _BULLETS or first.isspace()


def _top_boxes(page: Page) -> int:
    """Teaser boxes opening a page ('Headline' / one sentence / 'Fokus' / one sentence, then the article): a
    box label (a related-block heading or a rubric word) among the page's first lines takes the single
    short sentence under it, which is another story's teaser (or a short teaser of two sentences printed twice,
    as a slider copies as text). Returns the index of the first line after the
    boxes (the block rules start there: the line under a box is the article's, not one more teaser)."""
    from sikap.pipeline.extract.datelines import _sections

    i, n = 0, len(page.doc.lines)
    while i + 1 < n and ((page.doc.lines[i].rule == "link.related" and page.nw[i] <= 2)
                         or page.free(i) and line_key(page.texts[i]) in _sections()):
        t = page.texts[i + 1].strip()
        twice = i + 2 < n and page.free(i + 2) and page.texts[i + 2].strip() == t  # the teaser printed again
        if not (page.free(i + 1) and page.nw[i + 1] <= 20 and t.endswith(".") and (t[:-1].count(". ") == 0 or twice)
                and datelines_parse(t) is None):
            break
        page.mark(i, "link.related")
        page.mark(i + 1, "link.related")
        if twice:
            page.mark(i + 2, "link.related")
            i += 1
        i += 2
    return i


def _blocks(page: Page, start: int = 0) -> None:
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
        if rule == "link.related" or rule == "link.read_also" and page.nw[i] <= 3:
            bare = page.nw[i] <= 3 and _BARE_TEASER.match(t)
            j = i + 1
            while j < n and (not page.free(j) or teaser_like(page.texts[j], page.nw[j])
                             or j == n - 1 and headline_case(page.texts[j], page.nw[j])  # a teaser cut by the page's end
                             or _teaser_summary(page, j)):
                if bare and doc.lines[j].rule == "link.related":
                    break  # a block's heading under a bare "Read also": the heading takes its own teasers
                if page.free(j):
                    page.mark(j, "link.related")
                    if bare:
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


_READ_MORE = frozenset(["baca selengkapnya", "selengkapnya", "read more", "lihat selengkapnya", "baca lebih lanjut"])


def _teaser_summary(page: Page, j: int) -> bool:
    """Inside a related block, the one sentence between a teaser's headline and its 'Baca Selengkapnya' button
    is that teaser's summary (a card: headline, date, headline again, summary, button)."""
    return page.nw[j] <= 40 and j + 1 < len(page.texts) and not page.free(j + 1) \
        and line_key(page.texts[j + 1]) in _READ_MORE and page.texts[j][-1:] not in ":"


_TEASER_BULLETS = ("•", "►", "▪", "‣", "+")


def _lone_bullet_teaser(page: Page, i: int) -> bool:
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


def _rubric_over_title(page: Page, i: int) -> bool:
    """'Headline' opening the page, then one headline, then running text: the page's rubric over its own
    title and lede (the title rules read them), not a related block's heading over a teaser."""
    from sikap.pipeline.extract.datelines import _sections

    return line_key(page.texts[i]) in _sections() and i + 2 < len(page.texts) and page.free(i + 1) \
        and title_like(page.texts[i + 1]) and page.free(i + 2) and is_prose(page.texts[i + 2], 12, page.nw[i + 2]) \
        and not any(page.free(k) for k in range(i))


_KETERANGAN = re.compile(r"(?i)^\s*(?:keterangan gambar|keterangan foto|caption)\s*[,:]\s*")
_QUOTES = ('"', "“", "”")


def _caption_neighbours(page: Page) -> None:
    """A photo credit on a line of its own belongs to the caption printed right above it; a caption
    printed twice ("Keterangan gambar, X" under the image's own "X") is removed both times. The line
    above a credit counts as a caption only when it is short and holds no quotation (a paragraph is
    never a photo's description)."""
    # the caption lines, found in one pass; a line this marks below one (k) is read next, as a loop over
    # every line would read it (the others it marks are above)
    for i in [i for i, ln in enumerate(page.doc.lines) if ln.rule == "caption.photo"]:
        while i is not None:
            i = _caption_neighbour(page, i)
    for i in [i for i, t in enumerate(page.texts) if t[:1] in "FfPpSs" and captions.BARE_CREDIT.match(t.strip(WS))]:
        _caption_below(page, i)


def _caption_below(page: Page, i: int) -> None:
    """'Foto Getty Images' on its own line, then a short line that ends no sentence, then prose: the credit
    and the photo's caption below it (a paragraph or a headline below a credit is left alone)."""
    n = len(page.doc.lines)
    j, k = i + 1, i + 2
    if not page.free(i) or k >= n or not page.free(j) or not page.free(k):
        return
    cap = page.texts[j].strip(WS)
    if not 4 <= page.nw[j] <= 20 or cap.endswith((".", "!", "?", ":", '"', "”")) or any(q in cap for q in _QUOTES) \
            or headline_case(cap, page.nw[j]) or not (page.nw[k] >= 12 and is_prose(page.texts[k], 12, page.nw[k])):
        return
    page.mark(i, "caption.photo")
    page.mark(j, "caption.photo")


def _caption_neighbour(page: Page, i: int) -> int | None:
    """Mark the neighbours of caption line i; return the line below when it was marked too."""
    doc = page.doc
    ln = doc.lines[i]
    t = page.texts[i]
    m = _KETERANGAN.match(t)
    if m:
        text = t[m.end():].strip()
        for j in range(max(0, i - 3), i):
            if page.free(j) and page.texts[j].strip() == text:
                page.mark(j, "caption.photo")
        return None
    j = i - 1
    if not captions.credit_only(t) or not page.free(j) or "\n" not in doc.decoded[doc.lines[j].end:ln.start]:
        return None
    above = page.texts[j]
    if title_like(above) and headline_case(above, page.nw[j]):
        return None  # a headline over a photo's credit is the page's title, not the photo's caption
    if page.nw[j] <= 35 and not any(q in above for q in _QUOTES) and datelines_parse(above) is None:
        page.mark(j, "caption.photo")
        k = i + 1  # the same caption printed again below its credit
        if page.free(k) and " ".join(page.texts[k].split()) == " ".join(above.split()):
            page.mark(k, "caption.photo")
            return k
    return None


_GLUED_CELL = re.compile(r"[a-z]{3,}(?:[A-Z]|\d)")  # "hukumUU", "jadi18", "BahasaIndonesia": a label glued to its value
_CELL_END = (".", "!", "?", '"', "”", ";")


def _flattened_tables(page: Page, min_lines: int = 6) -> None:
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


def mark_boilerplate(doc: Doc) -> Doc:
    """Mark boilerplate; the title, section, dateline, credits and date lines found go to doc.meta."""
    from sikap.pipeline.extract import edges
    from sikap.pipeline.extract.cards import mark_cards
    from sikap.pipeline.extract.zones import find_last, find_zones

    texts = split_glued(doc)
    page = Page(doc)
    page.refresh(texts)
    for i, ln in enumerate(doc.lines):  # machine date stamps cut off their line by split_glued
        if ln.rule == "meta.date_line":
            found = find_date(page.texts[i])
            if found is not None:
                page.dates.append((found, "date_stamp", page.texts[i]))
    line_rules(page)
    _caption_neighbours(page)
    labelled_captions(page)
    _blocks(page, _top_boxes(page))
    ellipsis_pagers(page)
    _flattened_tables(page)
    mark_cards(page)
    zones = find_zones(doc, page.texts, page.nw)
    edges.about_us_tail(page)
    find_last(doc, page.texts, zones, page.nw)
    edges.mark_edges(page, zones)
    for i in page.tail_captions:  # a credit-closed line above the text's last paragraph is a caption; at the
        if page.free(i) and zones.last is not None and i < zones.last:  # end it may be a sign-off (mark_signoffs)
            page.mark(i, "caption.photo")
    title = edges.find_title(page, zones)
    edges.mark_footer(page, zones)
    edges.mark_header(page, zones, title)
    captions.mark_copies(page)
    captions.mark_dated_captions(page, zones)
    mark_lede_captions(page, zones)
    gallery = captions.gallery_captions(page, zones)
    edges.mark_signoffs(page, zones)  # may cut the last line: nothing reads texts by index after it
    captions.keep_gallery_captions(page, gallery)  # lines down to the last only: their indexes still hold
    doc.meta["_dateline"] = zones.dateline
    doc.meta["_credits"] = page.credits
    doc.meta["_dates"] = page.dates
    return doc
