"""The word printed before each case-insensitive occurrence of an outlet's one-word short name in a page: what
outlet_names.fuller_name reads to expand "MOMENTUM" to "Harian Momentum".

fuller_name asked it of a regex made from the name, `(?<![\\w])([A-Z][a-z]+)[ \\t]+(NAME)(?![\\w])` with re.I: a
compile per outlet (~0.5-2 ms once re's 512-pattern cache no longer holds it, ~2.9 ms a call on real pages) and a
scan of the whole page. after_words finds the same matches, in the same order, with str.find on the lower-cased
page: exact for an ASCII name on a page holding none of the four characters that re.I folds onto ASCII letters
(İ ı ſ K; fuller_name keeps the regex for those pages), since then a character matches an ASCII letter
case-insensitively exactly when its lower case is that letter, and lower-casing keeps every index (only İ
lengthens).
"""

from __future__ import annotations

from collections.abc import Iterator

# the characters that re.IGNORECASE matches to an ASCII letter other than its two cases
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _wordish(c: str) -> bool:
    return c.isalnum() or c == "_"  # the regex's \\w


def after_words(text: str, name: str) -> Iterator[tuple[str, str]]:
    """(word, name as printed) of each match of the regex above, left to right and not overlapping as
    re.finditer gives them; `name` is ASCII letters and `text` holds none of _FOLDS_TO_ASCII."""
    low, key = text.lower(), name.lower()
    n, end = len(name), 0  # end: where the last match ended (finditer's next search starts there)
    at = low.find(key)
    while at != -1:
        after = at + n
        if at >= 2 and text[at - 1] in " \t" and (after == len(text) or not _wordish(text[after])):
            r = at - 1  # the blanks before the name, then a word of two or more letters after a non-word character
            while r > 0 and text[r - 1] in " \t":
                r -= 1
            q = r
            while q > 0 and text[q - 1] in _LETTERS:
                q -= 1
            if r - q >= 2 and q >= end and (q == 0 or not _wordish(text[q - 1])):
                yield text[q:r], text[at:after]
                end = after
        at = low.find(key, at + 1)
