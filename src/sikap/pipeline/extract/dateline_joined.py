"""Datelines whose parts are joined without spaces: a name glued by a hyphen to the lede's first word ("Kota
Times-Warga ...", "Mataram-Gempa ..."), and several places joined by slashes before the outlet ("DOHA/CAIRO/JERUSALEM
(Reuters) -", a wire service's form for a story filed from several cities). Read by datelines._parse, which builds
the Dateline from what these return.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.dateline_lookups import _outlet_shaped, _place
from sikap.pipeline.extract.dateline_unseparated import MIN_LEDE_WORDS
from sikap.pipeline.extract.text import DOMAIN
from sikap.places import JOINED_TOWNS

# "Kota Times-Warga ...": a name shaped like an outlet's (two to four capitalised words closed by an outlet word)
# glued by a hyphen to the lede's first word (probe set Y, 2026-12); a hyphenated pair of names ("Korea-Jepang")
# has no outlet word
GLUED_BRAND = re.compile(r"((?:[A-Z][\w.]*[ \t]+){1,3}[A-Z][\w.]*)-(?=[A-Z][a-z])")
# "Kabarcontoh.id-Pesantren ...": a site's host glued by a hyphen to the lede's first word (fix set GE, 2026-12: two
# fresh sites, a santri portal and a regional one); in capitals, or glued by an underscore or a full stop
# ("KABARCONTOH.CO-Presiden ...", "Kabarcontoh.com_Polres ...", "KABARCONTOH.ID.Kota, ..."; fix sets DE, CD, DG:
# three regional sites whose editors type the host and the lede without a space). The host must end in a domain.
GLUED_HOST = re.compile(r"([A-Za-z][\w]*(?:\.[A-Za-z]{2,6}){1,2})[-_.](?=[A-Z][a-z])")
# "Mataram-Gempa ...": a city's or a regency's name glued by a hyphen to the lede's first word (probe set AB, 2026-12)
GLUED_PLACE = re.compile(r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)-(?=([A-Z][a-z]+))")
# "Jakarta-SuaraNusantara", "Klungkung-kabarbalihits" alone on a line over the lede: a gazetteer place and the site's
# name joined by a hyphen (fix sets JD, JF, 2026-12: two regional sites)
_PLACE_BRAND = re.compile(r"^\s*([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)-([A-Za-z][\w.]{3,40})\s*$")
# "DOHA/CAIRO/JERUSALEM (Reuters) -": two to five places joined by slashes
_SLASHED = re.compile(r"([A-Z][A-Za-z.'-]{2,20}(?: [A-Z][A-Za-z.'-]{2,20})?)((?:/[A-Z][A-Za-z.'-]{2,20}"
                      r"(?: [A-Z][A-Za-z.'-]{2,20})?){1,4})(?=\s*[(,–—-])")


def may_open(head: str) -> bool:
    """What datelines.may_open asks of these forms: a hyphen glued between two words, or a slash."""
    return "-" in head and (GLUED_BRAND.match(head) is not None or GLUED_PLACE.match(head) is not None) \
        or "." in head[:40] and _glued_host(head) is not None \
        or "/" in head[:60] and _SLASHED.match(head) is not None


def glued(text: str) -> tuple[int, str | None, str | None] | None:
    """(end, place, outlet) of a name glued by a hyphen to the lede's first word, the lede of MIN_LEDE_WORDS words or
    more: a site's host, an outlet-shaped name, or a town (not a country: "Israel-Hamas sepakat ..." is a pair of parties) that
    the next word is not another place ("Jakarta-Bandung" is a route)."""
    h = _glued_host(text) if "." in text[:40] else None
    if h and _outlet_shaped(h.group(1)) and _lede(text, h.end()):
        return h.end(), None, h.group(1)
    dash = text.find("-")  # both names below hold no hyphen and at most four words: the line's first hyphen closes
    if dash < 1 or len(text[:dash].split(None, 4)) > 4:  # them (a sentence's hyphens come later: ~4 µs a line saved)
        return None
    g = GLUED_BRAND.match(text)
    if g and _outlet_shaped(g.group(1)) and _place(g.group(1)) is None and _lede(text, g.end()):
        return g.end(), None, g.group(1)
    p = GLUED_PLACE.match(text)
    if p and _lede(text, p.end()) and _place(p.group(2)) is None:
        entry = _place(p.group(1))
        if entry is not None and entry.kind in JOINED_TOWNS:
            return p.end(), entry.name, None
    return None


def _glued_host(text: str) -> re.Match | None:
    h = GLUED_HOST.match(text)
    return h if h is not None and DOMAIN.match(h.group(1)) is not None else None


def _lede(text: str, end: int) -> bool:
    return len(text[end:].split(maxsplit=MIN_LEDE_WORDS)) >= MIN_LEDE_WORDS


def first_of_slashed(text: str) -> tuple[str, int] | None:
    """(the line with its slashed places cut to the first, the characters cut) when every place the slashes join
    is a gazetteer place: the dateline names where the story was filed first."""
    m = _SLASHED.match(text)
    if m is None or _place(m.group(1)) is None or not all(_place(p) for p in m.group(2).split("/")[1:]):
        return None
    return text[:m.end(1)] + text[m.end():], m.end() - m.end(1)


def place_brand(text: str) -> tuple[str, str] | None:
    """(place, outlet) of a line that is a place and a site's name joined by a hyphen and nothing else: the name a
    host, a name shaped like an outlet's, or one word glued from a name and an outlet word; never a second place
    ("Jakarta-Bandung" is a route)."""
    from sikap.pipeline.extract.outlets import glued_outlet_word

    m = _PLACE_BRAND.match(text)
    if m is None:
        return None
    entry, brand = _place(m.group(1)), m.group(2)
    if entry is None or _place(brand) is not None:
        return None
    return (entry.name, brand) if DOMAIN.match(brand) or _outlet_shaped(brand) or glued_outlet_word(brand) else None
