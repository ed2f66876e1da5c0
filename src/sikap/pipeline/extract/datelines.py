"""Read a dateline: the place, outlet and (rarely) date a news lede opens with.

Real pages print them in many orders, and the rule reads them all with one grammar: up to three parts
separated by commas or dashes, closed by a dash, colon or the end of the line, then the lede's first word.

    Jakarta (ANTARA) -             TEMPO.CO, Jakarta -            Jakarta, IDN Times -
    REPUBLIKA.CO.ID, WINA --       KONTAN.CO.ID - JAKARTA.        Bojonegoro – Detakpos –
    Suara.com -                    JAKARTA -                      Baturaja:
    [PORTAL-ISLAM.ID]              EtIndonesia.                   dannypomanto.com – Surabaya, 26 Agustus 2024.
    Jakarta, CNN Indonesia         (a line of its own, the lede below it)

Parts are classified by what they are, not where (dateline_parts.py); heads with no separator go last (dateline_bare.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from sikap.pipeline.extract import dateline_fallbacks as fallbacks  # (imports this module: its names stay here)
from sikap.pipeline.extract import dateline_joined as joined
from sikap.pipeline.extract.dateforms import FoundDate
from sikap.pipeline.extract.dateline_bare import place_date_parens
# where a head may open and ends; SEP, _separator, MAX_HEAD, may_open, _platform: read from here by split.py, tests
from sikap.pipeline.extract.dateline_heads import (MAX_HEAD, SEP, _date_only, _lead_host, _platform,  # noqa: F401
                                                   _separator, may_open)
from sikap.pipeline.extract.dateline_typos import repaired
from sikap.pipeline.extract.dateline_second import _second_part, continuation  # noqa: F401 (_second_part: tests)
from sikap.pipeline.extract.dateline_unseparated import MIN_LEDE_WORDS, _caps_place_after
from sikap.places import EDITION_TOWNS
# _place and _sections are read by edge_lines.py and edges_title.py too
from sikap.pipeline.extract.dateline_lookups import _outlet_shaped, _person, _story_labels
from sikap.pipeline.extract.dateline_parts import _CAMEL, _classify, _outlet_id, _parts, _place, _sections  # noqa: F401
from sikap.pipeline.extract.dateline_reading import _read
from sikap.pipeline.extract.outlets import glued_outlet_word, lower_brand, set_outlet
from sikap.pipeline.extract.text import DOMAIN, WS, logo_host_end

_PLACE_THEN_OUTLET = re.compile(r"^(?P<p>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2})[ \t]*\((?P<o>[^()\n]{2,40})\)\s*$")
# "titastory, Jakarta –": a site's name in lower case, then a comma (dateline_parts._lower_names reads it)
_LOWER_HEAD = re.compile(r"[a-z][a-z0-9]{5,24},\s")
_BRACKETED = re.compile(r"\[([^\]\n]{2,40})\]\s*(?:[-–—]+\s*)?(?=\S)")
# the same whole dateline in parentheses, closed by a dash: "(Outlet, Kota) – "
_PARENED = re.compile(r"\(([^()\n]{2,40},[^()\n]{2,40})\)\s*[-–—]+\s*(?=\S)"
                      # or a dash inside and none after: "(Outlet – Kota) Warga ..." (probe set AB, 2026-12)
                      r"|\(([^()\n,]{2,30}\s[–—-]\s[^()\n,]{2,30})\)\s+(?=[A-Z])")
# "(Outlet-Kota) Lede": the outlet and the place joined by a hyphen in brackets (group 1 is empty)
_PAREN_HYPHEN = re.compile(r"\((?:())?([A-Z][\w.]{2,30})-([A-Z][A-Za-z]{2,30}(?: [A-Z][A-Za-z]{2,20})?)\)\s+(?=[A-Z])")
_NAME_DOT = re.compile(r"([^\W\d_][\w.-]*(?:\s[^\W\d_][\w.-]*){0,3})\.\s+(?=[A-Z])")


@dataclass(frozen=True)
class Dateline:
    end: int  # characters of the line taken by the dateline, separator included
    place: str | None
    outlet: str | None  # the outlet as printed
    date: FoundDate | None  # offsets relative to the line
    evidence: str
    standalone: bool  # the whole line is the dateline
    confident: bool  # a registered outlet, a domain, a parenthesised outlet or a gazetteer place decided it
    rubric: str | None = None


def _evaluate(chunks: tuple[str, ...], alone: bool, end: int, line: str, standalone: bool,
              colon: bool) -> Dateline | None:
    reading = _read(chunks, alone, standalone, colon)
    if reading is None or standalone and reading.place and _person(reading.place):
        return None
    if not reading.place and not (reading.outlet or "").strip(WS + "[]()"):
        return None  # "[ ] :": empty brackets name nothing (a case hypothesis found)
    found = None
    if reading.date is not None:
        at = line.find(reading.date.text)
        d = reading.date.value
        found = FoundDate(d.date, d.precision, at + d.start, at + d.end, d.weekday_ok)
    return Dateline(end, reading.place, reading.outlet, found, line[:end].strip(WS), standalone,
                    reading.confident, reading.rubric)


@functools.lru_cache(maxsize=8192)
def parse(line: str) -> Dateline | None:
    """The dateline at the start of `line`, or None. An inline dateline must open a lede of at least
    MIN_LEDE_WORDS words: "India - Pakistan di Ambang Perang" is a headline, not a dateline. (A small cache:
    the split step and the zone rules ask about the same lines of a chunk of pages.)"""
    if "/" in line[:60] and line[:1].isupper():
        cut = joined.first_of_slashed(line)
        if cut is not None:  # "DOHA/CAIRO/JERUSALEM (Reuters) -": read as "DOHA (Reuters) -", then mapped back
            found = _parse(cut[0])
            return _shifted(found, cut[1], line) if found is not None else None
    found = _parse(line)
    if found is None and ("(" in line[:40] or line[1:2].isupper() and "," in line[:40] or line.lstrip(WS)[:1].isdigit()):
        from sikap.pipeline.extract.dateline_unmarked import unmarked  # (imports this module)

        found = unmarked(line)
    if found is None or not found.outlet or not found.place:
        fixed = repaired(line)  # "KOTA, kabarcontoh,com :", "Kabarcontoh .Net, Kota -": a head mistyped (dateline_typos)
        again = _parse(fixed) if fixed is not None else None
        if again is not None and (found is None or again.outlet and not found.outlet
                                  or again.place and again.outlet and not found.place):
            found = _shifted(again, 0, line)
    if found is not None and found.outlet and ". " in found.outlet and _SPACED_DOT.search(found.outlet):
        found = replace(found, outlet=_SPACED_DOT.sub(".", found.outlet))  # "Kabarcontoh. Com": the host, its dot typed
        # with a space after it (fix set IJ, 2026-12), as the repair reads it
    if found is not None and line.lstrip(WS)[:1] == ",":  # ", Kota —": the evidence is the line as printed
        found = replace(found, evidence=line[:found.end].strip(WS))
    found = _caps_place_after(found, line) if found is not None and found.outlet and not found.place else found
    if found is not None and found.evidence != line[:found.end].strip(WS):
        found = replace(found, evidence=line[:found.end].strip(WS))  # the head as printed, a logo's host before it
        # included ("Outlet.com Outlet.com" alone: a case hypothesis found)
    return found


_SPACED_DOT = re.compile(r"\s*\.\s+(?=(?i:co\.id|com|net|org|id)\b)")


def _wrapped_lede(head: str, rest: str) -> bool:
    """A short lede that a hard line break cut ("Jakarta, CNN Indonesia -- Direktorat Lalu Lintas" over the
    sentence's next line; probe set AO, 2026-12): no sentence ends on the line, and the head is a gazetteer place
    and a registered outlet, which no headline opens with."""
    if "," not in head or rest.rstrip(WS)[-1:] in ".!?\"\u201d:" or not rest.strip(WS)[:1].isupper():
        return False
    found = _evaluate((head,), True, len(head), head, True, False)
    return found is not None and bool(found.place) and bool(found.outlet) and found.confident \
        and _place(found.place) is not None and _outlet_id(found.outlet) is not None


def _shifted(found: Dateline, by: int, line: str) -> Dateline:
    """A dateline read on a shortened copy of `line`, its offsets mapped back to the line."""
    date = found.date and FoundDate(found.date.date, found.date.precision, found.date.start + by, found.date.end + by,
                                    found.date.weekday_ok)
    return Dateline(found.end + by, found.place, found.outlet, date, line[:found.end + by].strip(WS), found.standalone,
                    found.confident, found.rubric)


_HOST_I = re.compile(r"([\w-]+(?:\.[\w-]+)+) I (?=[A-Z])")
_PLACE_I = re.compile(r"[A-Z][A-Za-z]{2,20}(?: [A-Z][A-Za-z]{2,20})? I (?=[\w-]+(?:\.[\w-]+)+\s*[-–—])")  # "KOTA I SITUS.COM –"


def _parse(line: str) -> Dateline | None:
    text = line.lstrip(WS)
    if text[:1] in "•·," and (text[1:2].isspace() or text[:1] == "," and DOMAIN.match(_lead_host(text[1:]))):
        # ", Kota —": a dateline whose outlet was a logo, lost in the copy (DD); ",kabar.id –": whose place was
        # (fix set HE, 2026-12); "• OUTLET.CO, Kota - ...": a lede copied as a list's item (probe set AI, 2026-12)
        text = text[1:].lstrip(WS)
    text = text[logo_host_end(text):]  # "Kabarcontoh.com KABARCONTOH.COM, KOTA –": the logo's alt text before it
    if " I " in text[:60] and (bar := _HOST_I.match(text)) is not None and DOMAIN.match(bar.group(1)):
        text = text[:bar.end(1)] + " | " + text[bar.end():]  # "SITUS.NET I KOTA –": a bar typed as a capital I (set HF)
    elif " I " in text[:40] and (bar := _PLACE_I.match(text)) is not None:
        text = text[:bar.end() - 3] + " | " + text[bar.end():]  # and after the place ("KOTA I SITUS.COM –", set KK)
    pb = joined.place_brand(text) if "-" in text[:60] and len(text) <= 60 else None
    if pb is not None:  # "Kota-SiteName" alone over the lede
        return Dateline(len(line), pb[0], pb[1], None, text.strip(WS), True, True)
    if not text.strip() or not may_open(text):
        return None  # (str.strip: a line of other white space, U+2028 or U+0085, holds no dateline either)
    lead = len(line) - len(text)
    if not text or not (text[0].isupper() or text[0] in "[(" or text[0].isdigit() or _CAMEL.match(text)
                        or DOMAIN.match(_lead_host(text)) or _LOWER_HEAD.match(text)):
        b = lower_brand(text) if text[:1].islower() else None  # not confident: the zones take it first only
        if b is None or len(text[b.end():].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS:
            return None
        return Dateline(lead + b.end(), None, b.group(1), None, text[:b.end()].strip(WS), False, False)
    m = _BRACKETED.match(text) if text[0] != "(" else _PARENED.match(text)
    inner = m and (m.group(1) or m.group(2).replace(" – ", ", ").replace(" — ", ", ").replace(" - ", ", "))
    if m is None and text[0] == "(" and (h := _PAREN_HYPHEN.match(text)) is not None \
            and (where := _place(h.group(3))) is not None and _place(h.group(2)) is None \
            and (_outlet_id(h.group(2)) or glued_outlet_word(h.group(2)) or DOMAIN.match(h.group(2))):
        # "(Outlet-Kota) Lede": the outlet and the place in brackets, the hyphen unspaced (fix set KP, 2026-12)
        return Dateline(lead + h.end(), where.name, h.group(2), None, h.group(0).strip(WS), False, True)
    if m and "," in inner:  # "[KOTA, OUTLET]-", "(Outlet, Kota) –", "(Outlet – Kota)": a whole dateline in brackets
        found = _evaluate((inner,), False, lead + m.end(), line, False, False)
        if found is not None and found.outlet:
            return Dateline(found.end, found.place, found.outlet, found.date, found.evidence, False, True)
    if m and text[0] == "[" and (DOMAIN.match(m.group(1)) or _outlet_id(m.group(1)) or m.group(1).isupper()) \
            and m.group(1).strip(WS).casefold() not in _story_labels():  # "[FULL] HEADLINE": a format's label
        return Dateline(lead + m.end(), None, m.group(1), None, m.group(0).strip(), False, True)
    if m is None and text[0] == "(":
        found = place_date_parens(text, lead, line)
        if found is not None:
            return found
    g = joined.glued(text)
    if g is not None:  # "Kota Times-Warga ...", "Mataram-Gempa ...": a name glued by a hyphen to the lede
        return Dateline(lead + g[0], g[1], g[2], None, text[:g[0]].strip(WS), False, True)
    sep = _separator(text)
    head_end = sep.start() if sep else None
    if sep is not None:
        head = text[:head_end]
        colon = sep.group(0).strip() == ":"
        if head and len(head.split()) <= 9:
            end = sep.end()
            rest = text[end:]
            tail = rest.strip(WS)
            standalone = not tail
            if tail[-1:] in "–—-" and " " in tail:  # "Kota | Outlet.com –" alone: the dash closing it is no part
                tail = tail.rstrip(WS + "–—-")
            if tail and not colon and ((" " not in tail or _outlet_shaped(tail)) and _classify(tail, False).kind == "outlet"
                                       or len(tail.split(None, 3)) <= 3 and _place(tail) is not None  # (not a lede's words)
                                       or "," in head and len(tail) <= 30 and _classify(tail, False).kind == "date"):
                # "KOTA, 13 JUNI 2025 – KABARCONTOH.NEWS" alone on its line: the outlet closes the dateline;
                # "Nama Situs|| Kota" alone: the place closes it; "KOTA | KKIndonesia" alone: a name shaped
                # like a brand closes it (fresh-site probe pages, 2026-12); "KOTA, situs.com – 6 Oktober 2022" alone:
                # the dateline's date closes it (probe set AB, 2026-12)
                found = _evaluate((head, tail), False, len(line), line, True, colon)
                if found is not None:
                    return found
            if not standalone and (not colon or DOMAIN.match(head.strip(WS))):  # ("HOST.COM: KOTA –", set DH)
                end = continuation(text, end, MAX_HEAD)
            if not standalone and len(text[end:].split(maxsplit=MIN_LEDE_WORDS)) < MIN_LEDE_WORDS \
                    and not (text.rstrip(WS).endswith(",") and _place(head.strip(WS)) is not None) \
                    and not _wrapped_lede(head, text[end:]):
                return None  # (a gazetteer place before a lede cut by a hard line break after a comma is one)
            if not standalone and _date_only(text[end:]):
                return None  # "Outlet.id - Jumat, 2 Juni 2023 | 21:15 WIB": the outlet's date line, no lede
            chunks = (head,) if standalone else (head, text[sep.end():end].strip(WS + ".-–—:|~"))
            found = _evaluate(chunks, False, lead + end, line, standalone, colon)
            if found is not None:
                return found
            if standalone and not colon and _place(head.strip(WS)) is not None:
                # "Jakarta -" alone above the lede: a gazetteer place closed by a dash is no heading or caption
                found = _evaluate(chunks, False, lead + end, line, False, colon)
                if found is not None and found.place and not found.outlet:
                    return Dateline(found.end, found.place, None, found.date, found.evidence, True, True)
    return fallbacks.unseparated(text, lead, line, sep)

def extract_dateline(doc) -> object:
    """Step: dateline place and outlet (and the dateline's date, read by extract_date) from the lede that
    mark_boilerplate found; each value noted with the dateline as evidence."""
    doc.meta.setdefault("dateline_place", None)
    doc.meta.setdefault("source_id", None)
    d = doc.meta.get("_dateline")
    if d is None:
        return doc
    if not d.place and d.outlet and d.outlet.count(".") >= 2 and not _outlet_id(d.outlet):
        d = _town_edition(d)
    if d.place:
        doc.meta["dateline_place"] = d.place
        doc.note("dateline_place", "extracted", "dateline", d.evidence)
    if d.outlet:
        from sikap.pipeline.extract.outlet_names import fuller_name

        whole = fuller_name(doc.decoded, d.outlet) if not _outlet_id(d.outlet) else None
        if whole:  # "KUPANG, PK --" on a page printing "Pos Kupang": the name the initials stand for
            set_outlet(doc, whole, "dateline's short name, printed whole on the page", f"{d.evidence} / {whole}")
        else:
            set_outlet(doc, d.outlet, "dateline", d.evidence)
        agency = re.search(r"\(([^()/]{2,30})(?:/\s*|\)\s*,\s*)" + re.escape(d.outlet) + r"\b", d.evidence) \
            if "(" in d.evidence else None  # (compiled per outlet, ~0.5 ms once the re cache's 512 are full: few heads hold "(")
        if agency:  # "(Agency/Outlet)", "KOTA (Agency), outlet.id": the agency's text on the outlet's page
            doc.meta.setdefault("_source_credits", []).append((agency.group(1).strip(WS), d.evidence))
    if d.date is not None:
        doc.meta.setdefault("_dates", []).append((d.date, "dateline", d.evidence))
    return doc




def _town_edition(d: Dateline) -> Dateline:
    """'Serang.swaradesaku.com. Lede': a host whose first label is a town the gazetteer knows, the site's edition for
    that town printed as the dateline (a regional portal, fix set JI, 2026-12): the place is the town, the outlet the
    site. A registered host ("kota.outlet.com") is the registry's and is not asked."""
    head, _, rest = d.outlet.partition(".")
    town = _place(head)
    if town is None or town.kind not in EDITION_TOWNS or "." not in rest:
        return d
    return replace(d, place=town.name, outlet=rest)
