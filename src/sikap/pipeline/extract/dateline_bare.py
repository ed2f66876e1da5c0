"""Datelines printed without a separator closing their head (datelines.parse reads the other forms): a place the
gazetteer knows and a comma before the lede ("Jakarta, Mahkamah ..."), and a place and a whole date in parentheses
("(Batam, 29 Oktober 2010) Pagi ...", or alone above the lede). Both readings are not confident: inside a text such
a paragraph starts no second article (split.py) and takes no lede from the prose above it (zones.py). The patterns
are tried by datelines.may_open after a literal test ("," in the first characters, "(" first). And a city in
capitals alone on its line over prose ("WASHINGTON"), read by the zones (place_alone).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sikap.pipeline.extract.dateforms import FoundDate, find_date
from sikap.pipeline.extract.dateline_lookups import _outlet_id, _place
from sikap.pipeline.extract.text import WS, ends_sentence, is_prose
from sikap.places import COMMA_TOWNS  # a dateline names them alone before a comma; a country or a district so placed opens a sentence

if TYPE_CHECKING:
    from sikap.pipeline.extract.datelines import Dateline

# "Jakarta, Mahkamah Konstitusi ...": a place, a comma, the lede's capitalised first word (read by place_comma)
_PLACE_COMMA = re.compile(r"([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}),\s+(?=[A-Z][a-z]|[A-Z]+\s)")
# the words that follow a place's name in apposition ("Surabaya, Kota Pahlawan, ...", "Jakarta, Ibu Kota ...",
# "Aceh, Bumi Serambi Mekkah, ...", "Bali, Pulau Dewata, ..."):
# after them the line is a sentence about the place
_APPOSITION = frozenset({"ibu", "ibukota", "kota", "kabupaten", "provinsi", "kecamatan", "desa", "negara", "daerah",
                         "pusat", "wilayah", "salah", "sebagai", "the", "capital", "pulau", "kawasan", "bumi", "tanah",
                         "serambi", "kampung", "julukan"})


def place_comma(text: str, lead: int, line: str) -> Dateline | None:
    """'Jakarta, Mahkamah Konstitusi (MK) tuntas ...': a city the gazetteer knows, a comma and the lede's capitalised
    first word, no dash (a regional office's site and a portal, fresh-site probe page 2026-12 setQ, and a harvest
    page): the place alone. Not when the word after the comma is a place (a list of places), opens an apposition
    ("Surabaya, Kota Pahlawan"), or the lede is short. A sentence may open so in the middle of a text: the reading
    is not confident, so it opens the text only before any prose (zones) and never starts a second article (split)."""
    from sikap.pipeline.extract.datelines import MIN_LEDE_WORDS, Dateline

    m = _PLACE_COMMA.match(text)
    place = _place(m.group(1)) if m else None
    if place is None or place.kind not in COMMA_TOWNS:
        return None
    rest = text[m.end():]
    named = _registered_at(rest)
    if named and len(rest[len(named):].split(maxsplit=MIN_LEDE_WORDS)) >= MIN_LEDE_WORDS \
            and rest[len(named):].lstrip(WS)[:1].isupper():
        # "Jakarta, Outlet Name Lede ...": a registered outlet after the comma, no dash before the lede (a national
        # portal's dateline copied without its separator, fix set JH, 2026-12)
        end = m.end() + len(named)
        return Dateline(lead + end, place.name, named, None, text[:end].strip(WS), False, True)
    first = rest.split(None, 1)[0].strip(WS + ",.()")
    if first.casefold() in _APPOSITION or _place(first) is not None or _outlet_id(first) \
            or len(rest.split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
        return None
    if not (ends_sentence(text) or ". " in rest or len(rest.split(maxsplit=_LONG)) > _LONG):
        return None  # "Kota, Judul Berita Tanpa Titik": a headline naming its city, not a lede (10k build, 2026-12)
    return Dateline(lead + m.end(), place.name, None, None, text[:m.end()].strip(WS), False, False)


_LONG = 24  # words: a line this long that ends no sentence is a lede cut by the page, not a headline


def _registered_at(rest: str) -> str | None:
    """The registered outlet's name that `rest` opens with, of one to three words (the longest), or None."""
    from sikap.pipeline.extract.outlets import lookup_outlet

    words = rest.split(None, 3)[:3]
    for n in (3, 2, 1):
        name = " ".join(words[:n])
        if len(words) >= n and name[:1].isupper() and lookup_outlet(name):
            return rest[:rest.index(words[n - 1]) + len(words[n - 1])]
    return None

# "KABAR KOTA,SITUBONDO, Lede ...": the site's name, a comma (a space after it or not), a place and a comma
_OUTLET_PLACE_COMMA = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*){0,3}),\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}),\s+"
                                 r"(?=[A-Z][a-z])")


def outlet_place_comma(text: str, lead: int, line: str) -> Dateline | None:
    """'KABAR RAKYAT,SITUBONDO, Peristiwa ...': a name shaped like an outlet's (or a registered one), a comma, a city
    the gazetteer knows and a comma before the lede, no dash (a regional portal, fix set GF, 2026-12): the outlet
    and the place. Confident, unlike place_comma: a sentence does not open with an outlet's name and a city."""
    from sikap.pipeline.extract.datelines import MIN_LEDE_WORDS, Dateline
    from sikap.pipeline.extract.dateline_lookups import _outlet_shaped

    m = _OUTLET_PLACE_COMMA.match(text)
    place = _place(m.group(2)) if m else None
    if place is None or place.kind not in COMMA_TOWNS or _place(m.group(1)) is not None \
            or not (_outlet_id(m.group(1)) or _outlet_shaped(m.group(1))):
        return None
    if len(text[m.end():].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
        return None
    return Dateline(lead + m.end(), place.name, m.group(1).strip(WS), None, text[:m.end()].strip(WS), False, True)


# "Outlet Name, Kota Menteri ...": a registered outlet's name, a comma, then the place and the lede's first word with
# no separator between them (the dash lost in the copy; a national business portal, fix set II, 2026-12)
_OUTLET_COMMA = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*){0,3}),\s+(?=[A-Z])")


def outlet_place_space(text: str, lead: int, line: str) -> Dateline | None:
    """'Outlet Name, Kota Menteri ...': a registered outlet, a comma, a gazetteer city (the longest of up to three
    words) and the lede's capitalised first word: the outlet and the place. Only a registered outlet's name before
    the comma: a sentence may open with a name and a city ("Budi, Jakarta ...") but not with an outlet's."""
    from sikap.pipeline.extract.datelines import MIN_LEDE_WORDS, Dateline

    m = _OUTLET_COMMA.match(text)
    if m is None or _place(m.group(1)) is not None or not _outlet_id(m.group(1)):
        return None
    words = text[m.end():].split(" ", 4)
    for k in range(min(3, len(words) - 1), 0, -1):
        place = _place(" ".join(words[:k]))
        after = words[k]
        if place is not None and place.kind in COMMA_TOWNS and after[:1].isupper() and after[1:2].islower():
            at = m.end() + len(" ".join(words[:k]))
            if len(text[at:].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
                return None
            return Dateline(lead + at, place.name, m.group(1).strip(WS), None, text[:at].strip(WS), False, True)
    return None


_PAREN_PLACE_DATE = re.compile(r"\(([^()\n,]{2,30}),\s*([^()\n]{6,40})\)\s*")


def place_date_parens(text: str, lead: int, line: str) -> Dateline | None:
    """'(Batam, 29 Oktober 2010) Pagi ...', '(Jakarta, 24 Mei 2022)' alone above the lede: a gazetteer place and a
    whole date in parentheses, as press releases and some portals open a text (probe page, 2026-12, setM, and a
    harvest page); the place and the date, no outlet."""
    from sikap.pipeline.extract.datelines import MIN_LEDE_WORDS, Dateline

    p = _PAREN_PLACE_DATE.match(text)
    place = _place(p.group(1).strip(WS)) if p else None
    if place is None:
        return None
    date = find_date(p.group(2))
    if date is None or date.start > 0 or date.end < len(p.group(2).rstrip(WS + ".")):
        return None
    rest = text[p.end():]
    standalone = not rest.strip(WS)
    if not standalone and (not rest[:1].isupper() or len(rest.split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS):
        return None
    at = lead + p.start(2)
    found = FoundDate(date.date, date.precision, at + date.start, at + date.end, date.weekday_ok)
    return Dateline(len(line) if standalone else lead + p.end(), place.name, None, found, p.group(0).strip(WS),
                    standalone, False)  # (not confident: inside a text, a dated paragraph starts no second article)


def place_alone(doc, texts: list[str], nw: list[int], i: int):
    """'WASHINGTON' alone on its line, in capitals, a city the gazetteer knows, over a paragraph of prose: the
    dateline printed on a line of its own without a dash (a national agency's copy, fix set II, 2026-12). A rubric
    in capitals stands over a headline, not over prose."""
    t = texts[i].strip(WS)
    if nw[i] > 3 or not t.isupper() or not t.replace(" ", "").isalpha():
        return None
    place = _place(t)
    if place is None or place.kind not in ("city", "capital"):
        return None
    nxt = next((j for j in range(i + 1, len(texts)) if doc.lines[j].rule is None), None)
    if nxt is None or nw[nxt] < 12 or not is_prose(texts[nxt], 8, nw[nxt]):
        return None
    from sikap.pipeline.extract.datelines import Dateline

    return Dateline(len(texts[i]), place.name, None, None, t, True, True)
