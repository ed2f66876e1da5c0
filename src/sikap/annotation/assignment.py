"""Which annotators annotate which article in a round: controlled overlap, balanced, every pair linked.

Rule, for m articles, n annotators and an overlap of k (1 <= k <= n):
- every article goes to exactly k different annotators;
- shares are balanced: each annotator gets floor(m k / n) or one more article (who gets one more is
  decided by the seed);
- every pair of annotators shares at least one article whenever m is at least the number of pairs,
  n (n - 1) / 2, so agreement can be estimated for each pair (with k >= 2);
- the result depends only on the sorted article ids, the annotators, k and the seed (recorded in the
  round's projects and manifest), so a second push or a pull recomputes exactly the same assignment.

How: each annotator has a target share; article after article, a block of k annotators is chosen that
includes everyone whose remaining share equals the remaining articles (else the shares could not be
met), and otherwise the annotators that link the most pairs not yet linked, then those with the most
articles still to get. Blocks are then matched to the articles in a seeded shuffle.
"""

from __future__ import annotations

import hashlib
import random
from itertools import combinations

from sikap.annotation.errors import AnnotationError


def _rng(seed: int, what: str) -> random.Random:
    return random.Random(f"sikap-assignment:{seed}:{what}")


def targets(n: int, k: int, m: int) -> list[int]:
    base, extra = divmod(m * k, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


def blocks(n: int, k: int, m: int) -> list[tuple[int, ...]]:
    """m blocks of k distinct members of range(n) with the shares and pair coverage of the module rule."""
    left = targets(n, k, m)
    linked: set[tuple[int, int]] = set()
    unlinked = [n - 1] * n  # pairs of each member not linked yet
    out = []
    for step in range(m):
        remaining = m - step
        block = [i for i in range(n) if left[i] == remaining]  # must be in every remaining block
        if len(block) > k or sum(1 for x in left if x > 0) < k:
            raise ArithmeticError(f"assignment infeasible at article {step} (n={n}, k={k}, m={m})")
        while len(block) < k:
            def score(i: int) -> tuple:
                new = sum(1 for j in block if (min(i, j), max(i, j)) not in linked)
                return (new if block else unlinked[i], left[i], -i)

            block.append(max((i for i in range(n) if left[i] > 0 and i not in block), key=score))
        for i, j in combinations(sorted(block), 2):
            if (i, j) not in linked:
                linked.add((i, j))
                unlinked[i] -= 1
                unlinked[j] -= 1
        for i in block:
            left[i] -= 1
        out.append(tuple(sorted(block)))
    return out


def assign(article_ids: list[str], annotators: list[str], overlap: int, seed: int) -> dict[str, tuple[str, ...]]:
    """article_id -> the annotators (sorted) who annotate it."""
    if len(set(annotators)) != len(annotators) or not annotators:
        raise AnnotationError("bad_assignment", f"annotators must be distinct and at least one: {annotators}")
    if not 1 <= overlap <= len(annotators):
        raise AnnotationError("bad_assignment", f"overlap {overlap} needs 1..{len(annotators)} annotators "
                              f"(there are {len(annotators)}: {', '.join(annotators)})")
    people = sorted(annotators)
    _rng(seed, "people").shuffle(people)  # who gets the extra article, and who is paired first
    order = sorted(set(article_ids))
    _rng(seed, "articles").shuffle(order)
    plan = blocks(len(people), overlap, len(order))
    return {a: tuple(sorted(people[i] for i in b)) for a, b in zip(order, plan)}


def per_annotator(assignment: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """annotator -> their article ids, sorted."""
    out: dict[str, list[str]] = {}
    for article, people in sorted(assignment.items()):
        for p in people:
            out.setdefault(p, []).append(article)
    return out


def digest(assignment: dict[str, tuple[str, ...]]) -> str:
    """Identity of an assignment (names as given), to see that every project was pushed from the same one."""
    text = "\n".join(f"{a}\t{','.join(p)}" for a, p in sorted(assignment.items()))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
