"""What a header or footer line is by itself, as the edge rules (edges.py, edges_title.py, edges_footer.py)
ask it: a date line or a byline with its date, a catalogue phrase that only holds at the page's edges, a
name that is a place, section or outlet rather than a person. Date and catalogue readings are kept for
recent lines: a site's header and footer chrome repeats on every page.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract import credits
from sikap.pipeline.extract.credit_lines import VIEW_COUNTER
from sikap.pipeline.extract.date_line_tails import _section_head, _widget_tail, role_after_date
from sikap.pipeline.extract.dateforms import find_date, strip_time
from sikap.pipeline.extract.dateline_parts import _UNIT_WORDS, UNIT_ABBREVIATIONS
from sikap.pipeline.extract.datelines import _place, _sections
from sikap.pipeline.extract.knowledge import line_catalogue
from sikap.pipeline.extract.outlets import glued_outlet_word, lookup_outlet, outlet_shaped
from sikap.pipeline.extract.text import LINE_CACHE, WS
from sikap.sources import registry

_DATE_LABEL = re.compile(r"(?i)^\s*(?:(?:diterbitkan|dipublikasikan|dipublikasi|terbit|published(?: on)?|publish|dipublish|"
                         r"posted(?: on)?|diposting|dirilis|tanggal|tgl|date|revisi sejak|dibuat|created|pada|updated|"
                         r"update|diperbarui|diperbaharui|terakhir diperbarui|last updated|edisi)\s*:?\s*)+")  # "Diterbitkan Pada 9 Sep 2025"
# the label printed between a byline's name and its date ("NAME Published 25 Jun, 2025 02:05pm", an English daily's
# wire copy; probe set Z, 2026-12): the name ends before it
_LABEL_LAST = re.compile(r"(?i)\s+(?:published(?: on)?|posted(?: on)?|diterbitkan|dipublikasikan|updated|diperbarui)\s*:?\s*$")
# a date widget printed twice and glued ("9 Sep 20259 Sep 2025"): the line is read with its first copy
_TWICE = re.compile(r"^(?P<head>.*?(?P<d>\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}))(?P=d)\s*$")
_SEPS = re.compile(r"[\s|•·,/–—:-]+")  # ':' too: "24 Feb 2023 : 05.07", a date and its hour set apart by a colon
_UPDATED_TAIL = re.compile(r"(?i)\b(?:last updated|updated|update terakhir|terakhir diperbarui|diperbarui|"
                           r"diperbaharui)\b")
# a meta bar's icons and its view counter ("| 📅 DATE | 👀 991 views"): decoration beside the date, not a name
_ICONS = re.compile(r"[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f]")
# an icon font's ligature name printed as text where the theme's icon stood ("- calendar_month Rab, 25 Jun 2025",
# "account_circle Admin": Material Icons in a WordPress theme copied as text; held-out probe page, 2026-12, setU):
# lower-case words joined by underscores, which no date line or name holds
_ICON_NAME = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
_COUNTER = re.compile(r"(?i)\b" + VIEW_COUNTER)
# a blog theme's post meta after the date: its category and comment counter ("Posted on DATE in Kabar Pondok | 0
# comments": probe set DN, 2026-12)
_COMMENTS = re.compile(r"(?i)(?:\bin\s+[^|]{2,40}?\s*)?\|?\s*\d{1,5}\s*(?:comments?|komentar)\s*$")
# a reading time printed between the date and the writer ("Selasa, 15 April 2025 | 2 min read | NAME"): no name's
_BARE_COUNTERS = re.compile(r"(?:\s+\d{1,6}){1,3}\s*$")  # (fix set HL, 2026-12)
# a counter alone between the time and the writer's name (a regional portal's meta bar, fix set KE, 2026-12)
_COUNTER_BEFORE_NAME = re.compile(r"\s*\d{1,5}\s+(?=[A-Z][a-z])")
# a view counter shortened to thousands or millions after the date ("Rabu, 10 Juli 2019 - 18:00 | 119.91k": a regional
# network's meta bar, fix set IE, 2026-12), alone after its separator
_SHORT_COUNTER = re.compile(r"\s*[|•·]?\s*\d{1,3}(?:[.,]\d{1,2})?\s?[kKmM]\s*$")
# a Blogger theme's byline printed "By NAME On DATE", the name empty when it was a link ("By On Sabtu, Maret 30, 2024":
# the blog themes of small regional sites, fix set IE, 2026-12)
_BY_ON = re.compile(r"(?i)^\s*(?:written\s+|posted\s+)?by\s*(?P<n>.*?)\s*\bon\s*$")  # ("Written By NAME on DATE": Blogger)
_READ_TIME = re.compile(r"(?i)\b\d{1,2}\s*(?:min|mins|menit)\s+(?:read|reading|baca|membaca)\b")
NUMBERED = re.compile(r"^\s*\d{1,2}\.\s+\S")
BULLET = re.compile(r"^\s*[-•·*▪►‣]\s+\S")
PAREN_LINE = re.compile(r"^\s*\([^()]{1,80}\)\.?\s*$|^\s*//\s*\S"  # ("(abc/red)." closed by a stop too: set DF)
                        r"|^\s*\[[a-z]{2,5}(?:/[a-z]{2,5}){0,2}\]\.?\s*$")  # "[abc]": an editor's code in square brackets (IK)


@functools.lru_cache(maxsize=LINE_CACHE)  # a pure function of the line: date and byline lines repeat on a site
def date_line(text: str) -> tuple | None:
    """(FoundDate, name printed beside it, outlet printed beside it) when the line is a date line or a byline
    with a date: nothing but a label, weekday, date, time, zone and separators, plus at most a name or an
    outlet ('Kompas.com - 31/10/2019, 10:48 WIB')."""
    role = role_after_date(text)
    text = text[:role] if role is not None else text
    twice = _TWICE.match(text)
    text = twice.group("head") if twice else text
    text = unglue_weekday(text)
    found = find_date(text)
    if found is None:
        return None
    before = _LABEL_LAST.sub("", _DATE_LABEL.sub("", text[:found.start]))
    if before[:1].isdigit():
        before = strip_time(before)  # "4:08 am - Friday December 6, 2019": the hour first (a blog theme; set CJ)
    after = strip_time(_again(_UPDATED_TAIL.split(text[found.end:], 1)[0], found))  # "DATE Last Updated ISO-DATE": the update's
    if not before.isascii() or not after.isascii():
        before, after = _ICONS.sub(" ", before), _ICONS.sub(" ", after)
    if "_" in before:
        before = _ICON_NAME.sub(" ", before)
    by_on = _BY_ON.match(before)
    if by_on:
        before = by_on.group("n")
    if after.rstrip()[-1:] in "kKmM" and _SHORT_COUNTER.search(after):
        after = _SHORT_COUNTER.sub(" ", after)
    if after.rstrip()[-1:].isalpha():
        after = _COMMENTS.sub(" ", _COUNTER.sub(" ", after))
    elif after.rstrip()[-1:].isdigit() and _BARE_COUNTERS.fullmatch(after):
        after = " "  # "06 Des, 2023 0 0": a theme's comment and view counters alone after the date, their icons lost
    after = _READ_TIME.sub(" ", _zones().sub(" ", after))
    if after[:3].strip()[:1].isdigit() and (lead := _COUNTER_BEFORE_NAME.match(after)):
        after = after[lead.end():]  # "Sabtu, 7 Mar 2026 15:02 0 Nazwa": a comment counter, its icon lost, then the writer
    rest = _widget_tail(_SEPS.sub(" ", _section_head(f"{before} {after}")).strip())
    if not rest:
        return found, None, None
    if found.start and rest[:1].isalpha() and _other_role(text[:found.start]):
        return found, None, None  # "Redaksi : NAME | DATE": an editor's credit beside the date, read by the credit rules
    if lookup_outlet(rest) or outlet_shaped(rest):
        return found, None, rest
    if " " not in rest and rest.islower() and registry().lookup(rest):
        return found, None, rest  # "Global | sindonews | DATE": an aggregator's meta bar names its source in lower case
    if len(rest) <= 40 and edge_code(rest, len(rest.split())) is not None:
        return found, None, None  # "DATE Follow": a widget's button glued after the date, no name
    if " " not in rest and credits.bare_label(rest):
        return found, None, None  # "Tanggal DATE - Laporan - 598 Views": a desk's name that is a role's word (setAA)
    m = re.match(r"(?i)^(?:laporan|oleh|penulis|reporter|by|(?:dipublish|dipublikasikan|diposting|diposkan|diterbitkan|"
                 r"ditulis|published|posted|written)\s+(?:oleh|by))\s*:?\s*(?P<n>.+)$", rest)  # ("Dipublish oleh NAME |
    # DATE": a campus portal's meta bar, fix set HI, 2026-12)
    name = m.group("n") if m else rest
    toks = name.split()
    for k in (1, 2):  # "Name, Outlet · DATE": the writer, then the outlet he writes for (a national portal; set CG)
        if len(toks) > k + 1 and lookup_outlet(" ".join(toks[-k:])) and credits.clean_name(" ".join(toks[:-k])):
            return found, " ".join(toks[:-k]), " ".join(toks[-k:])
    if len(toks) == 2 and "," in before and (glued_outlet_word(toks[0]) or lookup_outlet(toks[0])):
        return found, None, toks[0]  # "Kabarnews, Desa – DATE": the site and its dateline's place over the lede (CH)
    if lookup_outlet(name) or outlet_shaped(name):  # "By BolaSport - Kamis, ...": an outlet signs it, not a person
        return found, None, name
    if _place(name.strip(WS + "(),")) is not None:
        return found, None, None  # "(Jakarta, 24 Mei 2022)": the place a release is dated at, no byline
    if name.strip(WS + "(),-|").casefold() in _sections():
        return found, None, None  # "oleh | DATE | Berita", "DATE - Internasional": the desk beside the date (set DN)
    words = name.strip(WS + "(),").split()
    if text[:found.start].rstrip().endswith(",") and 2 <= len(words) <= 4 and any(_place(" ".join(words[-k:]))
                                                                         for k in (1, 2)):
        return found, None, None  # "Kampus Contoh Kota, 17 April 2018": where a column was signed, no byline (AB)
    if credits.team_named(name):
        return found, None, None  # "Dipublish oleh Tim Outlet | DATE": the desk, no person (fix set HI, 2026-12)
    if credits.clean_name(name) and len(name.split()) <= 6:
        return found, name, None
    if len(name.split()) <= 4 and credits.names_nobody(name):
        return found, None, None  # "DATE / KOMISI I": a desk or a body beside the date, still a date line, no name
    if _TOPIC_BAR.match(text[:found.start]) and found.end - found.start >= 8:
        return found, None, None  # "Krisis rusia ukraina | DATE, TIME": a broadcaster's topic tag before the date (HN)
    return None


# a topic tag in sentence case before a bar and the date ("Krisis rusia ukraina | 22 Juni 2022, 19:52 WIB"): two to five
# words, the later ones in lower case, so no person's name and no headline
_TOPIC_BAR = re.compile(r"^\s*[A-Z][a-z]+(?: [a-z][a-z-]*){1,4}\s+\|\s*$")


@functools.cache
def _zones() -> re.Pattern:
    """The time zones a date line prints after the hour (curated/extraction/dates.yaml, zones), as words."""
    from sikap.pipeline.extract.knowledge import date_names

    names = sorted(date_names()["zones"], key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w+])(?:" + "|".join(re.escape(z) for z in names) + r")(?![\w+])")


def _other_role(before: str) -> bool:
    """The text before the date opens with the label of an editor's or a translator's credit ("Redaksi :", "Editor:"):
    the name beside the date is no byline's (fix set GC, 2026-12)."""
    from sikap.pipeline.extract.knowledge import credits as knowledge

    m = knowledge().label_re.match(before)
    return m is not None and knowledge().roles.get(" ".join(m.group(1).casefold().split())) in ("editors", "translators")


def _again(after: str, first) -> str:
    """What a date line prints after its date, without the same date printed again in another form ("Rabu, 8 Mei
    2024 | Mei 8, 2024 WIB": two widgets of one page, the local and the English order; fresh-site probe page,
    2026-12, setR). Only a date that names the same day goes: another date beside it is no date line's. The same
    day may follow a date label, and more than once ("Thu, January 7, 2010 Published on Jan. 7, 2010 Published on
    2010-01-07T09:56:51+07:00": an English daily's header; probe set AK, 2026-12)."""
    for _ in range(3):
        if not any(c.isdigit() for c in after):
            return after
        iso, more = _ISO_STAMP.search(after), find_date(after)  # the nearer of the two is the one read
        short = _SHORT_DATE.search(after)  # "Kamis, 20 Februari 2025, 20.2.25 WIB" (fix set GC, 2026-12)
        if short and _same_day(short, first.date) and (more is None or short.start() <= more.start) \
                and (iso is None or short.start() < iso.start()):
            start, end = short.span()
        elif iso and (more is None or iso.start() < more.start):
            if iso.group(1) != first.date.isoformat():
                return after
            start, end = iso.span()
        elif more is not None and more.date == first.date:
            start, end = more.start, more.end
        else:
            return after
        if not _seps_only(strip_time(_DATE_LABEL.sub("", after[:start]))):
            return after  # (the first date's time may stand between: "10 Desember 2023 12:42 10 Des 2023 12:42", HJ HL)
        after = " " + after[end:]
    return after


# a day printed again in numbers, "D.M.YY" or "D/M/YYYY": read only as the date already found, never alone
_SHORT_DATE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b")


def _same_day(m: re.Match, day) -> bool:
    d, mo, y = (int(g) for g in m.groups())
    return (d, mo) == (day.day, day.month) and (y == day.year or y == day.year % 100 and len(m.group(3)) == 2)


_ISO_STAMP = re.compile(r"\b(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")


def _seps_only(text: str) -> bool:
    return not _SEPS.sub("", text)


_GLUED_WEEKDAY = re.compile(r"(\.[a-z]{2,6})(?=(?:Senin|Selasa|Rabu|Kamis|Jum.?at|Sabtu|Minggu|Ahad|Monday|Tuesday|"
                            r"Wednesday|Thursday|Friday|Saturday|Sunday),)")


def unglue_weekday(text: str) -> str:
    """'Outlet.idRabu, 22 Oktober 2025 19.21' -> 'Outlet.id Rabu, ...': a site's name glued to the weekday of its
    date line (the two were separate elements of the page; fresh probe pages, 2026-12, setO)."""
    if "." not in text:
        return text
    return _GLUED_WEEKDAY.sub(r"\1 ", text, count=1)


@functools.lru_cache(maxsize=LINE_CACHE)
def edge_code(text: str, n_words: int) -> str | None:
    """The catalogue's code for a header or footer line (zones: edges rules included), kept for recent lines:
    a site's footer and header chrome is the same on every page."""
    return line_catalogue().match(text, n_words, edges=True) if n_words <= 60 else None


_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def known_non_person(text: str) -> bool:
    """A short line shaped like a name that names an outlet (registered, or shaped like one: a masthead line
    "Radar Contoh"), a place or a section, not a person; or one word that glues a registered outlet's name to
    another ("OutletWiki": a brand of the outlet, a photo credit)."""
    t = text.strip()
    first = t.split(None, 1)[0].casefold() if t else ""
    if first in _UNIT_WORDS or first in UNIT_ABBREVIATIONS and " " in t:
        return True  # "Kec. Nipah Panjang", "Desa Contoh": a place's name opened by its unit (set DD)
    if lookup_outlet(text) or _place(text) or t.casefold() in _sections() \
            or "," not in t and outlet_shaped(t):
        return True
    return " " not in t and any(lookup_outlet(t[:m.start()]) for m in _INNER_CAPITAL.finditer(t))


_WORD = re.compile(r"[^\W\d_]{3,}")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")


def prose_words(page, text: str) -> bool:
    """'Babak Kedua', 'Kecelakaan Lalu Lintas': a heading in Title Case that a bare-name rule would take for a
    byline, told by its words: two or more of them, and more than half, are words the page's own prose prints
    in lower case ("... saat menjalani babak kedua"). A person's name is not the text's vocabulary (the words of
    a lower-case credit line, "editor: nama orang", are no prose: prose lines have eight words or more). The
    prose's words are read once a page, and only when a name-shaped line asks (seen on held-out probe pages and
    the harvest, 2026-12, setL/setM: a subheading under the date block, above a cut-off end)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < 2:
        return False
    hits = prose_hits(page, words)
    return hits >= 2 and 2 * hits > len(words)


def prose_hits(page, words: list[str]) -> int:
    """How many of the (case-folded) words the page's prose prints in lower case."""
    vocabulary = page.__dict__.get("_prose_vocabulary")
    if vocabulary is None:  # (an attribute of this page only: the rules' Page is made anew for every article)
        vocabulary = frozenset(w for t, n in zip(page.texts, page.nw) if n >= 8 for w in _LOWER_WORD.findall(t))
        page.__dict__["_prose_vocabulary"] = vocabulary
    return sum(w in vocabulary for w in words)
