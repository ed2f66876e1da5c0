"""What each part of a dateline's head is (see datelines.py for the grammar that cuts a head into parts).

Each part is classified by what it is, not by its position: a web domain, a parenthesised name or a
registered outlet is the outlet; a place of the gazetteer (curated/places.yaml) is the place; a section name
("Internasional") is a rubric; a date is the dateline's date. An unknown capitalised word is taken as a place
only in the plain "PLACE -" form, and as an outlet when it is shaped like a brand (inNalar, HUKAMANEWS).
A part's class is cached: the same heads open many articles ("Jakarta (ANTARA)"). What the parts of a head say
together (a place and an outlet printed without a comma, two names beside each other) is read in
dateline_reading.py.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sikap.pipeline.extract.dateforms import PEG_DAY, FoundDate, _make, find_date, peg_year
# the lookups and the cutting of a head into parts live apart; their names stay importable from here
from sikap.pipeline.extract.dateline_chunks import _parts  # noqa: F401
from sikap.pipeline.extract.dateline_lookups import (_calendar_words, _closing_word, _glued_outlet_word,  # noqa: F401
                                                     _glued_region, _outlet_id, _outlet_shaped, _place, _sections,
                                                     _town_glued_name)
from sikap.pipeline.extract.captions import photo_words
from sikap.pipeline.extract.outlets import lower_brand_word
from sikap.pipeline.extract.text import DOMAIN, FUNCTION_WORDS, WS

_BRAND = re.compile(r"(?i)(news|pos|post|times|media|online|today|daily|net|tv|pedia|info|kini|terkini|id)$")
# the words that end only an outlet's name when glued to another word ("pos" also ends "kompos", "tv" "ktv")
_SURE_BRAND = re.compile(r"(?i)[a-z]{4}(news|times|post|media|online|daily|network|press)$")
# a brand's inner capitals: "inNalar", "KabarKota", and initials run into a word ("KKIndonesia", a site's
# initials and its country; fresh-site probe pages, 2026-12)
_CAMEL = re.compile(r"^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z][a-z]|^[A-Z]{2,5}[A-Z][a-z]{3,}$")
_WORDS_OK = re.compile(r"^[^\W\d_][\w.'’&-]*$")
# a domain printed with spaces around its dots ("iNewsKota . id"), as aggregator copies space out punctuation
_SPACED_DOT = re.compile(r"\s+\.\s+(?=[a-z]{2,4}\b)")
# the words for administrative units: alone they name no place ("Kabupaten" without its name)
_UNIT_WORDS = frozenset({"kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "kampung", "dusun",
                         "regency", "city", "province", "district", "village"})
# the same units abbreviated ("Kec. Nipah Panjang", "Kab. Bogor"): with a full stop, they open a place's name too
UNIT_ABBREVIATIONS = frozenset({"kab", "kec", "kel", "prov", "ds", "kp", "kab.", "kec.", "kel.", "prov.", "ds.", "kp."})
# words that follow a place's name inside a longer place's name the gazetteer may not list ("Bogor Barat")
_PLACE_TAILS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "raya", "kota", "city", "baru", "lama",
                          "hulu", "hilir", "ilir", "ulu", "darat", "laut", "north", "south", "east", "west", "kiri", "kanan"})


@dataclass(frozen=True)
class _Part:
    kind: str  # place, outlet, rubric, date, day (a day and month, ignored), code (a desk's code, ignored), bad
    text: str
    sure: bool
    value: object = None


@functools.lru_cache(maxsize=65536)
def _classify(part: str, alone: bool) -> _Part:
    """What one part of a dateline head is. Cached: heads repeat across a corpus ("Jakarta (ANTARA)")."""
    t = part.strip(WS + ",")
    if not t:
        return _Part("bad", t, False)
    if t.startswith("(") and t.endswith(")") and 2 <= len(t) <= 42:
        inner = t[1:-1].strip()
        short = PEG_DAY.fullmatch(t)  # "Jakarta, Kamis (28/2) –", "Kota, Kamis (28/2/19) –": a peg's day (fix set JC)
        if short:
            y = peg_year(short.group("y"), None)
            day = _make(y, int(short.group("m")), int(short.group("d"))) if y else None
            return _Part("date", t, True, FoundDate(day, "day", 0, len(t), None)) if day else _Part("day", t, False)
        if not any(c.isalpha() for c in inner) or find_date(inner) is not None:
            return _Part("date" if find_date(inner) else "bad", t, False, find_date(inner))
        if _place(inner) is not None and not _outlet_id(inner):  # "Gemapos.ID (Jakarta) -": the place in brackets
            return _Part("place", inner, True, _place(inner))
        source, _, own = inner.partition("/")
        if own.strip() and _place(source.strip(WS)) is not None and _place(own.strip(WS)) is not None:
            return _Part("place", source.strip(WS), True, _place(source.strip(WS)))  # "(Kota/Provinsi)": the first
        if own.strip() and _outlet_id(source) and not _outlet_id(inner):
            return _Part("outlet", own.strip(), True)  # "(Agency/Outlet)": the agency's text, the outlet's page
        if not _outlet_id(inner) and photo_words().search(inner):
            return _Part("bad", t, False)  # "NAME (Istimewa) |": a photo's credit, never an outlet (probe set AP, 2026-12)
        return _Part("outlet", inner, True)
    if t.startswith("[") and t.endswith("]") and 2 <= len(t) <= 42:
        return _Part("outlet", t[1:-1].strip(), True)
    date = find_date(t)
    if date is not None and date.start <= 2 and date.end >= len(t.rstrip(". ")) - 1:
        return _Part("date", t, True, date)
    unit = _UNIT.match(t) if t[:1] in "PpKkLlHh" else None
    if unit is not None and not _outlet_id(t):
        rest = unit.group("rest")  # "Polres Dompu, NTB –": the police or military unit's seat is the place (set FC)
        if _place(rest) is not None:
            return _Part("place", rest, True, _place(rest))
        return _Part("rubric", t, True)  # "Polsek Kecamatan, Kabupaten –": the unit is no outlet, the next part places it
    if DOMAIN.match(t) or _outlet_id(t):
        return _Part("outlet", t, True)
    if t.endswith(".") and DOMAIN.match(t.rstrip(".")):  # "kabar.kota.go.id.–": a host closed by a stray full stop
        return _Part("outlet", t.rstrip("."), True)
    if _DAY_SLASH_MONTH.match(t):
        return _Part("day", t, False)  # "Banjarmasin, 18/4 (ANTARA)-": the day and month of an agency's dateline
    if " . " in t and DOMAIN.match(_SPACED_DOT.sub(".", t)):
        return _Part("outlet", _SPACED_DOT.sub(".", t), True)
    if t.casefold().rstrip(".") in _sections():  # "BERITABALI.COM, DUNIA.": the desk, then the lede
        return _Part("rubric", t, True)
    if _DAY_MONTH.match(t):
        return _Part("day", t, False)  # "Putrajaya, 27 Mac-": a day and a month (a spelling dates.yaml may lack)
    if _MONTH_DAY.match(t) and t.split()[0].rstrip(".").casefold() in _calendar_words():
        return _Part("day", t, False)  # "KUALA LUMPUR, October 24 —": the English order, no year (setR, 2026-12)
    if t.casefold().rstrip(".") in _calendar_words():
        return _Part("bad", t, False)  # "Minggu, (19/1/2025)" is a date line, not a place
    place = _place(t)
    if place is not None:
        return _Part("place", t, True, place)
    if t == "FILE":
        return _Part("bad", t, False)  # "FILE - In this ... file photo, ...": a wire's archive-photo caption (GH, HK)
    if "/" in t or "-" in t:
        # "Kairo/Istanbul (Kantor) -": the bureau, then the desk's city; "SEKADAU-KALBAR,": the town, then its province
        # (a fresh site, probe set CJ, 2026-12)
        first, sep, second = t.partition("/" if "/" in t else "-")
        big = _place(second.strip(WS))
        if _place(first.strip(WS)) is not None and big is not None and (sep == "/" or big.kind in ("province", "country")):
            return _Part("place", first.strip(WS), True, _place(first.strip(WS)))
    toks = t.split()
    if 2 <= len(toks) <= 4 and (toks[-1].isdigit() or _FREQUENCY.search(t)) and _outlet_shaped(t):
        return _Part("outlet", t, False)  # "Radio Contoh 1234", "Contoh 92,6 FM": a station's name and frequency
    if not 1 <= len(toks) <= 4 or not all(_WORDS_OK.match(x) for x in toks):
        return _Part("bad", t, False)
    if len(toks) == 1 and lower_brand_word(t):
        return _Part("outlet", t, False)  # "Jakarta, kotanews –": a site's name typed in lower case (probe set DD, 2026-12)
    if any(x.casefold() in FUNCTION_WORDS for x in toks[1:]) or not toks[0][0].isupper() and not _CAMEL.match(toks[0]):
        return _Part("bad", t, False)
    if len(toks) == 1 and (_CAMEL.match(t) or (_BRAND.search(t) and len(t) > 6) or _glued_outlet_word(t)):
        # a name glued to a word only outlets end with ("KOTANEWS", "KabarKotaTimes") is sure: so is its dateline
        # when the lede opens with capitalised names (a headline's case)
        return _Part("outlet", t, len(t) >= 8 and _SURE_BRAND.search(t) is not None and not t.istitle())
    if len(toks) == 1 and _DESK_PLACE_CODE.fullmatch(t):
        return _Part("code", t, False)  # "Sentani, Jpr –": a regional desk's code for a city, no outlet (setR)
    if len(toks) == 1 and (_WITH_DIGITS.match(t) or _LETTERS_DIGITS_LETTERS.match(t)):
        return _Part("outlet", t, False)  # "Kabarkita24", "Kota24Update": no place's name holds digits; a site's may
    if len(toks) == 1 and (_glued_region(t) or _town_glued_name(t, _PLACE_TAILS)):
        return _Part("outlet", t, False)  # "SINERGINTB", "BICARAINDONESIA": a word glued to a province or country
    if len(toks) == 1 and t.isupper() and t.isalpha() and (len(t) <= 3 or len(t) >= _RUN_TOGETHER):
        # "DM –", "LBJ –": initials the gazetteer does not know (it lists the regencies' own, "OKU", "TTS") are
        # a site's abbreviated name; "KABARKOTAPOLRESKOTA,--": a name of many words printed as one is a site's
        return _Part("outlet", t, False)
    if _outlet_shaped(t):
        return _Part("outlet", t, False)  # "Harian Contoh", "KABAR KOTA NEWS": an outlet the registry does not know
    if len(toks) == 1 and t.casefold() in _UNIT_WORDS:
        return _Part("code", t, False)  # "Outlet, Kabupaten –": the word for a unit, not its name, is passed over (harvest)
    if len(toks) == 2 and toks[0][1:].islower() and toks[0].casefold() not in _UNIT_WORDS | _PLACE_TAILS \
            and _place(toks[0]) is None and (region := _place(toks[1])) is not None and region.kind == "province" \
            and toks[1].isupper():
        return _Part("outlet", t, False)  # "Kota, Vox NTT-": a name and a province's abbreviation, a site's (set DH)
    if len(toks) == 2 and (town := _place(toks[0])) is not None and town.kind not in ("province", "country") \
            and (region := _place(toks[1])) is not None and region.kind == "province" and region.country == town.country:
        return _Part("place", toks[0], True, town)  # "Sekadau Kalbar, Outlet.com -": the town, then its province (HF)
    if len(toks) >= 2 and _outlet_id(toks[0]) and (edition := _place(" ".join(toks[1:]))) is not None \
            and edition.kind != "country":
        return _Part("outlet", t, True)  # "VIVA Kota", "Outlet Provinsi": a registered network's regional edition
    if all(x[0].isupper() for x in toks):
        if len(toks) >= 2 and _place(toks[0]) is not None and _place(" ".join(toks[1:])) is None \
                and toks[-1].casefold() not in _PLACE_TAILS:
            return _Part("outlet", t, False)  # "KOTA INSIDER": a site named after its city, not a place
        return _Part("place", t, False)
    return _Part("bad", t, False)


# a city's consonants in title case ("Jpr", "Sby", "Mks", "Bdg"): a regional desk's code beside a dateline's place,
# as a government site prints it ("Sentani, Jpr –", fresh-site probe page, 2026-12, setR); a site's code in
# capitals ("RAKA", "LCN") or with vowels ("Motim") stays an outlet
_DESK_PLACE_CODE = re.compile(r"[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{2,3}")
# a radio station's frequency in its name ("Contoh 92,6 FM": a held-out probe page's dateline, 2026-12, setS)
_FREQUENCY = re.compile(r"(?i)\b\d{2,3}[,.]\d{1,2}\s*(?:fm|am|mhz)\b")
# a word of letters closed by digits ("Kabarkita24", "Warta88"): a site's name, never a place's
_WITH_DIGITS = re.compile(r"^[^\W\d_]{3,}\d{1,4}$")
# a place's name is rarely longer than this when printed as one word; a longer word in capitals is several
# words run together (a site's name)
_RUN_TOGETHER = 16
# a police, military or local-government unit named by its seat, opening a press release's dateline: the seat is
# the place, the unit no outlet ("Polres Dompu, NTB -", "Kodim 0000/Kota -"; fix set FC, 2026-12)
_UNIT = re.compile(r"(?i)(?:humas\s+)?(?:polres|polresta|polrestabes|polsek|polda|kodim|korem|kodam|lanal|lanud|"
                   r"kejari|kejati|pemkab|pemkot|pemprov)\s+(?:\d{2,4}\s*/?\s*)?(?P<rest>[A-Za-z][\w .'-]{1,40})$")
_DAY_SLASH_MONTH = re.compile(r"^\d{1,2}/\d{1,2}$")
_LETTERS_DIGITS_LETTERS = re.compile(r"^[^\W\d_]{3,}\d{1,4}[^\W\d_]{3,}$")

# a day and a month name without a year, the month in any spelling ("27 Mac", "3 Okt.")
_DAY_MONTH = re.compile(r"^\d{1,2}\s+[A-Z][a-z]{2,8}\.?$")
_MONTH_DAY = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2}$")  # "October 24", "Okt. 3": a month name, then the day
