"""Which of many line patterns a line's first characters let open a match, and those patterns as one test.

`alternation.Alternation` asks "does any of these patterns match at the start of this line?" of nearly every
line, and most lines are body text that none takes. A case-insensitive alternation tries its branches one by
one (a microsecond or more a line), so a line is tried only against the patterns its head allows: the
(ASCII, lower-cased) first two characters a pattern's matches can begin with, read off the parsed pattern
(`start_pairs`), then the first four (prefixes.py), or for a head opening with a character other than ASCII
the patterns that may open so (`ByHead`): most body lines against none, the others against one or a few,
tried one by one, or as one alternation of them compiled when that set is first chosen.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.prefixes import allowed_patterns, opens_non_ascii, register, walk_starts
from sikap.pipeline.extract.required import FOLDS_TO_ASCII

_ASCII = [chr(c) for c in range(128)]
_ANY = frozenset(c.lower() for c in _ASCII)
_ALL = frozenset(_ASCII)


def _class_members(items, lower: bool = True) -> frozenset:
    """The ASCII characters (lower-cased, unless `lower` is false) a character class may match (a superset is
    enough)."""
    from re import _constants as c

    if any(op is c.NEGATE for op, _ in items):
        return _ANY if lower else _ALL
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
                return _ANY if lower else _ALL
            out.update(ch for ch in _ASCII if re.match(rx, ch))
        else:
            return _ANY if lower else _ALL
    return frozenset(ch.lower() for ch in out) if lower else frozenset(out)


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
    return walk_starts(pattern, _literal, _class_members, _then, lambda w: len(w) >= 2)


def _literal(av: int) -> frozenset:
    return frozenset([chr(av).lower()]) if av < 128 else frozenset()


_IGNORES_CASE = re.compile(r"\(\?[a-zA-Z-]*i")  # an inline flag group that may turn IGNORECASE on (or off)


@functools.cache
def start_chars(pattern: re.Pattern) -> frozenset | None:
    """The ASCII characters, as printed, a match of a pattern that never ignores case may begin with ("" among
    them: it may match nothing); None for a pattern that ignores case anywhere, or that cannot be read. start_pairs
    are lower-cased, so a case-sensitive "[a-z]..." was tried on every capitalised line too."""
    if pattern.flags & re.IGNORECASE or _IGNORES_CASE.search(pattern.pattern):
        return None
    return walk_starts(pattern, lambda av: frozenset([chr(av)]) if av < 128 else frozenset(),
                       lambda items: _class_members(items, lower=False), _then_one, lambda w: len(w) >= 1)


def _then_one(heads: frozenset, tails: frozenset) -> frozenset:
    """Every head followed by every tail, cut to one character."""
    out = set()
    for h in heads:
        if h:
            out.add(h)
        else:
            out.update(t[:1] for t in tails)
    return frozenset(out)


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
        self.firsts = [start_chars(p) for p in patterns]  # as printed, for the patterns that never ignore case
        register(patterns)  # their start_prefixes, for allowed_patterns
        self.wide = frozenset(k for k, p in enumerate(patterns) if opens_non_ascii(p))  # for a head not ASCII
        self.heads: dict = {}  # text[:4] as printed -> the bound match for its patterns, or None (none opens there)
        self.by_pair: dict = {}  # text[:2] as printed -> the indexes of the patterns start_pairs allow there
        self.by_set: dict = {}  # tuple of pattern indexes -> their match
        self._index = _StartIndex(self.pairs, self.firsts)

    def __reduce__(self):  # what it learnt holds closures, which do not pickle: it is learnt again
        return ByHead, (self.patterns,)

    def pick(self, head: str) -> tuple:
        """The indexes of the patterns start_pairs allow for a line opening with `head` (two characters)."""
        chosen = self.by_pair.get(head)
        if chosen is None:
            if len(self.by_pair) > 20000:
                self.by_pair.clear()
            self.by_pair[head] = chosen = self._index.allowed(head)
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


class _StartIndex:
    """ByHead.pick's answer read off two small indexes instead of a walk over all the patterns (a line rule's table
    holds up to ~160, and every table learns each new head of a build's text): the patterns start_pairs allow
    for a head are those open to any head ("" among their pairs, or unread) and those listing its first two or its
    first lower-cased characters; start_chars narrows them the same way, as printed. A head opening with a
    character other than ASCII is ruled out by neither."""

    def __init__(self, pairs: list, firsts: list):
        every = range(len(pairs))
        self.every = frozenset(every)
        self.open_pairs = frozenset(k for k in every if pairs[k] is None or "" in pairs[k])
        self.open_firsts = frozenset(k for k in every if firsts[k] is None or "" in firsts[k])
        self.by_pair: dict = {}  # a pair or a single character (lower-cased) -> the patterns listing it
        self.by_first: dict = {}  # a first character as printed -> the patterns listing it
        for k in every:
            for pair in pairs[k] or ():
                self.by_pair.setdefault(pair, set()).add(k)
            for c in firsts[k] or ():
                self.by_first.setdefault(c, set()).add(k)

    def allowed(self, head: str) -> tuple:
        """The indexes, in order, of the patterns a line opening with `head` (two characters) may match."""
        if head.isascii():
            low = head.lower()
            by_pair = self.open_pairs.union(self.by_pair.get(low, ()), self.by_pair.get(low[:1], ()))
        else:
            by_pair = self.every
        first = head[:1]
        by_first = self.open_firsts.union(self.by_first.get(first, ())) if first.isascii() else self.every
        return tuple(sorted(by_pair & by_first))


def _matcher(patterns: tuple):
    """A callable whose answer is true exactly when one_alternation(patterns).match's is: the patterns' own
    bound `match` tried in turn when there are at most _ONE_BY_ONE, all with inline flags only (as the
    alternation holds them), else the shared alternation's. Compiling an alternation of a few patterns costs
    ~3 ms, more than trying them one by one on every line whose head chose them in a whole build."""
    if not patterns:
        return None
    if len(patterns) <= _ONE_BY_ONE and all(_inline_flags_only(p) for p in patterns):
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


@functools.cache
def _inline_flags_only(pattern: re.Pattern) -> bool:
    """The pattern's flags are those its text sets inline (compiled without flags of the caller's), as
    the alternation holds it. Kept per pattern: re's own cache holds 512 patterns, fewer than the catalogue's,
    and compiling them again for every new set a head chose cost a build ~8% of mark_boilerplate."""
    return pattern.flags == re.compile(pattern.pattern).flags
