"""A phrase closing a text, found by lookups instead of a regex search: "does a cue end this window?".

The attribution rules ask, of the words before every outlet's name, whether a cue phrase ends them: the
regexes of knowledge_attributions ("(?i)(?<![\\w])(PHRASE|PHRASE|...)(?:\\s*:\\s*|\\s+)$", a hundred phrases)
are searched over the window, and the engine tries every phrase at every character of it (~3 µs a window,
several windows a name).

Every phrase ends in a letter or digit, and only white space (and one colon, where the regex allows it)
may follow it to the end. So a match can only end where the text's trailing white space and colons start,
and its last word is the run of word characters before that: the phrases ending in that word (one lookup,
most windows end in no cue's word) are tried longest first, one slice and one set lookup each, and the regex
itself is matched at the place found, which gives the very match object a search would (the leftmost place
is tried first, and only one phrase can match at a place). A text or a phrase outside ASCII, where
IGNORECASE folds characters that str.lower does not ("ſ", the Kelvin sign), is searched by the regex.
"""

from __future__ import annotations

import re

_PLAIN = re.compile(r"[A-Za-z0-9_ ]*[A-Za-z0-9]")
_ASCII_SPACE = "".join(chr(c) for c in range(128) if chr(c).isspace())  # the regex's \s, in ASCII text
_WORD = "".join(chr(c) for c in range(128) if chr(c).isalnum()) + "_"  # its \w


class EndPhrase:
    """`rx.search(text, pos)` for rx = (?i)(?<![\\w])(alternation of `phrases`)SEP$, SEP being
    `(?:\\s*:\\s*|\\s+)` when `colon` is true and `\\s+` otherwise (tests/extract/test_end_phrases.py)."""

    def __init__(self, rx: re.Pattern, phrases, colon: bool):
        self.rx = rx
        self.trail = _ASCII_SPACE + ":" if colon else _ASCII_SPACE
        self.phrases = frozenset(p.lower() for p in phrases)
        by_last: dict[str, set] = {}  # a phrase's last word -> the phrases' lengths
        for p in self.phrases:
            by_last.setdefault(p.rsplit(" ", 1)[-1], set()).add(len(p))
        self.by_last = {w: tuple(sorted(ns, reverse=True)) for w, ns in by_last.items()}  # longest: leftmost first
        # the lookups stand for the regex only for ASCII phrases of word characters and spaces ending in a letter
        # or digit (re.escape leaves them literal, and they leave one place a match can end)
        self.plain = all(_PLAIN.fullmatch(p) for p in phrases)

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        if not self.plain or not text.isascii():
            return self.rx.search(text, pos)
        core = text.rstrip(self.trail)
        e = len(core)
        if e == len(text) or text.count(":", e) > 1:
            return None  # no separator closes the text, or two colons do
        # the phrase's last word is the run of word characters before the separator (a space or, for a one-word
        # phrase, the lookbehind stands before it)
        lengths = self.by_last.get(core[len(core.rstrip(_WORD)):].lower())
        if lengths is None:
            return None
        pos = max(pos, 0)
        for n in lengths:
            p = e - n
            if p >= pos and core[p:].lower() in self.phrases:
                m = self.rx.match(text, p)  # (the lookbehind: no word character before the phrase)
                if m is not None:
                    return m
        return None
