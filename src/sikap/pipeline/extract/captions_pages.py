"""Caption passes over a page's lines (mark_boilerplate runs them after the zones are known): a caption printed
twice, a dated caption above or below the text, a photo gallery's captions (kept when they are the text). What
makes one line a caption or a credit by itself is in captions.py.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.captions import credit_tail, credited_sentence
from sikap.pipeline.extract.dateforms import find_date
from sikap.pipeline.extract.inline import split_line
from sikap.pipeline.extract.text import FUNCTION_WORDS, WS, ends_sentence, is_prose


# the photographer's name in capitals, glued between two copies of a caption
_CAPS_NAME = re.compile(r"[A-Z][A-Z.'’ -]{2,60}[A-Z.]")


def doubled(text: str) -> bool:
    """A caption printed twice with the photographer's name in capitals glued between the copies
    ("CAPTION" + "NAME" + " CAPTION", as a portal's photo block copies as text): the line ends with a copy
    of its own start, and only a name in capitals stands between."""
    t = text.strip(WS)
    if len(t) < 60:
        return False
    at = t.find(t[:20], 20)
    while at > 0:
        second = t[at:]
        rest = t[:at]
        if rest.startswith(second) and _CAPS_NAME.fullmatch(rest[len(second):].strip(WS)):
            return True
        at = t.find(t[:20], at + 1)
    return False


def mark_copies(page) -> None:
    """A caption printed twice: on one line with the photographer's name between the copies, or again on
    the next line without the credit that closed the first copy (the first already taken as chrome), or
    first without its credit (the image's alt text) right above the credited caption."""
    lines = page.doc.lines
    n = len(lines)
    for i, t in enumerate(page.texts):
        if lines[i].rule is not None or page.nw[i] < 4:
            continue
        if doubled(t):
            page.mark(i, "caption.photo")
            continue
        s = t.strip(WS)
        if len(s) < 30:
            continue
        above = lines[i - 1].rule if i else None
        if above is not None and above != "title" and _longer_copy(page.texts[i - 1], s):
            page.mark(i, "caption.photo")
        elif i + 1 < n and lines[i + 1].rule == "caption.photo" and _longer_copy(page.texts[i + 1], s):
            page.mark(i, "caption.photo")


def _longer_copy(other: str, s: str) -> bool:
    """`other` is `s` with more after it (the credit that closes one copy of a caption)."""
    o = other.strip(WS)
    return o.startswith(s) and len(o) > len(s)


@functools.cache
def _day_month_end() -> re.Pattern:
    """A line closing on a day and a month, maybe a year ("... pada 11 Oktober", "..., 3 Maret 2025")."""
    from sikap.pipeline.extract.dateforms import _alt, grammar

    return re.compile(rf"(?i)\b\d{{1,2}}\s+(?:{_alt(grammar().months)})(?:\s+\d{{4}})?\s*$")


def mark_dated_captions(page, zones) -> None:
    """A photo caption without a credit between two paragraphs: a line of 6 to 25 words with no end mark,
    written as a sentence (lower-case content words: what the photo shows), that closes on the photo's date
    ("NAME speaks at the parliament in CITY on 11 October"); the paragraphs of the text end with a full stop,
    and a subheading is printed in Title Case."""
    if zones.lede is None or zones.last is None:
        return
    lines = page.doc.lines
    for i in range(zones.lede + 1, zones.last):
        if lines[i].rule is not None or not 6 <= page.nw[i] <= 25:
            continue
        t = page.texts[i].strip(WS)
        if ends_sentence(t) or t.endswith((":", ",")):
            continue
        if sum(1 for w in t.split() if w[:1].islower() and w.casefold() not in FUNCTION_WORDS) < 2:
            continue  # a Title Case subheading may end on a date ("Rebuilding Trust after 9 September")
        found = find_date(t)
        if not (_day_month_end().search(t) or found is not None and found.end >= len(t) - 1):
            continue
        if all(page.free(k) and is_prose(page.texts[k], 12, page.nw[k]) for k in (i - 1, i + 1)):
            page.mark(i, "caption.photo")


def gallery_captions(page, zones) -> list[tuple[int, int]]:
    """A photo gallery's captions are its text: when most paragraphs down to the last one are sentences closed by
    a photo credit (three at least, twice as many as the paragraphs without one), those lines are the gallery's,
    and only their credits are chrome. Returns (line, where the credit starts) for each such caption."""
    if zones.last is None:
        return _photo_page(page)
    found, plain = [], 0
    for i in range(zones.last + 1):  # the last paragraph too: a caption closing the gallery is left free
        rule, nw = page.doc.lines[i].rule, page.nw[i]
        if nw < 8 or rule not in (None, "caption.photo"):
            continue
        m = credit_tail(page.texts[i]) if rule == "caption.photo" or i == zones.last else None
        if m is not None and is_prose(page.texts[i][:m.start()], 8):
            found.append((i, m.start()))
        elif rule is None:
            plain += 1
    for i in range(zones.last + 1, len(page.doc.lines)):  # the gallery's closing paragraphs, each credited, that the
        m = credit_tail(page.texts[i]) if page.doc.lines[i].rule == "caption.photo" and page.nw[i] >= 8 else None
        if m is None or not is_prose(page.texts[i][:m.start()], 8):  # line rules took as captions (probe set CI)
            break
        found.append((i, m.start()))
    return found if len(found) >= 3 and len(found) >= 2 * plain else []


def _photo_page(page) -> list[tuple[int, int]]:
    """A news photo's own page: no paragraph of text, only the photo's caption of two sentences or more closed by its
    credit ("... periode 2018-2023. ANTARA FOTO/NAME/18", an agency's regional photo page; probe set DG, 2026-12).
    The caption is the page's text, kept; its credit is chrome."""
    found = []
    for i, ln in enumerate(page.doc.lines):
        if ln.rule is None and page.nw[i] >= 8:
            return []  # a paragraph of its own: not a photo's page
        m = credit_tail(page.texts[i]) if ln.rule == "caption.photo" and page.nw[i] >= 15 else None
        if m is not None and is_prose(page.texts[i][:m.start()], 15):
            agency = _CAPS_BEFORE.search(page.texts[i], 0, m.start())  # "ANTARA FOTO/...": the agency's word too
            found.append((i, agency.start() if agency else m.start()))
    return found


_CAPS_BEFORE = re.compile(r"(?<=[.!?\s])[A-Z]{3,}\s+$")


_SLIDE = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s+\S")


def slide_gallery(page) -> list[tuple[int, int]]:
    """A gallery printed slide by slide: 'N/M short caption. (AGENCY)' over each slide's paragraph, itself closed by
    the photo's credit (a national portal's photo pages; probe set AR, 2026-12). Two slide counters at least, each
    line closed by a credit: the counters are chrome; the paragraphs under them are the gallery's text, kept, their
    credits cut off at the end (keep_gallery_captions). Returns (line, where the credit starts) for those."""
    slides, tails = [], set(page.tail_captions)
    for i, t in enumerate(page.texts):
        if not t[:1].isdigit() or not (page.free(i) or i in tails):
            continue  # (a slide's counter opens its line: most lines are passed at the first character)
        m = _SLIDE.match(t)
        if m and 1 <= int(m.group(1)) <= int(m.group(2)) <= 60 and (credit_tail(t) or credited_sentence(t)):
            slides.append(i)
    if len(slides) < 2:
        return []
    for i in slides:
        page.mark(i, "caption.photo")
    kept = []
    for i in page.tail_captions:
        m = credit_tail(page.texts[i]) if i > slides[0] and page.free(i) else None
        if m is not None and is_prose(page.texts[i][:m.start()], 8):
            kept.append((i, m.start()))
    page.tail_captions[:] = [i for i in page.tail_captions if i not in dict(kept)]
    return kept


def keep_gallery_captions(page, found: list[tuple[int, int]]) -> None:
    """Put the gallery's captions (gallery_captions) back in the text, their credits cut off as chrome. From the
    bottom up: a cut adds a line, so the lines above keep their indexes."""
    for i, start in reversed(found):
        ln = page.doc.lines[i]
        if ln.rule is not None and ln.rule != "caption.photo" or ln.start + start >= ln.end:
            continue  # the last line cut by its sign-off already (mark_signoffs): left as it is
        split_line(page.doc, i, [(ln.start, ln.start + start, None), (ln.start + start, ln.end, "caption.photo")])
