"""Whole-word search for a list of names (stance-target aliases, source names), in priority order.

The reference is one regex, `(?<!B)(name1|name2|…)(?!\\w)` with the names longest first: at each position
the first name that fits wins, and the search goes on after it. It is slow (a look-behind first, and names
starting with common lower-case letters, leave re nothing to skip by), so `finditer`:

1. drops the names that start with a lower-case letter or a digit (common first characters, which would
   make re try the alternation almost everywhere) and do not occur in the text (`name in text` is a fast
   substring scan); a name that does not occur never matches, so the alternation of the rest finds the
   same matches, and there are few such alternations to compile;
2. searches that alternation alone and checks the look-behind by hand; when it fails, the search resumes
   one character further on, exactly where the reference would try next.

tests/test_aliases.py compares both on the real alias lists.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AliasSearch:
    names: tuple[str, ...]  # in priority order (the builders use `longest_first`)
    not_before: str = r"\w"  # a regex character class: no match may start right after one of these
    _before: re.Pattern = field(init=False, repr=False, compare=False)

    _common_start: frozenset = field(init=False, repr=False, compare=False)

    @classmethod
    def longest_first(cls, names, not_before: str = r"\w") -> AliasSearch:
        """The search over `names` in the builders' priority: longest first, then in code point order."""
        return cls(tuple(sorted(names, key=lambda a: (-len(a), a))), not_before)

    def __post_init__(self):
        object.__setattr__(self, "_before", re.compile(self.not_before))
        object.__setattr__(self, "_common_start", frozenset(n for n in self.names if n[:1].islower() or n[:1].isdigit()))

    @property
    def reference(self) -> re.Pattern:
        """The single regex this search is equivalent to."""
        return re.compile(f"(?<!{self.not_before})" + _alternation(self.names).pattern)

    def finditer(self, text: str) -> Iterator[re.Match]:
        common = self._common_start
        present = tuple(name for name in self.names if name not in common or name in text)
        if not present:
            return
        search, before = _alternation(present).search, self._before.match
        pos = 0
        while True:
            m = search(text, pos)
            if m is None:
                return
            start = m.start()
            if start and before(text, start - 1):
                pos = start + 1
                continue
            yield m
            pos = m.end()


@functools.lru_cache(maxsize=4096)
def _alternation(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("(" + "|".join(map(re.escape, names)) + r")(?!\w)")
