"""Small judgements about one line of text that several extraction rules share.

Each answers a question a careful reader asks of a line at a glance: is it running prose, could it be a
headline, is it a person's name. They look only at the line itself; where a line sits on the page is the
business of `zones`.

The rules look a line up in the phrase catalogue several times (the line rules, the zones, the header and
footer passes each read the page again), so `fold` keeps a small cache of recent answers: LINE_CACHE
lines, more than a long page holds (NFKC and case folding cost more than the lookup).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterator

WS = " \t\u00a0\u2009\u200b\ufeff\u3000"
SENTENCE_END = tuple('.!?"”’\')]…।')
_WORD = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)
# Words a headline in Indonesian or English leaves in lower case (title case keeps the rest capitalised).
FUNCTION_WORDS = frozenset(
    "di ke dari dan atau yang untuk pada dalam dengan oleh soal jadi jika kalau tak tidak bukan ini itu akan "
    "sudah telah masih juga pun saat usai jelang kala bagi demi hingga sampai antara sebagai tentang serta "
    "lewat lagi bisa mau harus kian makin kok ya vs hingga per atas bawah ala usai para sang si nan "
    "a an the of to in on at for and or by with from as is are was be vs via".split()
)
NAME_PARTICLES = frozenset("bin binti van von de der da del al el la le".split())
# Balinese caste and birth-order titles abbreviated before a given name ("AA" Anak Agung, "IB" Ida Bagus, "IGA"
# I Gusti Ayu, "IGN" I Gusti Ngurah, ...): printed in capitals, they open a person's name, not an acronym among
# its words (a Bali portal's credit line 'Penulis: AA NAME | Editor: Anak Agung NAME', probe set AI, 2026-12)
NAME_ABBREVIATIONS = frozenset("AA AAA AAG AAN IB IBG IBP IBM IGA IGAA IGB IGK IGM IGN IGP IGNA".split())
LINE_CACHE = 4096
# what is not a lower-case ASCII letter: cut from a casefolded name to compare two spellings of a site's name
# ("LPM SiGMA" and lpmsigma.com; outlet_titles, outlet_resolve)
NOT_LETTERS = re.compile(r"[^a-z]+")

# a web domain standing for an outlet ("contoh.co.id", "www.kabar.online"): datelines, date lines, sign-offs
DOMAIN = re.compile(
    r"(?i)^(?:www\.)?[a-z0-9][\w-]*(?:\.[a-z0-9-]+)*\.(?:co\.id|or\.id|my\.id|web\.id|ac\.id|go\.id|sch\.id|com|id|net|org|"
    r"co|info|news|tv|biz|online|site|xyz|asia|today|io|me|live|media|press|pro|top|su|in|us|uk|my|sg)$")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def content_words(text: str) -> set[str]:
    """A line's words that carry its content, case-folded: no function words, no numbers. Two lines telling the
    same scene share many of them (a caption and the lede, another story's excerpt and the text)."""
    return {w.casefold() for w in words(text) if not w[0].isdigit() and w.casefold() not in FUNCTION_WORDS}


def word_count(text: str, cap: int = 1000) -> int:
    """len(text.split()) up to cap + 1 (meaning "more than cap")."""
    return len(text.split(maxsplit=cap))


def ends_sentence(text: str) -> bool:
    return text.rstrip(WS).endswith(SENTENCE_END)


def is_prose(text: str, min_words: int = 12, nw: int | None = None) -> bool:
    """Running text: a paragraph of at least `min_words` words that ends like a sentence, or a long one.
    `nw`: the line's word count if the caller has it (capped at 30 or above), so the line is not split again."""
    n = len(text.split(None, 30)) if nw is None else nw  # any count past 29 answers as 30 does: no min()
    return n >= 30 or (n >= min_words and text.rstrip(WS).endswith(SENTENCE_END))  # ends_sentence, inline


def caseless(ch: str) -> bool:
    """A letter of a script without case (Arabic, Persian, Bengali, Devanagari, CJK...)."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def starts_upper(text: str) -> bool:
    for ch in text.lstrip(WS + "\"'“‘([*•+-–—"):
        if ch.isdigit() or ch.isupper() or caseless(ch):
            return True
        return False
    return False


def strip_markdown(text: str) -> str:
    """A headline printed as markdown emphasis (**...**, __...__) reads without its markers."""
    t = text.strip(WS)
    if t[:1] not in ("*", "_"):
        return t
    for mark in ("**", "__", "*", "_"):
        if len(t) > 2 * len(mark) and t.startswith(mark) and t.endswith(mark):
            return t[len(mark):-len(mark)].strip(WS)
    return t


def title_like(text: str, max_words: int = 35) -> bool:
    """Could be a headline: 2 to max_words words, starts with a capital (or a caseless script), and does not
    end like a sentence or a label ('.', ',', ';', ':'); '?' and '!' are allowed, headlines ask and exclaim. A full
    stop inside a closing quote ('... yang "menjamin keamanan negara."') ends a sentence too."""
    t = strip_markdown(text)
    n = word_count(t, max_words)
    if not 2 <= n <= max_words or not starts_upper(t):
        return False
    return not t.endswith((".", ",", ";", ":", "…", '."', ".”", ".’", ".'"))


def capitalised_share(text: str) -> float:
    """Share of content words (not function words) that start with a capital: ~1 for title case."""
    ws = [w for w in words(text) if w.lower() not in FUNCTION_WORDS and not w[0].isdigit()]
    if not ws:
        return 0.0
    return sum(1 for w in ws if w[0].isupper()) / len(ws)


def headline_case(text: str, nw: int | None = None) -> bool:
    """Title Case: three to 35 words, three in four content words capitalised (judged on the first 150
    characters: a paragraph of body text is never a headline). `nw` as for is_prose."""
    n = word_count(text, 35) if nw is None else min(nw, 36)
    return 3 <= n <= 35 and capitalised_share(text[:150]) >= 0.75


_DOMAIN_TAIL = re.compile(r"\w\.[a-z]{2,}$", re.I)


def _name_token(tok: str) -> bool:
    core = tok.strip(".,'’")
    if not core or not core.isalpha() and (any(c.isdigit() for c in core) or _DOMAIN_TAIL.search(core)):
        return False  # (letters only: no digit, and no dot for a domain's tail; most tokens)
    if core.lower() in NAME_PARTICLES:
        return True
    return core[0].isupper() and (core[1:].islower() or core.isupper() or "'" in core or "-" in core
                                  or core[1:].replace(".", "").isalpha())


def name_like(text: str, max_tokens: int = 5, allcaps: bool = True) -> bool:
    """A person's name as bylines print it: 1 to max_tokens capitalised tokens (or ALL CAPS, unless
    allcaps=False: a bare line in capitals is more often a heading than a name), particles allowed, no
    digits, no web domain, no sentence punctuation."""
    t = text.strip(WS)
    if not allcaps and t.isupper():
        return False
    if not t or t.endswith(("?", "!", ":", ";")) or "," in t:
        return False
    toks = t.split()
    if not 1 <= len(toks) <= max_tokens:
        return False
    if sum(1 for x in toks if x.lower() in NAME_PARTICLES) >= len(toks):
        return False
    caps = [x for k, x in enumerate(toks) if len(x.strip(".,")) >= 2 and x.strip(".,").isupper()
            and not (k == 0 and x.strip(".,") in NAME_ABBREVIATIONS)]
    if caps and len(caps) < len([x for x in toks if len(x.strip(".,")) >= 2]):
        return False  # "IAEA Badan Atom Internasional": an acronym among capitalised words is not a name
    return all(_name_token(x) for x in toks)


def normal_case(name: str) -> str:
    """'FULL NAME' -> 'Full Name'; mixed case is kept as printed."""
    if name.isupper() and any(c.isalpha() for c in name):
        return " ".join(w[:1] + w[1:].lower() if len(w) > 1 else w for w in name.split())
    return name


def ascii_lower(text: str) -> bytes | None:
    """text.lower() as ASCII bytes, character for character, with "?" for every non-ASCII character; None
    when the text holds İ or K, the only non-ASCII characters whose lower case holds an ASCII one
    (tests/extract/test_notices.py checks it on the whole of Unicode). So an ASCII phrase without "?"
    occurs in text.lower() exactly where it occurs in this form, which costs a fifth of lower-casing a text
    that holds curly quotes or dashes (stored two bytes a character) and is searched faster."""
    if "\u0130" in text or "\u212a" in text:
        return None
    return text.encode("ascii", "replace").lower()


def holds_any(phrases: frozenset, text: str) -> bool:
    """Does text.lower() hold one of the phrases? One automaton scan, of ascii_lower's bytes when the phrases are
    ASCII without "?" (which stands for every other character there): half the time of lower-casing a text that
    holds curly quotes and scanning it as UTF-8."""
    scan, ascii_scan = _phrase_scan(phrases)
    low = ascii_lower(text) if ascii_scan is not None else None
    return bool(scan.find_matches_as_indexes(text.lower()) if low is None else ascii_scan.find_matches_as_indexes(low))


@functools.cache
def _phrase_scan(phrases: frozenset) -> tuple:
    """(automaton over the phrases, the same over their bytes or None when one is not ASCII or holds a "?")."""
    from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

    ordered = sorted(phrases)
    plain = all(p.isascii() and "?" not in p for p in ordered)
    return (AhoCorasick(ordered, implementation=Implementation.DFA),
            BytesAhoCorasick([p.encode("ascii") for p in ordered], implementation=Implementation.DFA) if plain else None)


def matches_at(pattern: re.Pattern, text: str, starts) -> Iterator[re.Match]:
    """The matches of pattern.finditer(text) when `starts` (sorted) holds every place a match can begin: the
    pattern is tried there only, and not inside a match already found. A regex opening with an alternation is
    otherwise tried at every character of the text."""
    end = 0
    for at in starts:
        m = pattern.match(text, at) if at >= end else None
        if m is not None:
            end = m.end()
            yield m


def lines_holding(text: str, needles, hay: str | bytes | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` (split at "\\n") that holds one of the needles (none holds a
    "\\n"), in order: a pass that reads only such lines spares the others a Python step each. `hay`: a form
    of the text to search instead (ascii_lower's bytes, with needles in bytes), character for character as
    long as the text."""
    hay = text if hay is None else hay
    spans = set()
    for needle in needles:
        at = hay.find(needle)
        while at >= 0:
            spans.add((text.rfind("\n", 0, at) + 1, len(text) if (b := text.find("\n", at)) < 0 else b))
            at = hay.find(needle, at + 1)
    return sorted(spans)


def lines_at(lines: list[str], positions) -> set[int]:
    """The indexes of the lines holding the given offsets of "\\n".join(lines)."""
    if not positions:
        return set()
    starts, at = [], 0
    for t in lines:
        starts.append(at)
        at += len(t) + 1
    return {bisect.bisect_right(starts, p) - 1 for p in positions}


@functools.lru_cache(maxsize=LINE_CACHE)
def fold(text: str) -> str:
    """Case- and width-insensitive form for phrase lookups: NFKC, casefold, one space between words."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def teaser_like(text: str, nw: int) -> bool:
    """A related-article teaser: a headline (no closing full stop or quote), a cut teaser ending in an
    ellipsis, or a short item (a time, a number, a lone dash)."""
    t = text.strip()
    if nw <= 3 and not t.endswith("."):
        return True
    if t.endswith(("…", "...")) and nw <= 30:
        return True
    if not title_like(t, 30):
        return False
    return not (t.endswith(('"', "”", "’", "'")) and not t.startswith(("“", '"', "'", "‘")))


def logo_host_end(text: str) -> int:
    """Where the dateline starts in 'Kabarcontoh.com KABARCONTOH.COM, KOTA – ...': the logo's alt text (a host)
    glued before a dateline printing the same host (fix set ID, 2026-12); 0 when the line opens otherwise."""
    first, _, rest = text.partition(" ")
    if rest[:len(first)].casefold() == first.casefold() and rest[len(first):len(first) + 1] in (",", " ", "-", "–", "—") \
            and DOMAIN.match(first):
        return len(text) - len(rest)
    return 0
