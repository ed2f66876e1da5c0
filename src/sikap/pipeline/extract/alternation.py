"""Many line patterns tried as one: "does any of them match at the start of this line?".

The line rules ask this of nearly every line, and most lines are body text that no pattern takes, so the
question must be cheap. One alternation of all the patterns is one call, but the regex engine still tries
every branch at the line's start, and a branch that scans the whole line ("anything, then an e-mail
address, then anything") costs more than all the others together on a long paragraph.

So each pattern's *required characters* are read off its parsed form: punctuation that every match must
contain ("@" for an e-mail address, "(" for "(bicara | kontrib)"). The patterns that scan the line and
require such a character are grouped by it, each group one alternation tried only when the line holds one
of its characters; all other patterns form one alternation tried on every line (they fail at the line's
first characters anyway). The answer is the same as the one alternation's: a pattern skipped could not have
matched a line without its required character, and the order of an alternation's branches does not decide
whether one of them matches.

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
import string
from dataclasses import dataclass

_PUNCT = frozenset(string.punctuation)  # no case: the same under re.IGNORECASE


@functools.cache
def required_chars(pattern: re.Pattern) -> frozenset | None:
    """Punctuation characters of which every match of `pattern` holds at least one, or None when the
    pattern has no such set (or cannot be read)."""
    try:
        from re import _constants as c, _parser as parser

        items = parser.parse(pattern.pattern)  # as the alternation holds it: inline flags only
    except Exception:  # another Python's internals: no guard, the pattern is simply always tried
        return None

    def seq(items) -> frozenset | None:
        for op, av in items:  # every item of a sequence is part of every match
            found = item(op, av)
            if found:
                return found
        return None

    def item(op, av) -> frozenset | None:
        if op is c.LITERAL:
            return frozenset(chr(av)) if chr(av) in _PUNCT else None
        if op is c.SUBPATTERN:
            return seq(av[3])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return seq(av[2]) if av[0] >= 1 else None  # a part repeated at least once
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op is c.BRANCH:  # one of the branches: the union, if each has a set
            sets = [seq(b) for b in av[1]]
            return frozenset().union(*sets) if all(sets) else None
        return None  # classes, look-arounds, anchors, back-references: nothing required

    return seq(items)


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
def scans(pattern: re.Pattern) -> bool:
    """Does the pattern open with "any characters" (".*", ".{0,80}")? Such a pattern walks the whole line
    before it fails; any other fails at the line's first characters, as cheaply in the one alternation."""
    try:
        from re import _constants as c, _parser as parser

        items = list(parser.parse(pattern.pattern))
    except Exception:
        return False
    while items and items[0][0] is c.SUBPATTERN:
        items = list(items[0][1][3])
    return bool(items) and items[0][0] in (c.MAX_REPEAT, c.MIN_REPEAT) and \
        any(op is c.ANY for op, _ in items[0][1][2]) and items[0][1][1] >= 20


class ByHead:
    """The `always` patterns split by the two characters a line opens with: for an ASCII head, one
    alternation of only the patterns whose start_pairs allow it (built when a head is first seen, shared
    between heads that allow the same patterns); for any other head, all of them."""

    def __init__(self, patterns: list[re.Pattern]):
        self.patterns = patterns
        self.pairs = [start_pairs(p) for p in patterns]
        self.heads: dict = {}  # text[:2] as printed -> that alternation's bound match, or None (no pattern opens there)
        self.by_set: dict = {}  # tuple of pattern indexes -> their one alternation

    def pick(self, head: str) -> re.Pattern | None:
        low = head.lower()
        chosen = tuple(k for k, pairs in enumerate(self.pairs)
                       if pairs is None or "" in pairs or not head.isascii() or low in pairs or low[:1] in pairs)
        if chosen not in self.by_set:
            self.by_set[chosen] = one_alternation([self.patterns[k] for k in chosen])
        return self.by_set[chosen]

    def learn(self, head: str):
        """The bound `match` of the alternation for this head (None: no pattern opens there), kept."""
        if len(self.heads) > 20000:  # only non-ASCII heads can pass 16,384: a bound all the same
            self.heads.clear()
        rx = self.pick(head)
        self.heads[head] = found = rx.match if rx is not None else None
        return found


@dataclass(frozen=True)
class Alternation:
    always: ByHead | None  # the patterns tried on every line
    guarded: tuple  # (required characters, one alternation of the scanning patterns that require them)

    def match(self, text: str) -> bool:
        """True when one of the patterns matches at the start of text."""
        heads = self.always
        if heads is not None:
            m = heads.heads.get(text[:2], heads)
            if m is heads:
                m = heads.learn(text[:2])
            if m is not None and m(text):
                return True
        for chars, rx in self.guarded:
            if (chars in text if len(chars) == 1 else any(ch in text for ch in chars)) and rx.match(text):
                return True
        return False


def alternation(patterns) -> Alternation | None:
    """The patterns as one alternation, but for those that scan the line and require a character (an
    e-mail address's "@"), grouped by it, and the others split by the line's first two characters; None
    for no patterns."""
    patterns = list(patterns)
    if not patterns:
        return None
    always, groups = [], {}
    for p in patterns:
        chars = required_chars(p) if scans(p) else None
        if chars:
            groups.setdefault("".join(sorted(chars)), []).append(p)
        else:
            always.append(p)
    return Alternation(ByHead(always) if always else None,
                       tuple((ch, one_alternation(ps)) for ch, ps in sorted(groups.items())))
