"""Span offsets: Python counts code points, Label Studio (JavaScript) counts UTF-16 code units.

They differ after any character outside the Basic Multilingual Plane (an emoji, some symbols), so every
offset crossing the boundary is converted, and a span's text is checked against the article text.
"""

from __future__ import annotations

import bisect
from functools import lru_cache


@lru_cache(maxsize=64)
def _astral(text: str) -> tuple[int, ...]:
    """Code-point positions of characters that take two UTF-16 units."""
    return tuple(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)


def to_utf16(text: str, index: int) -> int:
    return index + bisect.bisect_left(_astral(text), index)


def from_utf16(text: str, index: int) -> int | None:
    """The code-point index of a UTF-16 offset; None when it falls inside a surrogate pair."""
    astral = _astral(text)
    if not astral:
        return index
    lo, hi = 0, len(text)
    while lo < hi:  # smallest code-point index whose UTF-16 offset is >= index
        mid = (lo + hi) // 2
        if to_utf16(text, mid) < index:
            lo = mid + 1
        else:
            hi = mid
    return lo if to_utf16(text, lo) == index else None
