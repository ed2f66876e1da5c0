"""Many line patterns tried as one: "does any of them match at the start of this line?".

The line rules ask this of nearly every line, and most lines are body text that no pattern takes, so the
question must be cheap. One alternation of all the patterns is one call, but the regex engine still tries
every branch at the line's start, and a branch that scans the whole line ("anything, then an e-mail
address, then anything") costs more than all the others together on a long paragraph.

So each pattern's *required strings* are read off its parsed form (`sikap.pipeline.extract.required`):
strings one of which every match must contain ("@" for an e-mail address, "pic.twitter.com/", ".jpg" or
".png" for an image file name). The patterns that scan the line, and those any word may open (a photo
credit's "NAME via Getty Images", a run of host names: the line's first characters never rule them out, and
they walk its first words before they fail, ~2 µs a capitalised line), and require such strings are grouped by
them, each group one alternation tried only when the line holds one of its strings (lower-cased where the
pattern ignores case); one Aho-Corasick pass over the lower-cased line first tells whether it holds any of
them at all (most lines do not). All other patterns form one alternation tried on every line (they fail at
the line's first characters anyway). The answer is the same as the one alternation's: a pattern skipped
could not have matched a line without its required string, and the order of an alternation's branches does
not decide whether one of them matches.

Even one call costs a body line a microsecond or more, since a case-insensitive alternation tries its
branches one by one. So each alternation also knows which lines could open one of its matches at all, and
tries a line only against the patterns its first characters allow (byhead.py: most body lines against
none, the others against one or a few).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sikap.pipeline.extract.byhead import ByHead, _shared_alternation, one_alternation, start_pairs  # noqa: F401
from sikap.pipeline.extract.required import COMMON, FOLDS_TO_ASCII, required_strings

_FOLDING = re.compile(f"[{FOLDS_TO_ASCII}]")


@functools.cache
def scans(pattern: re.Pattern) -> bool:
    """Does the pattern open (after optional parts) with "any characters" (".{0,80}", "[^.!?]{0,150}")?
    Such a pattern walks the whole line before it fails; any other fails at the line's first characters,
    as cheaply in the one alternation."""
    try:
        from re import _constants as c, _parser as parser

        items = list(parser.parse(pattern.pattern))
    except Exception:
        return False
    while items and (items[0][0] is c.SUBPATTERN or len(items) > 1 and items[0][0] in (c.MAX_REPEAT, c.MIN_REPEAT)
                     and items[0][1][0] == 0 and items[0][1][1] < 20):
        items = list(items[0][1][3]) if items[0][0] is c.SUBPATTERN else items[1:]
    if not items or items[0][0] not in (c.MAX_REPEAT, c.MIN_REPEAT) or items[0][1][1] < 20 or len(items[0][1][2]) != 1:
        return False
    op, av = items[0][1][2][0]  # what is repeated: any character, or all but a few ("[^.!?]")
    return op in (c.ANY, c.NOT_LITERAL) or op is c.IN and bool(av) and av[0][0] is c.NEGATE


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


@functools.cache
def opens_any_word(pattern: re.Pattern) -> bool:
    """May a match open with any ASCII letter ("[A-Z][\\w.-]+", "[a-z0-9-]+")? Then a line's head (byhead.py)
    never rules the pattern out, as it does for most patterns on most lines of text."""
    pairs = start_pairs(pattern)
    return pairs is None or "" in pairs or _LETTERS <= {p[:1] for p in pairs}


def weak(strings) -> bool:
    """Required strings made of characters nearly every line holds (",", "-"): a page-level screen would find
    them on every line, so a line is searched for them itself (a find of one character)."""
    return all(set(x) <= COMMON for x in strings)


@dataclass(frozen=True)
class Alternation:
    always: ByHead | None  # the patterns tried on every line
    guarded: tuple  # (required strings, folded, one alternation of the scanning patterns that require them)
    screen: Callable = field(init=False, repr=False, compare=False)  # any required string in a lower-cased line?
    by_needle: dict = field(init=False, repr=False, compare=False)  # lower-cased string (not weak) -> its groups
    weak: tuple = field(init=False, repr=False, compare=False)  # the groups whose strings are weak

    def __post_init__(self):
        from ahocorasick_rs import AhoCorasick, Implementation

        lowered = sorted({n.lower() for strings, _, _ in self.guarded for n in strings})
        automaton = AhoCorasick(lowered, implementation=Implementation.DFA) if lowered else None
        object.__setattr__(self, "screen", automaton.find_matches_as_indexes if automaton else None)
        by_needle: dict = {}
        for g, (strings, _, _) in enumerate(self.guarded):
            if not weak(strings):
                for n in strings:
                    by_needle.setdefault(n.lower(), []).append(g)
        object.__setattr__(self, "by_needle", {n: tuple(gs) for n, gs in by_needle.items()})
        object.__setattr__(self, "weak", tuple(g for g, (strings, _, _) in enumerate(self.guarded) if weak(strings)))

    def __reduce__(self):  # the automaton does not pickle; it is made again
        return Alternation, (self.always, self.guarded)

    def match(self, text: str, found: frozenset | None = None) -> bool:
        """True when one of the patterns matches at the start of text. `found`: the lower-cased required
        strings (not weak) the line holds, as NeedleScreen.found_lines reads them off the whole page (None: not
        known, the line is screened here)."""
        heads = self.always
        if heads is not None:
            m = heads.heads.get(text[:4], heads)
            if m is heads:
                m = heads.learn(text[:4])
            if m is not None and m(text):
                return True
        if not self.guarded:
            return False
        if found is not None:
            return self._found_match(text, found)
        if text.isascii() or not _FOLDING.search(text):
            low = text.lower()
            if not self.screen(low):  # most lines hold no required string in any case: one pass over the line
                return False
        else:
            low = True  # a character folding to ASCII is there: the patterns are simply tried
        for needles, folded, rx in self.guarded:
            hay = low if folded else text
            if (hay is True or (needles[0] in hay if len(needles) == 1 else any(n in hay for n in needles))) \
                    and rx.match(text):
                return True
        return False

    def _found_match(self, text: str, found: frozenset) -> bool:
        """match's guarded part for a line whose required strings are known: only the groups requiring one of
        them (a group that ignores case holds it then; another is asked for its strings as printed) and the
        weak groups (asked for theirs) are tried."""
        groups = self.weak
        if found:
            by_needle = self.by_needle
            picked = {g for n in found for g in by_needle.get(n, ())}
            if picked:
                groups = sorted(picked.union(groups))
        guarded = self.guarded
        for g in groups:
            needles, folded, rx = guarded[g]
            if (folded or (needles[0] in text if len(needles) == 1 else any(n in text for n in needles))) \
                    and rx.match(text):
                return True
        return False


def alternation(patterns) -> Alternation | None:
    """The patterns as one alternation, but for those that scan the line or that any word may open, and require
    a string (an e-mail address's "@", "pic.twitter.com/", "Getty Images"), grouped by it, and the others split
    by the line's first characters; None for no patterns."""
    patterns = list(patterns)
    if not patterns:
        return None
    always, groups = [], {}
    for p in patterns:
        need = required_strings(p) if scans(p) or opens_any_word(p) else None
        if need:
            groups.setdefault(need, []).append(p)
        else:
            always.append(p)
    return Alternation(ByHead(always) if always else None,
                       tuple((strings, folded, _shared_alternation(tuple(ps))) for (strings, folded), ps in sorted(groups.items())))


class NeedleScreen:
    """Which required strings (not weak) of some alternations each line of a page holds: one scan of the
    page's ASCII lower case (text.ascii_lower) for all of them, instead of one lower-casing and one scan per
    line and alternation (most lines of a page hold none); Alternation.match then tries only the groups
    that require a string the line holds."""

    def __init__(self, alternations):
        from ahocorasick_rs import BytesAhoCorasick, Implementation

        needles = sorted({n for a in alternations if a is not None for n in a.by_needle})
        self.needles = needles
        self.find = None
        if needles and all(n.isascii() for n in needles):
            automaton = BytesAhoCorasick([n.encode("ascii") for n in needles], implementation=Implementation.DFA)
            self.find = automaton.find_matches_as_indexes

    def found_lines(self, texts: list[str], joined: str, low: bytes | None) -> list[frozenset] | None:
        """For every line of `texts` ("\\n".join(texts) is `joined`, `low` its ascii_lower): the required strings
        it holds in lower case; None when the page holds a character folding to ASCII (İ, ı, ſ, K: such lines
        are screened one by one). A match never spans a line (no required string holds a "\\n"), and every
        occurrence of every string is found (overlapping: "melalui" holds "lalu")."""
        if self.find is None or low is None or any(c in joined for c in FOLDS_TO_ASCII):
            return None
        hits = self.find(low, overlapping=True)
        if not hits:
            return [_NONE] * len(texts)
        starts, at = [], 0
        for t in texts:
            starts.append(at)
            at += len(t) + 1
        per_line: dict = {}
        needles = self.needles
        for k, start, _ in hits:
            per_line.setdefault(bisect.bisect_right(starts, start) - 1, set()).add(needles[k])
        return [frozenset(per_line[i]) if i in per_line else _NONE for i in range(len(texts))]


_NONE: frozenset = frozenset()
