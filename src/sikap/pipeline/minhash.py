"""MinHash signatures of a batch of texts over k-word shingles: the two backends of NearDuplicates.

- "rensa" (the default, chosen by measurement: benchmarks/RESULTS.md): the batch is lower-cased and cut
  into words (runs of Unicode word characters, Rust regex `\\w`) by polars in one call; a compiled loop
  (numba) hashes each word's UTF-8 bytes (FNV-1a 64), folds k consecutive word hashes into one shingle hash
  (a polynomial, then the splitmix64 finaliser), and keeps each text's distinct shingle hashes; rensa's
  RMinHash (Rust) signs them all in one call. No shingle string is ever made.
- "datasketch": datasketch's own MinHash values (sha1_hash32 of each shingle string, the affine32
  permutations of `datasketch.MinHash(num_perm, seed)`), bit for bit, batch-wise in numpy; clusters are
  exactly those of datasketch's MinHash + MinHashLSH. Kept as the reference the rensa backend is measured
  against.

Every function returns (sig uint32[n, num_perm], sizes int64[n]); an empty text has size 0 and a signature
of all 0xFFFFFFFF (never a candidate).
"""

from __future__ import annotations

import functools
import re

import numpy as np
from numba import njit

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int) -> set[str]:
    """The shingle strings of one text (the datasketch backend's, and the reference for tests)."""
    words = _TOKEN.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(size)))))


def _empty(n: int, num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    return np.full((n, num_perm), np.iinfo(np.uint32).max, dtype=np.uint32), np.zeros(n, dtype=np.int64)


# -- rensa ------------------------------------------------------------------------------------------------


@njit(cache=True, nogil=True)
def shingle_hashes(word_offsets, data, text_offsets, k):
    """(distinct shingle hashes of every text, concatenated; offsets into them per text).

    word_offsets/data: the words' UTF-8 bytes (Arrow large_string buffers); text_offsets: each text's first
    word. A text of fewer than k words (but at least one) is one shingle, its hash xor its word count."""
    n_words = len(word_offsets) - 1
    wh = np.empty(n_words, dtype=np.uint64)
    for i in range(n_words):
        h = np.uint64(0xCBF29CE484222325)
        for j in range(word_offsets[i], word_offsets[i + 1]):
            h = (h ^ np.uint64(data[j])) * np.uint64(0x100000001B3)
        wh[i] = h
    n_texts = len(text_offsets) - 1
    flat = np.empty(max(n_words, 1), dtype=np.uint64)
    offsets = np.zeros(n_texts + 1, dtype=np.int64)
    mul = np.uint64(0x9E3779B97F4A7C15)
    pos = 0
    for t in range(n_texts):
        a, b = text_offsets[t], text_offsets[t + 1]
        n = b - a
        m = 0 if n == 0 else (1 if n < k else n - k + 1)
        width = n if n < k else k
        block = np.empty(m, dtype=np.uint64)
        for s in range(m):
            acc = np.uint64(0)
            for j in range(width):
                acc = acc * mul + wh[a + s + j]
            if n < k:
                acc ^= np.uint64(n)
            acc ^= acc >> np.uint64(30)  # splitmix64 finaliser: every bit of the shingle reaches every bit
            acc *= np.uint64(0xBF58476D1CE4E5B9)
            acc ^= acc >> np.uint64(27)
            acc *= np.uint64(0x94D049BB133111EB)
            acc ^= acc >> np.uint64(31)
            block[s] = acc
        block.sort()
        for s in range(m):
            if s == 0 or block[s] != block[s - 1]:
                flat[pos] = block[s]
                pos += 1
        offsets[t + 1] = pos
    return flat[:pos].copy(), offsets


def words_of(texts: list[str]):
    """(word byte offsets, UTF-8 bytes, first word of each text) for the whole batch, via polars."""
    import polars as pl

    lists = pl.Series(texts, dtype=pl.String).str.to_lowercase().str.extract_all(r"\w+")
    arr = lists.to_arrow(compat_level=pl.CompatLevel.oldest())
    text_offsets = np.asarray(arr.offsets, dtype=np.int64)
    words = arr.flatten()
    buffers = words.buffers()
    word_offsets = np.frombuffer(buffers[1], dtype=np.int64)[words.offset : words.offset + len(words) + 1]
    data = np.frombuffer(buffers[2], dtype=np.uint8) if buffers[2] is not None else np.zeros(0, dtype=np.uint8)
    return word_offsets, data, text_offsets - text_offsets[0]


def rensa_signatures(texts: list[str], num_perm: int, seed: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    import rensa

    sig, sizes = _empty(len(texts), num_perm)
    if not texts:
        return sig, sizes
    flat, offsets = shingle_hashes(*words_of(texts), k)
    sizes[:] = np.diff(offsets)
    if not len(flat):
        return sig, sizes
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets.astype(np.uint64), num_perm, seed)
    rows = np.asarray(matrix.to_rows(), dtype=np.uint32)
    keep = sizes > 0
    sig[keep] = rows[keep]
    return sig, sizes


# -- datasketch -------------------------------------------------------------------------------------------


def _fmix32(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


@functools.cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    a, b = MinHash(num_perm=num_perm, seed=seed).permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def datasketch_signatures(texts: list[str], num_perm: int, seed: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    import hashlib
    from operator import methodcaller

    sig, sizes = _empty(len(texts), num_perm)
    sha1, digest = hashlib.sha1, methodcaller("digest")
    a, b = _permutations(num_perm, seed)
    for i, text in enumerate(texts):
        sh = shingles(text, k)
        if not sh:
            continue
        sizes[i] = len(sh)
        raw = b"".join(map(digest, map(sha1, map(str.encode, sh))))
        hv = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 20)[:, :4].copy().view("<u4").ravel()
        phv = np.multiply.outer(_fmix32(hv), a)
        phv += b
        sig[i] = phv.min(axis=0)
    return sig, sizes
