"""Whole-word search for a list of names (stance-target aliases, source names), in priority order.

The reference is one regex, `(?<!B)(name1|name2|…)(?!\\w)` with the names longest first: at each position
the first name that fits wins, and the search goes on after it. It is slow (a look-behind first, and names
starting with common lower-case letters, leave re nothing to skip by), so `finditer` runs the registry's
Aho-Corasick search (sikap.sources_search.NameSearch: every occurrence of every name in one scan, then the
reference's choice among them), a third faster than the alternation it replaced (which dropped the names
absent from the text and checked the look-behind by hand).

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
    _search: object = field(init=False, repr=False, compare=False)  # the NameSearch doing the work

    @classmethod
    def longest_first(cls, names, not_before: str = r"\w") -> AliasSearch:
        """The search over `names` in the builders' priority: longest first, then in code point order."""
        return cls(tuple(sorted(names, key=lambda a: (-len(a), a))), not_before)

    def __post_init__(self):
        from sikap.sources_search import NameSearch

        object.__setattr__(self, "_search", NameSearch(self.names, self.not_before))

    @property
    def reference(self) -> re.Pattern:
        """The single regex this search is equivalent to."""
        return re.compile(f"(?<!{self.not_before})" + _alternation(self.names).pattern)

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self._search.finditer(text)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of each match of finditer (sikap.sources_search.NameSearch.spans)."""
        return self._search.spans(text)


@functools.lru_cache(maxsize=4096)
def _alternation(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("(" + "|".join(map(re.escape, names)) + r")(?!\w)")
