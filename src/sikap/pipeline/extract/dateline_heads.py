"""Where a dateline's head may open and where it ends: asked of a line before the grammar (datelines.py) reads it.

Most lines are body text, so these run first and cheaply: may_open, a necessary condition for a dateline at the
line's start (split.py asks it too); SEP, the separator closing a head, found by _separator without trying the
pattern at every character; and small tests on what opens a line or follows its head: a host (_lead_host), a
platform's host that names no outlet (_platform), an outlet's date line with no lede after it (_date_only).
Their names stay importable from datelines.py.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import dateline_joined as joined
from sikap.pipeline.extract.dateforms import find_date, strip_time
from sikap.pipeline.extract.dateline_bare import _OUTLET_PLACE_COMMA, _PAREN_PLACE_DATE, _PLACE_COMMA
from sikap.pipeline.extract.dateline_unseparated import (_BRAND_GLUED, _DOMAIN_COMMA, _GLUED, _GLUED_DOMAIN,
                                                         _PLACE_PAREN_DOMAIN)
from sikap.pipeline.extract.knowledge import curated_set
from sikap.pipeline.extract.text import DOMAIN

# a separator closing a dateline part: dashes (spaced, doubled, glued after a domain or after a closing bracket,
# "KOTA (Situs.com)- "), a colon, one or two bars with or without spaces ("NAMA |KOTA –", "Situs.com|Kota -",
# "Nama Situs|| Kota"), and the two ways a dash arrives mis-decoded ("β", "�")
SEP = re.compile(r"\s+::\s+|\s+~\s+|\s+-\.(?=[A-Z])|\s*(?:-{2,3}|[–—−]+|β|�)\s*|\s+-\s+|(?<=[A-Za-z.])-\s+|(?<=[)\]])-\s*(?=[A-Z\"“])|(?<=[)\]])-\s*$|:\s+|\s+-$"
                 r"|\s*\|{1,2}\s*|\s+-(?=[A-Z])|(?<=[A-Za-z],)-{1,2}\s+")
# ("KOTA,- Warga ...": a comma and a dash, as regional sites close a place; held-out probe page, 2026-12, setW;
# "Kota (Situs.com)-" alone on its line, the dash glued to the bracket, the lede on the next line; probe set Y, 2026-12)
# every separator holds one of these with nothing but white space before it (see _separator)
# ("host :: Lede", "Kota – host ~ Lede", "host -.Lede": a double colon, a tilde, a dash and a stop, as small sites'
# themes print them; fix sets IG and IJ, 2026-12)
_SEP_ANCHOR = re.compile(r"[-–—−β�:|~]")
MAX_HEAD = 90


def _separator(text: str) -> re.Match | None:
    """SEP.search(text, 0, MAX_HEAD) without trying SEP at every character (~6 µs a line): a separator
    holds a dash, colon or mis-decoded dash (_SEP_ANCHOR) with only white space before it, so it can only
    start on that white space (at its start: the dash forms) or on the anchor itself (a glued dash, a
    colon). Anchors are tried in order, so the first separator found is the leftmost."""
    for anchor in _SEP_ANCHOR.finditer(text, 0, MAX_HEAD):
        at = start = anchor.start()
        while start and text[start - 1].isspace():  # str.isspace is the regex's \s
            start -= 1
        m = SEP.match(text, start, MAX_HEAD) or (SEP.match(text, at, MAX_HEAD) if start < at else None)
        if m is not None:
            return m
    return None


def may_open(text: str) -> bool:
    """A necessary condition, checked first because most lines are body text: a dateline closes with a
    dash, a colon or the line's end within its first words, is a bracketed or 'Outlet. ' name, or the line
    opens with a host (a word holding a dot, then the domain pattern)."""
    if len(text) <= MAX_HEAD or text[:1] == "[" or text[:1] == "(" and (_PAREN_PLACE_DATE.match(text) is not None
                                                                          or "-" in text[:40] and ")" in text[:40]):
        return True
    head = text[:MAX_HEAD]
    space = head.find(" ")
    return ("-" in head and (" -" in head or "- " in head or "--" in head or ")-" in head or "]-" in head)
            or 0 < head.find(".", 0, space) and DOMAIN.match(head, 0, space) is not None
            or ": " in head or ". " in head[:40]
            or "|" in head or "-" in head and _GLUED.search(head) is not None or joined.may_open(head)
            or "," in head[:32] and _GLUED_DOMAIN.match(head) is not None
            or "," in head[:48] and _DOMAIN_COMMA.match(head) is not None
            or "," in head[:32] and _PLACE_COMMA.match(head) is not None
            or "," in head[:40] and _OUTLET_PLACE_COMMA.match(head) is not None  # "OUTLET,KOTA, Lede"
            or "(" in head[:40] and _PLACE_PAREN_DOMAIN.match(head) is not None
            or space >= 9 and not head[1:space].islower() and _BRAND_GLUED.match(head) is not None  # "KabarnewsWarga"
            or not head.isascii() and ("–" in head or "—" in head or "−" in head or "β" in head or "�" in head))


def _date_only(rest: str) -> bool:
    """What follows the separator is a date (weekday, date, time, zone and separators) and nothing else: the
    line is a date line headed by the outlet, not a dateline before a lede (held-out probe page, 2026-12, setM)."""
    if len(rest) > 60 or not any(c.isdigit() for c in rest[:24]):
        return False
    found = find_date(rest)
    if found is None or found.start > 12:
        return False
    return len(strip_time(rest[found.end:]).strip(" |,-–—•").split()) <= 1


_LEAD_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def _lead_host(text: str) -> str:
    """The host a line opens with, cut at the first character no host holds ("situs.com,---Warga" -> "situs.com")."""
    m = _LEAD_HOST.match(text)
    return m.group(0).rstrip("-") if m else ""


def _platform(host: str) -> bool:
    """A search engine's, social network's or picture library's host (attributions.yaml, platform_hosts)."""
    h = host.lower()
    return (h[4:] if h.startswith("www.") else h) in curated_set("attributions.yaml", "platform_hosts", "lower")
