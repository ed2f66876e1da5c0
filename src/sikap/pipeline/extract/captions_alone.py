"""A line that is a photo's credit and nothing else: "ANTARA FOTO/NAME", "NAME/AGENCY/Getty", "NAME | Agency",
"NAME / AGENCY", an empty "Sumber :" label under a photo. Read by the line, zone, header and neighbour rules through
captions.credit_only; the credit forms closing a longer line are captions.TAIL's.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.captions import _INITIALS, ALONE, PREFIX, photo_words
from sikap.pipeline.extract.text import WS, word_count

_SENTENCE_CUT = re.compile(r"[.!?]\s")


# (the same label in the languages of the foreign pages the corpus holds: "Fuente", "Zdroj", fix set KC, 2026-12)
_SOURCE_LABEL = re.compile(r"(?i)^\s*(sumber|source|fuente|fonte|quelle|zdroj|źródło)\s*:?\s*$")
# "Foto Dok. NAME", "Foto Ist": the photo word, then a documentation or courtesy word, no colon (a regional site, 2026-12)
_DOK = re.compile(r"(?i)^(?:foto|photo|gambar)\s+(?:dok|dokumentasi|ist|istimewa)\b\.?(?:\s+\S+){0,6}$")


# a credit printed as the word for photo and the source's name, no colon or slash ("Foto Getty Images"): a
# broadcaster's translated pages print it under the photo, the caption on the next line
BARE_CREDIT = re.compile(r"^(?:[Ff]oto|FOTO|[Pp]hoto|[Ss]umber (?:foto|gambar)),?\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*$")


def credit_only(text: str) -> bool:
    """The line is a photo credit and nothing else (an empty "Sumber :" label under a photo included)."""
    t = text.strip(WS)
    if _SOURCE_LABEL.match(t):
        return True
    if not t or word_count(t, 10) > 10:
        return False
    if PREFIX.match(t) and word_count(t, 8) <= 8:
        return True  # "Foto: Dok. Humas Pemkot": an abbreviation's full stop is no sentence end here
    if _DOK.match(t):
        return True  # "Foto Dok. PT Nama Perusahaan": the photo word and "Dok."/"Ist." without a colon (fix set KE)
    if _SENTENCE_CUT.search(t):
        return False
    if "|" in t:
        return _bar_credit(t)
    if "/ " in t:
        t = _SLASH_SPACE.sub("/", t)  # "Outlet/ Name Name": a space typed after the slash (fix set II, 2026-12)
    if t[:1] in "([" and _INITIALS.match(t) and not _names_outlet(t):
        return False  # "(abc/def/abc)": editors' initials signing the text off, not a photo's credit
    if sum(1 for w in t.split("/", 1)[0].split() if w[:1].islower()) >= 3:
        return False  # "Program ini menyasar siswa-siswi SMA/SMK/MA/SKh swasta": a sentence's words before the
        # slashes, no credit's names (a regional portal's text, fix set JD, 2026-12)
    return bool(ALONE.match(t)) and (photo_words().search(t) is not None or t.split("/")[0].strip().isupper()
                                     or t.count("/") >= 2 or _outlet_first(t) or _agency_last(t))


_SLASH_SPACE = re.compile(r"/\s+")


def _agency_last(t: str) -> bool:
    """'NAME NAME / AGENCY': the photographer, then a news agency in capitals (a wire photo's credit under its
    caption in an English copy, fix set HI, 2026-12); a writer's byline prints the agency in normal case."""
    from sikap.pipeline.extract.attribution_context import source_kind
    from sikap.pipeline.extract.outlets import lookup_outlet

    last = t.rsplit("/", 1)[-1].strip(WS + "()[]")
    sid = lookup_outlet(last) if "/" in t and last.isupper() and len(last) >= 3 else None
    return sid is not None and source_kind(sid)[0] == "news_agency"


# "NAME NAME | Agency": a photographer's name and the agency, set off by a bar, under the photo's caption
_BAR_CREDIT = re.compile(r"^([A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){1,3})\s*\|\s*([A-Z][\w.&'’ -]{1,30}?)\s*$")


def _bar_credit(t: str) -> bool:
    """'NAME NAME | Agency' (a foreign wire's caption credit copied by a regional portal; probe page, 2026-12,
    setR): a news or photo agency after the bar, a person's name before it. A reporter's byline names an outlet
    there ('NAME | OutletNews'), and 'Place | Brand' above a lede is a dateline (datelines.py): neither is a
    photo credit."""
    m = _BAR_CREDIT.match(t)
    if m is None:
        return False
    from sikap.pipeline.extract.attribution_context import source_kind
    from sikap.pipeline.extract.datelines import _place
    from sikap.pipeline.extract.outlets import lookup_outlet

    agency = m.group(2)
    sid = lookup_outlet(agency)
    return (sid is not None and source_kind(sid)[0] == "news_agency" or photo_words().search(agency) is not None) \
        and _place(m.group(1)) is None and not any(_place(w) for w in m.group(1).split())


def _names_outlet(t: str) -> bool:
    """A part of 'A/B/C' is a registered outlet or agency ('(AP/EPA)')."""
    from sikap.pipeline.extract.outlets import lookup_outlet

    return any(lookup_outlet(p.strip(WS + "()[]")) for p in t.split("/"))


def _outlet_first(t: str) -> bool:
    """'Outlet Name/NAME': a registered outlet before the slash, a photographer's name after it (the credit of a
    network's regional site, 1 host of a 2026-12 harvest of Indonesian news pages). In parentheses, under the
    text, the same form is the writer's sign-off ('(Outlet.com/NAME)'), read by the sign-off rules."""
    from sikap.pipeline.extract.outlets import lookup_outlet

    if t[:1] in "([":
        return False
    first, _, rest = t.partition("/")
    return len(first.split()) <= 3 and rest[:1].isupper() and lookup_outlet(first.strip()) is not None
