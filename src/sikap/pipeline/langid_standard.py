"""Indonesian or Malay: py3langid's 'ms' checked against the words only one of the two standards uses.

py3langid confuses the two standards of Malay on news text: an Indonesian report that shares most of its
words with Malay can come out 'ms' (p 0.6 or even 0.99), and the build then flags an Indonesian article as
foreign. Its scores cannot settle it, its features are byte n-grams both standards share; words can:
Indonesian writes bahwa, karena, Amerika Serikat, Kamis where Malay writes bahawa, kerana, Amerika
Syarikat, Khamis (curated/language_markers.yaml). When py3langid answers 'ms', unsure of it, with 'id'
second, and the text holds enough Indonesian-only words and few Malay-only ones, the answer is 'id' with
py3langid's own probability for 'id'. A sure 'ms' stands: its 'id' would be too unlikely to keep the
article anyway. Every other answer is py3langid's, bit for bit; 'ms' answers are rare, so the word count
costs nothing on an Indonesian corpus.
"""

from __future__ import annotations

import functools
import re

import yaml

_WORD = re.compile(r"\w+")


@functools.cache
def _data() -> dict:
    from sikap.paths import curated_dir

    return yaml.safe_load((curated_dir() / "language_markers.yaml").read_text(encoding="utf-8"))


@functools.cache
def markers() -> tuple[frozenset, frozenset, int, int]:
    """(Indonesian-only words, Malay-only words, the least Indonesian count, the ratio a flip needs)."""
    data = _data()
    return (frozenset(w.casefold() for w in data["indonesian"]), frozenset(w.casefold() for w in data["malay"]),
            int(data["min_indonesian"]), int(data["ratio"]))


def indonesian_by_words(text: str) -> bool:
    """The text holds at least min_indonesian Indonesian-only words and more than `ratio` times as many
    as Malay-only words."""
    ind, mal, least, ratio = markers()
    n_id = n_ms = 0
    for w in _WORD.findall(text.casefold()):
        if w in ind:
            n_id += 1
        elif w in mal:
            n_ms += 1
    return n_id >= least and n_id > ratio * n_ms


_QUOTED = re.compile(r"“[^“”]{0,2000}”|\"[^\"\n]{0,2000}\"")


def narration(text: str) -> str:
    """The text without its quotations: an Indonesian report quoting a Malaysian leader at length holds the
    leader's Malay words (kerana, kerajaan, berkata) in its quotes; the writer's own standard is in the rest
    (fresh probe pages, 2026-12, setP)."""
    return _QUOTED.sub(" ", text) if ("“" in text or '"' in text) else text


class StandardAware:
    """A language identifier (py3langid's interface: classify) whose 'ms' answers are checked as above."""

    __slots__ = ("base",)

    def __init__(self, base) -> None:
        self.base = base

    def classify(self, text: str) -> tuple[str, float]:
        return self.explain(text)[:2]

    def explain(self, text: str) -> tuple[str, float, bool]:
        """(language, probability, whether the word check overruled py3langid's 'ms'): the build's provenance
        note names the word list when it decided."""
        lang, prob = self.base.classify(text)
        if lang != "ms" or prob >= float(_data()["max_malay_p"]):
            return lang, prob, False
        ranked = self.base.rank(text)
        if len(ranked) > 1 and ranked[1][0] == "id" and (indonesian_by_words(text) or indonesian_by_words(narration(text))):
            return "id", ranked[1][1], True
        return lang, prob, False
