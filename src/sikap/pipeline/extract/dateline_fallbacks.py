"""The last forms datelines._parse tries, once no separator closed a head within its first characters (or one
closed it too far in): a dateline alone on its line without a separator ("Jakarta, CNN Indonesia", "Kota(situs.com)",
"Kabarcontoh.com"), a host or name closed by a full stop or a space, and the unseparated forms of
dateline_unseparated.py and dateline_bare.py.

Nearly every line that gets here is a sentence of body text, and each reader below costs 4-7 µs to fail (a regex
that backtracks over the first capitalised words, the reader's own imports). So each is asked only when the line
passes a literal test its pattern implies, computed once: every one of them but _glued, _glued_brand and the
paren form of _unseparated ends its head at the line's first comma (their names hold no comma), so that comma's
position and the spaces before it decide (_Shape). The tests are necessary conditions, never guesses: a line that
fails one would fail the reader's pattern too.
"""

from __future__ import annotations

from sikap.pipeline.extract import datelines as _dl
from sikap.pipeline.extract.dateline_bare import outlet_place_comma, outlet_place_space, place_comma
from sikap.pipeline.extract.dateline_chunks import place_and_host
from sikap.pipeline.extract.dateline_heads import MAX_HEAD, _platform
from sikap.pipeline.extract.dateline_lookups import _outlet_id, _person, _place
from sikap.pipeline.extract.dateline_parts import _CAMEL
from sikap.pipeline.extract.dateline_unseparated import (_GLUED_DOMAIN, MIN_LEDE_WORDS, _brand_comma, _glued,
                                                         _glued_brand, _unseparated)
from sikap.pipeline.extract.text import DOMAIN, WS

_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def unseparated(text: str, lead: int, line: str, sep):
    """datelines._parse's forms after the separated ones; `text` is the line from where the dateline may start
    (`lead` characters in), `sep` the separator _separator found in it or None."""
    Dateline, _evaluate = _dl.Dateline, _dl._evaluate
    # a dateline standing alone without a separator: "Jakarta, CNN Indonesia"
    if not sep and "," in text and len(text.split(maxsplit=7)) <= 7:
        return _evaluate((text,), True, len(line), line, True, False)
    alone = _dl._PLACE_THEN_OUTLET.match(text) if not sep and text.rstrip(WS).endswith(")") else None
    if alone and (DOMAIN.match(alone.group("o")) or _outlet_id(alone.group("o"))) and not _person(alone.group("p")) \
            and (_place(alone.group("p")) is not None or DOMAIN.match(alone.group("o"))):
        # "Kota(situs.com)" alone on the line above the lede, the bracket glued or not (probe set AB, 2026-12); with a
        # registered outlet's name in the bracket, only after a gazetteer place; never after a person's name
        known = _place(alone.group("p"))
        place = known.name if known is not None else alone.group("p")
        return Dateline(len(line), place, alone.group("o"), None, text.strip(WS), True, True)
    if not sep and DOMAIN.match(text.strip(WS)) and not _platform(text.strip(WS)):
        # "Kabarcontoh.com" alone above the lede (a search engine's host is a photo's credit); "Kota-kabarcontoh.id" (CJ)
        place, host = place_and_host(text.strip(WS))
        return Dateline(len(line), place, host, None, text.strip(WS), True, place is not None)
    first, _, rest = text.partition(" ")
    far = sep is None or sep.start() > 40
    if far and "." in first and DOMAIN.match(first) and not _platform(first) and rest[:1].isupper() \
            and rest[1:2].islower() and len(rest.split(maxsplit=MIN_LEDE_WORDS)) >= MIN_LEDE_WORDS:
        # "Kabarcontoh.com Pengendara ...": the site's host, then the lede with no separator (a police network's
        # sites print it so, harvest pages 2026-12)  (DOMAIN wants a dot)
        return Dateline(lead + len(first), None, first, None, first, False, True)
    # "Jakarta CNN Indonesia —" alone, or "EtIndonesia. Militer ...": an outlet the registry knows
    m = _dl._NAME_DOT.match(text)
    if m and m.group(1).isupper() and len(m.group(1)) >= 4 and _place(m.group(1)) is not None \
            and not _outlet_id(m.group(1)):  # "JAKARTA. Jelang akhir tahun, ...": a place closed by a full stop
        return Dateline(lead + m.end(), _place(m.group(1)).name, None, None, m.group(0).strip(), False, True)
    if m and (_outlet_id(m.group(1)) or " " not in m.group(1) and (_CAMEL.match(m.group(1)) or DOMAIN.match(m.group(1)))):
        # (a host closed by a full stop: "OUTLET.COM. Sebanyak ...", probe set AC; "Kota-kabarcontoh.id.", set CD)
        place, host = place_and_host(m.group(1))
        return Dateline(lead + m.end(), place, host, None, m.group(0).strip(), False, bool(_outlet_id(host)))
    comma = text.find(",")
    # _GLUED_DOMAIN's name is 2-31 characters, none a comma, so the line's first comma closes it
    g = _GLUED_DOMAIN.match(text) if (sep is None or sep.start() > 32) and 2 <= comma <= 31 else None
    if g and (_place(g.group(1).strip(WS)) is not None or text[g.end(2):g.end(2) + 1] == "-" and " " not in g.group(1)):
        # (a name the gazetteer lacks too when a dash glues the host to the lede: "Desa,situs.id-Minggu ...", set IE)
        found = _evaluate((g.group(1), g.group(2)), False, lead + g.end(), line, False, False)
        if found is not None and found.outlet:
            return found
    head = text[:comma] if comma > 0 else None  # what the comma forms name: no comma in it
    capital = text[:1] in _CAPITALS
    if far:
        u = _unseparated(text, lead, line) if _may_unseparated(text, head) else None
        u = u or (_brand_comma(text, lead) if capital and head is not None and " " not in head else None)
        if u is not None:
            return u
        # up to three (place_comma) or four capitalised words joined by single spaces before the comma
        spaces = head.count(" ", 0, comma) if capital and head is not None else 4
        c = (place_comma(text, lead, line) if spaces <= 2 else None) \
            or (outlet_place_comma(text, lead, line) or outlet_place_space(text, lead, line) if spaces <= 3 else None)
        if c is not None:
            return c
    if sep is not None:
        return None
    # _glued: capitals glued by a hyphen within MAX_HEAD; _glued_brand: a capital and six lower-case ASCII letters
    return (_glued(text, lead, line) if "-" in text[:MAX_HEAD] else None) \
        or (_glued_brand(text, lead) if capital and _LOWER_ASCII.issuperset(text[1:7]) and len(text) >= 7 else None)


_LOWER_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")


def _may_unseparated(text: str, head: str | None) -> bool:
    """What dateline_unseparated._unseparated's two patterns need: a host (no space, a dot) closed by the first
    comma, or a bracket after at most 31 characters of a name and white space (neither holds a bracket, so it is the
    line's first)."""
    if head is not None and "." in head and " " not in head:
        return True
    paren = text.find("(")
    return paren > 0 and len(text[:paren].rstrip()) <= 31
