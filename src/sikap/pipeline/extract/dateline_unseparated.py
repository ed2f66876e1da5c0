"""Datelines with no separator before the lede, read once the separated forms (datelines.py) found none: a host
and a place side by side ("Kabarcontoh.com, Kota Warga ...", "KOTA (KABARCONTOH.ID) Warga ..."), a place and a host
glued to the lede ("Kota, Kabarcontoh.co.idPemerintah ..."), a site's host and a comma ("kabarcontoh.id, Sekretaris
..."), a dash glued on both sides ("OUTLET, KOTA-Badan ..."), a place glued to the lede after the host and a comma
("Situs.com, KotaWarga ..."), and a place in capitals after the outlet ("SITUSKOTA–JAKARTA Warga ..."). Each needs a gazetteer place or a host to hold, since nothing else marks where the lede starts.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.dateline_lookups import HOST, _place
from sikap.pipeline.extract.text import WS

# an inline dateline opens a lede of at least this many words (datelines.py reads it from here)
MIN_LEDE_WORDS = 6

# a dash glued on both sides, after a place printed in capitals and before the lede's capitalised first word
# ("OUTLET, KOTA-Badan ..."); tried last, and kept only when the word before it is a gazetteer place
_GLUED = re.compile(r"[A-Z]{3,}-(?=[A-Z][a-z])")
# "Kota, Kabarcontoh.co.idPemerintah ...": a place, then the outlet's domain glued to the lede's first word, or
# joined to it by a dash without spaces ("KOTA, Situs.com-Warga") or by a space alone ("KOTA, Situs.id Komisi")
_GLUED_DOMAIN = re.compile(rf"([^\W\d_][\w ]{{1,30}}),\s*({HOST})"
                           r"(?:-|,?\s+|\.\s+)?(?=[A-Z][a-z])")  # ("Kota, Situs.com, Warga ...": a comma too, harvest, 2026-12;
# "KOTA, SITUS.COM. Warga ...": a full stop after the host, setW)
# the same two parts with no separator before the lede, in the other orders: "Kabarcontoh.com, Kota Warga ..." (the
# domain, a comma, then the place) and "KOTA (KABARCONTOH.ID) Warga ..." (the domain in brackets after the place);
# read only when the place is a gazetteer place (see _unseparated)
_DOMAIN_COMMA = re.compile(rf"({HOST}),\s*(?=[^\W\d_])")
_PLACE_PAREN_DOMAIN = re.compile(rf"([^\W\d_][\w ]{{1,30}}?)\s*\(({HOST})\)"
                                 r"\s+(?=[A-Z][a-z])")


# a place glued to the lede's first word, the markup between them lost ("TEMPO.CO, JakartaIndonesia dinilai ...",
# "Situs.com, KOTAGuyuran hujan ..."): the place, then a capital opening a word in lower case (fix sets AO and CB of
# stops 29-30, two national outlets); read only when the place is a gazetteer place
_GLUED_PLACE = re.compile(r"([A-Za-z]{3,}?)(?=[A-Z][a-z]{2,})")
# "SITUSKOTA–JAKARTA Warga ...": the place in capitals after the outlet's name, no separator before the lede
_CAPS_PLACE = re.compile(r"([A-Z]{3,}(?: [A-Z]{3,})?) (?=[A-Z][a-z])")


def _caps_place_after(found, line: str):
    """An outlet-only dateline whose lede opens with a gazetteer place in capitals, then a capitalised word: the
    place closes the dateline without a separator (a held-out probe page, 2026-12, setX). A lede's sentence does
    not open with a place printed in capitals."""
    from sikap.pipeline.extract.datelines import Dateline

    m = _CAPS_PLACE.match(line, found.end)
    place = _place(m.group(1)) if m is not None and not found.standalone else None
    if place is None or len(line[m.end():].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
        return found
    return Dateline(m.end(), place.name, found.outlet, found.date, line[:m.end()].strip(WS), False, found.confident,
                    found.rubric)


def _unseparated(text: str, lead: int, line: str):
    """'Kabarcontoh.com, Kota Warga ...' or 'KOTA (KABARCONTOH.ID) Warga ...': an outlet's domain and a place with
    no separator before the lede's capitalised first word; a dateline only when the place is a gazetteer place
    (the longest of up to three words) and a lede of MIN_LEDE_WORDS words follows."""
    from sikap.pipeline.extract.datelines import _evaluate

    m = _DOMAIN_COMMA.match(text)
    if m is not None:
        words = text[m.end():].split(" ", 4)
        for k in range(min(3, len(words) - 1), 0, -1):
            after = words[k]
            if after[:1].isupper() and after[1:2].islower() and _place(" ".join(words[:k]).strip(WS)) is not None:
                at = m.end() + len(" ".join(words[:k]))
                break
        else:
            glued = _GLUED_PLACE.match(words[0]) if words else None
            if glued is None or _place(glued.group(1)) is None:
                return _host_comma(text, m, lead)
            at = m.end() + glued.end(1)  # "TEMPO.CO, JakartaIndonesia dinilai ...": the place glued to the lede
        chunks = (m.group(1), text[m.end():at])
    else:
        m = _PLACE_PAREN_DOMAIN.match(text)
        if m is None or _place(m.group(1).strip(WS)) is None:
            return None
        at, chunks = m.end(), (m.group(1), m.group(2))
    if len(text[at:].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
        return None
    found = _evaluate(chunks, False, lead + at, line, False, False)
    return found if found is not None and found.outlet and found.place else None


def _host_comma(text: str, m: re.Match, lead: int):
    """'kabarcontoh.id, Sekretaris Jenderal ...': a site's host in lower case (or in capitals: 'KABARCONTOH.COM, Pada
    ...', fix set ID, 2026-12), a comma, then the lede with no place (a held-out probe page, 2026-12, setU): the outlet's dateline, not confident (a sentence may name a site first;
    the zones take it only at the page's start)."""
    from sikap.pipeline.extract.datelines import Dateline

    host = m.group(1)
    if not (host.islower() or host.isupper() and text[m.end() + 1:m.end() + 2].islower()) \
            or not text[m.end():m.end() + 1].isupper() \
            or len(text[m.end():].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
        return None
    return Dateline(lead + m.end(), None, host, None, text[:m.end()].strip(), False, False)


# "PortalContoh, Presiden ...": a site's name in CamelCase, a comma, then the lede (fix set IL, 2026-12)
_BRAND_COMMA = re.compile(r"([A-Z][a-z]{2,}[A-Z][a-z]{2,}[A-Za-z0-9]*),\s+(?=[A-Z][a-z])")


def _brand_comma(text: str, lead: int):
    """'PortalContoh, Presiden ...': a name in CamelCase (two capitalised words run together, as sites print their
    names) closed by a comma before the lede, no place: the outlet's dateline, not confident (the zones take it only at
    the page's start, as for a host closed by a comma)."""
    from sikap.pipeline.extract.datelines import Dateline

    m = _BRAND_COMMA.match(text)
    if m is None or _place(m.group(1)) is not None or len(text[m.end():].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
        return None
    return Dateline(lead + m.end(), None, m.group(1), None, text[:m.end()].strip(), False, False)


def _glued(text: str, lead: int, line: str):
    """'OUTLET, KOTA-Badan ...': the dash glued to both words; a dateline only when the word before the dash
    is a gazetteer place ("KPK-Polri" is a compound) and the head is short."""
    from sikap.pipeline.extract.datelines import MAX_HEAD, _evaluate

    g = _GLUED.search(text, 0, MAX_HEAD)
    if g is None:
        return None
    head = text[:g.end() - 1]
    if len(head.split()) > 6 or _place(head.rsplit(",", 1)[-1].strip(WS)) is None \
            or len(text[g.end():].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
        return None
    found = _evaluate((head,), False, lead + g.end(), line, False, False)
    return found if found is not None and found.place and found.confident else None


_BRAND_GLUED = re.compile(r"([A-Z][a-z]{6,24})(?=[A-Z][a-z])")


def _glued_brand(text: str, lead: int):
    """'KabarnewsWarga ...': a site's one-word name glued to the lede's first word, its separator lost in the copy (a
    fresh site's page, probe set CG, 2026-12); only a name that ends with an outlet's word (outlets.glued_outlet_word)
    and a lede of MIN_LEDE_WORDS words after it. Not confident: the name is not registered."""
    from sikap.pipeline.extract.datelines import Dateline
    from sikap.pipeline.extract.outlets import glued_outlet_word

    m = _BRAND_GLUED.match(text)
    if m is None or not glued_outlet_word(m.group(1)) or _place(m.group(1)) is not None \
            or len(text[m.end():].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
        return None
    return Dateline(lead + m.end(), None, m.group(1), None, m.group(1), False, False)
