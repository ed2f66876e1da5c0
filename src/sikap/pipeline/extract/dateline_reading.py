"""What a dateline's parts say together: the reading of a whole head (_read), once each part is classified alone
(dateline_parts._classify).

Neighbouring parts reread each other: a place and an outlet printed without a comma are split ('Jakarta CNN
Indonesia'); a site's name in lower case beside a gazetteer place or after a rubric is the outlet; of two names
beside a sure place, the other is the outlet, and a city followed by the larger unit it lies in keeps the city.
Then the kinds decide: at most one place, one outlet and one date, and no part that is no dateline's. The reading
is cached: the same heads open many articles ("Jakarta (ANTARA)").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from sikap.pipeline.extract.dateline_chunks import _parts
from sikap.pipeline.extract.dateline_lookups import _calendar_words, _closing_word, _outlet_id, _place
from sikap.pipeline.extract.dateline_parts import _PLACE_TAILS, _classify, _Part
from sikap.pipeline.extract.text import DOMAIN, FUNCTION_WORDS, normal_case


def _split_place_outlet(parts: list[_Part], standalone: bool = False) -> list[_Part]:
    """'Jakarta CNN Indonesia' is a place and an outlet printed without a comma: split an unsure part into a
    gazetteer place followed by a registered outlet or domain when that reading exists (on a dateline line
    of its own, any capitalised name after the place will do)."""
    out = []
    for p in parts:
        toks = p.text.split()
        if p.kind in ("place", "bad", "outlet") and not p.sure and len(toks) >= 2:
            for k in range(1, min(3, len(toks) - 1) + 1):
                head, tail = " ".join(toks[:k]), " ".join(toks[k:])
                place = _place(head)
                printed = p.text.split(None, k)[k]  # the outlet as printed, its inner spaces kept
                if place is not None and (DOMAIN.match(tail) or _outlet_id(tail)):
                    out += [_Part("place", head, True, place), _Part("outlet", printed, True)]
                    break
                if place is not None and standalone and all(x[0].isupper() for x in toks[k:]) and _place(tail) is None \
                        and not (len(toks) - k == 1 and _closing_word(toks[-1])):  # "ACEH HERALD": one name, not two
                    out += [_Part("place", head, True, place), _Part("outlet", printed, False)]
                    break
            else:
                out.append(p)
            continue
        out.append(p)
    return out


_LOWER_NAME = re.compile(r"[a-z][a-z0-9]{5,24}")


def _lower_names(parts: list[_Part]) -> list[_Part]:
    """'titastory, Jakarta –', 'Internasional, gemasulawesi –': a site's name printed as its host's first label, in
    lower case, before a gazetteer place or after a rubric (probe pages, 2026-12, setL, setM). Only there: after
    a place a lower-case word opens the lede ("Jakarta, kemarin –" is no dateline)."""
    if len(parts) != 2:
        return parts
    first, second = parts
    if first.kind == "bad" and _lower_name(first.text) and second.kind == "place" and second.sure:
        return [_Part("outlet", first.text, False), second]
    if second.kind == "bad" and _lower_name(second.text) and first.kind == "rubric":
        return [first, _Part("outlet", second.text, False)]
    return parts


def _lower_name(text: str) -> bool:
    return _LOWER_NAME.fullmatch(text) is not None and text not in FUNCTION_WORDS and _place(text) is None


def _pair(parts: list[_Part]) -> list[_Part]:
    """Two names side by side where one is a sure place: the other, unknown, is the outlet ('Warta Ekonomi,
    Jakarta -', 'Jakarta, IDN Times -'); a dateline never names two places, but a city may be followed by its
    country ('Doha, Qatar -': the city is the place)."""
    outlets = [p for p in parts if p.kind == "outlet"]
    if len(outlets) == 2 and not any(p.kind == "place" for p in parts):
        named = [p for p in outlets if not p.text.startswith(("(", "[")) and _place(p.text) is not None]
        if len(named) == 1:  # "REPUBLIKA.CO.ID, MINA --": a place that an outlet's short name also spells
            parts = [_Part("place", p.text, True, _place(p.text)) if p is named[0] else p for p in parts]
        elif sum(p.sure for p in outlets) == 1 and not named:
            # "Padang Aro, Padangkita.com -": beside a sure outlet (a host), a name that opens with a gazetteer
            # place ("city + word", read alone as a site named after its city) is a place the gazetteer lacks
            unsure = next(p for p in outlets if not p.sure)
            if " " in unsure.text and _place(unsure.text.split()[0]) is not None:
                parts = [_Part("place", p.text, False) if p is unsure else p for p in parts]
    places = [p for p in parts if p.kind == "place"]
    if len(places) == 2 and all(p.value is not None for p in places) \
            and _RANK[places[1].value.kind] > _RANK[places[0].value.kind] \
            and places[0].value.country == places[1].value.country:
        # "Doha, Qatar", "Denpasar, Bali", "Luwuk, Banggai", "Banda Aceh (Aceh)": the place, then the larger unit
        # it lies in (its country, province or regency); the dateline's place is the first
        return [p for p in parts if p is not places[1]]
    if len(places) == 2 and places[0].sure and not places[1].sure and places[1].text.istitle() \
            and any(p.kind == "date" for p in parts):
        # "Kabupaten – Kecamatan, Minggu (27/7/2025) —": the place, then a district in it the gazetteer lacks, then the
        # date; the district is no outlet (probe set AA, 2026-12)
        return [p for p in parts if p is not places[1]]
    if len(places) == 2 and sum(p.sure for p in places) == 1:
        return [_Part("outlet", p.text, False) if p.kind == "place" and not p.sure else p for p in parts]
    if len(places) == 2 and not any(p.sure for p in places) and len(parts) == 2 and parts[0] is places[0]:
        first, second = places
        if first.text.isupper() and first.text.isalpha() and len(first.text) >= 4 and second.text.istitle():
            # "MASTHEAD, Kota--": two names the gazetteer lacks, the first printed in capitals as a masthead is,
            # the second in normal case as a place is (a regional daily's mobile page, probe set AA, 2026-12)
            return [_Part("outlet", first.text, False), second]
    return parts


def _unknown_name_in_title_case(parts: list[_Part]) -> list[_Part]:
    """'Brandname – Lede ...': a head of one name the gazetteer lacks, printed in normal case, with no date and
    nothing beside it, is the site's own name, not a place. Measured on the 1,900 fix-set pages (2026-12): of 28
    lone heads the gazetteer lacks, the 10 that were places (villages, districts, a misspelt city) were all printed
    in capitals, while 8 of the 10 in normal case were the outlet's name; so a name in capitals stays a place, and
    so does a known place followed by a word that names a part of it ("Kampar Kiri", "Kota Utara": set AT), and a
    name with letters beyond ASCII ("İlih": a Turkish village, fix set HG; Indonesian sites' names are ASCII)."""
    if len(parts) != 1 or parts[0].kind != "place" or parts[0].sure or parts[0].value is not None:
        return parts
    text = parts[0].text
    toks = text.split()
    if text.isupper() or not any(c.islower() for c in text) or not text.isascii() or _place(toks[0]) is not None \
            or any(t.casefold() in _PLACE_TAILS for t in toks):
        return parts
    return [_Part("outlet", text, False)]


def _agency_then_host(parts: list[_Part]) -> list[_Part]:
    """'KOTA (Agency), kabarcontoh.id –': a wire story's dateline as the agency printed it, then the host of the site
    that runs it (a fresh site, probe set CD, 2026-12): the host is the page's outlet, the agency the text's source."""
    from sikap.pipeline.extract.attribution_context import source_kind

    outlets = [p for p in parts if p.kind == "outlet"]
    if len(outlets) != 2 or not DOMAIN.match(outlets[1].text) or DOMAIN.match(outlets[0].text):
        return parts
    agency = _outlet_id(outlets[0].text)
    if agency is None or source_kind(agency)[0] != "news_agency":
        return parts
    return [p for p in parts if p is not outlets[0]]


# how large a gazetteer place's kind is: a dateline may follow its place with a larger one it lies in
_RANK = {"other": 0, "district": 0, "city": 1, "regency": 1, "capital": 1, "province": 2, "country": 3}


@dataclass(frozen=True)
class _Reading:
    """What a dateline's parts say, before it is placed on its line."""
    place: str | None
    outlet: str | None
    date: _Part | None
    rubric: str | None
    confident: bool


_STYLED = re.compile("[\U0001D400-\U0001D7FF]")  # the Mathematical Alphanumeric Symbols block


def _plain_letters(chunk: str) -> str:
    """'Kota,𝙠𝙖𝙗𝙖𝙧𝙘𝙤𝙣𝙩𝙤𝙝.𝙘𝙤𝙢': a name in the styled letters that social-media-minded sites paste for bold or
    italics (probe set CD, 2026-12), read as the plain letters they stand for (NFKC); other text is untouched."""
    return unicodedata.normalize("NFKC", chunk) if _STYLED.search(chunk) else chunk


@functools.lru_cache(maxsize=65536)
def _read(chunks: tuple[str, ...], alone: bool, standalone: bool, colon: bool) -> _Reading | None:
    """The reading of a dateline's printed chunks (the head, and the second part if any), or None when its
    parts make no dateline. Cached: the same heads open many articles ("Jakarta (ANTARA)")."""
    chunks = tuple(_plain_letters(c) for c in chunks)
    parts = _pair(_split_place_outlet(_lower_names([_classify(p, alone) for c in chunks for p in _parts(c)]),
                                      standalone))
    if any(p.kind in ("date", "day") for p in parts):  # "Kota, Minggu (27/7/2025)", "Kota, Kamis (28/2)": a
        # weekday before its date (or its day and month) is the date's
        parts = [p for k, p in enumerate(parts) if not (p.kind == "bad" and k + 1 < len(parts)
                                                      and parts[k + 1].kind in ("date", "day")
                                                      and p.text.casefold().rstrip(".,") in _calendar_words())]
    parts = [p for p in parts if p.kind not in ("day", "code")] if len(parts) > 1 else parts
    if len(parts) == 2 and parts[0].kind == parts[1].kind == "outlet" \
            and parts[0].text.casefold() == parts[1].text.casefold():
        parts = parts[:1]  # "Outlet.com - Outlet.com - ": a copy printing the outlet's dateline twice
    parts = _agency_then_host(_unknown_name_in_title_case(parts))
    kinds = [p.kind for p in parts]
    if "bad" in kinds or kinds.count("place") > 1 or kinds.count("outlet") > 1 or kinds.count("date") > 1:
        return None
    if "place" not in kinds and "outlet" not in kinds:
        return None
    confident = any(p.sure and p.kind in ("place", "outlet") for p in parts)
    if (colon or standalone) and not confident:
        return None
    if standalone and "outlet" not in kinds:
        return None  # a place alone on a line is a caption's or a heading's, not a dateline
    place = next((p for p in parts if p.kind == "place"), None)
    outlet = next((p for p in parts if p.kind == "outlet"), None)
    place_name = None
    if place is not None:
        place_name = place.value.name if place.value is not None else normal_case(place.text)
    return _Reading(place_name, outlet.text if outlet else None, next((p for p in parts if p.kind == "date"), None),
                    next((p.text for p in parts if p.kind == "rubric"), None), confident)
