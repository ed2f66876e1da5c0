"""The strings a regex's every match holds, read off its parsed form: a guard that is cheap to test.

`sikap.pipeline.extract.alternation` tries a pattern that scans a whole line only on lines holding one of
its required strings. The strings come from the pattern's literal runs, joined across the branches and
short optional parts that follow each other ("\\.(jpe?g|png)" requires ".jpeg", ".jpg" or ".png"); of all
the sets found (each required of every match), the one with the fewest strings per character is kept.
Where the pattern ignores case the strings are lower-cased and looked for in the lower-cased line: exact
for ASCII strings unless the line holds one of the few other characters re's IGNORECASE matches to an
ASCII letter (FOLDS_TO_ASCII), and then the pattern is simply tried.
"""

from __future__ import annotations

import functools
import re

# The non-ASCII characters re.IGNORECASE matches to an ASCII letter (İ ı ſ K; a test asks re itself): a
# line holding none of them holds an ignore-case match of an ASCII string only as that string lower-cased.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
COMMON = frozenset(" .,-'\"")  # in nearly every line of text: a weak guard
_MOST_STRINGS = 32  # a bound on the strings of one requirement ("(a|b)(c|d)..." multiplies them)


@functools.cache
def required_strings(pattern: re.Pattern) -> tuple[tuple[str, ...], bool] | None:
    """(ASCII strings of which every match of `pattern` holds at least one, folded): the most selective such
    set read off the parsed pattern (literal runs, "(jpe?g|png)" branches, joined where they follow each
    other: ".jpg", ".png"), or None. folded: where the pattern ignores case, the strings are lower-cased
    and are to be looked for in the line lower-cased (`Alternation.match`)."""
    try:
        from re import _constants as c, _parser as parser

        parsed = parser.parse(pattern.pattern)  # as the alternation holds it: inline flags only
    except Exception:  # another Python's internals: no guard, the pattern is simply always tried
        return None
    found: list = []  # (strings, folded) sets each required of every match

    def need(strings, fold, into) -> None:
        if strings and "" not in strings:  # a string holding another of the set adds nothing to the guard
            into.append((frozenset(s for s in strings if not any(o != s and o in s for o in strings)), fold))

    def seq(items, ic: bool, into: list):
        """The finite language (strings, folded) the items match as a whole, or None; the requirements of
        their parts go into `into`."""
        run, fold, whole = {""}, False, True
        for op, av in items:
            lang = item(op, av, ic, into)
            if lang is None:
                need(run, fold, into)
                run, fold, whole = {""}, False, False
                continue
            strings, f = lang
            if len(run) * len(strings) > _MOST_STRINGS:
                need(run, fold, into)
                run, fold, whole = set(strings), f, False
                continue
            fold = fold or f
            run = {(a + b).lower() if fold else a + b for a in run for b in strings}
        need(run, fold, into)
        return (run, fold) if whole else None

    def best(sets):
        """The requirement that rules out most lines for what it costs to check: one not made of characters
        every line of text holds (a "," guards nothing: the line rules' address pattern was tried on every
        short line with a comma), then fewest strings per character."""
        return min(sets, key=lambda sf: (all(set(x) <= COMMON for x in sf[0]), len(sf[0]) / min(map(len, sf[0])),
                                         sorted(sf[0])), default=None)

    def item(op, av, ic: bool, into: list):
        if op is c.LITERAL:
            return ({chr(av).lower() if ic else chr(av)}, ic) if av < 128 else None
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {""}, False  # zero width: what is around it stays contiguous
        if op is c.SUBPATTERN:
            _, add, drop, body = av
            return seq(body, (ic or bool(add & c.SRE_FLAG_IGNORECASE)) and not drop & c.SRE_FLAG_IGNORECASE, into)
        if op is c.ATOMIC_GROUP:
            return seq(av, ic, into)
        if op is c.BRANCH:  # one of the branches: the union of theirs, if each has one
            langs, picks = [], []
            for branch in av[1]:
                own: list = []
                langs.append(seq(branch, ic, own))
                picks.append(best(own))
            if all(langs):
                fold = any(f for _, f in langs)
                return {x.lower() if fold else x for s, _ in langs for x in s}, fold
            if all(picks):
                fold = any(f for _, f in picks)
                into.append((frozenset(s.lower() if fold else s for ss, _ in picks for s in ss), fold))
            return None
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, body = av
            own: list = []
            lang = seq(body, ic, own)
            if lo >= 1:  # the body is matched at least once: what it requires, the repeat does
                into.extend(own)
            if lang is None or hi > 3:
                return None
            strings, fold = lang
            out, reps = set(), {""}
            for k in range(hi + 1):
                if k >= lo:
                    out |= reps
                reps = {a + b for a in reps for b in strings}
                if len(out) + len(reps) > _MOST_STRINGS:
                    return None
            return out, fold
        return None  # classes, any character, back-references: no string

    seq(parsed, bool(parsed.state.flags & c.SRE_FLAG_IGNORECASE), found)
    pick = best(found)
    if pick is None:
        return None
    strings = tuple(sorted(pick[0]))
    return strings, pick[1] and any(ch.isalpha() for x in strings for ch in x)  # no case but a letter's
