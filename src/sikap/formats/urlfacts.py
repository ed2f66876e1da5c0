"""What a URL says: the outlet by its registered domain, and a date in its path.

The registered domain comes from tldextract with the public-suffix list it ships (no network; private
suffixes such as blogspot.com count, so two blogs are two outlets). Dates are read only from path
segments in the forms news sites use: /2025/09/12/ (day), /2025/09/ (month) and the compact
/20250912093000-…/ of the CNN Indonesia family; a number that is not a valid date is no date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from urllib.parse import urlsplit

from sikap.formats import fact

_YMD = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/|$|\.|-|_)")
_YM = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])(?=/)")
_COMPACT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])\d{6}-")


@functools.cache
def suffix_extractor():
    """The one offline tldextract instance (bundled suffix list, private domains kept) for URLs and registry hosts."""
    import tldextract  # lazy: only URL matching needs it

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


def host_of(url: str) -> str:
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def registered_domain(url_or_host: str) -> str:
    """"news.detik.com" -> "detik.com"; "" for an address with no public suffix (an IP, localhost)."""
    return suffix_extractor()(host_of(url_or_host)).top_domain_under_public_suffix


def url_date(url: str) -> dict | None:
    """The date in a URL's path, as a page fact with basis url and the path piece as evidence."""
    path = urlsplit(url).path if "//" in url else url
    for pattern, precision in ((_YMD, "day"), (_COMPACT, "day"), (_YM, "month")):
        m = pattern.search(path)
        if m is None:
            continue
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3)) if precision == "day" else 1
        try:
            return fact(dt.date(y, mo, d), "url", f"{m.group(0)} in {url}", precision=precision)
        except ValueError:
            return None
    return None


def match_domain(registry, url_or_host: str) -> str | None:
    """The registry source of the URL's host (`Registry.match_domain`: the longest registered host it is or
    ends with, never above its registered domain)."""
    return registry.match_domain(url_or_host)


def url_outlet(registry, url: str, basis: str, evidence: str) -> dict | None:
    """The outlet of a URL as a page fact: a registry source by domain (known=True), else the registered domain
    itself as a discovered outlet (known=False), as datelines name outlets sikap has not curated."""
    sid = match_domain(registry, url)
    if sid is not None:
        return fact(sid, basis, evidence, known=True)
    reg = registered_domain(url)
    return fact(reg, basis, evidence, known=False) if reg else None
