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
    for m in matches_at_words(_BARE_CUE, _BARE_WORDS, text, low):
        sid = bare_host(m.group(1))
        if sid and sid != own and not _word_elsewhere(text, m.group(1), m.start(1)):
            found.setdefault(sid, snippet(text, m.start(1), m.end(1)))
    for m in matches_at_words(_LOWER_NAME_CUE, _BARE_WORDS, text, low):
        words = m.group(1).split()
        for n in range(len(words), 1, -1):  # the longest name first; one word is bare_host's above
            sid = lookup_outlet(" ".join(w.capitalize() for w in words[:n]))
            if sid is not None:
                if sid != own:
                    found.setdefault(sid, snippet(text, m.start(1), m.end(1)))
                break


# a registered name glued to the word after it, the space at the link's end lost ("Reutersmengutip sumber itu",
# "Al Jazeeramelaporkan bahwa", "Dilansir Al Jazeerayang merujuk": fix sets KG and KN, 2026-12, 4 pages): a reporting
# verb glued after it cites the name; "yang", "pada" or "bahwa" glued after it only behind a cue
_GLUED_NEXT = re.compile(r"(?<=[a-z])(melaporkan|memberitakan|mewartakan|menyebutkan|menulis|mengutip|melansir|yang|pada"
                         r"|bahwa)\b")
_ONLY_BEHIND_A_CUE = frozenset({"yang", "pada", "bahwa"})


def glued_names(text: str, own: str | None, found: dict) -> None:
    """Registered names glued to the next word (above): the capitalised token the word closes, with up to two words
    before it, looked up as a name."""
    from sikap.pipeline.extract.attribution_context import cue_before

    for m in _GLUED_NEXT.finditer(text):
        start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if not text[start:start + 1].isupper() or m.start() - start < 2:
            continue
        before = text[max(0, start - 30):start].split()[-2:]
        for k in range(len(before), -1, -1):  # the longest reading first ("Al" + "Jazeera")
            words = before[len(before) - k:]
            sid = lookup_outlet(" ".join(words + [text[start:m.start()]]))
            if sid is not None:
                at = start - sum(len(w) + 1 for w in words)
                break
        if sid is None or sid == own or sid in found:
            continue
        if m.group(1) in _ONLY_BEHIND_A_CUE and not cue_before(text, at):
            continue
        found[sid] = snippet(text, at, m.start())


def _word_elsewhere(text: str, word: str, at: int) -> bool:
    """The host's name is printed again in lower case as a word of the text ('dikutip pembaruan' in a text that
    speaks of 'pembaruan', renewal): there it is an ordinary word, not a site's name (the known false reading of
    a generated corpus's word salad, stop 26)."""
    return any(m.start() != at for m in re.finditer(rf"(?<![\w.]){re.escape(word)}(?![\w.])", text))
