"""Which outlet published the article: from its dateline, else from what the page says of itself.

In order of trust: the dateline ("Liputan6.com, Jakarta -": a copy on another domain is still Liputan6's; read by
datelines.extract_dateline); a self-naming sign-off ("(Tim Outlet dari berbagai sumber, 17 September 2025)",
"(pena/outlet.id)"); a brand, copyright or about-us line naming a registered outlet (or its host, in any case); a
follow widget or an app prompt naming the site ("Ikuti Kabar Contoh di Google News", "Muat turun aplikasi Kabar
Contoh"); a self-reference in the text ("kata X kepada Suara.com" on a page no dateline names, "wartawan
detakpos", "akan diulas Okezone"); the raw file's sidecar. Each value is recorded with the rule and the text it came
from (step resolve_outlet).
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.outlet_titles import drop_own_title_suffix, drop_printed_title_suffix
from sikap.pipeline.extract.outlets import glued_outlet_word, lookup_outlet, outlet_shaped, set_outlet
from sikap.pipeline.extract.text import DOMAIN, NOT_LETTERS, WS
from sikap.records import Doc
from sikap.sources import registry

_COPYRIGHT = re.compile(r"(?i)(?:©|\(c\)|copyright|hak cipta)\s*(?:[©@]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\.?\s*)?"
                        r"(?P<o>[^.,|©]{2,40}?(?:\.(?:co\.id|com|id|net))?)\s*(?:\d{4})?\s*(?:[.,|]|all rights|$)")
_ABOUT = re.compile(r"^\s*(?P<o>(?:[A-Z][\w.&'-]*|[a-z][\w-]*\.[a-z.]{2,})(?:\s+[A-Z][\w.&'-]*){0,3})\s+"
                    r"(?:adalah|merupakan|ialah|is)\b")


# what an about-us paragraph says of the site after "adalah" ("bagian dari", "media", "portal berita", "situs")
_PART_OF = re.compile(r"(?i)\s*(?:bagian dari|anak perusahaan|media|portal|situs|website|part of|a news)\b")
_HOST = re.compile(r"(?<![\w.])[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|id|net|org)(?![\w.])")


def _masthead_name(text: str) -> bool:
    """A site's host, or one word that only a site's name is (glued to an outlet word: "Kabarkilaspress",
    "KABARKOTA"; dateline_parts' _SURE_BRAND and glued_outlet_word)."""
    from sikap.pipeline.extract.dateline_parts import _SURE_BRAND

    return bool(DOMAIN.match(text)) or " " not in text and text.isalpha() and len(text) >= 8 and (
        _SURE_BRAND.search(text) is not None or glued_outlet_word(text))


def _registered_host(text: str) -> str | None:
    """A registered outlet's host printed in any case in a copyright line ("© 2025 OUTLETnews.com Network"):
    the registry's whole-word search compares case, a host does not."""
    return next((m.group(0) for m in _HOST.finditer(text) if lookup_outlet(m.group(0))), None)


# a logo's or site icon's alt text naming the site: 'Logo Outlet Name', 'Site icon Outlet', 'Ikon situs web Outlet'
LOGO = re.compile(r"(?i)^\s*(?:logo|site logo|site icon|logo situs(?: web)?|ikon situs(?: web)?)\s+(?P<o>\S.*?)\s*$")
# a host of any web suffix ("Kabarcontoh.Digital"): a logo's alt text names its own site so
_ANY_HOST = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z][\w-]{1,12})+")


def logo_name(text: str) -> str | None:
    """The site a logo's alt text names, when the name is shaped like an outlet's or a host (of any web suffix)."""
    m = LOGO.match(text)
    name = m.group("o").strip(WS + ".,") if m else ""
    return name if name and (lookup_outlet(name) or outlet_shaped(name) or _ANY_HOST.fullmatch(name)) else None


def _named_in(rule: str, text: str) -> str | None:
    """The unregistered outlet a copyright or about-us line or a logo's alt text names, when it is shaped like an
    outlet's name, or the host a promotion line sends its readers to (a held-out probe page, 2026-12, setZ)."""
    if rule == "chrome.brand":
        from sikap.pipeline.extract.outlet_prompts import host_tagline

        return logo_name(text) or host_tagline(text)
    if rule == "chrome.promo":  # "Simak artikel lainnya hanya di situs.co.id.": the site asks to be read at home;
        # the host closes the call as a word of its own (an app store's address inside a link is no outlet)
        from sikap.pipeline.extract.datelines import _platform

        last = text.rstrip(WS + ".!").rsplit(None, 1)[-1:]
        return last[0] if last and _HOST.fullmatch(last[0]) and not _platform(last[0]) else None
    m = _COPYRIGHT.search(text) if rule == "legal.copyright" else _ABOUT.match(text) if rule == "legal.footer" else None
    if m is None:
        return None
    name = m.group("o").strip(WS + ".,")
    if name.split()[:1] in (["PT"], ["PT."], ["CV"], ["CV."]):
        # "© PT Name Media Network": the publisher's company, not the masthead (probe set AR, 2026-12); the outlet
        # when the registry records that company as the owner of one outlet only (its `ownership` fact)
        return _owned_outlet(name)
    if outlet_shaped(name):
        return name
    if rule == "legal.copyright" and name.isalpha() and name[:1].isupper() and len(name) >= 5 and _no_place(name):
        return name  # "©Sitename": one word after the sign, the site's name (a Blogger news site, fix set HF, 2026-12)
    # "© 2011. Tagline - Name News Online - All Rights Reserved": a tagline and the name set off by dashes, the name
    # the part shaped like an outlet's (held-out probe page, 2026-12, setT; a Blogger theme's footer)
    parts = [p.strip(WS + "-–|") for p in _DASHED.split(name)] if " - " in name else []
    return next((p for p in parts if outlet_shaped(p)), None)


_DASHED = re.compile(r"\s+[-–|]\s+")


def _no_place(name: str) -> bool:
    from sikap.pipeline.extract.dateline_lookups import _place

    return _place(name) is None


@functools.cache
def _owners() -> dict[str, str | None]:
    """Each company the registry records as an outlet's owner (casefolded) -> that outlet's name, or None when the
    company owns several (a group's holding names no one outlet)."""
    reg = registry()
    out: dict[str, str | None] = {}
    for src in reg.entries.values():
        owner = src.value("ownership")
        if isinstance(owner, str) and owner.split()[:1] in (["PT"], ["CV"]):
            key = " ".join(owner.casefold().split())
            out[key] = None if key in out else src.name
    return out


def _owned_outlet(company: str) -> str | None:
    return _owners().get(" ".join(company.casefold().replace("pt.", "pt").replace("cv.", "cv").split()))


def resolve_outlet(doc: Doc) -> Doc:
    """Fill source_id when the dateline named no outlet (see the module docstring for the order); an
    attribution to the outlet found is the page naming itself, and is dropped."""
    doc.meta.setdefault("source_id", None)
    if doc.meta["source_id"] is None:
        _resolve(doc)
    elif doc.meta.get("title"):
        drop_own_title_suffix(doc)
    if doc.meta.get("title"):
        drop_printed_title_suffix(doc)
    drop_own_attributions(doc)
    drop_own_signoff(doc)
    return doc



def drop_own_signoff(doc: Doc) -> None:
    """'(Serayu)' closing a page of serayunusantara.com: a credit (a sign-off, most often) printing the start of
    the outlet's own name (four letters or more) is the outlet signing its text, no author (fresh-site probe
    page, 2026-12, setR). Read here because the outlet is known only after the credits."""
    own = doc.meta.get("source_id")
    authors = doc.meta.get("authors") or []
    if not own or not authors:
        return
    key = NOT_LETTERS.sub("", own.casefold())
    signed = [p for p in doc.provenance if p["field"] == "authors"]
    for name in list(authors):
        letters = NOT_LETTERS.sub("", name.casefold())
        if len(letters) < 4 or not key.startswith(letters):
            continue
        entries = [p for p in signed if name.casefold() in p["evidence"].casefold()]
        if entries:
            authors.remove(name)
            doc.provenance[:] = [p for p in doc.provenance if not any(p is e for e in entries)]


def drop_own_attributions(doc: Doc) -> None:
    """An article does not cite its own outlet: an attribution to it is the page naming itself, unless a source
    credit names it (a copy naming the outlet whose text and dateline it took)."""
    own = doc.meta.get("source_id")
    if own in doc.meta.pop("_credited_sources", ()):
        return
    if own is not None and any(a["source_id"] == own for a in doc.meta.get("attributions", [])):
        dropped = {a["evidence"] for a in doc.meta["attributions"] if a["source_id"] == own}
        doc.meta["attributions"] = [a for a in doc.meta["attributions"] if a["source_id"] != own]
        doc.provenance[:] = [p for p in doc.provenance if p["field"] != "attributions" or p["evidence"] not in dropped]


def _resolve(doc: Doc) -> None:
    signoff = doc.meta.get("_signoff_outlet")
    if signoff:
        set_outlet(doc, signoff[0], "self-naming sign-off", signoff[1])
        return
    byline = doc.meta.get("_byline_outlet")
    if byline:
        set_outlet(doc, byline[0], "outlet beside the byline date", byline[1])
        return
    edition = doc.meta.get("_edition_outlet")
    if edition:
        set_outlet(doc, edition[0], "newspaper named by a print-edition note", edition[1])
        return
    from sikap.pipeline.extract.inline import FEED_FOOTER

    for ln in reversed(doc.lines):  # "The post HEADLINE appeared first on SITE.": a copy of SITE's feed item
        m = FEED_FOOTER.search(doc.line_text(ln)) if ln.rule == "credit.source" else None
        site = m.group("site").strip(WS + ".,") if m else ""
        if site and (lookup_outlet(site) or DOMAIN.match(site) or len(site.split()) <= 5 and all(
                w[:1].isupper() or w[:1].isdigit() for w in site.split())):  # the footer names a site, whatever its shape
            set_outlet(doc, site, "feed footer naming the original site", doc.line_text(ln))
            return
    reg = registry()
    above_title = True
    for ln in doc.lines:
        above_title = above_title and ln.rule != "title"
        if ln.rule in ("chrome.brand", "legal.copyright", "legal.ai_notice", "legal.footer", "chrome.social",
                       "chrome.section", "chrome.promo", "chrome.header"):
            text = doc.line_text(ln)
            hit = next(reg.find(text), None)
            if hit and ln.rule in ("chrome.section", "chrome.header") and hit[1].group(0) != text.strip(WS):
                continue  # a masthead line above the title names the outlet alone ("kontan.co.id"); so does a
                # header line under it, a credit block's value ("Reporter" over "Tempo.co", fix set HD, 2026-12)
            if ln.rule == "chrome.header" and not (hit and DOMAIN.match(text.strip(WS))):
                continue  # (a host: a bare "AFP" over a photo is its credit)
            if hit:
                set_outlet(doc, hit[1].group(0), ln.rule + " line", text)
                return
            if ln.rule == "chrome.section" and above_title and _masthead_name(text.strip(WS)):
                # a host alone on a line above the title ("Kabarcontoh.net", "kabarcontoh.co.id"), or one word
                # glued from a name and an outlet word ("Kabarkilaspress"): the site's masthead, registered or not
                # (fresh-site probe pages, 2026-12, setQ, setR)
                set_outlet(doc, text.strip(WS), "masthead line", text)
                return
            host = _registered_host(text) if ln.rule == "legal.copyright" else None
            if host:
                set_outlet(doc, host, ln.rule + " line", text)
                return
            name = _named_in(ln.rule, text)
            if name:
                set_outlet(doc, name, ln.rule + " line", text)
                return
    from sikap.pipeline.extract.outlet_prompts import app_prompt_name, follow_widget_name, may_prompt

    follow, app = may_prompt(doc.decoded)
    for ln in doc.lines:  # a follow widget or an app prompt naming the site (removed as chrome or not)
        text = doc.line_text(ln)
        about = _ABOUT.match(text) if ln.rule is not None and ln.rule != "legal.footer" else None
        if about and DOMAIN.match(about.group("o").strip(WS + ".,")) and _PART_OF.match(text, about.end()):
            # "Kabarcontoh.co adalah bagian dari Grup Contoh ...": an about-us paragraph removed with chrome
            set_outlet(doc, about.group("o").strip(WS + ".,"), "about-us line naming the site", text)
            return
        name = follow_widget_name(text) if follow else None
        if name:
            set_outlet(doc, name, "follow widget naming the site", text)
            return
        name = app_prompt_name(text) if app else None
        if name:
            set_outlet(doc, name, "app prompt naming the site", text)
            return
    ref = doc.meta.get("_self_reference")
    if ref:
        set_outlet(doc, ref[0], "self-reference in the text", ref[1])
        return
    from sikap.pipeline.extract.outlet_titles import title_suffix_outlet

    if title_suffix_outlet(doc):
        return
    outlet = doc.raw.sidecar.get("outlet") or {}
    if isinstance(outlet, dict) and outlet.get("value"):
        doc.meta["source_id"] = outlet["value"]
        doc.note("source_id", "curated", "sidecar", outlet.get("note", ""))
