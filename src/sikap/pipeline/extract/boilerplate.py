"""Step `mark_boilerplate`: mark every line (or glued fragment) that is not article text with its rule.

Lines are never deleted: a removed line keeps its span and its removal code (schema/reasons.yaml), and the
metadata steps read credits, date lines and the dateline from what this step found. The passes, in order:

1. glued chrome is cut off its line (inline.py);
2. rules that hold anywhere (linerules.py): the phrase catalogue (curated/extraction/boilerplate.yaml),
   credit lines, photo captions and credits, AI notices; a content farm's generated author bio (author_bios.py);
3. lines read with their neighbours (neighbours.py: a photo's caption beside its credit; neighbours_cut.py: a
   pager's cut subheading, another story's cut excerpt after the text) and blocks (blocks.py: a related-articles
   heading takes the teasers under it, a summary box its bullets, a run of headline bullets is a link list, a
   reaction widget takes its buttons, a data table copied as text goes whole; blocks_ends.py: teaser boxes opening
   the page, a reader comment's header the comments under it), and related-article cards (cards.py);
4. zones (zones.py): the lede and the last paragraph; then the header and footer rules (edges.py): date
   lines, bylines, navigation runs, tag lines, the title and what stands around it, sign-offs, a newspaper's
   print-edition note (editions.py), the lead photo's caption under its credit below the credits (captions_credited.py);
   inside the text, a dashed credit under its caption (neighbours.py) and another
   story's headline that shares no word with the article (stray_teasers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sikap.pipeline.extract import captions, captions_pages, credits, edges
from sikap.pipeline.extract.author_bios import mark_bios
from sikap.pipeline.extract.blocks import flattened_tables, mark_blocks
from sikap.pipeline.extract.blocks_ends import comment_thread, top_boxes
from sikap.pipeline.extract.captions_credited import mark_credited_captions
from sikap.pipeline.extract.captions_labelled import label_captions_in_text
from sikap.pipeline.extract.captions_piped import mark_piped_captions
from sikap.pipeline.extract.captions_repeated import mark_lede_captions
from sikap.pipeline.extract.contact_blocks import contact_blocks
from sikap.pipeline.extract.cards import mark_cards
from sikap.pipeline.extract.credit_dates import credit_line_dates
from sikap.pipeline.extract.dateforms import find_date
from sikap.pipeline.extract.editions import mark_editions
from sikap.pipeline.extract.inline import split_glued, split_line
from sikap.pipeline.extract.text import WS
from sikap.pipeline.extract.question_cards import question_cards
from sikap.pipeline.extract.related_ages import aged_cards
from sikap.pipeline.extract.lede_copies import mark_lede_copies
from sikap.pipeline.extract.linerules import line_rules
from sikap.pipeline.extract.lone_lines import mark_lone_lines
from sikap.pipeline.extract.dated_teasers import dated_teasers
from sikap.pipeline.extract.header_bylines import byline_under_lede
from sikap.pipeline.extract.neighbours import (caption_neighbours, caption_openers, credit_over_caption, dash_credits,
                                               labelled_captions)
from sikap.pipeline.extract.neighbours_cut import cut_teaser_after_text, ellipsis_pagers
from sikap.pipeline.extract.stray_teasers import stray_teasers
from sikap.pipeline.extract.widget_words import mark_widget_lines
from sikap.pipeline.extract.zones import find_last, find_zones
from sikap.records import Doc


@dataclass
class Page:
    """One article's lines as the rules see them, and what the rules found."""

    doc: Doc
    texts: list[str] = field(default_factory=list)
    nw: list[int] = field(default_factory=list)
    credits: list[tuple] = field(default_factory=list)  # (field, printed, evidence, method)
    tail_captions: list[int] = field(default_factory=list)  # lines closed by a credit without a photo word
    dates: list[tuple] = field(default_factory=list)  # (FoundDate, basis, evidence)
    _joined: tuple = field(default=(None, ""), init=False, repr=False, compare=False)  # (texts, "\n".join(texts))

    def joined(self) -> str:
        """The lines' texts joined by newlines, made once for each list of texts (the list is set by refresh, never
        changed in place): the line rules search it, and passes that need a character most pages lack ("|", "?")
        look for it there once instead of line by line."""
        texts, text = self._joined
        if texts is not self.texts:
            text = "\n".join(self.texts)
            self._joined = (self.texts, text)
        return text

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


# two sentences and more before a closing credit (a full stop, a capital, and at least eight words on either side)
_SENTENCES = re.compile(r"^(?:\S+\s+){7,}\S*[a-z0-9)][.!?][\"”’]?\s+[A-Z](?:\S*\s+){7,}")


def mark_boilerplate(doc: Doc) -> Doc:
    """Mark boilerplate; the title, section, dateline, credits and date lines found go to doc.meta."""
    texts = split_glued(doc)
    page = Page(doc)
    page.refresh(texts)
    for i, ln in enumerate(doc.lines):  # machine date stamps cut off their line by split_glued
        if ln.rule == "meta.date_line":
            found = find_date(page.texts[i])
            if found is not None:
                page.dates.append((found, "date_stamp", page.texts[i]))
    line_rules(page)
    mark_bios(page)
    caption_neighbours(page)
    caption_openers(page)
    credit_over_caption(page)
    labelled_captions(page)
    mark_blocks(page, top_boxes(page))
    comment_thread(page)
    contact_blocks(page)
    ellipsis_pagers(page)
    cut_teaser_after_text(page)
    flattened_tables(page)
    mark_cards(page)
    question_cards(page)
    aged_cards(page)
    mark_piped_captions(page)
    zones = find_zones(doc, page.texts, page.nw)
    edges.about_us_tail(page)
    find_last(doc, page.texts, zones, page.nw)
    edges.mark_edges(page, zones)
    credit_line_dates(page, zones)
    dash_credits(page, zones)
    slides = captions_pages.slide_gallery(page)
    glued = []  # a paragraph of two sentences and more closed by "(AGENCY/NAME)", or closed by a sign-off's codes
    for i in page.tail_captions:  # ("(agency/outlet)"): the text's, its credit cut off; otherwise a credit-closed
        if page.free(i) and zones.last is not None and i < zones.last:  # line above the text's last paragraph is a
            # caption (at the end it may be a sign-off: mark_signoffs)
            source = _source_signoff(page.texts[i])
            if source or _SENTENCES.search(page.texts[i]):
                glued.append((i, source))
            else:
                page.mark(i, "caption.photo")
    title = edges.find_title(page, zones)
    stray_teasers(page, zones, doc.meta.get("title"))
    edges.mark_footer(page, zones)
    edges.mark_header(page, zones, title)
    byline_under_lede(page, zones)
    mark_credited_captions(page, zones)
    label_captions_in_text(page, zones)
    mark_lede_copies(page, zones)
    captions_pages.mark_copies(page)
    captions_pages.mark_dated_captions(page, zones)
    mark_lede_captions(page, zones)
    gallery = captions_pages.gallery_captions(page, zones)
    dated_teasers(page, zones)
    edges.mark_signoffs(page, zones)  # may cut the last line: nothing reads texts by index after it
    mark_editions(page, zones.lede)  # reads the lines anew
    captions_pages.keep_gallery_captions(page, sorted(gallery + slides))  # lines down to the last only: their indexes still hold
    mark_lone_lines(page)  # after the sign-offs, which read an agency's name alone under the text
    mark_widget_lines(page)  # last: a line another rule reads keeps that rule's code
    at = zones.dateline_at  # an outlet's name alone that turned out to be a photo's credit (lone_lines) dates nothing
    doc.meta["_dateline"] = None if at is not None and zones.dateline is not None and zones.dateline.standalone \
        and doc.lines[at].rule == "caption.photo" else zones.dateline
    doc.meta["_credits"] = page.credits
    doc.meta["_dates"] = page.dates
    _cut_glued_credits(doc, glued)
    return doc


def _source_signoff(text: str) -> str | None:
    """The agency a paragraph's closing codes name ("... ke arah Jakarta. (antara/jpnn)": the agency's text as the
    outlet ran it, a sign-off between a story's parts; fix set IN, 2026-12), or None."""
    at = captions.tail_start(text)
    body = text[at:].strip(WS + ".") if at else ""
    if not (body.startswith("(") and body.endswith(")")) or "/" not in body:
        return None
    kind, name, _ = credits.signoff_reading(body[1:-1])
    return name if kind == "source" else None


def _cut_glued_credits(doc, glued: list[tuple[int, str | None]]) -> None:
    """The credits closing body paragraphs (a photo story's captions that are its text, "... (AGENCY/NAME)"; a
    copy's paragraphs signed "(Name/Name/Outlet)"; an agency's codes, "(agency/outlet)": its source credited; fix
    sets II, JG and IN, 2026-12), cut off their lines last, from the bottom up: a cut shifts the indexes below it,
    which nothing reads any more (the lines are above the last paragraph, which mark_signoffs may have cut)."""
    for i, source in sorted(glued, reverse=True):
        if doc.lines[i].rule is None:
            ln = doc.lines[i]
            text = doc.line_text(ln)
            at = captions.tail_start(text)
            if at:
                rule = "credit.source" if source else "caption.photo"
                split_line(doc, i, [(ln.start, ln.start + at, None), (ln.start + at, ln.end, rule)])
                if source:
                    doc.meta["_credits"].append(("source", source, text[at:].strip(WS), "agency sign-off"))
