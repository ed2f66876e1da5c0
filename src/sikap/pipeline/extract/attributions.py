"""Step `find_attributions`: the agencies and outlets an article names as the source of its text or quotes.

An outlet's name in the text is an attribution only when the text says so: a cue right before it
("dikutip dari", "dilansir", "seperti dilaporkan", "menurut laporan", "kata X kepada", "Artikel ini telah
tayang di"; up to three words between, such as "kantor berita Rusia,"), a reporting verb right after it
("Reuters melaporkan"), a name coordinated with one ("Mengutip BenarNews dan Radio Free Asia"), a source
credit ("Sumber: Anadolu") or an agency sign-off ("(AFP)", "- Bernama" closing a paragraph). A republication
notice naming the network of which the page's outlet is an edition ("sudah tayang di NETWORK") is no citation. Cues are curated in
curated/extraction/attributions.yaml. Weak cues ("dari", "oleh") count only for news agencies and
international outlets. A name that the registry does not know counts behind a news-outlet word ("kantor
berita X", "media X") or as a web domain, and is registered as discovered. Photo credits are never read:
captions are removed before this step. The article's own outlet is not an attribution; when no dateline
names the outlet, "kepada Suara.com" or "wartawan detakpos" is the page naming itself.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.attribution_context import (appositive, cue_before, first_word_after, institution,
                                                        marker_before, outlet_before, snippet, source_kind,
                                                        said_after, verb_after)
from sikap.pipeline.extract.attribution_glued import bare_hosts, cited_links, glued_cues, glued_names
from sikap.pipeline.extract.attribution_unknown import unknown_names
from sikap.pipeline.extract.knowledge import curated_set
from sikap.pipeline.extract.knowledge_attributions import attribution_cues
from sikap.pipeline.extract.linerules import _REPUBLISHED
from sikap.pipeline.extract.text import ascii_lower, lines_holding
from sikap.pipeline.extract.outlets import lookup_labelled, lookup_outlet, outlet_id
from sikap.records import Doc
from sikap.sources import registry

# "Pantauan OUTLET, harga ...": a domestic outlet's own reporter watching, the sentence opened by the word (a network's
# regional site; probe set AI, 2026-12); "berdasarkan pantauan OUTLET" inside a sentence still cites it
_OPENING_WATCH = re.compile(r"(?:^|[.!?\"”]\s+|\n)Pantauan\s+$")
_CREDIT_PARTS = re.compile(r"\s*[/,;]\s*|\s+dan\s+")
_WEB_SUFFIX = re.compile(r"\.(com|id|net|org|co|my|me|media|news)\b")
# HTML entities of quotes that lost their ";" and stayed in the text ("&ldquoAgency&rdquo"): blanked, same length,
# so that the name stands as a word
_ENTITY = re.compile(r"&(?:[lr][sd]quo|quot|#82(?:16|17|20|21));?")
_WATCHED = (None, "broadcaster", "public_broadcaster", "aggregator")  # "disiarkan via X": a channel, not a text source
# a copy's notice naming the article it took ("Sumber Referensi Berita: X", "Artikel ini disadur dari berita: URL",
# "Sumber: URL"), as opposed to a plain "Sumber: Outlet" or a sign-off, which an outlet prints under its own text too
_COPY_NOTICE = re.compile(r"(?i)\b(?:disadur|sumber\s+(?:berita|referensi|refrensi|asli|artikel|tulisan))\b|https?://")
_JOINED = re.compile(r"\s*(?:,|dan|and|serta|&)\s*")
# a number after a short name: a numbered unit ("Karang Taruna RT 23", "RT.04/RW.02": a neighbourhood), never the
# outlet that shares the name (a fresh-site page, 2026-12, setR)
_NUMBERED = re.compile(r"\.?\s?\d|/\s?RW\b")
# "... enam mata. - Bernama": an agency's name after a dash closing a paragraph (its wire sign-off); the dash
# may be glued to the last word ("... global- BERNAMA")
_DASH_SIGNOFF = re.compile(r"(?m)\S(?:[ \t]+[-–—]|[-–—](?=[ \t]))[ \t]*(?P<name>[A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,2})[ \t]*\.?[ \t]*$")


_TAIL = 200  # a sign-off's dash and up to three words of a name lie in a line's last characters


def _reporter_reports(text: str, a: int, b: int) -> bool:
    """After 'wartawan/jurnalis OUTLET': a reporting verb, or a speech verb, maybe after the reporter's name ("Wartawan
    AGENCY bernama NAME mengatakan", fix set IF, 2026-12), or the reporter quoted before ('..., kata NAME jurnalis
    AGENCY.', fix set IN); "wartawan AGENCY tewas", "jurnalis AGENCY turut meliput" report on the reporter instead."""
    named = _NAMED.match(text, b)
    return verb_after(text, b) or said_after(text, named.end() if named else b) \
        or _QUOTED_REPORTER.search(text, max(0, a - 80), a) is not None


_QUOTED_REPORTER = re.compile(r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|tambah|said)\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
                              r"(?i:jurnalis|wartawan|koresponden|reporter|journalist|correspondent)\s+$")


# the reporter's name given after the outlet ("Wartawan AGENCY bernama Nama Orang mengatakan"): up to four capitalised words
_NAMED = re.compile(r"\s+bernama\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*")


def _ends_capitalised(line: str) -> bool:
    """What _DASH_SIGNOFF needs at a line's end: a capital A-Z in the last word (the name's last word, glued
    to its dash or not), then at most a full stop and spaces or tabs. Most paragraphs end on a lower-case word,
    and are spared the pattern's search."""
    end = line.rstrip(" \t")
    if end.endswith("."):
        end = end[:-1].rstrip(" \t")
    last = end[max(end.rfind(" "), end.rfind("\t")) + 1:]
    return last != last.lower()


_DASHES = (" -", "\t-", "- ", "-\t", "–", "—")  # one of these is in every match of _DASH_SIGNOFF


def _dash_lines(text: str) -> list[tuple[int, int]]:
    """The lines holding one of _DASHES (those with a tab looked for only in a text holding one)."""
    return lines_holding(text, _DASHES if "\t" in text else [d for d in _DASHES if "\t" not in d])


def _dash_signoffs(text: str, own: str | None, found: dict) -> None:
    """A registered agency named after a dash at a paragraph's end ("- Bernama"): the story is its copy. Only
    the lines holding a dash set off by white space and ending on a capitalised word are searched, in their
    tail (the pattern ends at the line's end; searching the whole text tried it at every character, three
    quarters of this step)."""
    kinds = curated_set("attributions.yaml", "dash_signoff_types", "as printed")  # agencies that sign off so
    for start, end in _dash_lines(text):
        a = max(start, end - _TAIL)
        tail = text[a:end]
        if _ends_capitalised(tail) and ("-" in tail or "–" in tail or "—" in tail):
            m = _DASH_SIGNOFF.search(text, a, end)
            if m:
                sid = lookup_outlet(m.group("name"))
                if sid and sid != own and source_kind(sid)[0] in kinds:
                    found.setdefault(sid, snippet(text, m.start("name"), m.end("name")))


def _indonesian_service(sid: str) -> bool:
    """A foreign outlet's Indonesian-language service ("BBC News Indonesia"): its own staff may write an
    Indonesian page, as a domestic outlet's do; another foreign outlet's or an agency's staff named in an
    Indonesian text are news ("tenda wartawan AGENCY"), not the page naming itself."""
    reg = registry()
    return sid in reg.entries and "indonesia" in reg.names(sid).name.casefold()


def _same_network(sid: str, own: str | None) -> bool:
    """Two registered outlets of one network (the same `group`): an edition republishing the network's story."""
    entries = registry().entries
    if own is None or own not in entries or sid not in entries:
        return False
    group = entries[own].value("group")
    return group is not None and group == entries[sid].value("group")


_SENTENCE_END = frozenset('.!?"”’')


def _agency_closing(text: str, a: int, b: int) -> bool:
    """A news agency's name in brackets right after a sentence's end, closing its line ("... tindakannya di Gaza.
    [Antara]", "... pekan ini. (AFP)."): a paragraph taken from the agency's wire (fix set EF, 2026-12). Inside a
    sentence, "(AFP)" names the agency as a thing, read by the cue rules."""
    if a < 2 or text[a - 1] not in "([" or text[b:b + 1] not in ")]":
        return False
    if text[a - 2:a - 1] not in (" ", "\t") and text[a - 2:a - 1] not in _SENTENCE_END:
        return False
    before = text[:a - 1].rstrip(" \t")
    after = text[b + 1:b + 4].lstrip(" \t.")
    return before[-1:] in _SENTENCE_END and (after == "" or after[:1] == "\n")


def _outlet_named(part: str) -> bool:
    """A source credit's name shaped like an outlet's though unregistered: outlet words around it ("Harian Kota"), or
    one word glued from a name and an outlet word ("Gazamedia", fix set GE, 2026-12)."""
    from sikap.pipeline.extract.outlets import glued_outlet_word, outlet_shaped

    return outlet_shaped(part) or glued_outlet_word(part)


def find_attributions(doc: Doc) -> Doc:
    reg = registry()
    text = doc.text
    if "&" in text:
        text = _ENTITY.sub(lambda m: " " * len(m.group(0)), text)
    if "*" in text:  # markdown emphasis of a crawler's export, "Dilansir dari *CNBC*": read as the plain name
        text = text.replace("*", " ")
    own = doc.meta.get("source_id")
    found: dict[str, str] = {}
    self_ref = None
    credited = set()  # named by a copy's notice ("Sumber Berita: OUTLET"): kept even when the dateline names it
    for printed, evidence in doc.meta.pop("_source_credits", []):
        for part in _CREDIT_PARTS.split(printed):
            sid = lookup_labelled(part)
            if sid is None and not _WEB_SUFFIX.search(part):  # "Sumber: Dunia OUTLET": a rubric before the name
                sid = next((hit for hit, _ in reg.find(part)), None)
                first = part.split(None, 1)[:1]
                if sid is None and first:  # "disadur dari Antara Kaltim": a short name, a credit's context
                    sid = reg.match_context(first[0])
            if sid is None and not institution(part) and (_WEB_SUFFIX.search(part) or _outlet_named(part)):
                sid = outlet_id(part)[0]  # "Sumber: Kotamedia": a site named as it names itself, not registered
                doc.meta.setdefault("_discovered", {})[sid] = f"{doc.raw.path}: {evidence}"
            if sid and _REPUBLISHED.match(evidence.strip()) and _same_network(sid, own):
                continue  # "sudah tayang di NETWORK" on one of its editions' pages: the network's own story
            if sid:
                found.setdefault(sid, evidence)
                if _COPY_NOTICE.search(evidence):
                    credited.add(sid)
    # (the last item: the name matched is a context alias, a short or ambiguous name: "RT", "Fajar", "AP")
    hits = sorted({(m.start(), m.end(), sid, reg.is_context_alias(m.group(0))) for sid, m in reg.find_context(text)})
    doc.meta["_registry_spans"] = [(a, b) for a, b, _, _ in hits]
    last_end, last_ok, last_sid = -10, False, None
    for a, b, sid, short in hits:
        if sid == last_sid and text[last_end:a].strip() == "(":
            last_end = b  # "OUTLET (outlet.com)": the name and its host in brackets, one mention: read as the name was
            continue
        if short and _NUMBERED.match(text, b):
            last_end, last_ok, last_sid = b, False, sid
            continue
        cue = cue_before(text, a)
        kind, country = source_kind(sid)
        international = kind == "news_agency" or (country not in (None, "ID"))
        if cue and cue[0] == "pantauan" and not international and _OPENING_WATCH.search(text, max(0, a - 12), a):
            cue = ("pantauan", "self")  # "Pantauan OUTLET, ...": the outlet's reporter watching, opening a sentence
        ok = False
        if cue and cue[1] == "self" and not own:
            if not international or _indonesian_service(sid):  # "tenda wartawan AGENCY dibom": reported on
                self_ref = self_ref or (text[a:b], snippet(text, a, b))
            else:  # "jurnalis AGENCY di Gaza melaporkan": what the agency's reporter filed is the source
                ok = _reporter_reports(text, a, b)
        elif cue and cue[1] == "self" and international and not _indonesian_service(sid) and _reporter_reports(text, a, b):
            ok = True  # the same on a page naming its outlet: what a foreign outlet's reporter files or says
        elif cue and cue[1] == "strong":
            ok = not (cue[0] in curated_set("attributions.yaml", "given_to") and not own and not international)
            if not ok and self_ref is None:
                self_ref = (text[a:b], snippet(text, a, b))
        elif cue and cue[1] == "weak":
            # a weak cue before a short or ambiguous name holds for a news agency's only ("pada AP"): "info dari
            # RT" is a neighbourhood unit (Rukun Tetangga), not the broadcaster (held-out probe page, 2026-12, setM)
            ok = international and not (short and kind != "news_agency") or outlet_before(text, a, cue[0]) or (
                cue[0] in attribution_cues().text_outlet_cues and kind not in _WATCHED) or (
                international and verb_after(text, b))  # "demikian laporan Telegraph mengutip ...": it reports
        elif appositive(text, a) or marker_before(text, a):  # "kantor berita resmi NEGARA, NAME", "surat kabar NEGARA NAME"
            ok = True
        elif a > 0 and text[a - 1] == "(" and text[b:b + 1] == ")" and "." in text[a:b]:
            ok = True  # "... sebesar 5% (outlet.com).": a source cited by its site in parentheses
        elif kind == "news_agency" and _agency_closing(text, a, b):
            ok = True  # "... di Gaza. [Antara]": an agency's name closing a paragraph, the wire it came from
        elif not own and first_word_after(text, b) in attribution_cues().self_after:
            self_ref = self_ref or (text[a:b], snippet(text, a, b))  # "Outlet mengulas ...": the page's own work
        elif verb_after(text, b):  # "Okezone mengutip ...": a domestic outlet quoting on a page naming no outlet
            ok = own is not None or international or not text[b:b + 12].lstrip(" ,").startswith("mengutip")
            if not ok and self_ref is None:  # is the page naming itself, as with "kepada" above
                self_ref = (text[a:b], snippet(text, a, b))
        elif international and not short and said_after(text, b):
            ok = True  # "Radio militer NEGARA mengatakan ...": what a foreign outlet says is what it reports (setX)
        elif last_ok and _JOINED.fullmatch(text, last_end, a):
            ok = True
        if ok and cue and ("tayang" in cue[0] or "terbit" in cue[0]) and _same_network(sid, own):
            ok = False  # "sebelumnya sudah tayang di NETWORK" on an edition's page: the network's own story
        last_end, last_ok, last_sid = b, ok, sid
        if ok and sid != own:
            found.setdefault(sid, snippet(text, a, b))
    low = ascii_lower(text)  # read by the passes below: their words are found in it
    glued_cues(text, own, found, low)
    glued_names(text, own, found, low)
    bare_hosts(text, own, found, low)
    if "(http" in text:
        cited_links(text, own, found)
    _dash_signoffs(text, own, found)
    unknown_names(doc, text, found, low)
    doc.meta.pop("_registry_spans", None)
    domain = doc.meta.pop("_self_domain", None)
    if domain and not own and not found and not self_ref and "_self_reference" not in doc.meta:
        doc.meta["_self_reference"] = domain
    if self_ref and not own and lookup_outlet(self_ref[0]) not in found:
        doc.meta["_self_reference"] = self_ref  # a source credit naming it says the page copies it instead
    # a copy's notice naming the dateline's own outlet ("Jakarta, OUTLET —" ... "Sumber Berita: OUTLET") says whose
    # text it took, dateline and all: the outlet is cited (fresh-site probe pages, 2026-12, setP, setR)
    doc.meta["attributions"] = [{"source_id": sid, "evidence": ev} for sid, ev in sorted(found.items())
                                if sid != own or sid in credited]
    if credited:
        doc.meta["_credited_sources"] = credited
    for item in doc.meta["attributions"]:
        doc.note("attributions", "extracted", "attribution cue or source credit", item["evidence"])
    return doc
