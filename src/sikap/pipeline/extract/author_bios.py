"""A content farm's generated author bio: "Pop culture ninja. Social media fanatic. Typical problem solver. Coffee
practitioner. Travel enthusiast." (and its machine translations, "Ninja budaya pop. Penggemar media sosial. ..."),
printed under the text, often in quotation marks. Five or more fragments of at most forty characters closed by a
stop, none opened by a subject ("Ia", "He"), three or more of them holding a word of credits.yaml `bio_words`. News
prose has no run of five subjectless fragments about a person's tastes; the line names nobody, so it is marked
and nothing is credited. A pass of mark_boilerplate (boilerplate.py), before the zones: the bio is the page's last
line of prose, which the zones would otherwise take for the text's last paragraph.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.knowledge import curated_set

_SUBJECTS = "ia|dia|saya|aku|kami|kita|mereka|beliau|he|she|i|we|they|it|his|her"


@functools.cache
def _bio() -> re.Pattern:
    words = "|".join(sorted((re.escape(w) for w in curated_set("credits.yaml", "bio_words", "casefold")),
                            key=len, reverse=True))
    return re.compile(rf"(?i)^\s*[“\"]?(?=(?:.*?\b(?:{words})\b){{3}})"
                      rf"(?:\s*(?!(?:{_SUBJECTS})\b)[^.!?\n]{{2,40}}[.!?]){{5,}}\s*[”\"]?\s*$")


def generated_bio(text: str, nw: int) -> bool:
    """The line is a generated author bio (see the module docstring)."""
    return nw <= 60 and text.count(".") >= 5 and _bio().match(text) is not None


def mark_bios(page) -> None:
    lines = page.doc.lines
    for i, (t, nw) in enumerate(zip(page.texts, page.nw)):
        if nw <= 60 and lines[i].rule is None and generated_bio(t, nw):  # (the word count first: most lines are
            page.mark(i, "credit.bio")  # short, and a line's rule is read without a call to Page.free)
