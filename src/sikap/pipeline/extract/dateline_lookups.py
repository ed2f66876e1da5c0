"""What the dateline rules ask of the project's knowledge about one token of a head: a gazetteer place
(curated/places.yaml), a registered outlet, a name shaped like an outlet's, a section's or a calendar word, a
person's name, a story format's label.
Shared by the classification of parts (dateline_parts.py) and the cutting of a head into parts
(dateline_chunks.py); each answer is cached where heads repeat across a corpus.
"""

from __future__ import annotations

import functools

from sikap.pipeline.extract.knowledge import curated_set
from sikap.pipeline.extract.outlets import _name_words, glued_outlet_word, lookup_outlet, outlet_shaped
from sikap.pipeline.extract.text import WS
from sikap.places import load_places

# a site's host as datelines print it without a separator around it ("Kota, Kabarcontoh.com Warga ...", "Kota --
# kabarcontoh.com, Warga ..."): the forms read by datelines.py and dateline_second.py
HOST = r"(?:[A-Za-z0-9-]+\.)+(?i:co\.id|com|co|id|net|org|news)"


@functools.cache
def _calendar_words() -> frozenset:
    from sikap.pipeline.extract.knowledge import date_names

    data = date_names()
    return frozenset(str(n).casefold() for group in ("months", "weekdays") for names in data[group].values()
                     for n in names)


@functools.cache
def _sections() -> frozenset:
    return curated_set("boilerplate.yaml", "sections", "casefold")


@functools.lru_cache(maxsize=65536)
def _place(token: str):
    return load_places().lookup(token)


_EDGE = WS + ".,:;"  # what outlet_shaped strips from a name's ends


def _outlet_shaped(token: str) -> bool:
    """outlet_shaped of the token as printed or with its words capitalised ("KABAR KOTA NEWS"). The capitalised
    form is made only for a token of at most four words that are not all _EDGE characters: outlet_shaped wants
    two to four words (those of _EDGE alone can only be stripped off the ends), or one host, which has no space.
    The dateline rules ask this of whole ledes too, and capitalising their 25 words cost ~8 µs a lede."""
    if outlet_shaped(token):
        return True
    words = token.split(None, 8)  # a lede's first words tell (more than four) without splitting all of it
    if len(words) == 9 and sum(1 for w in words[:8] if w.strip(_EDGE)) > 4:
        return False
    words = token.split() if len(words) == 9 else words
    if len(words) > 4:
        n = 0
        for w in words:
            if w.strip(_EDGE):
                n += 1
                if n > 4:
                    return False
    return outlet_shaped(" ".join(w.capitalize() for w in words))


def _glued_outlet_word(token: str) -> bool:
    return glued_outlet_word(token)


def _outlet_id(token: str) -> str | None:
    return lookup_outlet(token)


def _glued_region(token: str) -> bool:
    """'SINERGINTB', 'BICARAINDONESIA', 'Kabarpapua': one word of a name (four letters or more, no place) glued to a
    province's or a country's name or abbreviation; places are not named so, sites often are (harvest pages,
    2026-12: "SITE –" datelines of regional sites read as places)."""
    if not token.isalpha() or len(token) < 7 or not (token.isupper() or token.istitle()):
        return False
    for k in range(4, len(token) - 2):
        head = token[:k].casefold()
        if head in _PLACE_HEADS or _place(head.capitalize()) is not None:
            continue  # "BANDARLAMPUNG", "TANJUNGRIAU": a town's own name opens with a place word
        found = _place(token[k:]) or _place(token[k:].capitalize())
        if found is not None and found.kind in ("province", "country"):
            return True
    return False


def _town_glued_name(token: str, tails: frozenset) -> bool:
    """'MAKASSARCHANEL', 'Kotakita': a town's name the gazetteer knows glued to a word of four letters or more that is
    neither a place nor a place's closing word (`tails`: "utara", "baru"); read after the gazetteer has not taken the
    whole word. A site named after its city prints so in the dateline's place (probe set DD, 2026-12)."""
    if not token.isalpha() or len(token) < 9 or not (token.isupper() or token.istitle()):
        return False
    for k in range(5, len(token) - 3):
        town = _place(token[:k].capitalize())
        if town is not None and town.kind in ("city", "regency"):
            tail = token[k:]
            return tail.casefold() not in tails and _place(tail.capitalize()) is None \
                and tail.casefold() not in _PLACE_HEADS
    return False


# words that open towns' names ("Bandar Lampung", "Tanjung Pinang", "Kuala Tungkal"), printed glued as one word
_PLACE_HEADS = frozenset({"bandar", "tanjung", "kuala", "muara", "teluk", "pangkal", "sungai", "pulau", "bukit",
                          "gunung", "batu", "tanah", "labuhan", "kota", "kabupaten", "kab", "kec", "desa", "kampung",
                          "pematang", "padang", "lubuk", "rantau", "sei", "tebing", "ujung", "selat", "danau"})


def _closing_word(token: str) -> bool:
    """A word that closes outlets' names ("Herald", "Post", "News"): alone after a place it is that name's end."""
    return token.casefold() in _name_words()[1]


def _person(place: str) -> bool:
    """A place the gazetteer does not know that reads as a person's full name: on a line of its own beside an
    outlet ("Full Name, Outlet" above a date line) it is a byline, not a dateline."""
    from sikap.pipeline.extract.credits import clean_name, team_named

    if _place(place) is None and team_named(place):
        return True  # "Tim Outletcom - Outlet": the outlet's team credited (probe set AR, 2026-12), no place
    name = _place(place) is None and clean_name(place, allcaps=False)
    return bool(name) and len(name.split()) >= 2


@functools.cache
def _story_labels() -> frozenset:
    """Labels of a story's format opening a headline in brackets ("[FULL]", "[VIDEO]"): no outlet's name."""
    return curated_set("boilerplate.yaml", "story_labels", "casefold")
