"""The vectorised language identifier gives py3langid's results bit for bit."""

from __future__ import annotations

import functools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED_FILES


@functools.cache
def _pair():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from sikap.pipeline.annotate import _langid

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True), _langid().base  # before the 'ms' check


def test_same_language_and_confidence_on_seed_fragments():
    ref, fast = _pair()
    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES]
    rnd = random.Random(11)
    cases = texts + ["", "a", "Hello", "日本語のテキスト", "x" * 10, "ÄÖÜ ß"]
    for _ in range(300):
        t = rnd.choice(texts)
        i = rnd.randrange(len(t))
        cases.append(t[i : i + rnd.randrange(1, 3000)])
    for c in cases:
        assert fast.classify(c) == ref.classify(c), c[:60]


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_same_results_on_any_text(text):
    ref, fast = _pair()
    assert fast.classify(text) == ref.classify(text)
    assert fast.classify(text.encode("utf-8", "surrogatepass")) == ref.classify(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=150, deadline=None)
@given(st.binary(min_size=0, max_size=3000), st.sampled_from([2, 3, 8, 16]))
def test_interleaved_lanes_give_the_single_walk(data, lanes):
    """Segments started from `depth` bytes of context reach the states one walk from the start reaches."""
    import numpy as np

    _, fast = _pair()
    one = fast.features(data, lanes=1)
    many = fast.features(data, lanes=lanes)
    assert np.array_equal(one[0], many[0]) and np.array_equal(one[1], many[1])


def test_lanes_on_long_seed_texts():
    import numpy as np

    ref, fast = _pair()
    for p in SEED_FILES:
        data = p.read_text(encoding="utf-8").encode("utf-8")
        idx, counts = fast.features(data)
        visits = __import__("py3langid.langid", fromlist=["visit_counts"]).visit_counts(
            ref.tk_nextmove, ref._rowbase, ref.tk_output, data)
        assert idx.tolist() == list(visits) and counts.tolist() == [float(c) for c in visits.values()]


def test_rows_widened_from_float16_are_numpys_float32():
    """Every normal float16 (the model holds nothing else: all_normal_float16) widens to numpy's float32."""
    import numpy as np

    from sikap.pipeline.langid_fast import all_normal_float16, widen_rows

    bits = np.arange(65536, dtype=np.uint16)
    exp = (bits >> 10) & 0x1F
    normal = bits[(exp != 0) & (exp != 0x1F)].reshape(-1, 2)
    out = np.empty(normal.shape, dtype=np.uint32)
    widen_rows(normal, np.arange(len(normal)), out)
    assert np.array_equal(out.view(np.float32), normal.view(np.float16).astype(np.float32))
    assert all_normal_float16(normal) and not all_normal_float16(np.array([[0x3C00, 0x0000]], dtype=np.uint16))


def test_raw_scores_are_py3langids_bit_for_bit():
    """The whole score vector, not only the winner: same float32 bits as py3langid's own matmul."""
    import numpy as np

    ref, fast = _pair()
    assert fast._ptc16 is not None  # the float16 path is the one in use
    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES]
    rnd = random.Random(5)
    for _ in range(200):
        t = rnd.choice(texts)
        i = rnd.randrange(len(t))
        data = fast._encode(t[i : i + rnd.randrange(1, 6000)])
        assert np.array_equal(fast._raw_score(data).view(np.uint32), ref._raw_score(data).view(np.uint32))


def test_restricted_languages_give_py3langids_results():
    """set_languages (a column subset of the model) takes the numpy path: still py3langid's answers."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from sikap.pipeline.langid_fast import load

    ref, fast = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True), load()
    ref.set_languages(["id", "ms", "en"])
    fast.set_languages(["id", "ms", "en"])
    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES]
    for t in texts:
        for i in range(0, len(t), 700):
            assert fast.classify(t[i : i + 900]) == ref.classify(t[i : i + 900])
