"""Proportions with 95% Wilson score intervals, and the tally each figure is made from."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for k successes in n trials (Wilson 1927); (0, 1) when n is 0.

    Chosen over the normal approximation because it stays inside [0, 1] and is sound for small n and for
    proportions near 0 or 1, which is where extraction figures live."""
    if n <= 0:
        return 0.0, 1.0
    if not 0 <= k <= n:
        raise ValueError(f"k={k} outside 0..{n}")
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (0.0 if k == 0 else max(0.0, centre - half)), (1.0 if k == n else min(1.0, centre + half))


@dataclass
class Tally:
    """k of n, and every case that counted against (page, expected, got)."""

    name: str
    description: str
    k: int = 0
    n: int = 0
    failures: list[dict] = field(default_factory=list)
    higher_is_better: bool = True

    def add(self, hit: bool, page: str, expected=None, got=None) -> None:
        """Count one case; `hit` adds to k (a success, or for a lower-is-better tally the bad event)."""
        self.n += 1
        self.k += bool(hit)
        if bool(hit) != self.higher_is_better:
            self.failures.append({"page": page, "expected": expected, "got": got})

    @property
    def rate(self) -> float | None:
        return self.k / self.n if self.n else None

    def as_dict(self) -> dict:
        lo, hi = wilson(self.k, self.n)
        return {"name": self.name, "description": self.description, "k": self.k, "n": self.n,
                "rate": None if self.rate is None else round(self.rate, 4),
                "ci95": [round(lo, 4), round(hi, 4)], "higher_is_better": self.higher_is_better,
                "failures": self.failures}
