"""Many line patterns tried as one: "does any of them match at the start of this line?".

The line rules ask this of nearly every line, and most lines are body text that no pattern takes, so the
question must be cheap. One alternation of all the patterns is one call, but the regex engine still tries
every branch at the line's start, and a branch that scans the whole line ("anything, then an e-mail
address, then anything") costs more than all the others together on a long paragraph.

So each pattern's *required strings* are read off its parsed form (`sikap.pipeline.extract.required`):
strings one of which every match must contain ("@" for an e-mail address, "pic.twitter.com/", ".jpg" or
".png" for an image file name). The patterns that scan the line and require such strings are grouped by
them, each group one alternation tried only when the line holds one of its strings (lower-cased where the
pattern ignores case); one Aho-Corasick pass over the lower-cased line first tells whether it holds any of
them at all (most lines do not). All other patterns form one alternation tried on every line (they fail at
the line's first characters anyway). The answer is the same as the one alternation's: a pattern skipped
could not have matched a line without its required string, and the order of an alternation's branches does
not decide whether one of them matches.

Even one call costs a body line a microsecond or more, since a case-insensitive alternation tries its
branches one by one. So each alternation also knows which lines could open one of its matches at all:
the set of (ASCII, lower-cased) first two characters its matches can begin with, read off the parsed
patterns (`start_pairs`), and a line is tried only against the patterns its first two characters allow
(`ByHead`): most body lines against none, the others against a few; a line opening with a non-ASCII
character against all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sikap.pipeline.extract.prefixes import allowed_patterns, opens_non_ascii, register
from sikap.pipeline.extract.required import FOLDS_TO_ASCII, required_strings

_FOLDING = re.compile(f"[{FOLDS_TO_ASCII}]")

_ASCII = [chr(c) for c in range(128)]
_ANY = frozenset(c.lower() for c in _ASCII)


def _class_members(items) -> frozenset:
    """The ASCII characters (lower-cased) a character class may match (a superset is enough)."""
    from re import _constants as c

    if any(op is c.NEGATE for op, _ in items):
        return _ANY
    out = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE:
            out.update(chr(v) for v in range(av[0], min(av[1], 127) + 1))
        elif op is c.CATEGORY:
            rx = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                  c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}.get(av)
            if rx is None:
                return _ANY
            out.update(ch for ch in _ASCII if re.match(rx, ch))
        else:
            return _ANY
    return frozenset(ch.lower() for ch in out)


def _then(heads: frozenset, tails: frozenset) -> frozenset:
    """Every head followed by every tail, cut to two characters."""
    out = set()
    for h in heads:
        if len(h) >= 2:
            out.add(h)
        else:
            out.update((h + t)[:2] for t in tails)
    return frozenset(out)


@functools.cache  # the same catalogue patterns make up many alternations (one per line length)
def start_pairs(pattern: re.Pattern) -> frozenset | None:
    """The strings of at most two characters a match of the pattern may begin with, over ASCII lower-cased
    characters (a string shorter than two: a match that short); None when it cannot be read. A superset:
    a pattern may also begin otherwise, but only with a non-ASCII character."""
    try:
        from re import _constants as c, _parser as parser

        items = parser.parse(pattern.pattern)
    except Exception:
        return None

    def seq(items) -> frozenset:
        out = frozenset([""])
        for op, av in items:
            out = _then(out, item(op, av))
            if all(len(w) >= 2 for w in out):
                break
        return out

    def item(op, av) -> frozenset:
        if op is c.LITERAL:
            return frozenset([chr(av).lower()]) if av < 128 else frozenset()
        if op is c.IN:
            return _class_members(av)
        if op in (c.NOT_LITERAL, c.ANY):
            return _ANY
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return frozenset([""])  # zero width
        if op is c.SUBPATTERN:
            return seq(av[3])
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op is c.BRANCH:
            return frozenset().union(*(seq(b) for b in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, body = av
            one = seq(body)
            out, reps, k = set(), frozenset([""]), 0
            while k <= hi:
                if k >= lo:
                    out |= reps
                nxt = _then(reps, one)
                if nxt == reps and k >= lo:
                    break
                reps, k = nxt, k + 1
            return frozenset(out)
        raise ValueError(op)  # back-references and the like: not read

    try:
        return seq(items)
    except ValueError:
        return None


def one_alternation(patterns) -> re.Pattern | None:
    """One alternation of the patterns, each in its own flag scope ("(?i)x" becomes "(?i:x)")."""
    parts = []
    for p in patterns:
        body = p.pattern
        m = re.match(r"^\(\?([aiLmsux]+)\)", body)
        parts.append(f"(?{m.group(1)}:{body[m.end():]})" if m else f"(?:{body})")
    return re.compile("|".join(parts)) if parts else None


@functools.cache
def _shared_alternation(patterns: tuple) -> re.Pattern | None:
    """one_alternation, kept for every ByHead: the line rules' tables (one alternation per line length) choose
    the same few patterns for many heads, and a build compiled each choice a third of the time it was made
    (~1,300 compilations of ~400 distinct ones in a worker over 5,000 files, ~1 ms each)."""
    return one_alternation(patterns)


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


class ByHead:
    """The `always` patterns split by the first characters a line opens with: for an ASCII head, only the
    patterns whose start_pairs allow its first two characters and whose start_prefixes (prefixes.py) allow
    its first four, tried one by one when they are few and else as one alternation (built when a set is
    first chosen, shared between heads that allow the same patterns); for a head opening with a character
    other than ASCII, those that may open so (prefixes.opens_non_ascii); for any other head, all of them
    that its first two characters allow."""

    def __init__(self, patterns: list[re.Pattern]):
        self.patterns = patterns
        self.pairs = [start_pairs(p) for p in patterns]
        register(patterns)  # their start_prefixes, for allowed_patterns
        self.wide = frozenset(k for k, p in enumerate(patterns) if opens_non_ascii(p))  # for a head not ASCII
        self.heads: dict = {}  # text[:4] as printed -> the bound match for its patterns, or None (none opens there)
        self.by_pair: dict = {}  # text[:2] as printed -> the indexes of the patterns start_pairs allow there
        self.by_set: dict = {}  # tuple of pattern indexes -> their match

    def __reduce__(self):  # what it learnt holds closures, which do not pickle: it is learnt again
        return ByHead, (self.patterns,)

    def pick(self, head: str) -> tuple:
        """The indexes of the patterns start_pairs allow for a line opening with `head` (two characters)."""
        chosen = self.by_pair.get(head)
        if chosen is None:
            if len(self.by_pair) > 20000:
                self.by_pair.clear()
            low = head.lower()
            self.by_pair[head] = chosen = tuple(
                k for k, pairs in enumerate(self.pairs)
                if pairs is None or "" in pairs or not head.isascii() or low in pairs or low[:1] in pairs)
        return chosen

    def learn(self, head: str):
        """The bound `match` for the patterns a line opening with `head` (its first four characters) may
        take (None: no pattern opens there), kept."""
        if len(self.heads) > 20000:  # a bound on memory: news text opens with some thousands of heads
            self.heads.clear()
        chosen = self.pick(head[:2])
        if chosen and head.isascii():
            allowed, patterns = allowed_patterns(head.lower()), self.patterns
            chosen = tuple(k for k in chosen if patterns[k] in allowed)
        elif chosen and not head[:1].isascii() and head[0] not in FOLDS_TO_ASCII:
            chosen = tuple(k for k in chosen if k in self.wide)
        found = self.by_set.get(chosen, self)
        if found is self:
            self.by_set[chosen] = found = _matcher(tuple(self.patterns[k] for k in chosen))
        self.heads[head] = found
        return found


def _matcher(patterns: tuple):
    """A callable whose answer is true exactly when one_alternation(patterns).match's is: the patterns' own
    bound `match` tried in turn when there are at most _ONE_BY_ONE, all with inline flags only (as the
    alternation holds them), else the shared alternation's. Compiling an alternation of a few patterns costs
    ~3 ms, more than trying them one by one on every line whose head chose them in a whole build."""
    if not patterns:
        return None
    if len(patterns) <= _ONE_BY_ONE and all(p.flags == re.compile(p.pattern).flags for p in patterns):
        if len(patterns) == 1:
            return patterns[0].match
        matches = tuple(p.match for p in patterns)

        def any_match(text: str, matches=matches) -> bool:
            for match in matches:
                if match(text):
                    return True
            return False
        return any_match
    rx = _shared_alternation(patterns)
    return rx.match if rx is not None else None


_ONE_BY_ONE = 8


@dataclass(frozen=True)
class Alternation:
    always: ByHead | None  # the patterns tried on every line
    guarded: tuple  # (required strings, folded, one alternation of the scanning patterns that require them)
    screen: Callable = field(init=False, repr=False, compare=False)  # any required string in a lower-cased line?

    def __post_init__(self):
        from ahocorasick_rs import AhoCorasick, Implementation

        lowered = sorted({n.lower() for strings, _, _ in self.guarded for n in strings})
        automaton = AhoCorasick(lowered, implementation=Implementation.DFA) if lowered else None
        object.__setattr__(self, "screen", automaton.find_matches_as_indexes if automaton else None)

    def __reduce__(self):  # the automaton does not pickle; it is made again
        return Alternation, (self.always, self.guarded)

    def match(self, text: str, needle_free: bool = False) -> bool:
        """True when one of the patterns matches at the start of text. `needle_free`: the caller knows the
        line holds none of the required strings and no character folding to ASCII (NeedleScreen), so the
        guarded patterns cannot match."""
        heads = self.always
        if heads is not None:
            m = heads.heads.get(text[:4], heads)
            if m is heads:
                m = heads.learn(text[:4])
            if m is not None and m(text):
                return True
        if needle_free or not self.guarded:
            return False
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


def alternation(patterns) -> Alternation | None:
    """The patterns as one alternation, but for those that scan the line and require a string (an e-mail
    address's "@", "pic.twitter.com/"), grouped by it, and the others split by the line's first two
    characters; None for no patterns."""
    patterns = list(patterns)
    if not patterns:
        return None
    always, groups = [], {}
    for p in patterns:
        need = required_strings(p) if scans(p) else None
        if need:
            groups.setdefault(need, []).append(p)
        else:
            always.append(p)
    return Alternation(ByHead(always) if always else None,
                       tuple((strings, folded, _shared_alternation(tuple(ps))) for (strings, folded), ps in sorted(groups.items())))


class NeedleScreen:
    """Which lines of a page may hold a required string of any of some alternations: one scan of the page's
    ASCII lower case (text.ascii_lower) for all of them, instead of one lower-casing and one scan per line
    and alternation (most lines of a page hold none)."""

    def __init__(self, alternations):
        from ahocorasick_rs import BytesAhoCorasick, Implementation

        needles = sorted({n.lower() for a in alternations if a is not None for strings, _, _ in a.guarded for n in strings})
        self.find = None
        if needles and all(n.isascii() for n in needles):
            automaton = BytesAhoCorasick([n.encode("ascii") for n in needles], implementation=Implementation.DFA)
            self.find = automaton.find_matches_as_indexes

    def free_lines(self, texts: list[str], joined: str, low: bytes | None) -> list[bool] | None:
        """For every line of `texts` ("\\n".join(texts) is `joined`, `low` its ascii_lower): True when it holds
        no required string in lower case; None when the page holds a character folding to ASCII (İ, ı, ſ, K:
        such lines try every pattern). A match never spans a line (no required string holds a "\\n"), and one
        that overlaps a match found lies in the same line, so the matches without overlaps tell every line."""
        if self.find is None or low is None or any(c in joined for c in FOLDS_TO_ASCII):
            return None
        from sikap.pipeline.extract.text import lines_at

        free = [True] * len(texts)
        for i in lines_at(texts, [start for _, start, _ in self.find(low)]):
            free[i] = False
        return free
