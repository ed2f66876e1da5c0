"""Outlets the registry does not know, named as a source: behind a news-outlet word ("kantor berita X",
"media X", "surat kabar X"), as a web domain after a strong cue ("dikutip dari situs.com") or as a name shaped
like an outlet's after one ("Mengutip dari Kabar Kota News (12/3/2024)"). Each is
registered as discovered, with the evidence, and gets no licence guess. A domain with no cue may be the page
naming itself ("pada Situs.id mengatakan"), kept aside for the outlet step.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.attribution_context import (DOMAIN_ANY, WEB_SUFFIXES, first_word_after, institution, object_marker, snippet,
                                                        verb_after)
from sikap.pipeline.extract.knowledge import _alternation, curated_data, curated_set
from sikap.pipeline.extract.knowledge_attributions import attribution_cues
from sikap.pipeline.extract.outlets import lookup_outlet, outlet_id, outlet_shaped, set_outlet
from sikap.pipeline.extract.text import fold, matches_at
from sikap.records import Doc

# where a web suffix may start: each of DOMAIN_ANY's suffixes up to its first dot (".co.id" starts as ".co")
_SUFFIXES = tuple(sorted({"." + x.split(".")[0] for x in WEB_SUFFIXES}))


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


def _marker_kinds(text: str, low: bytes | None) -> tuple[set[bool], list[int] | None, list[int] | None]:
    """({True} if an outlet word occurs in the lower-cased text, {False} if a web suffix does (or both);
    where the outlet words start, when these are the places where org_any's case-insensitive words can
    match: the scan of ASCII bytes, on a text without ı or ſ (the regex takes them for i and s), else None;
    where the web suffixes start, when scanned in ASCII bytes, else None). `low`: ascii_lower(text)."""
    on_str, on_bytes, n_words = _marker_search()
    low = low if on_bytes is not None else None
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
    return org_any.finditer(text) if starts is None else matches_at(org_any, text, starts)


def _domains(text: str, suffixes: list[int] | None):
    """The matches of DOMAIN_ANY.finditer(text), scanning only the words that hold a web suffix (where
    known): a web domain holds no white space, so it lies in one such word. A word is widened to the
    nearest space, tab or newline on each side (a boundary of words too), and the pieces are scanned in
    order, so the matches are those of one scan of the whole text."""
    if suffixes is None:
        yield from DOMAIN_ANY.finditer(text)
        return
    end = 0
    for at in suffixes:
        if at < end:
            continue
        start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\t", 0, at)) + 1
        ends = [e for e in (text.find(" ", at), text.find("\n", at), text.find("\t", at)) if e >= 0]
        end = min(ends, default=len(text))
        yield from DOMAIN_ANY.finditer(text, start, end)


@functools.cache
def _cue_then_name() -> re.Pattern:
    """A strong cue for an unregistered outlet, then two to four capitalised words."""
    cues = curated_data("attributions.yaml")["unknown_cues"]
    return re.compile(r"(?i:(?<![\w])(?:" + _alternation(cues) + r"))[ \t]*:?[ \t]+"
                      r"(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){1,3})")


@functools.cache
def _cue_index():
    """(a scan for one word of each unknown cue, {that word's index: ((its offset in a cue, the cue), ...)}), over
    ascii_lower bytes: where a cue may start, found without trying the cues at every character. The word is a
    cue's longest, or a shorter one it holds that is another cue's. None when a cue is not ASCII."""
    from ahocorasick_rs import BytesAhoCorasick, Implementation

    cues = sorted({c.lower() for c in curated_data("attributions.yaml")["unknown_cues"]})
    if not all(c.isascii() for c in cues):
        return None
    words = {max(c.split(), key=len) for c in cues}
    words = sorted(w for w in words if not any(o != w and o in w for o in words))
    table = tuple(tuple((k, c.encode("ascii")) for c in cues for k in range(len(c)) if c.startswith(w, k))
                  for w in words)
    scan = BytesAhoCorasick([w.encode("ascii") for w in words], implementation=Implementation.DFA)
    return scan.find_matches_as_indexes, table


def _shaped_after_cue(text: str, low: bytes | None):
    """(start, name) of each unregistered name shaped like an outlet's ("Kabar Kota News") after a strong cue:
    the longest such reading of the words after the cue. `low`: ascii_lower(text)."""
    for m in _cue_matches(text, low):
        toks = m.group("name").split()
        for n in range(len(toks), 1, -1):
            printed = " ".join(toks[:n]).rstrip(".,")
            if outlet_shaped(printed) and not lookup_outlet(printed):
                yield m.start("name"), printed
                break


def _cue_matches(text: str, low: bytes | None):
    """The matches of _cue_then_name().finditer(text), the pattern tried only where `low` (ascii_lower(text))
    shows a cue: every match opens with one. Trying it at every character of the text cost most of this step.
    On a text holding ı or ſ (which the caseless pattern takes for i and s), or with no `low`, the plain scan."""
    pattern, index = _cue_then_name(), _cue_index()
    if low is None or index is None or "\u0131" in text or "\u017f" in text:
        return pattern.finditer(text)
    scan, table = index
    starts = {at - k for w, at, _ in scan(low, overlapping=True) for k, cue in table[w]
              if at >= k and low.startswith(cue, at - k)}
    return matches_at(pattern, text, sorted(starts))


_GLUED_WORD = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_WORD_STARTS = re.compile(r"(?:^|(?<=[.\s-]))[A-Za-z]|(?<=[a-z])[A-Z]")


def _spells_out_initials(doc: Doc, host: str) -> bool:
    """'DM – ' in the dateline (initials the registry does not know) and 'Detak.media' in the text: the site's
    host whose words' first letters are those initials spells out the page's own name."""
    dl = doc.meta.get("_dateline")
    printed = dl.outlet if dl is not None and dl.outlet else ""
    if not (2 <= len(printed) <= 3 and printed.isupper() and printed.isalpha()) or lookup_outlet(printed):
        return False
    if doc.meta.get("source_id") != outlet_id(printed)[0]:
        return False
    return "".join(_WORD_STARTS.findall(host)).upper() == printed


@functools.cache
def _fillers() -> tuple[frozenset, frozenset]:
    data = curated_data("attributions.yaml")["unknown_fillers"]
    return frozenset(data["news"]), frozenset(data["page"])


def _cue_over_fillers(left: str, cues) -> re.Match | None:
    """The cue ending `left`, passing over up to three words saying the host is a news site ("dilansir dari laman
    berita HOST": curated/extraction/attributions.yaml, unknown_fillers) when no unknown-source cue ends it."""
    strong = cues.before_at_end.search(left)
    news_words, page_words = _fillers()
    passed_news = False
    for _ in range(3):
        if strong and fold(strong.group(1)) in cues.unknown_cues:
            return strong
        words = left.rstrip().rsplit(None, 1)
        word = words[-1].casefold() if len(words) == 2 else ""
        if not (word in news_words or passed_news and word in page_words):
            return strong
        passed_news = passed_news or word in news_words
        left = words[0] + " "
        strong = cues.before_at_end.search(left) or strong
    return strong


def unknown_names(doc: Doc, text: str, found: dict, low: bytes | None = None) -> None:
    """Unregistered outlets behind a news-outlet word ("kantor berita X", "media X") or a strong cue with a
    web domain ("dikutip dari kumparan.com"); each is registered as discovered. `low`: ascii_lower(text), None
    when the text holds İ or K (the slower scans of the text itself are made then)."""
    cues = attribution_cues()
    hits, starts, suffixes = _marker_kinds(text, low)
    spans = []
    if True in hits:  # an outlet word somewhere: worth the regex
        spans = [(m.start("name"), m.group("name")) for m in _org_names(text, starts) if not object_marker(text, m.start())]
    if False in hits:  # a web suffix somewhere
        for m in _domains(text, suffixes):
            if institution(m.group(0)):
                continue
            left = text[max(0, m.start() - 40):m.start()]
            strong = _cue_over_fillers(text[max(0, m.start() - 60):m.start()], cues)
            if _spells_out_initials(doc, m.group(0)):
                set_outlet(doc, m.group(0), "self-reference spelling out the dateline's initials",
                           snippet(text, m.start(), m.end()))
            elif strong and fold(strong.group(1)) in cues.unknown_cues:
                spans.append((m.start(), m.group(0)))
            elif not doc.meta.get("source_id") and "_self_reference" not in doc.meta and (
                    cues.self_at_end.search(left) or strong and fold(strong.group(1)) in curated_set("attributions.yaml", "given_to")
                    or strong and fold(strong.group(1)) == "pada" and first_word_after(text, m.end()) in cues.speech_verbs
                    or strong and fold(strong.group(1)) in curated_set("attributions.yaml", "quoting_self")
                    and first_word_after(text, m.end()) == "dari"):  # "dikutip Situs.com dari ...": the quoting site
                doc.meta["_self_reference"] = (m.group(0), snippet(text, m.start(), m.end()))
            elif not strong and not doc.meta.get("source_id") and verb_after(text, m.end()):
                # "Situs.co.id melaporkan ...": an unregistered site reporting, cited by no cue; the page's own
                # name only when it names no other outlet (kept aside until the attributions are all read)
                doc.meta.setdefault("_self_domain", (m.group(0), snippet(text, m.start(), m.end())))
    spans += [(at, name) for at, name in _shaped_after_cue(text, low) if " " in name]
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
        glued = _GLUED_WORD.split(name, 1)
        head = lookup_outlet(glued[0]) if len(glued) == 2 and " " not in glued[0] else None
        if head is not None and head != own:
            # "the news agency XinhuaThursday": a registered name glued to the next word (a fresh-site page, 2026-12)
            found.setdefault(head, snippet(text, at, at + len(glued[0])))
            continue
        if len(name) < 3 or any(a <= at < b or at <= a < at + len(name) for a, b in taken):
            continue
        if (registered := lookup_outlet(name)) is not None:
            if registered != own:  # a registered name the registry's scan did not read, printed in another case
                found.setdefault(registered, snippet(text, at, at + len(name)))  # ("dilansir dari Inews.id")
            continue
        if text[max(0, at - 20):at].casefold().rstrip().endswith("pelaksana harian"):
            continue  # "Kepala Pelaksana Harian BPBD": an acting official's title, not a daily newspaper
        sid, known = outlet_id(name)
        if own is not None and (sid == own or outlet_id(text[max(0, at - 20):at].split()[-1] + " " + name)[0] == own
                                if text[max(0, at - 20):at].split() else sid == own):
            continue  # "Harian Contoh" is the page's own name, not a newspaper it cites
        if sid not in found and sid != own:
            found[sid] = snippet(text, at, at + len(name))
            if not known:
                doc.meta.setdefault("_discovered", {})[sid] = f"{doc.raw.path}: {found[sid]}"
