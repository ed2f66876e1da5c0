"""Labelled credit lines, read alone: "Penulis: NAME", "Editor : NAME | Reporter: NAME", a label waiting for its name
on the next line, and the notices that name where a text came from (republished, adapted, produced by a partner,
"Via Outlet", an agency named alone under the text). `credit_verdict` is a pure function of the line; the line
rules (linerules.py) ask it first and record what it found.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import credits
from sikap.pipeline.extract.text import DOMAIN, WS, fold

_REPUBLISHED = re.compile(r"(?i)^(?:sebagian (?:besar )?(?:isi )?)?(?:artikel|berita|tulisan|konten) ini (?:sebelumnya )?(?:telah|sudah|pertama kali) "
                          r"(?:tayang|terbit|dimuat|dipublikasikan|diterbitkan) (?:di|pada|oleh) (?P<o>.+?)"
                          r"(?:\s+dengan judul\b.*|[.:]\s+.*|[.:]?\s*)$")
# the same notice said "first" ("telah lebih dulu tayang di: site") or as adapted from a page ("Artikel ini disadur
# dari berita : URL"): the site's host is the source (fresh probe pages, 2026-12, setN/setP)
_ADAPTED = re.compile(r"(?i)^(?:(?:artikel|berita|tulisan|konten) ini (?:telah |sudah )?(?:lebih dulu|lebih dahulu|terlebih "
                      r"dahulu) (?:tayang|terbit|dimuat|diterbitkan) (?:di|pada)|(?:(?:artikel|berita|tulisan|konten)"
                      r"(?: ini)? )?disadur (?:dari|dr)(?: berita| artikel| laman| situs)?)\s*:?\s*(?:https?://)?(?:www\.)?"
                      r"(?P<host>[\w-]+(?:\.[\w-]+)+)(?:/\S*)?\s*\.?\s*$")
# the same notice naming the outlet rather than its host ("Berita ini disadur dari Antara Kaltim": probe page, 2026-12,
# setS): a registered outlet's name, or one shaped like an outlet's
_ADAPTED_NAME = re.compile(r"(?i)^(?:artikel|berita|tulisan|konten)(?: ini)? (?:disadur|diambil|dikutip) (?:dari|dr) "
                           r"(?P<o>[^\W\d_][\w.&'’ -]{1,40}?)\s*\.?\s*$")
# a partner's story republished whole, its writer and outlet named ("Artikel ini diproduksi oleh NAME dari Outlet News.",
# a national portal's copies of a foreign broadcaster's Indonesian service; probe set AR, 2026-12)
_PRODUCED = re.compile(r"(?i)^(?:artikel|berita|tulisan|laporan) ini (?:diproduksi|ditulis|dibuat|disusun|disiapkan) "
                       r"oleh (?P<n>[^\W\d_][\w.'’ -]{2,50}?) (?:dari|untuk) (?P<o>[^\W\d_][\w.&'’ -]{1,40}?)\s*\.?\s*$")
# an outlet's name alone on a line, closed by a colon, over the text it gave ("Al Jazeera :", a translated foreign
# story's source label between its paragraphs; held-out probe page, 2026-12, setT)
# "Via Outlet.Site.ID" alone under the text: the source the story came through (a national portal's copy of a
# magazine's story; probe set AO, 2026-12)
_VIA = re.compile(r"^\s*(?i:via)\s*:?\s+(?P<o>[^\W\d_][\w.&'’ -]{1,38}?)\s*$")
_NAME_LABEL = re.compile(r"^\s*(?P<o>[^\W\d_][\w.&'’ -]{1,38}?)\s*:\s*$")


def _registered_name(name: str, context_ok: bool = False) -> bool:
    """A registered outlet's name or alias as printed in running text. A short or ambiguous context alias ("Kan",
    "AP") is not enough alone on a line; `context_ok`: the line around it is context enough (a notice)."""
    from sikap.pipeline.extract.outlets import lookup_outlet
    from sikap.sources import registry

    return lookup_outlet(name) is not None and (context_ok or not registry().is_context_alias(name))


# "Anadolu." alone on a line under the text: the agency the story came from, its label lost ("Sumber: Agency" on the
# site; a national agency's copy of a foreign agency's story, probe set AS, 2026-12). Closed by a full stop: a
# name alone without one may be a photo's credit over its caption (neighbours.credit_over_caption)
_AGENCY_STOP = re.compile(r"^\s*(?P<o>[A-Z][\w&'’ -]{1,30}?)\.\s*$")


def _agency(name: str) -> bool:
    from sikap.pipeline.extract.attribution_context import source_kind
    from sikap.pipeline.extract.outlets import lookup_outlet

    sid = lookup_outlet(name)
    return sid is not None and source_kind(sid)[0] == "news_agency"


# a desk's code for a writer, letters then digits ("Mgrol150"), printed in a labelled credit line in a name's place
_CODE = re.compile(r"[A-Za-z]{2,10}\d{1,4}")
_CREDIT_RULE = {"authors": "credit.author", "editors": "credit.editor", "translators": "credit.translator",
                "source": "credit.source"}


def credit_verdict(t: str, nw: int) -> tuple | None:
    """What a labelled credit line says, as data: (rule, [(field, printed, method)], the field of a label
    whose name stands on the next line, or None); None when the line is no credit."""
    if nw > 24:
        return None
    u = t.strip(WS)
    if u[:1] == "(" and u[-1:] == ")" and ":" in u and "(" not in u[1:]:
        # "(Sumber:Outlet)", "(Penulis: NAME)": a labelled credit in parentheses (probe set AP, 2026-12)
        return credit_verdict(u[1:-1].strip(WS), nw)
    m = _REPUBLISHED.match(t)
    if m:
        return "credit.source", (("source", m.group("o"), "republication notice"),), None
    m = _ADAPTED.match(t)
    if m:
        return "credit.source", (("source", m.group("host"), "republication notice"),), None
    m = _ADAPTED_NAME.match(t)
    if m and m.group("o")[:1].isupper() and len(m.group("o").split()) <= 4:  # the notice says the name is a source
        return "credit.source", (("source", m.group("o"), "republication notice"),), None
    m = _PRODUCED.match(t) if t[:1] in "AaBbTtLl" else None
    if m and _registered_name(m.group("o"), context_ok=True) and credits.clean_name(m.group("n")):  # (the notice is context enough)
        return "credit.source", (("authors", m.group("n"), "republication notice"),
                                 ("source", m.group("o"), "republication notice")), None
    m = _AGENCY_STOP.match(t) if nw <= 3 else None
    if m and _registered_name(m.group("o")) and _agency(m.group("o")):
        return "credit.source", (("source", m.group("o"), "agency named alone"),), None
    m = _VIA.match(t) if nw <= 5 else None
    if m and (_registered_name(m.group("o")) or DOMAIN.match(m.group("o"))):
        return "credit.source", (("source", m.group("o"), "source label"),), None
    m = _NAME_LABEL.match(t) if nw <= 5 else None
    if m and _registered_name(m.group("o")):
        return "credit.source", (("source", m.group("o"), "source label"),), None
    parsed = credits.parse_credit_line(t)
    if not parsed:
        return None
    nobody, codes = False, set()
    for field_name, printed in parsed:
        if field_name != "source" and printed and not credits.names_any(printed):
            if fold(printed) in credits.not_names() or ":" in t and (credits.names_nobody(printed)
                                                                      or DOMAIN.fullmatch(printed.strip(WS + "."))):
                nobody = True  # "Oleh Tim Redaksi", "Kontributor : Bawaslu Kota": a credit line that names nobody;
                continue  # "Editor : Situs.com": the site's desk (over a regional portal's lede, fix set JL, 2026-12)
            if len(parsed) > 1 and ":" in t and _CODE.fullmatch(printed.strip(WS)):
                codes.add(printed)  # "Rep: Mgrol150 Red: NAME": an intern's code beside a named editor (set DE)
                continue
            return None  # "Oleh karena itu": a label word that opens a sentence
    if nobody and all(not p or fold(p) in credits.not_names() or credits.names_nobody(p) for f, p in parsed
                      if f != "source"):
        return "credit.author", (), None
    found, waiting = [], None
    for field_name, printed in parsed:
        if printed in codes:
            continue
        if printed:
            found.append((field_name, printed, "labelled credit"))
        elif field_name != "source":
            waiting = field_name
    return _CREDIT_RULE[parsed[0][0]], tuple(found), waiting
