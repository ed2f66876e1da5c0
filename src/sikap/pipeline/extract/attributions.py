"""Step `find_attributions`: the agencies and outlets an article names as the source of its text or quotes.

An outlet's name in the text is an attribution only when the text says so: a cue right before it
("dikutip dari", "dilansir", "seperti dilaporkan", "menurut laporan", "kata X kepada", "Artikel ini telah
tayang di"; up to three words between, such as "kantor berita Rusia,"), a reporting verb right after it
("Reuters melaporkan"), a name coordinated with one ("Mengutip BenarNews dan Radio Free Asia"), a source
credit ("Sumber: Anadolu") or an agency sign-off ("(AFP)"). Cues are curated in
curated/extraction/attributions.yaml. Weak cues ("dari", "oleh") count only for news agencies and
international outlets. A name that the registry does not know counts behind a news-outlet word ("kantor
berita X", "media X") or as a web domain, and is registered as discovered. Photo credits are never read:
captions are removed before this step. The article's own outlet is not an attribution; when no dateline
names the outlet, "kepada Suara.com" or "wartawan detakpos" is the page naming itself.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.knowledge import _load, attribution_cues
from sikap.pipeline.extract.outlets import lookup_outlet, outlet_id
from sikap.pipeline.extract.text import ascii_lower, fold
from sikap.records import Doc

WINDOW = 70
# the last word of a text without trailing white space (and its comma), read backwards: `,?` then the word
_LAST_WORD_REVERSED = re.compile(r",?[\w.’'-]+")
_CREDIT_PARTS = re.compile(r"\s*[/,;]\s*|\s+dan\s+")
_WEB_SUFFIX = re.compile(r"\.(com|id|net|org|co)\b")
_WATCHED = (None, "broadcaster", "public_broadcaster", "aggregator")  # "disiarkan via X": a channel, not a text source
_JOINED = re.compile(r"\s*(?:,|dan|and|serta|&)\s*")


@functools.lru_cache(maxsize=4096)
def _kind(sid: str) -> tuple[str | None, str | None]:
    """(type, country) of a registered source; (None, None) for a discovered one."""
    from sikap.sources import registry

    src = registry().entries.get(sid)
    return (src.value("type"), src.value("country")) if src is not None else (None, None)


@functools.cache
def _longest_cue() -> int:
    """Characters of the longest cue phrase (before or self-reference)."""
    data = _load("attributions.yaml")
    return max(len(p) for key in ("before", "self_reference") for p in data[key])


def _cue_before(text: str, start: int) -> tuple[str, str] | None:
    """(cue, kind) when a cue ends at most three words before `start` (kind: strong, weak or self; a
    self-reference counts only right before the name). A cue phrase ends in a letter or digit and only white
    space and a colon follow it, so the cue patterns are searched from a cue's length before that end
    (searching the whole window tried every phrase at every character, a fifth of this step). A citing cue
    before a self cue wins: "dikutip dari kanal YouTube NAME" quotes NAME's channel."""
    cues = attribution_cues()
    own = None
    left = text[max(0, start - WINDOW):start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    left = left[cut + 1:] if cut >= 0 else left
    for k in range(4):
        at = max(0, len(left.rstrip().rstrip(":").rstrip()) - _longest_cue())
        m = cues.before_re.search(left, at)
        if m:
            cue = fold(m.group(1))
            return cue, ("weak" if cue in cues.weak else "strong")
        if k == 0:
            s = cues.self_re.search(left, at)
            if s:
                own = fold(s.group(1)), "self"
                left = left[:s.start()]
                continue
        left = left.rstrip()
        last = _LAST_WORD_REVERSED.match(left[::-1])
        left = left[:len(left) - last.end()] if last else left
        if not left.strip():
            return own
    return own


def _outlet_before(text: str, start: int, cue: str) -> bool:
    """'dikutip Tribun-Bali.com dari Kompas.com': an outlet (or web domain) right before a weak cue makes
    it an attribution of the name after it."""
    left = text[max(0, start - WINDOW):start].rstrip()
    if not left.lower().endswith(cue):
        return False
    before = left[: len(left) - len(cue)].rstrip().split()
    return bool(before) and (lookup_outlet(before[-1]) is not None or _DOMAIN_ANY.fullmatch(before[-1]) is not None)


def _appositive(text: str, start: int) -> bool:
    """A registered outlet named after a news-outlet word and its description, in the same sentence ("kantor
    berita resmi pemerintah Yordania, NAME"): named as the news outlet the text reports from."""
    left = text[max(0, start - WINDOW):start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    return "," in left and attribution_cues().appositive_re.search(left[cut + 1:]) is not None


def _marker_before(text: str, start: int) -> bool:
    """A registered outlet right after a news-outlet word, a country between or not ("surat kabar Israel NAME"):
    named as a news outlet, as an unregistered name after the same words is (_unknown_names)."""
    from sikap.places import load_places

    m = attribution_cues().marker_re.search(text, max(0, start - 40), start)
    return m is not None and (m.group("place") is None or load_places().lookup(m.group("place")) is not None)


def _institution(domain: str) -> bool:
    """A web domain of a government office, a university or a school ("infopangan.kota.go.id"): not a news
    outlet, whatever cue stands before it (curated/extraction/attributions.yaml, not_outlet_domains)."""
    host = domain.strip().rstrip(".,").lower()
    return host.endswith(attribution_cues().not_outlet_domains)


def _verb_after(text: str, end: int) -> bool:
    after = text[end:end + 40].lstrip(" ,")
    first = after.split(maxsplit=3)
    words = [fold(w.strip(",.")) for w in first[:3]]
    return bool(words) and (words[0] in attribution_cues().after or " ".join(words[:2]) in attribution_cues().after)


def _first_word(text: str, end: int) -> str:
    """The word right after a name (folded), "" when none follows on the same line."""
    after = text[end:end + 20].lstrip(" ")
    return fold(after.split(maxsplit=1)[0].strip(",.")) if after[:1].isalpha() else ""


def _snippet(text: str, a: int, b: int) -> str:
    return text[max(0, a - 40):min(len(text), b + 40)].replace("\n", " ").strip()


def _registry_hits(text: str):
    from sikap.sources import registry

    return list(registry().find(text))


def find_attributions(doc: Doc) -> Doc:
    from sikap.sources import registry

    reg = registry()
    text = doc.text
    own = doc.meta.get("source_id")
    found: dict[str, str] = {}
    self_ref = None
    for printed, evidence in doc.meta.pop("_source_credits", []):
        for part in _CREDIT_PARTS.split(printed):
            sid = lookup_outlet(part)
            if sid is None and _WEB_SUFFIX.search(part) and not _institution(part):
                sid = outlet_id(part)[0]
                doc.meta.setdefault("_discovered", {})[sid] = f"{doc.raw.path}: {evidence}"
            if sid:
                found.setdefault(sid, evidence)
    hits = sorted({(m.start(), m.end(), sid, True) for sid, m in reg.find_context(text)})
    doc.meta["_registry_spans"] = [(a, b) for a, b, _, _ in hits]
    last_end, last_ok = -10, False
    for a, b, sid, _ in hits:
        cue = _cue_before(text, a)
        kind, country = _kind(sid)
        international = kind == "news_agency" or (country not in (None, "ID"))
        ok = False
        if cue and cue[1] == "self" and not own:
            self_ref = self_ref or (text[a:b], _snippet(text, a, b))
        elif cue and cue[1] == "strong":
            ok = not (cue[0] == "kepada" and not own and not international)
            if not ok and self_ref is None:
                self_ref = (text[a:b], _snippet(text, a, b))
        elif cue and cue[1] == "weak":
            ok = international or _outlet_before(text, a, cue[0]) or (
                cue[0] in attribution_cues().text_outlet_cues and kind not in _WATCHED)
        elif _appositive(text, a) or _marker_before(text, a):  # "kantor berita resmi NEGARA, NAME", "surat kabar NEGARA NAME"
            ok = True
        elif a > 0 and text[a - 1] == "(" and text[b:b + 1] == ")" and "." in text[a:b]:
            ok = True  # "... sebesar 5% (outlet.com).": a source cited by its site in parentheses
        elif not own and _first_word(text, b) in attribution_cues().self_after:
            self_ref = self_ref or (text[a:b], _snippet(text, a, b))  # "Outlet mengulas ...": the page's own work
        elif _verb_after(text, b):  # "Okezone mengutip ...": a domestic outlet quoting on a page naming no outlet
            ok = own is not None or international or not text[b:b + 12].lstrip(" ,").startswith("mengutip")
            if not ok and self_ref is None:  # is the page naming itself, as with "kepada" above
                self_ref = (text[a:b], _snippet(text, a, b))
        elif last_ok and _JOINED.fullmatch(text, last_end, a):
            ok = True
        last_end, last_ok = b, ok
        if ok and sid != own:
            found.setdefault(sid, _snippet(text, a, b))
    _glued_cues(text, own, found)
    _unknown_names(doc, text, found)
    doc.meta.pop("_registry_spans", None)
    domain = doc.meta.pop("_self_domain", None)
    if domain and not own and not found and not self_ref and "_self_reference" not in doc.meta:
        doc.meta["_self_reference"] = domain
    if self_ref and not own and lookup_outlet(self_ref[0]) not in found:
        doc.meta["_self_reference"] = self_ref  # a source credit naming it says the page copies it instead
    doc.meta["attributions"] = [{"source_id": sid, "evidence": ev} for sid, ev in sorted(found.items()) if sid != own]
    for item in doc.meta["attributions"]:
        doc.note("attributions", "extracted", "attribution cue or source credit", item["evidence"])
    return doc


# a strong cue glued to the capitalised name after it ("kepadaOutlet Kota"): the registry's whole-word search
# cannot see the name, so the one to three words after the cue are looked up here
_GLUED_WORDS = ("kepada", "dilansir", "dikutip", "mengutip", "melansir", "diwawancarai")
_GLUED_CUE = re.compile(rf"\b({'|'.join(_GLUED_WORDS)})(?=[A-Z])([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,2}})")


@functools.cache
def _glued_words():
    """Where the cue words occur (overlapping, so that none is hidden by another): an Aho-Corasick automaton."""
    from ahocorasick_rs import AhoCorasick, Implementation

    return AhoCorasick(list(_GLUED_WORDS), implementation=Implementation.DFA).find_matches_as_indexes


def _glued_matches(text: str):
    """The matches of _GLUED_CUE.finditer(text), with the regex tried only where a cue word starts: opening
    with \\b and an alternation, it was tried at every character (60 of 70 µs an article)."""
    end = 0
    for at in sorted({at for _, at, _ in _glued_words()(text, overlapping=True)}):
        m = _GLUED_CUE.match(text, at) if at >= end else None
        if m is not None:
            end = m.end()
            yield m


def _glued_cues(text: str, own: str | None, found: dict) -> None:
    for m in _glued_matches(text):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            sid = lookup_outlet(" ".join(words[:n]).rstrip(".,"))
            if sid is None:
                continue
            kind, country = _kind(sid)
            international = kind == "news_agency" or country not in (None, "ID")
            if sid != own and (m.group(1) != "kepada" or own is not None or international):
                found.setdefault(sid, _snippet(text, m.start(2), m.end(2)))
            break


_DOMAIN_ANY = re.compile(r"(?<![\w.@])[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|co\.id|id|net|org)\b")
_SUFFIXES = (".com", ".id", ".net", ".org")


@functools.cache
def _marker_search():
    """(automaton over str, automaton over ASCII bytes or None, n): every outlet word (pattern index < n)
    and web suffix in one scan, every occurrence reported (overlapping), so that each kind is seen
    whenever it occurs: the same answer as one `in` test per word, at a sixth of the cost. The bytes one
    scans text.ascii_lower's form (a fifth of the cost of lower-casing), when every pattern is ASCII."""
    from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

    words = attribution_cues().org_words
    patterns = list(words) + list(_SUFFIXES)
    on_bytes = None
    if all(p.isascii() and "?" not in p for p in patterns):
        on_bytes = BytesAhoCorasick([p.encode("ascii") for p in patterns], implementation=Implementation.DFA)
    return AhoCorasick(patterns, implementation=Implementation.DFA), on_bytes, len(words)


def _marker_kinds(text: str) -> tuple[set[bool], list[int] | None, list[int] | None]:
    """({True} if an outlet word occurs in the lower-cased text, {False} if a web suffix does (or both);
    where the outlet words start, when these are the places where org_any's case-insensitive words can
    match: the scan of ASCII bytes, on a text without ı or ſ (the regex takes them for i and s), else None;
    where the web suffixes start, when scanned in ASCII bytes, else None)."""
    on_str, on_bytes, n_words = _marker_search()
    low = ascii_lower(text) if on_bytes is not None else None
    if low is not None:
        found = on_bytes.find_matches_as_indexes(low, overlapping=True)
    else:
        found = on_str.find_matches_as_indexes(text.lower(), overlapping=True)
    exact = low is not None and "\u0131" not in text and "\u017f" not in text
    starts = sorted({at for k, at, _ in found if k < n_words}) if exact else None
    return {k < n_words for k, _, _ in found}, starts, (sorted({at for k, at, _ in found if k >= n_words})
                                                        if low is not None else None)


def _org_names(text: str, starts: list[int] | None):
    """The matches of org_any.finditer(text), with the regex tried only where an outlet word starts (when
    known: scanning the whole text cost a sixth of this step)."""
    org_any = attribution_cues().org_any
    if starts is None:
        yield from org_any.finditer(text)
        return
    end = 0
    for at in starts:
        m = org_any.match(text, at) if at >= end else None
        if m is not None:
            end = m.end()
            yield m


def _domains(text: str, suffixes: list[int] | None):
    """The matches of _DOMAIN_ANY.finditer(text), scanning only the words that hold a web suffix (where
    known): a web domain holds no white space, so it lies in one such word. A word is widened to the
    nearest space, tab or newline on each side (a boundary of words too), and the pieces are scanned in
    order, so the matches are those of one scan of the whole text."""
    if suffixes is None:
        yield from _DOMAIN_ANY.finditer(text)
        return
    end = 0
    for at in suffixes:
        if at < end:
            continue
        start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\t", 0, at)) + 1
        ends = [e for e in (text.find(" ", at), text.find("\n", at), text.find("\t", at)) if e >= 0]
        end = min(ends, default=len(text))
        yield from _DOMAIN_ANY.finditer(text, start, end)


def _unknown_names(doc: Doc, text: str, found: dict) -> None:
    """Unregistered outlets behind a news-outlet word ("kantor berita X", "media X") or a strong cue with a
    web domain ("dikutip dari kumparan.com"); each is registered as discovered."""
    cues = attribution_cues()
    hits, starts, suffixes = _marker_kinds(text)
    spans = []
    if True in hits:  # an outlet word somewhere: worth the regex
        spans = [(m.start("name"), m.group("name")) for m in _org_names(text, starts)]
    if False in hits:  # a web suffix somewhere
        for m in _domains(text, suffixes):
            if _institution(m.group(0)):
                continue
            left = text[max(0, m.start() - 40):m.start()]
            strong = cues.before_re.search(left)
            if strong and fold(strong.group(1)) in cues.unknown_cues:
                spans.append((m.start(), m.group(0)))
            elif not doc.meta.get("source_id") and "_self_reference" not in doc.meta and (
                    cues.self_re.search(left) or strong and fold(strong.group(1)) == "kepada"
                    or strong and fold(strong.group(1)) == "pada" and _first_word(text, m.end()) in cues.speech_verbs):
                doc.meta["_self_reference"] = (m.group(0), _snippet(text, m.start(), m.end()))
            elif not strong and not doc.meta.get("source_id") and _verb_after(text, m.end()):
                # "Situs.co.id melaporkan ...": an unregistered site reporting, cited by no cue; the page's own
                # name only when it names no other outlet (kept aside until the attributions are all read)
                doc.meta.setdefault("_self_domain", (m.group(0), _snippet(text, m.start(), m.end())))
    if not spans:
        return
    from sikap.places import load_places

    taken = doc.meta.get("_registry_spans", [])
    own = doc.meta.get("source_id")
    dl = doc.meta.get("_dateline")
    for at, name in spans:
        if dl is not None and at < len(dl.evidence) + 2 and name.split()[0] in dl.evidence:
            continue  # the page's own outlet word in its dateline ("Bandung, Harian Contoh--") is no citation
        toks = name.rstrip(".,").split()
        while toks and load_places().lookup(toks[0].strip(",")) is not None:
            at += len(toks[0]) + 1
            toks = toks[1:]  # "media AS Axios", "kantor berita Rusia, TASS": a country is not the outlet
        name = " ".join(toks).strip(",")
        if len(name) < 3 or lookup_outlet(name) or any(a <= at < b or at <= a < at + len(name) for a, b in taken):
            continue
        if text[max(0, at - 20):at].casefold().rstrip().endswith("pelaksana harian"):
            continue  # "Kepala Pelaksana Harian BPBD": an acting official's title, not a daily newspaper
        sid, known = outlet_id(name)
        if own is not None and (sid == own or outlet_id(text[max(0, at - 20):at].split()[-1] + " " + name)[0] == own
                                if text[max(0, at - 20):at].split() else sid == own):
            continue  # "Harian Contoh" is the page's own name, not a newspaper it cites
        if sid not in found and sid != own:
            found[sid] = _snippet(text, at, at + len(name))
            if not known:
                doc.meta.setdefault("_discovered", {})[sid] = f"{doc.raw.path}: {found[sid]}"
