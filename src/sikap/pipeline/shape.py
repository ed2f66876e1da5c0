"""Articles of absurd shape: what passed every other rule but is no news text.

Reason codes: run_on_line, repeated_word, language_unclear (check_shape).

Runs after language identification. The limits are the fields of `CheckShape` (one place; BuildConfig
carries an instance), each set far beyond what news pages show, so that no real article is lost:

- run_on_line: a kept line of more than `long_line` characters (100,000; a whole article pasted on one line
  is ~3,000-30,000) or, above `sentence_check` characters (10,000), with sentences averaging more than
  `sentence_chars` characters (2,000; news sentences average ~150) -- a dump of data, code or noise;
- repeated_word: at least `repeat_min` occurrences (1,000) of one word making up at least `repeat_share` of
  the words (25%; the commonest Indonesian word, "yang", makes ~3% of a news text);
- language_unclear: language identification's normalised probability below `min_language_confidence`
  (0.10; over py3langid's 142 classes, ~0.01 means no signal at all, and a close call between two neighbours
  such as Indonesian and Malay still gives each ~0.5), or its best class is `zxx` ("no linguistic content":
  letter salad, symbols, number tables).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sikap.records import Doc, Reject

_SENTENCE_END = re.compile(r"[.!?…。]+(?:\s|$)")


@dataclass(frozen=True)
class CheckShape:
    long_line: int = 100_000
    sentence_check: int = 10_000
    sentence_chars: int = 2_000
    repeat_min: int = 1_000
    repeat_share: float = 0.25
    min_language_confidence: float = 0.10
    name: str = "check_shape"

    def __call__(self, doc: Doc) -> Doc | Reject:
        text = doc.text
        for ln in doc.lines if len(text) > self.sentence_check else ():  # kept lines are in text: none is longer
            n = ln.end - ln.start
            if ln.rule is not None or n <= self.sentence_check:
                continue
            if n > self.long_line:
                return doc.reject(self.name, "run_on_line", f"a line of {n} characters > {self.long_line}")
            ends = len(_SENTENCE_END.findall(doc.decoded, ln.start, ln.end))
            if n > self.sentence_chars * max(1, ends):
                return doc.reject(self.name, "run_on_line",
                                  f"a line of {n} characters with {ends} sentence ends (> {self.sentence_chars} a sentence)")
        # Words are at most spaces + lines (other white space between words is rare in news; a flood of one
        # word joined by tabs fails the language check): one count is ~3 µs, splitting ~10x more, so only
        # texts that may hold repeat_min words are split and counted.
        if len(text) >= 2 * self.repeat_min and text.count(" ") + len(doc.lines) >= self.repeat_min:
            words = text.lower().split()
            if len(words) >= self.repeat_min:
                word, count = Counter(words).most_common(1)[0]
                if count >= self.repeat_min and count >= self.repeat_share * len(words):
                    return doc.reject(self.name, "repeated_word",
                                      f"{word[:40]!r} is {count} of {len(words)} words")
        confidence = doc.meta.get("language_confidence", 1.0)
        if confidence < self.min_language_confidence or doc.meta.get("language") == "zxx":
            return doc.reject(self.name, "language_unclear",
                              f"language {doc.meta.get('language')} at p={confidence} < {self.min_language_confidence}")
        return doc
