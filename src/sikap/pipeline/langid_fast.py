"""py3langid's classifier with its byte-by-byte DFA walk compiled (numba); same results, ~10x faster.

py3langid counts features by walking an automaton over the UTF-8 bytes, one Python loop iteration per
byte, and then scores the {feature: count} Counter with one float32 matmul. The walk is what costs; here it
is the same loop compiled by numba, and it hands the features back as two arrays in order of first
occurrence, exactly the order of the Counter py3langid builds. The matmul is py3langid's own (numpy), over
rows in that order, so the float32 sums, and so every score, are bit-identical to py3langid's
(tests/test_langid_fast.py compares both on many texts).

`sikap.pipeline.langid_model` holds the one loaded, compiled identifier of a process.
"""

from __future__ import annotations

import numpy as np
from numba import njit
from py3langid.langid import MODEL_FILE, LanguageIdentifier


@njit(cache=True, nogil=True)
def walk_counts(data, nextmove, rowbase, output, counts):
    """(features in order of first occurrence, their counts). `counts` is a zeroed scratch array as long as
    the feature table; it is zeroed again before returning."""
    order = np.empty(len(data), dtype=np.int64)
    n = 0
    state = 0
    for i in range(len(data)):
        state = nextmove[rowbase[state] + data[i]]
        f = output[state]
        if f >= 0:
            if counts[f] == 0:
                order[n] = f
                n += 1
            counts[f] += 1
    feats = order[:n].copy()
    out = np.empty(n, dtype=np.float32)
    for j in range(n):
        out[j] = counts[feats[j]]
        counts[feats[j]] = 0
    return feats, out


class FastIdentifier(LanguageIdentifier):
    __slots__ = ("_nm", "_rb", "_out", "_scratch", "_ptc32")

    def _prepare(self) -> None:
        # A view of py3langid's own transition array (uint32), not a copy: 39 MB less per process.
        self._nm = np.frombuffer(self.tk_nextmove, dtype=np.uint32) if getattr(self.tk_nextmove, "typecode", "") == "I" \
            else np.asarray(self.tk_nextmove, dtype=np.uint32)
        self._rb = np.asarray(self._rowbase, dtype=np.int64)
        self._out = np.asarray(self.tk_output, dtype=np.int64)
        self._scratch = np.zeros(len(self.nb_ptc), dtype=np.int64)
        # The float16 table widened once (py3langid's matmul widens it on every call, with the same values).
        self._ptc32 = np.asarray(self.nb_ptc, dtype=np.float32)

    def features(self, data: bytes) -> tuple[np.ndarray, np.ndarray]:
        """(feature ids in order of first occurrence, counts as float32): py3langid's Counter as arrays."""
        return walk_counts(np.frombuffer(data, dtype=np.uint8), self._nm, self._rb, self._out, self._scratch)

    def _raw_score(self, text):
        idx, counts = self.features(text)
        if len(idx):
            table = self._ptc32 if self.nb_ptc is self._full_model[0] else np.asarray(self.nb_ptc, dtype=np.float32)
            return np.log1p(counts) @ table[idx] + self.nb_pc
        return super()._raw_score(b"")


def load() -> FastIdentifier:
    ident = FastIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident._prepare()
    return ident
