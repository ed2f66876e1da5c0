"""Near-duplicate clusters: MinHash over word shingles, LSH for candidates, containment to confirm.

Copies of one text come republished under other chrome, truncated, split over pages or lightly edited.
Jaccard similarity misses truncations and pages (half an article has Jaccard ~0.5 with the whole), so
LSH proposes pairs at a low Jaccard threshold and a pair is joined when the estimated containment
|A∩B| / min(|A|,|B|) reaches `containment`. Retellings of one story in other words share almost no
5-word shingle and stay apart. Clusters are connected components (union-find); a cluster's id is its
smallest article_id. Emits no reason codes.

At scale the work is split so that no text is ever held for the whole corpus:

- `signatures(texts)` turns a batch of texts into a compact matrix (num_perm uint32 per article) plus the
  shingle count; it runs wherever the batch is (a worker process, a Dask worker).
- `band_keys(sig)` folds each LSH band (r rows of the signature) into one uint64.
- `cluster_roots(ids, band_columns, sig, sizes)` finds candidate pairs band by band by sorting the band
  keys (two articles are candidates when one band is equal: the same rule as datasketch's MinHashLSH),
  confirms them by estimated containment, and joins them with union-find.

Backends (`backend`): "datasketch" (the default) computes datasketch's own MinHash values (sha1_hash32 of
each shingle, the affine32 permutations of `datasketch.MinHash(num_perm, seed)`), bit for bit, batch-wise
in numpy; clusters are exactly those of datasketch's MinHash + MinHashLSH with the same parameters.
"rensa" hashes shingles with xxh64 and signs them with rensa's RMinHash (Rust): faster, other hash values,
the same estimator. Figures for both, and for a plain datasketch baseline, are in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

_TOKEN = re.compile(r"\w+")
BACKENDS = ("datasketch", "rensa")


def shingles(text: str, size: int) -> set[str]:
    words = _TOKEN.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(size)))))


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


def _fmix32(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


@dataclass(frozen=True)
class NearDuplicates:
    shingle_size: int = 5
    num_perm: int = 128
    lsh_threshold: float = 0.3
    containment: float = 0.8
    seed: int = 1
    backend: str = "datasketch"

    def __post_init__(self):
        if self.backend not in BACKENDS:
            raise ValueError(f"near-dup backend {self.backend!r} is not one of {BACKENDS}")

    def describe(self) -> str:
        impl = "datasketch" if self.backend == "datasketch" else "rensa RMinHash over xxh64 shingle hashes"
        return (f"MinHash ({impl}, {self.num_perm} permutations, seed {self.seed}) over {self.shingle_size}-word "
                f"shingles; LSH candidates at Jaccard >= {self.lsh_threshold}; joined at estimated containment "
                f">= {self.containment}; clusters are connected components")

    # -- parameters -------------------------------------------------------------------------------
    def bands(self) -> tuple[int, int]:
        """(b, r): datasketch's MinHashLSH choice for this threshold and num_perm (equal weights)."""
        from datasketch.lsh import _optimal_param

        return _optimal_param(self.lsh_threshold, self.num_perm, 0.5, 0.5)

    def _permutations(self):
        from datasketch import MinHash

        a, b = MinHash(num_perm=self.num_perm, seed=self.seed).permutations
        return a.astype(np.uint32), b.astype(np.uint32)

    # -- signatures (per batch, anywhere) -----------------------------------------------------------
    def signatures(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(sig uint32[n, num_perm], sizes int64[n]): MinHash and number of distinct shingles per text.
        An empty text has size 0 and a signature of all 0xFFFFFFFF (never a candidate)."""
        n = len(texts)
        sig = np.full((n, self.num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
        sizes = np.zeros(n, dtype=np.int64)
        if self.backend == "rensa":
            return self._signatures_rensa(texts, sig, sizes)
        import hashlib
        from operator import methodcaller

        sha1, digest = hashlib.sha1, methodcaller("digest")
        a, b = _PERMS.get(self)
        for k, text in enumerate(texts):
            sh = shingles(text, self.shingle_size)
            if not sh:
                continue
            sizes[k] = len(sh)
            raw = b"".join(map(digest, map(sha1, map(str.encode, sh))))
            hv = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 20)[:, :4].copy().view("<u4").ravel()
            phv = np.multiply.outer(_fmix32(hv), a)
            phv += b
            sig[k] = phv.min(axis=0)
        return sig, sizes

    def _signatures_rensa(self, texts, sig, sizes):
        """Shingle hashes without shingle strings: each word is hashed once (xxh64, cached per process), a
        shingle's hash is a polynomial of its words' hashes (numpy, uint64 wrap-around); rensa signs them."""
        import rensa

        k = self.shingle_size
        flat, offsets = [], [0]
        for i, text in enumerate(texts):
            h = _shingle_hashes(text, k)
            sizes[i] = len(h)
            flat.append(h)
            offsets.append(offsets[-1] + len(h))
        if not offsets[-1]:
            return sig, sizes
        matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
            np.concatenate(flat), np.asarray(offsets, dtype=np.uint64), self.num_perm, self.seed)
        rows = np.asarray(matrix.to_rows(), dtype=np.uint32)
        keep = sizes > 0
        sig[keep] = rows[keep]
        return sig, sizes

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


_WORD_HASH: dict[str, int] = {}
_MUL = np.uint64(0x9E3779B97F4A7C15)


def _shingle_hashes(text: str, k: int) -> np.ndarray:
    """Distinct uint64 hashes of the k-word shingles of text (the same set structure as `shingles`)."""
    import xxhash

    words = _TOKEN.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    cache = _WORD_HASH
    if len(cache) > 2_000_000:
        cache.clear()
    hashes = []
    for w in words:
        h = cache.get(w)
        if h is None:
            h = cache[w] = xxhash.xxh64_intdigest(w.encode())
        hashes.append(h)
    wh = np.asarray(hashes, dtype=np.uint64)
    if len(wh) < k:  # the whole (short) text is one shingle
        acc = np.zeros(1, dtype=np.uint64)
        for x in wh:
            acc = acc * _MUL + x
        return acc ^ np.uint64(len(wh))
    m = len(wh) - k + 1
    acc = np.zeros(m, dtype=np.uint64)
    for j in range(k):
        acc = acc * _MUL + wh[j : j + m]
    return np.unique(acc)


class _PermCache:
    def __init__(self):
        self._cache = {}

    def get(self, nd: NearDuplicates):
        key = (nd.num_perm, nd.seed)
        if key not in self._cache:
            self._cache[key] = nd._permutations()
        return self._cache[key]


_PERMS = _PermCache()
