"""The site a page's prompts name: a follow widget ("Ikuti Kabar Contoh di Google News", "Follow Official
WhatsApp Channel kabarcontoh.com untuk ...") or an app-download prompt ("Muat turun aplikasi Kabar Contoh",
"Aplikasi Android NAME"). A site asks its readers to follow and install its own channels, so the name is the
page's outlet when nothing else names it (read by outlet_resolve._resolve). The prompts' words are curated in
curated/extraction/attributions.yaml (follow_widgets, app_prompts).
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.knowledge import curated_set
from sikap.pipeline.extract.knowledge_attributions import app_prompt, channel_widget, follow_widget, follow_widget_after
from sikap.pipeline.extract.outlets import _name_words, glued_outlet_word, lookup_outlet, outlet_shaped
from sikap.pipeline.extract.required import FOLDS_TO_ASCII
from sikap.pipeline.extract.text import DOMAIN, WS, ascii_lower


# one of these is in every follow widget read: a messaging channel's ("Channel", "Saluran") or Google News's
_CHANNEL_WORDS = ("hannel", "HANNEL", "aluran", "ALURAN")
_GOOGLE_WORDS = ("oogle", "OOGLE")


def may_prompt(text: str) -> tuple[bool, bool]:
    """(may a line of this page be a follow widget, an app prompt): what each needs, looked for once in the
    whole page's text (in ascii_lower's bytes, fast; in any case, a superset), so that a page holding neither
    is spared a test of every line (most pages)."""
    low = ascii_lower(text)
    if low is None or any(c in text for c in FOLDS_TO_ASCII):
        return True, True  # a character the caseless app pattern takes for an ASCII letter: every line is tried
    nouns = curated_set("attributions.yaml", "app_prompts.nouns", "lower")
    return (any(w.encode("ascii") in low for w in _CHANNEL_WORDS + _GOOGLE_WORDS if w.islower()),
            any(not n.isascii() or n.encode("ascii") in low for n in nouns))


def follow_widget_name(text: str) -> str | None:
    """The site a follow widget names ("Ikuti terus Kabar Contoh Online di Google News" -> "Kabar Contoh"): the
    words left when filler words before and a word after are taken off, a registered outlet or a name shaped
    like an outlet's that is not only outlet and filler words ("Berita Terkini")."""
    if any(w in text for w in _CHANNEL_WORDS):
        m = channel_widget().match(text)
        name = m.group("o").strip(WS + ".,") if m else ""
        if name and (DOMAIN.match(name) or lookup_outlet(name)):
            return name  # "Follow Official WhatsApp Channel kabarcontoh.com untuk ...": the site's own channel
    if not any(w in text for w in _GOOGLE_WORDS):
        return None
    pattern, fillers, after = follow_widget()
    m = pattern.match(text)
    if m is None:
        m = follow_widget_after().match(text)  # "... follow akun google news NAME": the site named last
        name = m.group("o").strip(WS + ".,") if m else ""
        return name if name and (DOMAIN.match(name) or lookup_outlet(name)) else None
    toks = m.group("o").strip(WS + ".,").split()
    if 3 <= len(toks) <= 7 and toks[0].casefold() in ("artikel", "berita") and toks[-1].casefold() == "lainnya" \
            and all(t[:1].isupper() for t in toks[1:-1]):
        return " ".join(toks[1:-1])  # "Baca artikel NAME lainnya di Google News": "NAME's other articles" names the
        # site whatever its words (a party's regional news site, probe set CH, 2026-12)
    first, last = _name_words()
    generic = first | last | fillers | after
    while toks:
        for name in (toks[:-1], toks) if len(toks) > 1 and toks[-1].casefold() in after else (toks,):
            printed = " ".join(name)
            if lookup_outlet(printed) or (outlet_shaped(printed) and not all(t.casefold() in generic for t in name)):
                return printed
        if toks[0].casefold() not in fillers:
            return None
        toks = toks[1:]
    return None


def app_prompt_name(text: str) -> str | None:
    """The site an app-download prompt names ("Muat turun aplikasi Kabar Contoh. Klik di sini!" -> "Kabar
    Contoh"): a registered outlet's name, as a site asks its readers to install its own app; on a short link
    of its own without a verb ("Aplikasi Android NAME"), also a name shaped like a site's."""
    if len(text) > 120:
        return None
    m = app_prompt().match(text)
    if m is None or m.group("verb") is None and len(text.split()) > 5:
        return None  # without a verb, only a short link of its own ("Aplikasi Android NAME")
    toks = m.group("o").split()
    for n in range(min(len(toks), 4), 0, -1):  # the longest registered name at the start
        if lookup_outlet(" ".join(toks[:n])):
            return " ".join(toks[:n])
    if m.group("verb") is None and len(toks) == 1:
        from sikap.pipeline.extract.dateline_parts import _SURE_BRAND

        t = toks[0].strip(WS + ".,")  # "Aplikasi Android Kotacontohnews", a link of its own: a site's name
        if DOMAIN.match(t) or glued_outlet_word(t) or _SURE_BRAND.search(t):
            return t
    return None


_HOST_TAGLINE = re.compile(r"^\s*(?:www\.)?(?P<h>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,6})\s*[|–—:]\s*"
                          r"(?P<t>[^|]{3,60}?)\s*$")


def host_tagline(text: str) -> str | None:
    """The host of a masthead or page-title line "Situs.com | Portal Berita Terpercaya": a host, a bar, and a
    tagline holding a word sites describe themselves with (attributions.yaml site_tagline_words)."""
    m = _HOST_TAGLINE.match(text) if "." in text else None
    if m is None or not DOMAIN.match(m.group("h")):
        return None
    words = curated_set("attributions.yaml", "site_tagline_words", "casefold")
    return m.group("h") if any(w.casefold() in words for w in m.group("t").split()) else None
