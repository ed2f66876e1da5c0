"""MinHash signatures of a batch of texts over k-word shingles: the two backends of NearDuplicates.

- "rensa" (the default, chosen by measurement: benchmarks/RESULTS.md): the batch is lower-cased (str.lower)
  and, in compiled loops (numba) over its UTF-8 bytes, cut into the very words `shingles` uses (runs of
  the characters re's word class matches, from a table re itself fills); each word's bytes are hashed
  (FNV-1a 64), k consecutive word hashes are folded into one shingle hash (a polynomial, then the
  splitmix64 finaliser), and each text's distinct shingle hashes are kept; rensa's RMinHash (Rust) signs
  them all in one call. No shingle string is ever made.
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


@functools.cache
def word_table() -> np.ndarray:
    r"""uint8[0x110000]: 1 where Python's `\w` matches the code point (found by re itself, so the words are
    exactly those of `shingles`)."""
    table = np.zeros(0x110000, dtype=np.uint8)
    chars = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    for m in _TOKEN.finditer(chars):
        idx = np.arange(m.start(), m.end())
        table[idx + (idx >= 0xD800) * 0x800] = 1
    return table


@njit(cache=True, nogil=True)
def word_spans(data, text_bytes, table):
    """(start, end) byte offsets of every word (a maximal run of word characters) in the UTF-8 data, and
    each text's first word; text_bytes: each text's first byte."""
    n_texts = len(text_bytes) - 1
    starts = np.empty(len(data) + 1, dtype=np.int64)
    ends = np.empty(len(data) + 1, dtype=np.int64)
    text_words = np.zeros(n_texts + 1, dtype=np.int64)
    w = 0
    for t in range(n_texts):
        i, stop = text_bytes[t], text_bytes[t + 1]
        start = -1
        while i < stop:
            b = data[i]
            if b < 0x80:
                cp, size = np.int64(b), 1
            elif b >> 5 == 6:
                cp, size = np.int64(b & 0x1F) << 6 | (data[i + 1] & 0x3F), 2
            elif b >> 4 == 14:
                cp, size = (np.int64(b & 0x0F) << 12) | (np.int64(data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F), 3
            else:
                cp = (np.int64(b & 0x07) << 18) | (np.int64(data[i + 1] & 0x3F) << 12) \
                    | (np.int64(data[i + 2] & 0x3F) << 6) | (data[i + 3] & 0x3F)
                size = 4
            if table[cp]:
                if start < 0:
                    start = i
            elif start >= 0:
                starts[w], ends[w] = start, i
                w += 1
                start = -1
            i += size
        if start >= 0:
            starts[w], ends[w] = start, stop
            w += 1
        text_words[t + 1] = w
    return starts[:w], ends[:w], text_words


@njit(cache=True, nogil=True)
def shingle_hashes(starts, ends, data, text_words, k):
    """(distinct shingle hashes of every text, concatenated in order of first occurrence; offsets into them
    per text). RMinHash takes the minimum per permutation, so order and repeats would not change a
    signature; distinct hashes are kept because their count is the text's size for containment.

    Words are data[starts[i]:ends[i]] (UTF-8), text t's words are text_words[t]..text_words[t+1]. A text of
    fewer than k words (but at least one) is one shingle, its hash xor its word count."""
    n_words = len(starts)
    wh = np.empty(n_words, dtype=np.uint64)
    for i in range(n_words):
        h = np.uint64(0xCBF29CE484222325)
        for j in range(starts[i], ends[i]):
            h = (h ^ np.uint64(data[j])) * np.uint64(0x100000001B3)
        wh[i] = h
    n_texts = len(text_words) - 1
    most = 1
    for t in range(n_texts):
        most = max(most, text_words[t + 1] - text_words[t])
    size = 16
    while size < 2 * most:
        size *= 2
    mask = np.uint64(size - 1)
    slots = np.empty(size, dtype=np.uint64)  # open addressing; a slot is taken when its stamp is the text's
    stamp = np.zeros(size, dtype=np.int64)
    flat = np.empty(max(n_words, 1), dtype=np.uint64)
    offsets = np.zeros(n_texts + 1, dtype=np.int64)
    mul = np.uint64(0x9E3779B97F4A7C15)
    pos = 0
    for t in range(n_texts):
        a, b = text_words[t], text_words[t + 1]
        n = b - a
        m = 0 if n == 0 else (1 if n < k else n - k + 1)
        width = n if n < k else k
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
            slot = acc & mask
            while stamp[slot] == t + 1 and slots[slot] != acc:
                slot = (slot + np.uint64(1)) & mask
            if stamp[slot] != t + 1:
                stamp[slot] = t + 1
                slots[slot] = acc
                flat[pos] = acc
                pos += 1
        offsets[t + 1] = pos
    return flat[:pos].copy(), offsets


_ASCII_BYTES = bytes(range(128))


def lower_utf8(text: str) -> bytes:
    """text.lower() in UTF-8, at half the cost when no character beyond ASCII changes case (curly quotes and
    dashes do not): then only ASCII letters change, and bytes.lower() changes exactly those."""
    raw = text.encode("utf-8", "surrogatepass")
    rest = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")  # the characters beyond ASCII
    if rest.lower() == rest:
        return raw.lower()
    return text.lower().encode("utf-8", "surrogatepass")


def words_of(texts: list[str]):
    """(word starts, word ends, UTF-8 bytes, first word of each text) of the lower-cased batch."""
    encoded = list(map(lower_utf8, texts))
    text_bytes = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=text_bytes[1:])
    data = np.frombuffer(b"".join(encoded), dtype=np.uint8)
    starts, ends, text_words = word_spans(data, text_bytes, word_table())
    return starts, ends, data, text_words


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
