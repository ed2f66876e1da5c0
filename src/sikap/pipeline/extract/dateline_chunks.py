"""How a dateline's head is cut into parts before each part is classified (dateline_parts.py): at commas, a
name and its bracketed outlet or place, a host and the place or name printed after it, a name closed by a full
stop before a place, a place glued by a full stop to a site's host, an outlet's name and a place with nothing
between them.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.dateline_lookups import (_PLACE_HEADS, _calendar_words, _glued_outlet_word, _outlet_id,
                                                    _outlet_shaped, _place)
from sikap.pipeline.extract.knowledge import credits, curated_set
from sikap.pipeline.extract.text import DOMAIN, FUNCTION_WORDS, WS
# a town closes an outlet's name only as its dateline: a country or a province closes many outlets' own names
# ("Kabar Indonesia", "Warta Riau"), read whole
from sikap.places import TOWNS

_PAREN_PART = re.compile(r"^(.*?)\s*(\([^()]{2,40}\)|\[[^\[\]]{2,40}\])\s*$")  # "Kota (OUTLET)", "KOTA [OUTLET]"


def _parts(head: str) -> list[str]:
    """'Jakarta (ANTARA)' -> ['Jakarta', '(ANTARA)']; 'TEMPO.CO, Jakarta' -> ['TEMPO.CO', 'Jakarta']."""
    out = []
    chunks = _COMMA.split(head) if "," in head else (head,)
    for at, chunk in enumerate(chunks):
        m = _PAREN_PART.match(chunk.strip(WS)) if "(" in chunk or "[" in chunk else None
        if m and m.group(1) and _SHORT_NAME.match(m.group(2)) and (DOMAIN.match(m.group(1)) or _outlet_id(m.group(1))) \
                and _place(m.group(2)[1:-1]) is None:  # ("SITUS.ID (KOTA) –": the place in brackets, fix set LE)
            out.append(m.group(1))  # "Kabarcontoh.com (KC)": the outlet, then its initials
        elif m and m.group(1):
            out.extend([m.group(1), m.group(2)])
        elif (split := _glued_pair(chunk.strip(WS))) is not None:
            out.extend(split)
        elif " " in chunk.strip(WS) and "." in chunk.split(None, 1)[0] and DOMAIN.match(chunk.split(None, 1)[0]):
            out.extend(_domain_then(chunk.strip(WS)))
        elif ". " in chunk:
            out.extend(_name_dot_place(chunk))
        elif "." in chunk and " " not in chunk.strip(WS).partition(".")[2]:
            # "KOTA-KITA.com, DESA –": with a place of its own beside it, a hyphenated host is one name (set DF)
            alone = not any(c is not chunk and _place(c.strip(WS)) is not None for c in chunks)
            out.extend(_place_domain(chunk.strip(WS), alone))
        elif " " in chunk.strip(WS):
            # "POSMETRO MEDAN,Medan –", "RADAR KOTA, Desa –": an outlet named after its town, then the dateline's own
            # town after the comma (fix set JC, 2026-12): the name is left whole
            # (a place of any kind before it: "Negara, VIVA Kota –", the network's regional edition after the
            # dateline's country or province; fix set LF, 2026-12)
            town = any(k != at and (p := _place(c.strip(WS))) is not None and (p.kind in TOWNS or k < at)
                       for k, c in enumerate(chunks))
            out.extend([chunk.strip(WS)] if town else _outlet_then_place(chunk.strip(WS)))
        else:
            out.append(chunk)
    parts = [p for p in (x.strip(WS) for x in out) if p]
    for k in range(len(parts) - 1, 0, -1):
        if _DISTRICT.fullmatch(parts[k]) and _place(parts[k - 1]) is not None:
            parts[k - 1:k + 1] = [f"{parts[k - 1]} {parts[k]}"]  # "Washington, D.C.": the district names the city
    return parts


# the District of Columbia after its city's name, set apart by a comma ("outlet.co.id, Washington, D.C. –", fix set
# LM, 2026-12): no outlet's name
_DISTRICT = re.compile(r"D\.?\s?C\.?")


# a comma cuts a head into parts, but not between two digits: a radio station's frequency, "Name 92,6 FM"
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _outlet_then_place(chunk: str) -> list[str]:
    """'Kabar Kota Pekanbaru', 'AB Indonesia Pekanbaru': an outlet's name (registered, or shaped like one) and a
    gazetteer place without a comma between them (held-out probe page, 2026-12, setT); two parts. A chunk that
    is a place or a registered outlet as a whole ("Tanjung Balai", "Antara Lampung"), or whose words before the
    place are a place or no outlet's name, is left whole."""
    toks = chunk.split()
    if _place(chunk) is not None or _outlet_id(chunk):
        return [chunk]
    whole = _outlet_shaped(chunk)  # "Radar Kota", "Diskominfo Kota": an outlet's name that ends with its town
    for k in (2, 1):  # the place's words at the end: two ("Bandar Lampung"), then one
        if len(toks) - k < 1:
            continue
        name, place = " ".join(toks[:-k]), " ".join(toks[-k:])
        found = _place(place)
        if found is not None and found.kind in TOWNS and _place(name) is None \
                and (_outlet_id(name) or _outlet_shaped(name)
                     or not whole and (_glued_outlet_word(name) or k == 1 and _brand(name))):
            return [name, place]
    return [chunk]


def _brand(word: str) -> bool:
    """'Memontum Kota —', 'PUSATNEWS Kota, date —': one capitalised word the gazetteer does not know before a town,
    with nothing between them, is the site's name (a network's regional pages print their masthead so; fresh
    sites, probe set CD, 2026-12), unless it is a word of the language, a place's head word ("Pasar Minggu", "Jalur
    Gaza": curated/extraction/attributions.yaml, not_mastheads), an office ("Polres", "Pemkab") or a day or month. A
    district the gazetteer lacks before its regency is read the same way, as it already is with a comma between
    them (dateline_reading._pair)."""
    low = word.casefold()
    return word.isalpha() and len(word) >= 4 and word[0].isupper() and low not in FUNCTION_WORDS \
        and low not in _PLACE_HEADS and low not in curated_set("attributions.yaml", "not_mastheads", "casefold") \
        and low not in credits().not_name_words and low not in _calendar_words()



_SHORT_NAME = re.compile(r"^\([A-Z]{2,10}\)$")  # initials, or a press release's source ("TATIYE.ID (BAWASLU) –")


def _domain_then(chunk: str) -> list[str]:
    """'Kabarcontoh.com Sleman', 'KC.id  Kabar Contoh': a site's host, then without a comma either a gazetteer
    place (two parts) or the site's name spelled out (the host is the outlet; the name adds nothing). Any other
    chunk is left whole (fresh-site probe pages, 2026-12)."""
    host, rest = chunk.split(None, 1)
    if _place(rest) is not None:
        return [host, rest]
    toks = rest.split()
    if len(toks) <= 4 and all(x[:1].isupper() for x in toks) and _outlet_shaped(rest) or _outlet_id(rest):
        return [host]
    return [chunk]


_GLUED_PAIR = re.compile(r"^(?P<a>[^\s/.-][^\s/-]*?)(?P<sep>/|\.(?=[A-Z])|-(?=[A-Z]))(?P<b>[^\W\d_][^\s/]*(?: [^\W\d_]+)?)$")


def _glued_pair(chunk: str) -> list[str] | None:
    """'SITE.CO/KOTA', 'Site.com.Kota', 'SITENAME-Kota': a site's host or one-word name glued to a gazetteer place by a
    slash, a full stop or a dash (harvest pages, 2026-12, three hosts); the two parts, or None."""
    m = _GLUED_PAIR.match(chunk) if ("/" in chunk or "." in chunk or "-" in chunk) else None
    if m is None or _place(m.group("b")) is None or _place(m.group("a")) is not None or _outlet_id(chunk):
        return None
    a = m.group("a")
    if DOMAIN.match(a) or _outlet_id(a) or m.group("sep") == "-" and a.isupper() and a.isalpha() and len(a) >= 6:
        return [a, m.group("b")]
    return None


def _name_dot_place(chunk: str) -> list[str]:
    """'Kabar Contoh Portal. Kyiv': a name of two or more words closed by a full stop, then a gazetteer place
    (the outlet's name and the place run together); any other chunk is left whole ("St. Louis")."""
    head, _, tail = chunk.strip(WS).rpartition(". ")
    if len(head.split()) >= 2 and _place(tail) is not None and _place(head) is None:
        return [head, tail]
    if " " not in head and " " not in tail and tail.isupper() and _place(head) is not None and _place(tail) is None:
        return [head, tail]  # "Kota. RU –": the place closed by a full stop, then the site's initials (set DH)
    return [chunk]


def place_and_host(text: str) -> tuple[str | None, str]:
    """'Kota-kabarcontoh.id' -> (the place's gazetteer name, 'kabarcontoh.id'); a host alone -> (None, the host)."""
    parts = _place_domain(text) if "-" in text or "_" in text else [text]
    return (_place(parts[0]).name, parts[1]) if len(parts) == 2 else (None, parts[0])


def _place_domain(chunk: str, alone: bool = True) -> list[str]:
    """'Kota.Kabarcontoh.id', 'KOTA BARU.KABARCONTOH.COM', 'Kota-kabarcontoh.id': a gazetteer place glued by a full
    stop, a hyphen or an underscore to an outlet's domain, as regional pages print their city before the site's name;
    split into the place and the domain unless the whole host is a registered outlet of its own ("Jogja.Tribunnews.com"
    is Tribun Jogja, not Tribunnews: one outlet). A host that only ends with a registered one ("Kota.Beritacontoh.com",
    where the registry holds beritacontoh.com) is that outlet with its town in front: split; printed all in lower case
    ("kota.beritacontoh.com, DESA -") it is the site's own regional host, kept whole as before."""
    head, _, rest = chunk.partition("-" if "-" in chunk else "_")
    if alone and rest and " " not in rest and DOMAIN.match(rest) and _place(head) is not None and not _outlet_id(chunk):
        return [head, rest]  # "Kota-kabarcontoh.id", "Kota_KabarContoh.id": the place, the site's host (sets CD, CH)
    head, _, rest = chunk.partition(".")
    if (DOMAIN.match(chunk) or " " in head) and "." in rest and DOMAIN.match(rest) and _place(head) is not None \
            and rest.split(".", 1)[0].casefold() not in _SECOND_LEVEL \
            and (not (whole := _outlet_id(chunk)) or whole == _outlet_id(rest) and not chunk.islower()):
        return [head, rest]
    return [chunk]


# second-level labels of a public suffix: "Kota.go.id" is one host (a city's government site), not a city
# glued to a site named "go.id"
_SECOND_LEVEL = frozenset({"co", "go", "or", "ac", "my", "web", "sch", "mil", "desa", "ponpes", "biz", "net", "org",
                           "com", "gov", "edu"})
