"""The first four characters a pattern's match can begin with: a sharper guard than two (start_pairs).

`byhead.ByHead` tries a line only against the patterns its first two characters allow. Indonesian body
text opens with the same few pairs as chrome does ("Pe" of "Pemerintah" and of "Penulis:", "Di", "Se",
"Ba", "Ke"), so most body lines were still tried against an alternation of the dozens of patterns opening
there (several µs a line, case-insensitive branches being tried one by one): a third of the line rules'
time and much of the zone and edge rules'. Read to four characters, "peme" and "penu" part, and most of
those lines are tried against no pattern at all, the others against one or two.

The prefixes are read off the parsed pattern as start_pairs are, over ASCII lower-cased characters, and
each is a superset: a string ending in STOP stands for "these characters, then anything" (where the
reading stopped: more than CAP strings, one of the characters other than ASCII that re's IGNORECASE
matches to an ASCII letter); a string shorter than four without STOP is a whole match. One index holds the
patterns of every table (`register`; they share most patterns), and `allowed_patterns` answers for an ASCII
line's lower-cased first four characters; ByHead asks it only within what start_pairs allowed, so a pattern
is skipped here only when both readings say it cannot match.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.required import FOLDS_TO_ASCII

N = 4
CAP = 256  # strings kept per pattern before the reading stops ("[a-z]{3}" would be 17,576)
STOP = "\x00"
_ASCII = [chr(c) for c in range(128)]
_ANY = frozenset(c.lower() for c in _ASCII)


def _final(s: str) -> bool:
    return len(s) >= N or s.endswith(STOP)


def _then(heads: frozenset, tails: frozenset) -> frozenset:
    """Every head not yet final followed by every tail, cut to N characters; past CAP, the heads then STOP."""
    out = set()
    for h in heads:
        if _final(h):
            out.add(h)
        else:
            out.update((h + t)[:N] for t in tails)
            if len(out) > CAP:  # (the set only grows: stop making it)
                return frozenset(h if _final(h) else h + STOP for h in heads)
    return frozenset(out)


@functools.cache
def _category(cat) -> frozenset:
    from re import _constants as c

    rx = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
          c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}.get(cat)
    if rx is None:
        return _ANY | {STOP}
    return frozenset(ch.lower() for ch in _ASCII if re.match(rx, ch))


def _literal(av: int) -> frozenset:
    """What a literal character may match on an ASCII line: itself lower-cased; none for a character other
    than ASCII, but for those re's IGNORECASE matches to an ASCII letter (FOLDS_TO_ASCII: STOP)."""
    if av < 128:
        return frozenset([chr(av).lower()])
    return frozenset([STOP]) if chr(av) in FOLDS_TO_ASCII else frozenset()


def _class(items) -> frozenset:
    """The ASCII characters (lower-cased) a character class may match on an ASCII line; STOP among them
    when a member other than ASCII may match one by case folding."""
    from re import _constants as c

    if any(op is c.NEGATE for op, _ in items):
        return _ANY
    out = set()
    for op, av in items:
        if op is c.LITERAL:
            out |= _literal(av)
        elif op is c.RANGE:
            out.update(chr(v).lower() for v in range(av[0], min(av[1], 127) + 1))
            if any(av[0] <= ord(ch) <= av[1] for ch in FOLDS_TO_ASCII):
                out.add(STOP)
        elif op is c.CATEGORY:
            out |= _category(av)
        else:
            return _ANY | {STOP}
    return frozenset(out)


def walk_starts(pattern: re.Pattern, literal, klass, then, final) -> frozenset | None:
    """The strings a match of the pattern may begin with, read off its parse tree: `literal(code)` and
    `klass(items)` say what one literal or class may match, `then(heads, tails)` joins what may follow (and cuts
    it), `final(s)` says a string needs nothing more. None when the pattern cannot be read (a back-reference).
    The one reader behind start_prefixes (four characters) and byhead.start_pairs (two)."""
    try:
        from re import _constants as c, _parser as parser

        items = parser.parse(pattern.pattern)
    except Exception:
        return None

    def seq(items) -> frozenset:
        out = frozenset([""])
        for op, av in items:
            out = then(out, item(op, av))
            if all(final(w) for w in out):
                break
        return out

    def item(op, av) -> frozenset:
        if op is c.LITERAL:
            return literal(av)
        if op is c.IN:
            return klass(av)
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
                nxt = then(reps, one)
                if nxt == reps and k >= lo:
                    break
                reps, k = nxt, k + 1
            return frozenset(out)
        raise ValueError(op)  # back-references and the like: not read

    try:
        return seq(items)
    except ValueError:
        return None


@functools.cache
def start_prefixes(pattern: re.Pattern) -> frozenset | None:
    """The strings of at most N characters (or ending in STOP) a match of the pattern on an ASCII line
    may begin with, lower-cased; None when the pattern cannot be read."""
    return walk_starts(pattern, _literal, _class, _then, _final)


@functools.cache
def opens_non_ascii(pattern: re.Pattern) -> bool:
    """May a match begin with a character other than ASCII (one of FOLDS_TO_ASCII aside, which matches an
    ASCII letter and is asked about apart), or be empty? True when the pattern cannot be read. A line opening
    with a quotation mark, a bullet or an emoji is then tried only against the few patterns that allow it,
    not all of them (an alternation of dozens, compiled for each such head, ~30 ms each)."""
    try:
        from re import _constants as c, _parser as parser

        items = parser.parse(pattern.pattern)
    except Exception:
        return True

    def seq(items) -> tuple[bool, bool]:  # (may open with a character other than ASCII, may match nothing)
        wide = False
        for op, av in items:
            w, empty = item(op, av)
            wide = wide or w
            if not empty:
                return wide, False
        return wide, True

    def item(op, av) -> tuple[bool, bool]:
        if op is c.LITERAL:
            return av >= 128, False
        if op is c.IN:
            return any(o is not c.LITERAL and o is not c.RANGE or (v if o is c.LITERAL else v[1]) >= 128
                       for o, v in av), False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return False, True
        if op is c.SUBPATTERN:
            return seq(av[3])
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op is c.BRANCH:
            found = [seq(b) for b in av[1]]
            return any(w for w, _ in found), any(e for _, e in found)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            w, empty = seq(av[2])
            return w, empty or av[0] == 0
        return True, True  # any character, negations, back-references: anything

    wide, empty = seq(items)
    return wide or empty


_ALWAYS: set = set()  # patterns unreadable, or that may match nothing or anything from the start
_INDEX: dict = {}  # prefix string -> the patterns holding it
_SEEN: set = set()
_ASKED: dict = {}  # a line's lower-cased head -> the patterns allowed there (of those seen when it was asked)


def register(patterns) -> None:
    """Index the patterns not indexed yet (one index for every table: they share most patterns)."""
    new = [p for p in patterns if p not in _SEEN]
    for p in new:
        _SEEN.add(p)
        found = start_prefixes(p)
        if found is None or "" in found or STOP in found:
            _ALWAYS.add(p)
            continue
        for s in found:
            _INDEX.setdefault(s, []).append(p)
    if new:
        _ASKED.clear()


def allowed_patterns(low: str) -> set:
    """The registered patterns that may match a line whose first N characters, ASCII lower-cased, are `low`
    (shorter: the whole line). Kept per head."""
    found = _ASKED.get(low)
    if found is None:
        if len(_ASKED) > 50000:  # a bound on memory
            _ASKED.clear()
        found = set(_ALWAYS)
        for k in range(1, len(low) + 1):
            head = low[:k]
            found.update(_INDEX.get(head, ()))
            found.update(_INDEX.get(head + STOP, ()))
        _ASKED[low] = found
    return found


class Prefixes:
    """Some patterns, indexed by their start_prefixes: which of them may match a line opening so."""

    def __init__(self, patterns):
        self.patterns = list(patterns)
        register(self.patterns)

    def allowed(self, low: str) -> set:
        """The indexes of the patterns that may match a line whose first N characters, ASCII lower-cased,
        are `low` (shorter: the whole line)."""
        found = allowed_patterns(low)
        return {k for k, p in enumerate(self.patterns) if p in found}
