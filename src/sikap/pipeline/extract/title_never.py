"""Header lines that are never the headline, whatever their shape: a site's name and a dash alone, a pull quote
quoted again below, a menu's entry or a whole menu on one line, a button's words, a byline of names and an outlet,
a line of a paragraph wrapped at a fixed width, a breadcrumb glued to the headline under it, a logo's alt text, a
writer's description under 'Oleh: NAME', a name over its date line, a caption closed by its source glued on.
find_title (edges_title.py) asks _no_title of
each free header line before it looks for the headline; the exclusions stand apart from the title's own rules
(what the title is), and some mark the line they exclude (brand, breadcrumb, navigation, widget).
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.datelines import _place, _sections
from sikap.pipeline.extract.edge_lines import date_line, prose_hits
from sikap.pipeline.extract.header_bylines import barred_names, names_at_outlet
from sikap.pipeline.extract.header_repeats import QUOTE_OPEN, menu_again, quoted_again_below
from sikap.pipeline.extract.wrapped import continues_above, in_wrapped_paragraph
from sikap.pipeline.extract.outlet_resolve import logo_name
from sikap.pipeline.extract.outlets import lookup_outlet
from sikap.pipeline.extract.text import FUNCTION_WORDS, WS, ends_sentence, headline_case, name_like
from sikap.pipeline.extract.widget_words import max_words as widget_max_words
from sikap.pipeline.extract.widget_words import widget_line


_SITE_PREFIX = re.compile(r"^\s*(?:www\.)?[\w-]+(?:\.[\w-]+)+\s*[-–—:|]\s*$")


_SLASHED = re.compile(r"^\s*[^/\d]{2,30}(?:/[^/\d]{2,30}){1,2}/\s*$")


def _no_title(page, i: int, t: str, nw: int) -> bool:
    """Header lines that are never the headline, whatever their shape (fresh probe pages, 2026-12, setP):
    a site's name and a dash alone ('Othersite.my.id –', a third site's prefix over a copied dateline), chrome;
    a place and an agency closed by slashes ('City / Agency /', an Arabic agency's dateline), left to the
    dateline rules; a breadcrumb glued to the headline printed on the next line; a short line in lower case
    under an opinion writer's 'Oleh: NAME' (the writer's description), a credit; a logo's alt text naming an
    outlet ('Logo Outlet Name', 'logo Outlet.id'; harvest pages, 2026-12, 2 hosts), the masthead (a headline
    opening with 'Logo' names no outlet after it)."""
    if nw <= 2 and _SITE_PREFIX.match(t):
        page.mark(i, "chrome.brand")
        return True
    if t.lstrip(WS)[:1] in QUOTE_OPEN and nw >= 6 and quoted_again_below(page, i, t):
        page.mark(i, "chrome.summary")  # a pull quote over the text, which quotes it again (a regional daily, set IM)
        return True
    if nw <= 4 and menu_again(page, i, t):
        page.mark(i, "chrome.nav")  # a menu's entry printed again (the mobile and desktop menus; a blog portal, set IL)
        return True
    if nw <= widget_max_words() and widget_line(t):
        page.mark(i, "chrome.widget")  # "Dark/Light Mode" over the headline: a button's words (fix set HH, 2026-12)
        return True
    if ("," in t or t.rstrip(WS).endswith(")")) and nw <= 14 and names_at_outlet(t) \
            or " | " in t and nw <= 12 and barred_names(t):
        return True  # a byline of names and an outlet, or of names set off by bars, read by mark_header
    if in_wrapped_paragraph(page, i) and (continues_above(page, i)
                                          or not t.isupper() and not (nw >= 4 and headline_case(t, nw))):
        return True  # a line of a paragraph broken at a fixed width: the text's, not a headline (probe sets AA, AB);
        # a Title Case or capitals line that no line runs into may still head the page or name its rubric
    if nw >= 5 and (glued := _glued_over_next(page, i, t)):
        page.mark(i, "chrome.breadcrumb" if any(c.isalpha() for c in glued) else "title.repeat")  # '/> HEADLINE'
        return True
    if nw <= 6 and logo_name(t):
        page.mark(i, "chrome.brand")
        return True
    if nw <= 6 and _SLASHED.match(t):
        return True
    if nw >= 6 and _menu_line(t):
        page.mark(i, "chrome.nav")  # "News Bola Daerah Sulawesi Sumatera Jabar ...": a menu flattened to a line (DK, DM)
        return True
    if nw <= 4 and " / " in t and all(p.strip(WS).casefold() in _sections() for p in t.split(" / ")):
        page.mark(i, "chrome.breadcrumb")  # "News / Nasional": the section path over the headline (set DK)
        return True
    if nw <= 4 and i > 0 and page.doc.lines[i - 1].rule == "credit.author" and not headline_case(t, nw) \
            and not ends_sentence(t) and t.strip(WS)[:1].isupper():
        page.mark(i, "credit.other")
        return True
    if 2 <= nw <= 4 and name_like(t, 4, allcaps=False) and _date_line_below(page, i) \
            and not any(w.casefold() in FUNCTION_WORDS for w in t.split()) \
            and not prose_hits(page, [w.casefold() for w in t.split()]):
        return True  # a byline's name over its date line on a page printing no headline: left to the byline rules
    if t.rstrip(WS).endswith(")") and (m := _GLUED_SOURCE.search(t)) is not None \
            and lookup_outlet(m.group("o").strip(WS)) is not None:
        page.mark(i, "caption.photo")  # "NAME at the port(Agency)": a photo's source glued to its caption (LJ, LQ)
        return True
    if nw <= 8 and t.lstrip(WS)[:1].isdigit() and _only_a_date(t):
        page.mark(i, "chrome.widget")  # "17 Maret 2025 | 4 : 22": a clock widget's date and a time typed with spaces
        return True  # (fix set KD, 2026-12); a date line the edge rules read is marked before this is asked
    return False


# a registered source in brackets glued to the line's last word or stop ("Menteri Contoh(Agency)", "... di
# pelabuhan.(Agency)"): a caption's credit, the copy having lost the space (fix sets LJ and LQ, 2026-12: 3 pages)
_GLUED_SOURCE = re.compile(r"[\w.]\((?P<o>[A-Z][\w .]{1,24})\)\s*$")


def _only_a_date(t: str) -> bool:
    """The line holds a date and, besides it, no letter: digits and marks only."""
    from sikap.pipeline.extract.dateforms import find_date

    found = find_date(t)
    return found is not None and not any(c.isalpha() for c in t[:found.start] + t[found.end:])


def _glued_over_next(page, i: int, t: str) -> str:
    """'Home Desk Name HEADLINE' over 'HEADLINE': a breadcrumb whose separators were lost in the copy, glued to
    the headline the next line prints alone (held-out probe page, 2026-12, setS; 3 harvest hosts). The next line
    is the title; this one is its path, of one to six words before it (returned; '' when there is none)."""
    head = " ".join(t.split())
    j = i + 1
    while j < len(page.texts) and (not page.texts[j].strip(WS) or j <= i + 2 and page.nw[j] <= 3
                                   and " ".join(page.texts[j].split()) in head):
        j += 1  # (the path printed again on a line of its own between them: 'headline Kota', fix set IC, 2026-12)
    if j >= len(page.texts) or not page.free(j) or page.nw[j] < 4:
        return ""
    below = " ".join(page.texts[j].split())
    path = head[:-len(below)] if head.endswith(" " + below) else ""
    return path if 1 <= len(path.split()) <= 6 else ""


def _date_line_below(page, i: int) -> bool:
    """The next line is a date line naming nobody ('Jum'at, 12 Maret 2021 | 14:59 WIB'), marked so already or not."""
    if i + 1 >= len(page.texts):
        return False
    if page.doc.lines[i + 1].rule == "meta.date_line":
        return True
    got = date_line(page.texts[i + 1]) if page.free(i + 1) and page.nw[i + 1] <= 10 else None
    return got is not None and not got[1]


def _menu_line(text: str) -> bool:
    """A site's menu on one line: six words or more, no function word and no sentence mark, at least two thirds of
    them section names (curated sections) or places the gazetteer knows ("News Bola Daerah Sulawesi Sumatera Jabar
    Banten Jateng DI Yogya Jatim": a network's regional menu)."""
    toks = text.split()
    if any(c in text for c in ".,:;!?\"“”") or any(w in FUNCTION_WORDS for w in toks):  # ("DI": Daerah Istimewa)
        return False
    sections = _sections()
    hits = sum(1 for w in toks if w.casefold() in sections or _place(w) is not None)
    return hits * 3 >= len(toks) * 2
