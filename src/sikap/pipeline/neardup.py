"""Near-duplicate clusters: MinHash over word shingles, LSH for candidates, containment to confirm.

Copies of one text come republished under other chrome, truncated, split over pages or lightly edited.
Jaccard similarity misses truncations and pages (half an article has Jaccard ~0.5 with the whole), so
LSH proposes pairs at a low Jaccard threshold and a pair is joined when the estimated containment
|A∩B| / min(|A|,|B|) reaches `containment`. Retellings of one story in other words share almost no
5-word shingle and stay apart. Clusters are connected components (union-find); a cluster's id is the
article_id of its first registered member (sikap.registration.earliest_roots), so a copy added later never
renames the cluster of the text it copies. Emits no reason codes.

At scale the work is split so that no text is ever held for the whole corpus:

- `signatures(texts)` turns a batch of texts into a compact matrix (num_perm uint32 per article) plus the
  shingle count; it runs wherever the batch is (a worker process, a Dask worker).
- `band_keys(sig)` folds each LSH band (r rows of the signature) into one uint64.
- `cluster_roots(ids, band_columns, sig, sizes)` finds candidate pairs band by band by sorting the band
  keys (two articles are candidates when one band is equal: the same rule as datasketch's MinHashLSH),
  confirms them by estimated containment, and joins them with union-find.

Signatures come from `sikap.pipeline.minhash`: backend "rensa" (the default, chosen by measurement) or
"datasketch" (datasketch's own hash values, the reference). Figures for both, and for a plain datasketch
baseline, are in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

BACKENDS = ("rensa", "datasketch")


def union_find_roots(n: int, left: np.ndarray, right: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """Connected components of the pairs (left[k], right[k]) over 0..n-1; each node's root is the node of
    smallest `rank` in its component (rank: e.g. the position in article_id order)."""
    parent = list(range(n))
    rank_l = rank.tolist()

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in zip(left.tolist(), right.tolist()):
        ra, rb = find(a), find(b)
        if ra != rb:
            if rank_l[ra] < rank_l[rb]:
                parent[rb] = ra
            else:
                parent[ra] = rb
    out = np.asarray(parent, dtype=np.int64)
    while True:  # full path compression, vectorised
        nxt = out[out]
        if np.array_equal(nxt, out):
            return out
        out = nxt




# datasketch's answer for the shipped configuration, so that a build's processes need not import datasketch
# (and scipy: half a second each) to learn it; tests/test_neardup.py asks datasketch and compares.
KNOWN_BANDS = {(0.15, 128): (51, 2)}


@functools.cache
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """datasketch's optimal (bands, rows) for MinHashLSH with equal weights: a numerical integration (tens
    of milliseconds), asked for by every partition's band keys, so computed once per process."""
    if (threshold, num_perm) in KNOWN_BANDS:
        return KNOWN_BANDS[threshold, num_perm]
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, num_perm, 0.5, 0.5)

@dataclass(frozen=True)
class NearDuplicates:
    shingle_size: int = 5
    num_perm: int = 128
    # 0.15 (51 bands of 2 rows): a page that is a fifth of its original (Jaccard ~0.2) becomes a candidate
    # ~90% of the time, against ~40% at 0.3; measured in benchmarks/README.md (near-duplicate settings)
    lsh_threshold: float = 0.15
    containment: float = 0.8
    seed: int = 1
    backend: str = "rensa"

    def __post_init__(self):
        if self.backend not in BACKENDS:
            raise ValueError(f"near-dup backend {self.backend!r} is not one of {BACKENDS}")

    def describe(self) -> str:
        impl = "datasketch" if self.backend == "datasketch" else "rensa RMinHash over FNV-1a/splitmix64 shingle hashes"
        return (f"MinHash ({impl}, {self.num_perm} permutations, seed {self.seed}) over {self.shingle_size}-word "
                f"shingles; LSH candidates at Jaccard >= {self.lsh_threshold}; joined at estimated containment "
                f">= {self.containment}; clusters are connected components")

    # -- parameters -------------------------------------------------------------------------------
    def bands(self) -> tuple[int, int]:
        """(b, r): datasketch's MinHashLSH choice for this threshold and num_perm (equal weights)."""
        return lsh_bands(self.lsh_threshold, self.num_perm)

    # -- signatures (per batch, anywhere) -----------------------------------------------------------
    def signatures(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(sig uint32[n, num_perm], sizes int64[n]): MinHash and number of distinct shingles per text.
        An empty text has size 0 and a signature of all 0xFFFFFFFF (never a candidate)."""
        from sikap.pipeline import minhash

        fn = minhash.rensa_signatures if self.backend == "rensa" else minhash.datasketch_signatures
        return fn(list(texts), self.num_perm, self.seed, self.shingle_size)

    def band_keys(self, sig: np.ndarray) -> np.ndarray:
        """uint64[n, b]: each band's r values folded into one key (exact for r <= 2, a 64-bit hash above)."""
        b, r = self.bands()
        n = sig.shape[0]
        out = np.empty((n, b), dtype=np.uint64)
        s = sig.astype(np.uint64)
        for i in range(b):
            band = s[:, i * r : (i + 1) * r]
            if r <= 2:
                key = band[:, 0] << np.uint64(32) | (band[:, 1] if r == 2 else np.uint64(0))
            else:
                key = np.full(n, np.uint64(0xCBF29CE484222325), dtype=np.uint64)
                for j in range(r):
                    key = (key ^ band[:, j]) * np.uint64(0x100000001B3)
                    key ^= key >> np.uint64(29)
            out[:, i] = key
        return out

    # -- clustering (global, on signatures only) ------------------------------------------------------
    def candidate_pairs(self, band_columns, valid: np.ndarray, chunk: int = 5_000_000):
        """Yield (i, j) index arrays (i < j) of articles sharing at least one band key, band by band.
        band_columns: callable k -> uint64[n] (the k-th band key of every article, e.g. read from disk)."""
        b, _ = self.bands()
        idx_valid = np.flatnonzero(valid)
        for k in range(b):
            keys = band_columns(k)[idx_valid]
            order = np.argsort(keys, kind="stable")
            sk = keys[order]
            same = np.flatnonzero(sk[1:] == sk[:-1])
            if not len(same):
                continue
            # run_end[p] = one past the last position of p's run (for positions inside multi-member runs)
            brk = np.flatnonzero(sk[1:] != sk[:-1]) + 1
            ends = np.r_[brk, len(sk)]
            run_end = np.repeat(ends, np.diff(np.r_[0, ends]))
            active = np.unique(np.r_[same])  # positions with a successor in their run
            d = 1
            while len(active):
                active = active[active + d < run_end[active]]
                if not len(active):
                    break
                left = idx_valid[order[active]]
                right = idx_valid[order[active + d]]
                for s in range(0, len(left), chunk):
                    lo = np.minimum(left[s : s + chunk], right[s : s + chunk])
                    hi = np.maximum(left[s : s + chunk], right[s : s + chunk])
                    yield lo, hi
                d += 1

    def confirm(self, sig, sizes: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """Boolean mask of pairs whose estimated containment reaches the threshold (datasketch's arithmetic)."""
        j = np.count_nonzero(sig[left] == sig[right], axis=1).astype(np.float64) / np.float64(self.num_perm)
        sa, sb = sizes[left].astype(np.float64), sizes[right].astype(np.float64)
        inter = j * (sa + sb) / (1 + j)
        contain = np.minimum(1.0, inter / np.maximum(1.0, np.minimum(sa, sb)))
        return contain >= self.containment

    def cluster_roots(self, rank: np.ndarray, band_columns, sig, sizes: np.ndarray,
                      stats: dict | None = None) -> np.ndarray:
        """Root (index of the member with the smallest rank) for each of the n articles."""
        n = len(sizes)
        seen_codes = []
        n_candidates = 0
        for left, right in self.candidate_pairs(band_columns, sizes > 0):
            codes = np.unique(left.astype(np.uint64) * np.uint64(n) + right.astype(np.uint64))
            seen_codes.append(codes)
            n_candidates += len(codes)
            if n_candidates > 20_000_000:  # bound memory: merge what we have
                seen_codes = [np.unique(np.concatenate(seen_codes))]
                n_candidates = len(seen_codes[0])
        codes = np.unique(np.concatenate(seen_codes)) if seen_codes else np.zeros(0, dtype=np.uint64)
        left = (codes // np.uint64(n)).astype(np.int64)
        right = (codes % np.uint64(n)).astype(np.int64)
        keep = np.zeros(len(codes), dtype=bool)
        step = 50_000  # pairs per check: two gathered signature blocks of 25 MB each
        for s in range(0, len(codes), step):
            keep[s : s + step] = self.confirm(sig, sizes, left[s : s + step], right[s : s + step])
        if stats is not None:
            stats["candidate_pairs"] = int(len(codes))
            stats["confirmed_pairs"] = int(keep.sum())
        return union_find_roots(n, left[keep], right[keep], rank)

    def clusters(self, texts: dict[str, str]) -> dict[str, str]:
        """Map every article_id to its cluster id (in memory; the build uses the same steps on disk)."""
        ids = sorted(texts)
        if not ids:
            return {}
        sig, sizes = self.signatures([texts[i] for i in ids])
        keys = self.band_keys(sig)
        roots = self.cluster_roots(np.arange(len(ids)), lambda k: keys[:, k], sig, sizes)
        return {aid: ids[r] for aid, r in zip(ids, roots.tolist())}

    @staticmethod
    def estimated_containment(a, b, size_a: int, size_b: int) -> float:
        j = a.jaccard(b)
        inter = j * (size_a + size_b) / (1 + j)
        return min(1.0, inter / max(1, min(size_a, size_b)))
