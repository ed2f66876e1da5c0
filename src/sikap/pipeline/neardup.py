"""Near-duplicate clusters: MinHash over word shingles, LSH for candidates, containment to confirm.

Copies of one text come republished under other chrome, truncated, split over pages or lightly edited.
Jaccard similarity misses truncations and pages (half an article has Jaccard ~0.5 with the whole), so
LSH proposes pairs at a low Jaccard threshold and a pair is joined when the estimated containment
|A∩B| / min(|A|,|B|) reaches `containment`. Retellings of one story in other words share almost no
5-word shingle and stay apart. Clusters are connected components (union-find); a cluster's id is its
smallest article_id. Emits no reason codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int) -> set[str]:
    words = _TOKEN.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


class _UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass(frozen=True)
class NearDuplicates:
    shingle_size: int = 5
    num_perm: int = 128
    lsh_threshold: float = 0.3
    containment: float = 0.8
    seed: int = 1

    def describe(self) -> str:
        return (f"MinHash (datasketch, {self.num_perm} permutations, seed {self.seed}) over {self.shingle_size}-word "
                f"shingles; LSH candidates at Jaccard >= {self.lsh_threshold}; joined at estimated containment "
                f">= {self.containment}; clusters are connected components")

    def clusters(self, texts: dict[str, str]) -> dict[str, str]:
        """Map every article_id to its cluster id."""
        from datasketch import MinHash, MinHashLSH

        ids = sorted(texts)
        lsh = MinHashLSH(threshold=self.lsh_threshold, num_perm=self.num_perm)
        sigs, sizes = {}, {}
        for aid in ids:
            sh = shingles(texts[aid], self.shingle_size)
            m = MinHash(num_perm=self.num_perm, seed=self.seed)
            m.update_batch([s.encode("utf-8") for s in sorted(sh)])
            sigs[aid], sizes[aid] = m, len(sh)
            if sh:
                lsh.insert(aid, m)
        uf = _UnionFind(ids)
        for aid in ids:
            if not sizes[aid]:
                continue
            for other in sorted(lsh.query(sigs[aid])):
                if other <= aid:
                    continue
                if self.estimated_containment(sigs[aid], sigs[other], sizes[aid], sizes[other]) >= self.containment:
                    uf.union(aid, other)
        return {aid: uf.find(aid) for aid in ids}

    @staticmethod
    def estimated_containment(a, b, size_a: int, size_b: int) -> float:
        j = a.jaccard(b)
        inter = j * (size_a + size_b) / (1 + j)
        return min(1.0, inter / max(1, min(size_a, size_b)))
