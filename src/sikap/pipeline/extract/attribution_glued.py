"""A strong attribution cue glued to the capitalised name after it ("kepadaOutlet Kota", "dilansirAgency"):
text copied out of a page often loses the space at a link's edge. The registry's whole-word search cannot see
such a name, so the one to three words after the cue are looked up here. So is a registered outlet's host
written in lower case without its web suffix after a cue ("dilansir kabarcontohnews pada Senin"), which no
alias spells.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.attribution_context import snippet, source_kind
from sikap.pipeline.extract.knowledge import curated_set
from sikap.pipeline.extract.outlets import bare_host, lookup_outlet
from sikap.pipeline.extract.text import matches_at

_GLUED_WORDS = ("kepada", "dilansir", "dikutip", "mengutip", "melansir", "diwawancarai")
_GLUED_CUE = re.compile(rf"\b({'|'.join(_GLUED_WORDS)})(?=[A-Z])([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,2}})")


# a cue, then one lower-case word: an outlet's host printed without its suffix
# (or the verb opening a sentence, capitalised: "Diberitakan reuters, ..."; probe set Y, 2026-12)
_BARE_VERBS = ("dilansir", "dikutip", "mengutip", "melansir", "kutip", "diberitakan")
_BARE_WORDS = _BARE_VERBS + tuple(w.capitalize() for w in _BARE_VERBS)
_BARE_STEMS = (b"dilansir", b"utip", b"melansir", b"diberitakan")  # what every cue holds, in lower case
_BARE_CUE = re.compile(rf"\b(?:{'|'.join(f'[{w[0]}{w[0].upper()}]{w[1:]}' for w in _BARE_VERBS)})(?:\s+dari)?[ \t]+"
                       rf"([a-z][a-z0-9]{{3,30}})\b")


# the same cues before a registered name of two to four words printed in lower case, perhaps behind "laman berita"
# ("Dilansir dari laman berita the kyiv independent", "dikutip dari al jazeera": fix set KC, 2026-12, a small site)
_LOWER_NAME_CUE = re.compile(rf"\b(?:{'|'.join(f'[{w[0]}{w[0].upper()}]{w[1:]}' for w in _BARE_VERBS)})(?:\s+dari)?"
                             r"(?:[ \t]+(?:laman|situs|media|portal)(?:[ \t]+berita)?)?[ \t]+"
                             r"([a-z][a-z0-9-]*(?:[ \t]+[a-z][a-z0-9-]*){1,3})\b")


@functools.cache
def _word_starts(words: tuple[str, ...], on_bytes: bool):
    """Where any of the words occurs (overlapping, so that none is hidden by another): an Aho-Corasick scan of the
    text, or of its ascii_lower bytes (faster: no conversion of the text)."""
    from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

    if on_bytes:
        return BytesAhoCorasick([w.encode("ascii") for w in words], implementation=Implementation.DFA).find_matches_as_indexes
    return AhoCorasick(list(words), implementation=Implementation.DFA).find_matches_as_indexes


def matches_at_words(pattern: re.Pattern, words: tuple[str, ...], text: str, low: bytes | None = None):
    """The matches of pattern.finditer(text), for a pattern whose every match opens with one of `words`
    (lower-case ASCII, as printed), tried only where one of them starts: a regex opening with \\b and an
    alternation is otherwise tried at every character of the text (most of the cost of these passes). `low`:
    ascii_lower(text), scanned instead when given; it also shows the words in capitals, where the pattern is
    tried and fails."""
    hay = text if low is None else low
    return matches_at(pattern, text, sorted({at for _, at, _ in _word_starts(words, low is not None)(hay, overlapping=True)}))


def _glued_matches(text: str, low: bytes | None = None):
    """The matches of _GLUED_CUE.finditer(text)."""
    return matches_at_words(_GLUED_CUE, _GLUED_WORDS, text, low)


def glued_cues(text: str, own: str | None, found: dict, low: bytes | None = None) -> None:
    for m in _glued_matches(text, low):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            sid = lookup_outlet(" ".join(words[:n]).rstrip(".,"))
            if sid is None:
                continue
            kind, country = source_kind(sid)
            international = kind == "news_agency" or country not in (None, "ID")
            if sid != own and (m.group(1) not in curated_set("attributions.yaml", "given_to") or own is not None
                                 or international):
                found.setdefault(sid, snippet(text, m.start(2), m.end(2)))
            break


def bare_hosts(text: str, own: str | None, found: dict, low: bytes | None = None) -> None:
    """'dilansir kabarcontohnews': a registered outlet's host without its suffix, in lower case, after a cue."""
    hay = text.lower().encode("ascii", "ignore") if low is None else low
    if not any(w in hay for w in _BARE_STEMS):
        return
    starts = sorted({at for _, at, _ in _word_starts(_BARE_WORDS, low is not None)(text if low is None else low,
                                                                                 overlapping=True)})
    for m in matches_at(_BARE_CUE, text, starts):
        sid = bare_host(m.group(1))
        if sid and sid != own and not _word_elsewhere(text, m.group(1), m.start(1)):
            found.setdefault(sid, snippet(text, m.start(1), m.end(1)))
    for m in matches_at(_LOWER_NAME_CUE, text, starts):  # (the cues' places found once for both patterns)
        words = m.group(1).split()
        for n in range(len(words), 1, -1):  # the longest name first; one word is bare_host's above
            sid = lookup_outlet(" ".join(w.capitalize() for w in words[:n]))
            if sid is not None:
                if sid != own:
                    found.setdefault(sid, snippet(text, m.start(1), m.end(1)))
                break


# a registered name glued to the word after it, the space at the link's end lost ("Reutersmengutip sumber itu",
# "Al Jazeeramelaporkan bahwa", "Dilansir Al Jazeerayang merujuk": fix sets KG and KN, 2026-12, 4 pages): a reporting
# verb glued after it cites the name; "yang", "pada" or "bahwa" glued after it only right behind a cue
_GLUED_VERBS = ("melaporkan", "memberitakan", "mewartakan", "menyebutkan", "menulis", "mengutip", "melansir")
_PRONOUN_CUES = ("dilansir", "dikutip", "mengutip", "melansir")  # (found in lower case: "Dilansir" too)
_NAME_THEN_PRONOUN = re.compile(r"(?:[ \t]+dari)?[ \t]+((?:[A-Z][\w.&'-]*[ \t]+){0,2}[A-Z][\w.&'-]*?)(?:yang|pada|bahwa)\b")


def glued_names(text: str, own: str | None, found: dict, low: bytes | None = None) -> None:
    """Registered names glued to the next word (above). The words and cues are found in one automaton pass over
    `low` (ascii_lower(text)): a search for each of them cost ~45 µs a page, a regex at every character more."""
    words = _GLUED_VERBS + _PRONOUN_CUES
    if low is None:
        low = text.lower().encode("ascii", "replace")
    for w, at, end in _word_starts(words, True)(low, overlapping=True):
        if w < len(_GLUED_VERBS):
            if at and text[at - 1].islower() and not text[end:end + 1].isalnum():
                start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
                if text[start:start + 1].isupper() and at - start >= 2:
                    _cite(text, text[max(0, start - 30):start].split()[-2:], start, at, own, found)
        elif (m := _NAME_THEN_PRONOUN.match(text, end)) is not None:
            names = m.group(1).split()
            _cite(text, names[:-1], m.end(1) - len(names[-1]), m.end(1), own, found)


def _cite(text: str, before: list[str], start: int, end: int, own: str | None, found: dict) -> None:
    """The longest registered name of up to two words before text[start:end] and that token ("Al" + "Jazeera")."""
    for k in range(len(before), -1, -1):
        words = before[len(before) - k:]
        sid = lookup_outlet(" ".join(words + [text[start:end]]))
        if sid is not None:
            if sid != own:
                found.setdefault(sid, snippet(text, start - sum(len(w) + 1 for w in words), end))
            return


def _word_elsewhere(text: str, word: str, at: int) -> bool:
    """The host's name is printed again in lower case as a word of the text ('dikutip pembaruan' in a text that
    speaks of 'pembaruan', renewal): there it is an ordinary word, not a site's name (the known false reading of
    a generated corpus's word salad, stop 26)."""
    return any(m.start() != at for m in re.finditer(rf"(?<![\w.]){re.escape(word)}(?![\w.])", text))


# a registered outlet's article cited by its address in brackets after a sentence ("... harga energi tersebut.
# (https://www.outlet.com/content/...)": a blog citing its sources so, fix set LK, 2026-12)
_CITED_LINK = re.compile(r"\(\s*https?://(?:www\.)?(?P<h>[a-z0-9-]+(?:\.[a-z0-9-]+)+)/[^\s)]*\s*\)")


def cited_links(text: str, own: str | None, found: dict) -> None:
    """Each registered outlet whose article the text cites by its address in brackets (see _CITED_LINK)."""
    for m in _CITED_LINK.finditer(text):
        sid = lookup_outlet(m.group("h"))
        if sid is not None and sid != own:
            found.setdefault(sid, snippet(text, m.start("h"), m.end("h")))
