"""Chrome glued to text on one line: cut the line into pieces so that only the chrome part is removed.

A copied page often glues chrome to the words next to it: a machine date stamp before a headline or a
dateline (" date 2023-08 Jakarta (ANTARA) - ..."), a photo credit before the dateline ("Foto: ANTARA/NAME"
+ "BEIJING - ..."), a "Baca:" teaser inside a paragraph ("...kemitraan.Baca: Judul Berita 2022 Lebih dari
..."), a sign-off after the last sentence ("... dini hari. (AFP)"), an HTML entity left over ("&# 13;"), an
embedded post's signature after the quoted post ('..." - NAME (@handle) 2 April 2021').
Each such fragment becomes its own `Line` with a removal rule; the text around it stays, with its offsets.
The patterns are in inline_patterns.py, where a fragment ends when no pattern says so in inline_bounds.py.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.captions import photo_words
from sikap.pipeline.extract.dateforms import find_date
# where a glued fragment starts or ends, and whether it is chrome, where a pattern alone does not say
from sikap.pipeline.extract.inline_bounds import (GLUED_DATE_LINE, _GLUED_SENTENCE, _agency_first,  # noqa: F401
                                                  _glued_date_line, _labelled_outlet, _lede_caption, _teaser_end,
                                                  caption_before_dateline)
# the patterns of glued chrome (STAMP, _STAMP_FIRST and FEED_FOOTER are read from here by other modules and tests)
from sikap.pipeline.extract.inline_patterns import (_BRACKETED_READ_ALSO, _DATE_LINE_ON_DATELINE, _DATE_LINE_ON_LEDE,
                                                    _GLUED_INITIALS, _GLUED_STARS, _STAMP_FIRST, CAPTION_START, ENTITY,
                                                    GLUED_END_WORD, GLUED_ISO,
                                                    FEED_FOOTER, GLUED_AD, GLUED_CAPS_LINK, GLUED_DATELINE, GLUED_SOURCE,
                                                    IMAGE_NAME, POST_SIGNATURE, READ_ALSO, READ_TIME, STAMP)
from sikap.pipeline.extract.text import LINE_CACHE, WS, logo_host_end, word_count
from sikap.records import Doc, Line


def split_line(doc: Doc, index: int, cuts: list[tuple[int, int, str | None]]) -> int:
    """Replace doc.lines[index] by pieces (absolute start, end, rule), trimmed of white space, empty ones
    dropped; return how many pieces replaced it."""
    pieces = []
    for a, b, rule in cuts:
        seg = doc.decoded[a:b]
        body = seg.strip(WS)
        if not body:
            continue
        start = a + len(seg) - len(seg.lstrip(WS))
        pieces.append(Line(start, start + len(body), rule))
    doc.lines[index:index + 1] = pieces
    return len(pieces)


# the lines where a headline stands with a date line glued after it: the page's first few
_TOP = 6
# a template's placeholder left unfilled after a paragraph's last sentence ("... tersebut. [[QUOTE_1]]": an auto-written
# item of a regional copy site, fix set KL, 2026-12)
_PLACEHOLDER = re.compile(r"(?<=[.!?\"”’])\s*\[\[[A-Za-z]+(?:_[A-Za-z0-9]+)*\]\]$")
# a byline's label and name with the lede glued to the name's last letter, no space ("Oleh: A. Name SurnameLede
# ...": a national portal's opinion page copied as text, fix set GD, 2026-12): the name ends where a capital follows
# a small letter
_GLUED_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][a-z]+(?=[A-Z][a-z])")


def _glued_byline(text: str) -> int:
    """Where the name of a writer's credit ends when the lede is glued to it, or 0: an author's label of
    credits.yaml, its colon, then the name up to a small letter followed by a capital."""
    if ":" not in text[:24]:
        return 0
    from sikap.pipeline.extract.knowledge import credits as credit_knowledge

    k = credit_knowledge()
    label = k.label_re.match(text)
    if label is None or text[label.start(1):label.end()].rstrip()[-1:] != ":" \
            or k.roles.get(" ".join(label.group(1).casefold().split())) != "authors":
        return 0
    name = _GLUED_NAME.match(text, label.end())
    return name.end() if name else 0


def _date_line(text: str):
    from sikap.pipeline.extract.edge_lines import date_line

    return date_line(text)


def _fragments(text: str, last: bool = False, top: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, rule) of glued chrome in one line, relative to the line; `last`: the page's last line (a
    copy cut there may end on capitals that begin its next sentence); `top`: one of the page's first lines."""
    out = []
    if "T" in text[10:60] and (m := GLUED_ISO.match(text)) is not None:
        at = m.end() - len(m.group("stamp"))  # "Nama Situs2022-09-29T16:30:59+07:00Pada ...": inline_patterns
        out.extend([(0, at, "meta.date_line"), (at, m.end(), "meta.date_line")])  # (the stamp read alone)
    if text[:1].isdigit() and (m := READ_TIME.match(text)):
        out.append((0, m.end(), "chrome.widget"))
    if text[:1] == "W" and (m := IMAGE_NAME.match(text)):
        out.append((0, m.end(), "caption.photo"))
    if top and (text[-1:].isdigit() or text[-1:] in "BTA"):
        g = _glued_date_line(text)
        if g is not None:
            return [(g, len(text), "meta.date_line")]
    if top and text[:1].isalpha() and (end := logo_host_end(text)):
        out.append((0, end, "chrome.brand"))
    if top and "WI" in text[:90] and (m := _DATE_LINE_ON_DATELINE.match(text)) and find_date(m.group(0)) is not None:
        out.append((0, m.end(), "meta.date_line"))  # "Kota | 23 Desember 2024, 18:30 WIBJAKARTA, OUTLET - ..." (DE)
    elif top and "WI" in text[:90] and (m := _DATE_LINE_ON_LEDE.match(text)) and _date_line(m.group(0)) is not None:
        out.append((0, m.end(), "meta.date_line"))
    if ("Sumber" in text or "SUMBER" in text or "Source" in text) and ":" in text[-50:]:
        m = GLUED_SOURCE.search(text, max(0, len(text) - 60))
        if m is not None and _labelled_outlet(m.group("name") or m.group("pname")):
            return [(m.start(), len(text), None)]
    if top and (end := _glued_byline(text)) and word_count(text[end:], 8) >= 8:
        out.append((0, end, None))  # "Oleh: NAMEProyek ...": the byline and the lede, judged apart
    m = STAMP.match(text)
    pos = 0
    if m:
        out.append((0, m.end(), "meta.date_line"))
        pos = m.end()
    if text[pos:pos + 12].lstrip()[:1] in ("f", "F", "p", "P", "s", "S", "i", "I") and CAPTION_START.match(text, pos):
        g = GLUED_DATELINE.search(text, pos)
        if g and g.start() - pos <= 90:
            out.append((pos, g.start(), "caption.photo"))
    elif top and not pos and text[:1].isalpha() and (cut := caption_before_dateline(text)):
        out.append((0, cut, "caption.photo"))  # "fotoKOTA – Warga ...": a caption without its label (inline_bounds)
    if text.endswith("]]") and (m := _PLACEHOLDER.search(text)) is not None:
        return [(m.start(), len(text), "markup.tag")]  # "... kata dia. [[QUOTE_1]]": a template's unfilled slot (KL)
    if text.endswith((")", "]")):
        m = _GLUED_INITIALS.search(text)
        if m and not _agency_first(m.group(0)) and not photo_words().search(m.group(0)):
            out.append((m.start(), len(text), "credit.signoff"))
        elif (cut := _lede_caption(text)) is not None:
            out.append((cut, len(text), "caption.photo"))
    elif text.endswith((").", "].")) and (cut := _lede_caption(text)) is not None:
        out.append((cut, len(text), "caption.photo"))  # "... perdamaian. (foto:NAME).": the credit closed by a stop (HF)
    elif text.endswith(("item", "ITEM", "Item")) and (m := GLUED_END_WORD.search(text)) is not None:
        out.append((m.start(), len(text), "credit.signoff"))
    if text[-1:].isupper() and not last:
        m = GLUED_CAPS_LINK.search(text)
        if m and word_count(text[:m.start()], 20) >= 20:
            out.append((m.start(), len(text), "chrome.promo"))
    if "dvert" in text or "DVERT" in text or "IKLAN" in text or "ulir " in text or "croll " in text:
        out.extend((m.start(), m.end(), "chrome.ad_slot") for m in GLUED_AD.finditer(text)
                   if m.start() >= 40 or m.group(0).lstrip()[:1] not in "GS")  # (a prompt closes a paragraph)
    if "(@" in text:
        for m in POST_SIGNATURE.finditer(text):
            out.append((m.start(), m.end(), "chrome.social"))
    if "appeared first on" in text:
        m = FEED_FOOTER.search(text)
        if m:
            out.append((m.start(), len(text), "credit.source"))
    if "&" in text or "Β" in text:
        for m in ENTITY.finditer(text):
            out.append((m.start(), m.end(), "markup.entity"))
    if text[-1:] == "*" and (m := _GLUED_STARS.search(text)):
        out.append((m.start(), len(text), "chrome.separator"))
    if not ("Baca" in text or "BACA" in text or "Simak" in text or "SIMAK" in text or "Lihat" in text):
        return sorted(out)  # READ_ALSO (case-sensitive) holds one of these words: most lines need no search
    if "(" in text:
        out.extend((m.start(), m.end(), "link.read_also") for m in _BRACKETED_READ_ALSO.finditer(text))
    for m in READ_ALSO.finditer(text):
        if any(a <= m.start() < b for a, b, _ in out):
            continue  # (inside a bracketed teaser already cut)
        if m.start() == 0 and word_count(text, 40) <= 40 and _GLUED_SENTENCE.search(text, m.end(), m.end() + 200) is None:
            continue  # a whole line of teaser: the line rule takes it (unless a sentence is glued to its end)
        end = _teaser_end(text, m.end())
        if end > m.end():
            out.append((m.start(), end, "link.read_also"))
    return sorted(out)


@functools.lru_cache(maxsize=LINE_CACHE)
def _fragments_of(text: str, last: bool, top: bool) -> tuple[tuple[int, int, str], ...]:
    """_fragments, kept for recent lines: a pure function of the line and its two flags, and a site's chrome lines
    (and a story's paragraphs in its copies) come again from page to page."""
    return tuple(_fragments(text, last, top))


# the rarer cues split_glued looks for in a page: "&", "Β", "(@", then those of GLUED_AD and FEED_FOOTER
_PAGE_CUES = ("&", "Β", "(@", "dvert", "DVERT", "IKLAN", "appeared first on", "ulir ", "croll ")


@functools.cache
def _cue_scan():
    from ahocorasick_rs import BytesAhoCorasick, Implementation

    return BytesAhoCorasick([c.encode() for c in _PAGE_CUES], implementation=Implementation.DFA).find_matches_as_indexes


def _page_cues(decoded: str) -> tuple[bool, bool, bool, bool]:
    """("&" in decoded, "Β" in it, "(@" in it, any of the others in it), by one automaton pass over its UTF-8
    bytes: each `in` is a scan of the page (~2 µs for a 3,000-character page holding a character beyond Latin-1,
    as most do), and a page holds none of them. (UTF-8 is self-synchronising, so a cue's bytes are found exactly
    where the cue is; "surrogatepass": a lone surrogate is encoded too, as no cue's bytes.)"""
    found = {k for k, _, _ in _cue_scan()(decoded.encode("utf-8", "surrogatepass"), overlapping=True)}
    return 0 in found, 1 in found, 2 in found, len(found - {0, 1, 2}) > 0


def split_glued(doc: Doc) -> list[str]:
    """Cut every line that holds glued chrome into pieces (see the module docstring); return every line's
    text after the cuts (read here anyway: Page.refresh takes them instead of cutting each line out again)."""
    decoded, lines = doc.decoded, doc.lines
    texts = []
    # The rarer cues are looked for once in the whole text: a line can hold one only if the text does (most
    # pages hold none of them, and each is otherwise a scan of every line)
    amp, beta, post, rare = _page_cues(decoded)
    i = 0
    while i < len(lines):
        ln = lines[i]
        text = decoded[ln.start:ln.end]
        frags = _fragments_of(text, i + 1 == len(lines), i < _TOP) if (":" in text or amp and "&" in text or text[-1:] in ")]*" or text[-2:] in ").]."
                                     or beta and "Β" in text or post and "(@" in text
                                     or text[:1] in _STAMP_FIRST and (STAMP.match(text) or READ_TIME.match(text))
                                     or text[:1] == "W" and IMAGE_NAME.match(text)
                                     or i < _TOP and (logo_host_end(text) or caption_before_dateline(text))
                                     or text[-1:].isupper() and i + 1 < len(lines) or text[-4:] in ("item", "Item")
                                     or rare and ("dvert" in text or "DVERT" in text or "IKLAN" in text
                                                  or "appeared first on" in text or "ulir " in text
                                                  or "croll " in text)) else []
        if not frags:
            texts.append(text)
            i += 1
            continue
        cuts, at = [], 0
        for a, b, rule in frags:
            if a < at:
                continue
            if a > at:
                cuts.append((ln.start + at, ln.start + a, None))
            cuts.append((ln.start + a, ln.start + b, rule))
            at = b
        if at < len(text):
            cuts.append((ln.start + at, ln.end, None))
        n = split_line(doc, i, cuts)
        texts.extend(decoded[piece.start:piece.end] for piece in lines[i:i + n])
        i += n
    return texts
