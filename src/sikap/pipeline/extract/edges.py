"""The header and footer of an article: what only position tells.

Above the lede: the title (the first headline-like line), the section or brand above it, repeats of the
title, bylines and date lines, photo captions, summary bullets, a deck (kept: it is content). Below the last
paragraph: date lines, sign-offs, name credits, tag lines, and the teasers that follow footer chrome.
The footer rules are deliberately narrow: a page cut mid-sentence ends in a fragment that must survive.

Here: the rules both edges share (catalogue phrases, date lines and bylines, names beside them, menus).
The title and the header around it are in edges_title.py, the footer's own rules in edges_footer.py, the
sign-offs in signoffs.py, what one edge line is by itself in edge_lines.py; mark_boilerplate runs them all from
here.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import credits
from sikap.pipeline.extract.dateforms import strip_time
from sikap.pipeline.extract.credit_lines import parse_credit_line
from sikap.pipeline.extract.date_line_tails import role_after_date
from sikap.pipeline.extract.edge_lines import date_line, edge_code, known_non_person, prose_words
from sikap.pipeline.extract.edges_footer import about_us_tail, footer_names, footer_tail
from sikap.pipeline.extract.signoffs import mark_signoffs
from sikap.pipeline.extract.edges_title import _headline_below, clean_title, find_title
from sikap.pipeline.extract.header_lines import mark_header
from sikap.pipeline.extract.header_bylines import agency_byline, team_outlet
from sikap.pipeline.extract.header_deck import header_run_below_deck
from sikap.pipeline.extract.knowledge import line_key, named_rule
from sikap.pipeline.extract.outlets import lookup_outlet, outlet_shaped
from sikap.pipeline.extract.text import DOMAIN, WS, ends_sentence, title_like
from sikap.pipeline.extract.title_text import PICTURE_NAME
from sikap.pipeline.extract.zones import Zones, caption_like, runs

__all__ = ["about_us_tail", "clean_title", "date_line", "edge_code", "find_title", "mark_edges", "mark_footer",
           "mark_header", "mark_signoffs"]

_UPDATED = re.compile(r"(?i)\b(update|updated|diperbarui|diperbaharui|last updated|modified)\b")
_NAV_WORDS = 3
_INTERFACE = frozenset(["chrome.widget", "chrome.share", "chrome.ad_slot"])


def _updated_first(text: str, found) -> bool:
    """An update label before the date ("Diperbarui: DATE"): the date is the update's. A label after it ("DATE
    Last Updated ISO-DATE", a news theme's bar; harvest, 2 hosts) leaves the first date the publication's."""
    u = _UPDATED.search(text)
    return u is not None and u.start() < found.start


def mark_edges(page, zones: Zones) -> None:
    doc, lines = page.doc, page.doc.lines
    # the free edge lines, found in one pass (the loop marks only the line it reads)
    for i in [i for i in _edge_indexes(zones, len(lines)) if lines[i].rule is None and i != zones.dateline_at]:
        t = page.texts[i]
        code = edge_code(t, page.nw[i])
        if code:
            page.mark(i, code)
            continue
        got = date_line(t) if page.nw[i] <= 16 else None
        if got is not None and _today_bar(page, zones, i, t, got[0]) and not (got[1] or got[2]):
            page.mark(i, "chrome.header")  # the theme's date of today above the headline: not the article's
            continue
        if got is not None and got[1] and _printed_below(page, i, t):
            continue  # "Headline 10 Mei 2024" over "Headline 10 Mei 2024-Image-1": a headline holding a date (DJ)
        if got is not None:
            found, name, outlet = got
            basis = "byline" if name else ("date_stamp" if re.match(r"(?i)^\s*date\b", t) else "date_line")
            if _updated_first(t, found):
                basis = "updated"
            page.dates.append((found, basis, t))
            page.mark(i, "meta.byline" if name else "meta.date_line")
            if name:
                page.credits.append(("authors", name, t, "byline with its date"))
            role = role_after_date(t)
            for field, printed in (parse_credit_line(_COUNTER_TAIL.sub("", t[role:]).strip(WS + "-–—|•")) or []) if role is not None else []:
                if printed and field in ("authors", "editors", "translators"):
                    page.credits.append((field, printed, t, "labelled credit after the date"))
            if outlet:
                doc.meta.setdefault("_byline_outlet", (outlet, t))
    _date_below_deck(page, zones)
    _names_by_bylines(page, zones)
    if zones.lede is not None:
        _nav_runs(page, zones, range(zones.lede))  # the header's lines


_COUNTER_TAIL = re.compile(r"\s*[-–—|•]\s*\d[\d.,]*\s*$")  # "Redaktur: NAME - 248": the view counter after the credit


def _date_below_deck(page, zones: Zones) -> None:
    """A deck printed above the date line ("deck / [headline again, caption] / Diterbitkan 9 Sep 2025 / text"):
    the zones took the deck for the lede, so the date line right below it is read here, and the writer's name
    printed alone right above that date line ("deck / NAME / Thursday, 30 March 2023 / text")."""
    if zones.lede is None:
        return
    above = {line_key(page.texts[k]) for k in range(zones.lede)}
    for j in range(zones.lede + 1, min(zones.lede + 4, len(page.doc.lines))):
        if not page.free(j) or line_key(page.texts[j]) in above or caption_like(page.doc, page.texts, j):
            continue  # chrome, the headline printed again, a photo caption
        got = date_line(page.texts[j]) if page.nw[j] <= 8 else None
        if got is None and page.nw[j] <= 5 and page.free(j + 1) and page.nw[j + 1] <= 8:
            t = page.texts[j].strip(WS)
            below = date_line(page.texts[j + 1])
            if below is not None and not below[1] and credits.clean_name(t, allcaps=False) and not known_non_person(t):
                page.credits.append(("authors", t, t, "name above the date line"))
                page.mark(j, "meta.byline")
                j, got = j + 1, below
        if got is not None and not got[1]:
            basis = "updated" if _updated_first(page.texts[j], got[0]) else "date_line"  # as mark_edges reads it
            page.dates.append((got[0], basis, page.texts[j]))
            page.mark(j, "meta.date_line")
        elif got is None and page.free(j):
            header_run_below_deck(page, zones, j)  # the date line a few short header lines further down
        return


def _today_bar(page, zones: Zones, i: int, text: str, found) -> bool:
    """A news theme's top bar prints the day the page is read, weekday first and without a time, as the page's
    very first line, above the headline ("Sabtu, 21 Desember 2024" / breadcrumb / headline / ...); or with the
    time, when the byline's own date line stands under the headline."""
    if zones.lede is None:
        return False
    if i != 0:
        # under the header's weather widget ('24.4 C' / 'Kota' / 'Sabtu, 2 Juli 2022'): the day the page was served,
        # beside the temperature (a regional network's header; probe set AO, 2026-12)
        return i <= 3 and all(not page.free(j) or page.nw[j] <= 2 for j in range(i)) \
            and any(named_rule("weather").match(page.texts[j].strip(" \t\u00a0")) for j in range(i)) \
            and not text[found.end:].strip(WS + ".,")
    if text[:found.start].strip(WS)[:1].isdigit():
        return True  # the hour first, then the day ('4:08 am - Friday December 6, 2019'): a theme's clock (set CJ)
    if text[found.end:].strip(WS + ".,"):
        # with a time after it ('Senin, 02 Feb 2026 01:39 WIB'), only when the byline's own date line follows under
        # the headline (a Surabaya portal's bar shows the hour it was served; probe set Y, 2026-12)
        return not strip_time(text[found.end:]).strip(WS + ".,|") and found.weekday_ok is not None \
            and _dated_below_headline(page, zones)
    if found.weekday_ok is None:
        # without a weekday, only right above the site's masthead, a host alone on the next line ("Januari 13, 2025"
        # / "kabarcontoh.co.id" / tagline / headline: a theme's header; fresh-site probe page, 2026-12, setR)
        return len(page.texts) > 1 and DOMAIN.match(page.texts[1].strip(WS)) is not None
    if _headline_right_below(page, zones):
        return False
    return any(page.free(j) and title_like(page.texts[j]) for j in range(1, zones.lede))


def _dated_below_headline(page, zones: Zones) -> bool:
    """A free headline-like line in the header, then a date line below it, before the lede."""
    k = next((j for j in range(1, zones.lede) if page.free(j) and title_like(page.texts[j])), None)
    return k is not None and any(page.nw[j] <= 16 and date_line(page.texts[j]) is not None
                                 for j in range(k + 1, zones.lede))


def _headline_right_below(page, zones: Zones) -> bool:
    """The first line's date stands right above the headline, nothing between, and no other date line follows in
    the header: the article's date printed above its headline (a regional portal's AMP copy, a blog's post-date
    header; held-out probe pages, 2026-12, setW, setS, setV). A short rubric over the headline ('Konflik Negara'
    / headline) or a dated line lower down (a theme's bar, then the article's own '- DATE | HH:MM WIB') is a theme's
    header, which shows the day it was served (setL, setT)."""
    if len(page.texts) < 2 or not page.free(1) or not title_like(page.texts[1]) \
            or page.texts[1].strip(WS)[-1:] in ".!?" or page.nw[1] <= 4 and _headline_below(page, 1, zones.lede, page.nw[1]):
        return False
    return not any(page.nw[j] <= 16 and date_line(page.texts[j]) is not None for j in range(2, zones.lede))


def mark_footer(page, zones: Zones) -> None:
    footer_names(page, zones)
    _nav_runs(page, zones, _edge_indexes(zones, len(page.doc.lines)))
    if zones.last is not None:
        footer_tail(page, zones)


def _edge_indexes(zones: Zones, n: int) -> list[int]:
    """Indexes of the header and footer lines (all lines when no body was found)."""
    if zones.lede is None:
        return list(range(n))
    tail = range(zones.last + 1, n) if zones.last is not None else range(0)
    return [*range(zones.lede), *tail]


def _names_by_bylines(page, zones: Zones) -> None:
    """Names printed on their own lines next to a byline or date line in the header ('Tia Dwitiani
    Komalasari' above '22 Oktober 2024, 17:46'; 'Ellyvon Pranita,' / 'Gloria Setyvani Putri' / 'Tim Redaksi'
    under 'Kompas.com - 31/10/2019, 10:48 WIB')."""
    doc = page.doc
    if zones.lede is None:
        return  # no header
    anchors = [i for i in range(zones.lede) if doc.lines[i].rule in ("meta.date_line", "meta.byline")]
    if not anchors:
        return
    headline_above, seen = [], False  # headline_above[j]: a free headline-like line stands above line j
    for k in range(anchors[-1] + 2):
        headline_above.append(seen)
        seen = seen or (k < len(doc.lines) and page.free(k) and title_like(page.texts[k])
                        and not (page.nw[k] <= 4 and _headline_below(page, k, zones.lede, page.nw[k])))
        # (a short rubric over a longer headline is not the headline: "Liga Kota" above the title)
    for a in anchors:
        for step in (-1, 1):
            j = a + step
            named = []  # the credits this walk read: a role label after them says whose names they are
            while page.free(j) and zones.header(j) and page.nw[j] <= 6 and j != zones.dateline_at \
                    and (headline_above[a] if step == 1 else j < len(headline_above) and headline_above[j]):
                # the first headline-like line of the header is the title, never a name beside a date line
                t = page.texts[j].strip(WS).rstrip(",").lstrip("-–•· ")
                role = credits.bare_label(t) if step == 1 else None
                if role is not None and named:
                    for k in named:  # "NAME" / "Editor": the label follows the name it labels
                        page.credits[k] = (role, *page.credits[k][1:])
                    named = []
                    page.mark(j, "meta.byline")
                elif "," in t and agency_byline(page, j, t):
                    pass
                elif team := team_outlet(t):
                    page.doc.meta.setdefault("_byline_outlet", (team, page.texts[j]))
                    page.mark(j, "meta.byline")  # "Tim Outlet - outletNews" over the date line: no person
                elif 2 <= len(t.split()) <= 4 and (lookup_outlet(t) or outlet_shaped(t)) or _CAMEL_BRAND.match(t):
                    # the site's name where the writer's stands ('- Outlet Name' / '- Oct 12, 2023' / '- 1 min read':
                    # a blog platform's post header; probe set Z, 2026-12): the outlet signs it, no person; so does one
                    # word with an inner capital, a brand's spelling and no person's ("JurnalContoh", probe set CH)
                    page.doc.meta.setdefault("_byline_outlet", (t, page.texts[j]))
                    page.mark(j, "meta.byline")
                elif credits.clean_name(t, allcaps=False) and not known_non_person(t) and not prose_words(page, t):
                    # (a headline in Title Case whose words the prose prints in lower case is no name: "Rekonstruksi
                    # Model Politik Bebas Aktif" over its date line; fresh-site probe page, 2026-12, setR)
                    named.append(len(page.credits))
                    page.credits.append(("authors", t, page.texts[j], "name beside the byline"))
                    page.mark(j, "meta.byline")
                elif line_key(t) in credits.not_names():
                    page.mark(j, "meta.byline")
                else:
                    break
                j += step


def _printed_below(page, i: int, t: str) -> bool:
    """The line is printed again within the next two lines with its picture's file name glued after it
    ("Headline 10 Mei 2024-Image-1"): a headline holding a date, not a byline and its date. (A byline printed twice,
    or again with its reading time after it, is still a byline.)"""
    key = t.strip(WS).casefold()
    return any((below := page.texts[j].strip(WS).casefold()).startswith(key) and _PICTURE_NAME.match(below, len(key))
               for j in range(i + 1, min(i + 3, len(page.texts))))


_PICTURE_NAME = re.compile(PICTURE_NAME)


_CAMEL_BRAND = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]{2,}$")


def _nav_runs(page, zones: Zones, where) -> None:
    """Three or more short lines in a row among the lines `where` (the header's, or the header's and the
    footer's) are a menu."""
    lines, nw, texts = page.doc.lines, page.nw, page.texts
    short = [i for i in where if nw[i] <= _NAV_WORDS and lines[i].rule is None and i != zones.dateline_at]
    # an interface string the catalogue took ('No Result', 'View All Result': a search box) stands inside a menu
    # and does not break its run (held-out probe set AA, 2026-12)
    shown = [i for i in where if lines[i].rule in _INTERFACE]
    if not short or len(short) + len(shown) < 3:
        return  # most pages: no menu possible
    items = [i for i in short if not ends_sentence(texts[i])]
    if shown:
        items = sorted(items + shown)
    for run in runs(items):
        if len(run) >= 3:
            for i in run:
                if lines[i].rule is None:
                    page.mark(i, "chrome.nav")
