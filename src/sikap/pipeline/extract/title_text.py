"""A title's text as the page prints it, cleaned: the site's name or section after a dash or bar and a
pagination suffix are cut ("Judul Berita - Halaman 2", "Judul Berita | Outlet", "Judul - inews"), and two
headlines are compared in the form the rules read (case, punctuation and bullets aside). Read by the title
rules (edges_title.py, title_fallbacks.py) and the header rules that find the title printed again.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.dateline_parts import _sections
from sikap.pipeline.extract.knowledge import line_key
from sikap.pipeline.extract.outlets import lookup_outlet
from sikap.pipeline.extract.text import FUNCTION_WORDS, LINE_CACHE, WS, strip_markdown

# a picture's file name glued after a headline ("Judul-Image-1", probe set DJ, 2026-12): cut from the title, and read
# by the byline rule (edges._printed_below)
PICTURE_NAME = r"-(?:image|img|foto|gambar)-\d{1,3}$"
_PAGINATION = re.compile(r"(?i)\s*[-–—|]\s*(?:halaman|page)\s+(?:all|semua|\d+)\s*$|" + PICTURE_NAME)


# what a page's title keeps after its last word when copied: a separator whose suffix was a link ("Judul |"), the
# close of an HTML comment ("Judul -->"); held-out probe pages, 2026-12, setW
_TRAILING_MARK = re.compile(r"(?:\s+(?:[|–—-]{1,2}|-->)|\s*-->)\s*$")
# the post's author account glued after the headline ("Judul Admin", a regional government portal; probe set Z,
# 2026-12); after a headline of five words or more, not after a word that asks for its object ("Panduan untuk Admin")
_ADMIN_TAIL = re.compile(r"(?<=\S)\s+(?P<w>\S+)\s+(?:by\s+|oleh\s+)?(?i:admin|administrator)\s*$")
_SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+((?:[\w.]+\s+){0,2}([\w.]+))\s*$")


def clean_title(s: str) -> str:
    """The headline without markdown and without the pagination or site suffix a site adds to its page title
    ("... – Halaman all", "... - Halaman 2", "... - News Outlet"): the headline is the article's, the suffix
    the page's. A site suffix is at most three words, the last of them a registered outlet's name."""
    t = strip_markdown(s)
    if _dashed(t) and _may_paginate(t):
        t = _PAGINATION.sub("", t)
    if t.rstrip()[-1:] in _MARK_ENDS:
        t = _TRAILING_MARK.sub("", t)
    t = _crumb_prefix(_section_suffix(t.strip(WS)))
    admin = _ADMIN_TAIL.search(t) if "admin" in t.lower() or "\u0131" in t or "\u0130" in t else None  # (ı, İ: an "i" to re.I)
    if admin and admin.group("w").casefold() not in FUNCTION_WORDS and len(t.split()) >= 6:
        t = t[:admin.end("w")]
    m = _SITE_SUFFIX.search(t) if _dashed(t) else None
    if m and m.start() > 0 and _site_name(m) and not t[:m.start()].rstrip().endswith((",", ":")):
        t = _PAGINATION.sub("", t[:m.start()]).rstrip(WS)  # "... - Halaman all - Outlet": pagination, then site
    return t


# clean_title's patterns search the whole headline, most of which holds no dash and no "Halaman": what each needs is
# asked first (a third of the cost of reading a header)
_MARK_ENDS = ("|", "–", "—", "-", ">")  # the last character of every _TRAILING_MARK


def _dashed(t: str) -> bool:
    """Does the headline hold a dash or a bar, which _PAGINATION and _SITE_SUFFIX need?"""
    return "-" in t or "–" in t or "—" in t or "|" in t


def _may_paginate(t: str) -> bool:
    """Does it hold a word _PAGINATION needs ("halaman", "page", "-image-", "-img-", "-foto-", "-gambar-"), in any
    case ("ı" and "İ" are an "i" to re.IGNORECASE)?"""
    low = t.lower()
    return "halaman" in low or "page" in low or "-im" in low or "-foto-" in low or "-gambar-" in low \
        or "\u0131" in t or "\u0130" in t


_CRUMB = re.compile(r"(?i)^(?:home|beranda)\s+")
_GLUED_SECTION = re.compile(r"^([A-Z][a-z]{3,})(?=[A-Z][a-z])")
# the crumb's root: 'Home', 'Beranda' or the site's host ('Kabarcontoh.com » Internasional » Timur Tengah » HEADLINE',
# a network portal; fix set FD, 2026-12)
_CRUMB_SEP = re.compile(r"(?i)^(?:home|beranda|[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org))\s*[›>»]\s*"
                        r"(?:[^›>»]{1,30}?\s*[›>»]\s*){0,3}")


def _crumb_prefix(t: str) -> str:
    """'Home Berita HEADLINE' -> 'HEADLINE': a breadcrumb glued before the headline, its separators lost in the copy
    ('Home', then one or two section names; probe set Y, 2026-12). A headline opening with 'Home' and no section
    after it keeps it."""
    glued = _GLUED_SECTION.match(t)
    if glued and glued.group(1).casefold() in _sections() and len(t.split()) >= 3:
        return t[glued.end(1):]  # "NusantaraBanjir Rendam ...": a section's name glued to the headline (set CI)
    sep = _CRUMB_SEP.match(t)
    if sep and len(t[sep.end():].split()) >= 4:
        return t[sep.end():]  # 'Beranda » Section » HEADLINE': the separators kept, the crumb plain to see (AE)
    m = _CRUMB.match(t)
    if m is None:
        return t
    words = t[m.end():].split()
    k = 0
    while k < 2 and k < len(words) - 3 and words[k].casefold() in _sections():
        k += 1
    return " ".join(words[k:]) if k else t


def _site_name(m: re.Match) -> bool:
    """The suffix names a registered outlet: its last word ("Outlet"), its words together ("Radar City"), or its
    host printed in lower case without the web suffix ("... Lagi! - outletnews"; probe pages 2026-12, setL/setM)."""
    from sikap.pipeline.extract.outlets import bare_host

    last = m.group(2)
    return bool(lookup_outlet(last) or " " in m.group(1) and lookup_outlet(m.group(1))
                or last[1:] != last[1:].lower() and lookup_outlet(last.capitalize())  # "TribunNews" as "Tribunnews" (DD)
                or last.isalpha() and last.islower() and bare_host(last))


_PIPE_SUFFIX = re.compile(r"\s+\|\s+(?P<s>[^|]{2,60})$")
# "Judul – Asia & Pasifik": a dash suffix that is a section's name as a whole, its "&" read as a space (setW)
_DASH_SUFFIX = re.compile(r"\s+[–—-]\s+(?P<s>[^–—|-]{2,40})$")


def _section_suffix(t: str) -> str:
    """'Headline | Berita Perang Rusia-Ukraina' -> 'Headline': a pipe suffix of at most five words opened by a
    section word ('Berita', 'News', 'Internasional') names the page's section, not the story (fresh probe pages,
    2026-12, setO); so does one holding a section word among its tags ('Headline | Tag Berita Negeri', probe page,
    2026-12, setR). A dash suffix must be a section's whole name ('Headline – Asia & Pasifik'): a dash also
    joins two parts of one headline."""
    sections = _sections()
    d = _DASH_SUFFIX.search(t) if " – " in t or " — " in t or " - " in t else None  # ("... - News": set DF)
    if d is not None and d.start() > 0 and " ".join(d.group("s").replace("&", " ").split()).casefold() in sections:
        return t[:d.start()].rstrip(WS)
    m = _PIPE_SUFFIX.search(t) if " | " in t else None
    if m is None or m.start() == 0 or len(m.group("s").split()) > 5:
        return t
    return t[:m.start()].rstrip(WS) if any(w.casefold() in sections for w in m.group("s").split()) else t


@functools.lru_cache(maxsize=LINE_CACHE)
def _title_key(s: str) -> str:
    """A headline compared without markdown, bullets, case and a trailing " – Halaman all". Kept for recent lines:
    the header rules compare every header line with the title and the lede's first lines, each key made again
    for each comparison."""
    return line_key(clean_title(s).lstrip("•·-–* "))


def _same(a: str, b: str) -> bool:
    return _title_key(a) == _title_key(b)
