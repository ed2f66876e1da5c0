"""Lines that are chrome by what stands next to them: a photo's labelled caption beside its credit, the caption
above (or below) a photo credit on a line of its own, a caption printed twice, a caption opened as the agencies
open theirs, a dashed credit under its caption. Passes of mark_boilerplate (boilerplate.py), run after the line
rules; each marks a line only when its neighbours say what it is, as the line alone could be text. Lines cut by
an ellipsis (a pager's subheading, another story's excerpt after the text) are read in neighbours_cut.py."""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract import captions
from sikap.pipeline.extract.blocks import datelines_parse
from sikap.pipeline.extract.edge_lines import date_line
from sikap.pipeline.extract.text import SENTENCE_END, WS, ends_sentence, headline_case, holds_any, is_prose, title_like

_PHOTO_DATE = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)")


def labelled_captions(page) -> None:
    """A network portal's photo block: the credit 'Outlet Name/PHOTOGRAPHER' alone on its line next to the
    caption 'LABEL IN CAPITALS - what the photo shows, Weekday (d/m/yyyy).' A dateline has no credit line next
    to it, so the pair is read together: the label, the photo's date in parentheses and the credit beside it."""
    n = len(page.texts)
    lines = page.doc.lines
    for i, t in enumerate(page.texts):
        if page.nw[i] > 60 or lines[i].rule is not None or not captions.LABEL_CAPTION.match(t):
            continue
        dated = "/" in t and "(" in t and _PHOTO_DATE.search(t) is not None  # the photo's date, "(d/m)"
        for k in (i - 1, i + 1):
            if 0 <= k < n and (page.free(k) or page.doc.lines[k].rule == "caption.photo") and page.nw[k] <= 8 \
                    and "/" in page.texts[k] and captions.ALONE.match(page.texts[k].strip(WS)) \
                    and (dated or _no_dateline(page, i, t)):
                page.mark(i, "caption.photo")
                if page.free(k):
                    page.mark(k, "caption.photo")
                break


def _no_dateline(page, i: int, t: str) -> bool:
    """The label is no dateline: 'SERANGAN ISRAEL - what the photo shows' under its credit, below the text's first
    paragraph, is a caption without the photo's date (a network's regional site; probe set AI, 2026-12), while
    'JAKARTA - ...' or 'DESA CONTOH - ...' opening the text under a credit is the text's dateline. A label the
    gazetteer or the registry knows is a dateline wherever it stands; an unknown one is a caption's only below a
    paragraph of the text."""
    found = datelines_parse(t)
    if found is None or not (found.place or found.outlet):
        return True
    return not found.confident and any(page.free(k) and page.nw[k] >= 12 and is_prose(page.texts[k], 12, page.nw[k])
                                       for k in range(i))


_KETERANGAN = re.compile(r"(?i)^\s*(?:keterangan gambar|keterangan foto|caption)\s*[,:]\s*")
_QUOTES = ('"', "“", "”")


def caption_neighbours(page) -> None:
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
    for i in [i for i, t in enumerate(page.texts) if t[:1] in "LlVv" and t.strip(WS).casefold() in _PHOTO_BUTTONS]:
        if 0 < i <= _LEAD_PHOTO_LINES and page.doc.lines[i].rule == "chrome.nav" and page.free(i - 1) \
                and 4 <= page.nw[i - 1] <= 60 and page.free(i + 1) and page.nw[i + 1] >= 8:
            page.mark(i - 1, "caption.photo")  # "CAPTION" / "Lihat Foto" / text: the photo's button closes its caption


def caption_openers(page) -> None:
    """'Dalam foto selebaran ini, yang diambil ...' or 'Kolase potret NAME ...' beside a photo's credit (or a caption
    already marked): a caption written as a sentence, opened as the agencies open theirs (credits.yaml,
    caption_openers). Both are needed: a paragraph may tell what a photo shows ('Dalam foto yang beredar, ...')."""
    from sikap.pipeline.extract.knowledge import curated_set

    openers = curated_set("credits.yaml", "caption_openers", "casefold")
    heads, prefixes, longest = _opener_heads(openers)
    n = len(page.texts)
    on_page = None  # does the page hold an opener anywhere? (asked once, of the first line opening like one)
    for i, t in enumerate(page.texts):
        opening = t.lstrip(WS)
        head = opening[:1]
        if head.isascii() and head not in heads:
            continue  # (most lines: no opener's first letter, in either case)
        if not opening[:longest].casefold().startswith(prefixes) or not page.free(i):
            continue
        if on_page is None:
            on_page = holds_any(openers, page.doc.decoded)
        if not on_page:
            return  # (the page-wide screen this pass has always had: a line found here is taken only with it)
        for k in (i - 1, i + 1):
            if 0 <= k < n and (page.doc.lines[k].rule == "caption.photo" or k in page.tail_captions
                               or page.free(k) and page.nw[k] <= 8 and captions.credit_only(page.texts[k])):
                page.mark(i, "caption.photo")
                if page.free(k):
                    page.mark(k, "caption.photo")
                break


@functools.cache
def _opener_heads(openers: frozenset) -> tuple[frozenset, tuple, int]:
    """(the ASCII characters a line may open with when its case-folded form starts with an opener, the openers as
    a tuple for str.startswith, the longest opener's length). An ASCII character case-folds to itself lower-cased,
    so a line opening with any other ASCII character starts with no opener and is passed over unread (most lines;
    the page-wide scan this replaced cost more). Case folding maps each character alone to one or more, so the
    first `longest` characters of a line, folded, start with an opener exactly when the whole line folded does:
    a paragraph is not folded whole."""
    ascii_chars = (chr(c) for c in range(128))
    heads = frozenset(c for c in ascii_chars if any(o.startswith(c.casefold()) for o in openers))
    return heads, tuple(openers), max(map(len, openers), default=0)


def credit_over_caption(page) -> None:
    """'AFP' alone on its line, then 'What the photo shows. (AFP)': a photo's credit printed over its caption,
    which closes with the same credit in parentheses (a portal's photo block between two paragraphs; probe set Y,
    2026-12). The name must be a registered agency's or outlet's; the pair is read together, as either line alone
    could be text (a sign-off, a paragraph closed by its source)."""
    from sikap.pipeline.extract.outlets import lookup_outlet

    n = len(page.texts)
    for i in range(n - 1):
        if page.nw[i] > 3 or not page.free(i) or not page.free(i + 1):
            continue
        name = page.texts[i].strip(WS)
        below = page.texts[i + 1].rstrip(WS)
        if below.endswith(f"({name})") and 4 <= page.nw[i + 1] <= 60 and name and lookup_outlet(name):
            page.mark(i, "caption.photo")
            page.mark(i + 1, "caption.photo")


# the button under a lead photo that opens it ("Lihat Foto", a national portal's layout; probe set AA, 2026-12): the
# line right above it is the photo's caption
_PHOTO_BUTTONS = frozenset({"lihat foto", "view photo", "lihat galeri", "view gallery"})
_LEAD_PHOTO_LINES = 15  # the lead photo stands among the page's first lines, the text below it


def _caption_below(page, i: int) -> None:
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


def _caption_neighbour(page, i: int) -> int | None:
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
    if captions.CREDIT_BEFORE_CAPTION.match(t):
        return None  # "Sumber gambar, Agency": a layout printing the credit before its "Keterangan gambar," caption
        # (a broadcaster's Indonesian service; fix set KE, 2026-12), the line above it is no caption
    if _signoff_under_text(page, i, t, j):
        return None
    if page.nw[j] <= 35 and not any(q in above for q in _QUOTES) and datelines_parse(above) is None \
            and not captions.refers_back(above) and not (page.nw[j] <= 8 and date_line(above) is not None):
        # ("kabarcontoh.id January 26, 2026" over "FOTO: ...": the site's date line, no caption; fix set KH)
        page.mark(j, "caption.photo")
        k = i + 1  # the same caption printed again below its credit
        if page.free(k) and " ".join(page.texts[k].split()) == " ".join(above.split()):
            page.mark(k, "caption.photo")
            return k
    return None


_DASH_CREDIT = re.compile(r"^\s*[-–—]\s*[A-Z][\w.&'’/-]*(?:\s+[A-Z][\w.&'’/-]*){0,4}\s*$")
_DASHES = ("-", "–", "—", "•")
_MARKS = tuple(c for c in SENTENCE_END if c not in ")]")  # a sentence's end (a caption may close with "... (AS)")


def dash_credits(page, zones) -> None:
    """'- AGENCY', '- Getty Images/NAME' alone on a line in the text, under a short line that ends no sentence: a
    photo's credit under its caption (a national portal prints its captions so between paragraphs; probe set CC,
    2026-12). Not in a list (a dash or bullet on the line above or below), and never under a sentence: a quotation
    closed by its speaker ("- Name") ends with a mark."""
    texts, n = page.texts, len(page.texts)
    if zones.lede is None:
        return
    for i in range(zones.lede + 2, n):
        if page.nw[i] > 5:
            continue
        t = texts[i]
        if t.lstrip().startswith("•") and page.free(i) and page.doc.lines[i - 1].rule == "caption.photo" \
                and texts[i - 1].rstrip().endswith(":"):
            page.mark(i, "caption.photo")  # "Photo :" / "• Outlet.co.id": the credit a label announces (set CI)
            continue
        if not t.lstrip().startswith(_DASHES[:3]) or not page.free(i) or not _DASH_CREDIT.match(t):
            continue
        k = i - 1
        if page.free(k) and 3 <= page.nw[k] <= 30 and not texts[k].rstrip(WS).endswith(_MARKS) \
                and not texts[k].lstrip().startswith(_DASHES) and not texts[k].rstrip().endswith(":") \
                and not (i + 1 < n and texts[i + 1].lstrip().startswith(_DASHES)):
            page.mark(k, "caption.photo")
            page.mark(i, "caption.photo")


def _signoff_under_text(page, i: int, t: str, j: int) -> bool:
    """'(PENDIM 1602/ENDE)' in brackets on the page's last line of text, under a paragraph that ends a sentence, or
    any credit under a paragraph closed by a text's end mark ("***"): a press office's code signing its release off
    (a military district's release on a regional site, fix set JI, 2026-12), not a photo's credit; no word of a photo
    in it."""
    s = t.strip(WS)
    closed = s[:1] == "(" and s[-1:] == ")" and ends_sentence(page.texts[j]) or _END_MARK.search(page.texts[j])
    return bool(closed) and page.nw[j] >= 12 and captions.photo_words().search(s) is None \
        and not any(page.free(k) and page.nw[k] >= 8 for k in range(i + 1, len(page.texts)))


# the mark closing a text ("... di Timur Tengah.***", "(*)"): the paragraph above is the text's last, so the credit
# under it signs the text off ("ANTARA/ANADOLU": the agencies the text is taken from; fix set LE, 2026-12)
_END_MARK = re.compile(r"(?:[.!?\"”]\s*\*{3}|\(\*{1,3}\))\s*$")
