"""The second part of a dateline's head, after its first separator: "KONTAN.CO.ID - JAKARTA. " (a place closed by
a full stop), "Bojonegoro – Detakpos – " (another part and a dash), "Kab. Kota – kabarcontoh.com || " (a host
and bars), "Surabaya, 26 Agustus 2024. ". Read by datelines.parse; the parts are classified by dateline_parts.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.dateforms import find_date
from sikap.pipeline.extract.dateline_lookups import HOST, _place
from sikap.pipeline.extract.dateline_parts import _classify, _parts
from sikap.pipeline.extract.outlets import outlet_shaped
from sikap.pipeline.extract.text import DOMAIN

# a host closed by a comma after the first separator (harvest page, 2026-12), or by a colon, spaced or not ("Kota —
# kabarcontoh.net : Warga ...", held-out probe page, 2026-12, setX): read as the second part
_HOST_COMMA = re.compile(rf"{HOST}(?:,|\s?:)\s+(?=[A-Z])")
_HOST_BRACKETED = re.compile(rf"\(\s*{HOST}\s*\)\s+(?=[A-Z])")
# a second part: a name of up to 41 characters, maybe ", more", then a full stop or a dash; read as
# _SECOND_NAME (the name's longest reading) and _SECOND_TAIL (the rest), see continuation
_SECOND_NAME = re.compile(r"\(?[^\W\d_](?:[^.,:;|\n–—~-]|\.(?=\w)){0,40}")  # a dot inside a word: a domain
# (the place may stand in brackets: "Outlet.com - (Kota) - "; fix set EE, 2026-12)
# (a stray comma may stand before the dash: "Outlet.id- Kota, — ")
_SECOND_TAIL = re.compile(r"((?:,\s*[^.\n–—-]{3,30}?)?)"
                          r"(\.\s+|,?\s*[–—]+\s*|,?\s+-{1,3}\s+|\s*\|{1,2}\s*|-{1,2}(?=[A-Z][a-z])|-{1,2}\s+|\s+~\s+)(?=\S)")


def continuation(line: str, at: int, span: int) -> int:
    """After 'KONTAN.CO.ID - ' a second part may follow: 'JAKARTA. ' (place and a full stop), 'Detakpos – '
    (another part and a dash) or 'Surabaya, 26 Agustus 2024. '; return where the lede then starts."""
    named = _outlet_comma(line, at)
    if named:
        return named
    if line[at:at + 1] == "(" and (bracketed := _HOST_BRACKETED.match(line, at)) is not None:
        return bracketed.end()  # "KOTA - (kabarcontoh.com) Warga ...": the site's host in brackets (fix set GC, 2026-12)
    if (dated := _date_then_dash(line, at)) is not None:
        return dated
    if at and line[at - 1] in "-–—" and (host := _GLUED_HOST.match(line, at)) is not None and DOMAIN.match(host.group(1)):
        return host.end()  # "Kota –Kabarcontoh.com Warga ...": the site's host glued to the dash (fix set LL, 2026-12)
    if (caps := _CAPS_PLACE_COMMA.match(line, at)) is not None and _place(caps.group(1)) is not None:
        return caps.end()  # "host -BOGOR, sebanyak ...": the place in capitals, a comma, the lede in lower case (set LG)
    found = _second_part(line[at:at + span])
    if found is None:
        host = _HOST_COMMA.match(line, at)  # "Kota -- kabarcontoh.com, Warga ...": the site's host closed by a comma
        return host.end() if host is not None else _place_date(line, at, span)
    name, sep, end = found
    if sep.rstrip() in ("-", "--") and not sep[:1].isspace() and not ("." in name and DOMAIN.match(name.strip())) \
            and not (sep == "--" and name.strip().isupper() and _place(name.strip()) is not None):
        # (a gazetteer place in capitals closed by a double dash glued to the lede is one: "host - KOTA--Warga", set IK)
        return at  # a dash glued to the lede's first word, or to the part before it ("KOTA —Kabarcontoh.id- Warga",
        # fix set GE, 2026-12), closes only a host ("KOTA|KABARCONTOH.NEWS-Warga")
    if [w.casefold() for w in line[at + end:].split(None, 1)[:1]] == [name.strip().casefold()]:
        return at  # "KOTA – Negara – negara ...": a doubled word printed with spaced dashes, the lede's (set DE)
    parts = [_classify(p, False) for p in _parts(name)]
    dash = sep.strip() != "."  # a second dash closes a part as surely as the first one
    if parts and all(p.kind in ("place", "outlet", "date") and (p.sure or dash or p.kind == "place" and p.text.isupper())
                     for p in parts):
        return at + end
    return _place_date(line, at, span)


# a host glued to the dash before it, then the lede's capital
_GLUED_HOST = re.compile(r"([A-Za-z][\w-]*(?:\.[\w-]+)+)[ \t]+(?=[A-Z])")
# a gazetteer place in capitals closed by a comma, the lede going on in lower case after it
_CAPS_PLACE_COMMA = re.compile(r"([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,}){0,2}),[ \t]+(?=[a-z])")


# "Kota - Outlet Online, Jum'at(13/8), Warga ...": a name shaped like an outlet's closed by a comma, maybe a
# year-less day after it, which stays with the lede (a regional site's dateline; probe set AP, 2026-12)
_OUTLET_COMMA = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s*"
                           r"(?=(?:[A-Z][a-z'’]{2,7}\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\),\s*)?[A-Z])")


def _outlet_comma(line: str, at: int) -> int:
    """Where the lede starts after a second part that is an outlet's name and a comma, or 0."""
    m = _OUTLET_COMMA.match(line, at)
    if m is None or _place(m.group(1)) is not None or not outlet_shaped(m.group(1)) \
            or m.group(1).split()[-1].casefold() not in _MASTHEAD_ENDS:
        return 0  # ("Jakarta - Pemerintah Indonesia, melalui ...": a sentence's subject, its last word a country's)
    return m.end()


# the words that close only an outlet's name (not "Indonesia", "Info", "Berita": a sentence's subject ends so)
_MASTHEAD_ENDS = frozenset({"online", "news", "post", "pos", "times", "tv", "daily", "network", "media", "pers", "fm"})


def _second_part(rest: str) -> tuple[str, str, int] | None:
    """(name, separator, end) of a second part opening `rest`: a name of 1 to 41 characters without a stop
    or dash, the shortest that a separator follows, maybe with ", more" between. Only the lengths where
    the name's characters end, or where nothing but white space is left before that end, can be followed
    by a separator or a comma, so only those are tried (a lazy repeat in one regex tried all 41, ~4 µs)."""
    name = _SECOND_NAME.match(rest)
    if name is None:
        return None
    stop = name.end()
    if "." not in rest and "-" not in rest and "–" not in rest and "—" not in rest and "|" not in rest and "~" not in rest:
        return None  # every separator holds one of these
    for at in range(1 + len(rest[1:stop].rstrip()), stop + 1):
        tail = _SECOND_TAIL.match(rest, at)
        if tail:
            return rest[:tail.end(1)], tail.group(2), tail.end()
    return None


def _date_then_dash(line: str, at: int) -> int | None:
    """'kabarcontoh.com – 17 September 2025 – Warga ...': a whole date alone between two dashes after the first part
    (a WordPress site's lede, fix set HC, 2026-12): where the lede starts, the date joining the head."""
    if not (line[at:at + 1].isdigit() or line[at:at + 1].isupper()):
        return None
    date = find_date(line[at:at + 48])
    if date is None or date.start != 0 or date.precision != "day":
        return None
    dash = _DASH_AFTER.match(line, at + date.end)
    return dash.end() if dash is not None else None


_PLACE_THEN_DATE = re.compile(r"([^\W\d_][\w ]{1,30}?),\s*(?=\d)")
# the same place and date, the date opened by its weekday and closed by a dash before the lede ("Kabupaten – Kecamatan,
# Minggu (27/7/2025) — Warga ...": a district the gazetteer may lack, its date, a dash; probe set AA, 2026-12)
_PLACE_THEN_WEEKDAY = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s*(?=[A-Z][a-z]{2,7},?\s*\(?\d)")
_DASH_AFTER = re.compile(r"\s*[—–-]{1,2}\s+(?=[A-Z])")


def _place_date(line: str, at: int, span: int) -> int:
    """'Kabarcontoh24 - Kota, 16-08-2025 Warga ...': a gazetteer place and a date after the first separator, the
    lede following the date with no separator (fresh-site probe page, 2026-12, setR); return where the lede
    starts, or `at` when the line does not go so."""
    w = _PLACE_THEN_WEEKDAY.match(line, at, at + span)
    if w is not None:
        date = find_date(line[w.end():w.end() + 40])
        dash = _DASH_AFTER.match(line, w.end() + date.end) if date is not None and date.start == 0 \
            and date.weekday_ok is not None else None
        if dash is not None:
            return dash.end()
    m = _PLACE_THEN_DATE.match(line, at, at + span)
    if m is None or _place(m.group(1)) is None:
        return at
    date = find_date(line[m.end():m.end() + 40])
    if date is None or date.start != 0:
        return at
    end = m.end() + date.end
    end += line[end:end + 1] in (".", ",")  # "Kota, 16-08-2025. Warga ..."
    rest = line[end:]
    return end + (len(rest) - len(rest.lstrip())) if rest[:1] == " " and rest.lstrip()[:1].isupper() else at
