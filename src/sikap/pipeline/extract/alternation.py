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
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

_PUNCT = frozenset(string.punctuation)  # no case: the same under re.IGNORECASE


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


def one_alternation(patterns) -> re.Pattern | None:
    """One alternation of the patterns, each in its own flag scope ("(?i)x" becomes "(?i:x)")."""
    parts = []
    for p in patterns:
        body = p.pattern
        m = re.match(r"^\(\?([aiLmsux]+)\)", body)
        parts.append(f"(?{m.group(1)}:{body[m.end():]})" if m else f"(?:{body})")
    return re.compile("|".join(parts)) if parts else None


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


@dataclass(frozen=True)
class Alternation:
    always: re.Pattern | None  # the patterns tried on every line
    guarded: tuple  # (required characters, one alternation of the scanning patterns that require them)

    def match(self, text: str) -> bool:
        """True when one of the patterns matches at the start of text."""
        if self.always is not None and self.always.match(text):
            return True
        for chars, rx in self.guarded:
            if (chars in text if len(chars) == 1 else any(ch in text for ch in chars)) and rx.match(text):
                return True
        return False


def alternation(patterns) -> Alternation | None:
    """The patterns as one alternation, but for those that scan the line and require a character (an
    e-mail address's "@"), grouped by it; None for no patterns."""
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
    return Alternation(one_alternation(always), tuple((ch, one_alternation(ps)) for ch, ps in sorted(groups.items())))
