"""The outlet a page title names after the headline ("Headline - Sitename"), and the title without it.

A page's title as the browser shows it closes with the site's name; a copy of the page as text often keeps that
line as its headline. When nothing else on the page names the outlet, that suffix does (step resolve_outlet reads
it last, before the sidecar); when the outlet is known, a suffix spelling its name is cut from the title. Only
names shaped like a site's are read: a headline's own second half after a dash is words of a sentence.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.outlets import lookup_outlet, outlet_shaped, set_outlet
from sikap.pipeline.extract.text import DOMAIN, NOT_LETTERS, WS
from sikap.records import Doc


_TITLE_SUFFIX = re.compile(r"\s+[-–—|]\s+(?P<s>[^-–—|]{3,40}?)\s*$")
_ONE_NAME = re.compile(r"[A-Z][A-Za-z0-9]{4,24}")


def title_suffix_outlet(doc: Doc) -> bool:
    """'Headline - Sitename' as the page's title line, the site's name after a dash or a bar: a copied page title
    names its site so ("... dengan Manis - Bolalob", "... Pers Mahasiswa - LPM Contoh"; fix sets GF, GG, 2026-12).
    Read only when nothing else named the outlet, and only a name shaped like an outlet's, or one capitalised word
    (no place) on a title line the page prints twice or more (a page title repeated by the copy's header and
    footer): a headline's own second half after a dash is words of a sentence. The title loses the suffix."""
    from sikap.pipeline.extract.dateline_lookups import _place
    from sikap.pipeline.extract.datelines import _sections

    line = next((doc.line_text(ln) for ln in doc.lines if ln.rule == "title"), None)
    m = _TITLE_SUFFIX.search(line) if line else None
    if m is None or m.start() == 0:
        return False
    name = m.group("s").strip(WS)
    if name.split()[0].casefold() in _sections():
        return False  # "Headline | Berita Gempa Terkini": the page's section (title_text._section_suffix), no site
    if not (outlet_shaped(name) or lookup_outlet(name) or _ONE_NAME.fullmatch(name) and _place(name) is None
            and sum(doc.line_text(ln).strip() == line.strip() for ln in doc.lines) >= 2):
        return False
    set_outlet(doc, name, "site name closing the page title", line)
    title = doc.meta.get("title") or ""
    if title.endswith(name):
        doc.meta["title"] = _TITLE_SUFFIX.sub("", title).rstrip(WS)
    return True


def drop_own_title_suffix(doc: Doc) -> None:
    """'Headline - Site Name' on a page whose outlet is that site (its host or id spelled with the same letters,
    "LPM SiGMA" on lpmsigma.com, or opening with them, "Site Indonesia" on site.id; fix set HM, 2026-12): the suffix
    is the page title's, not the headline's."""
    title = doc.meta["title"]
    m = _TITLE_SUFFIX.search(title)
    if m is None or m.start() == 0:
        return
    letters = NOT_LETTERS.sub("", m.group("s").casefold())
    own = NOT_LETTERS.sub("", (doc.meta["source_id"] or "").casefold().split(".")[0])
    if len(own) >= 4 and letters.startswith(own) or DOMAIN.match(m.group("s").strip(WS)):
        # (a host after the dash is a site's whatever the outlet: "Headline - Othersite.com" on a copy whose
        # dateline names the outlet it took the story from; fix set HI, 2026-12)
        doc.meta["title"] = title[:m.start()].rstrip(WS)



def drop_printed_title_suffix(doc: Doc) -> None:
    """'Headline - Any Suffix' as the title line on a page that also prints 'Headline' alone (the browser's page
    title over the article's own headline; "... Boikot Produk Pro-Israel - PT Nama Perusahaan", fix set JD,
    2026-12): the suffix is the page title's, whatever it names, and the headline is the line printed alone."""
    from sikap.pipeline.extract.title_text import _title_key

    title = doc.meta.get("title") or ""
    m = _TITLE_SUFFIX.search(title)
    if m is None or m.start() == 0:
        return
    head = title[:m.start()].rstrip(WS)
    key = _title_key(head)
    if len(head.split()) >= 3 and any(
            abs(len(doc.line_text(ln)) - len(head)) <= 4 and _title_key(doc.line_text(ln)) == key for ln in doc.lines):
        doc.meta["title"] = head
