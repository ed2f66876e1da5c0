"""Question cards: another story's question and the first words of its answer, each card under a dash.

A national portal's mobile pages drop a widget between the paragraphs: a bare "-" (the card's bullet, left as a
line), then "Kenapa X dibangun? Sejarah X dibangun atas ...": the other story's question, its answer's opening
cut off. The questions may be on the story's own topic (a flood story's widget asks about other floods), so what
they are about cannot tell them; their form and rhythm can: three cards at least, each a line opened by a
question word whose question closes within its first words and runs on into text, each under its own dash.
An explainer's paragraphs ask and answer too, but never one under a dash each. Seen on probe sets CG and DI
(2026-12): two pages of the same network, on a flood and on a mayor's first day.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import WS, ends_sentence, teaser_like

CODE = "link.related"
MIN_CARDS = 3
# a question word, the question (at most fifteen words) closed by "?", then the answer's text
_CARD = re.compile(r"(?i)^(?:apa|apakah|kenapa|mengapa|bagaimana|kapan|di\s?mana|ke\s?mana|dari\s?mana|siapa|berapa)"
                   r"\b(?:\s+\S+){0,14}?\?\s+\S")


def _dash(page, i: int) -> bool:
    return 0 <= i < len(page.texts) and page.texts[i].strip(WS) in ("-", "–", "—", "•")


def question_cards(page) -> None:
    """Mark runs of question cards (a dash line, then a card's line) of MIN_CARDS or more as link.related."""
    texts = page.texts
    cards = [i for i in range(1, len(texts)) if _dash(page, i - 1) and page.free(i) and texts[i][:1].isalpha()
             and _CARD.match(texts[i].lstrip(WS))]
    run: list[int] = []
    for i in cards + [None]:
        if i is not None and run and i == run[-1] + 2:
            run.append(i)
            continue
        if len(run) >= MIN_CARDS:
            for k in run:
                page.mark(k, CODE)
        run = [i] if i is not None else []


# a related card's rubric and age under its headline ("EKBIS | 2 hari yang lalu"), curated as link.related
_AGE = re.compile(r"^\s*[A-Z][A-Z&]{2,20}(?:\s[A-Z&]{2,20})?\s*\|\s*\d{1,2}\s+(?:menit|jam|hari|minggu|bulan)\s+yang\s+lalu\s*$")


def aged_cards(page) -> None:
    """The headline over each related card's rubric and age ("Headline" / "EKBIS | 2 hari yang lalu") is the card's:
    marked with it (a regional portal's list under the text; probe set DH, 2026-12)."""
    for i in range(1, len(page.texts)):
        if page.doc.lines[i].rule == CODE and _AGE.match(page.texts[i]) and page.free(i - 1) \
                and page.nw[i - 1] <= 20 and not ends_sentence(page.texts[i - 1]) \
                and teaser_like(page.texts[i - 1], page.nw[i - 1]):
            page.mark(i - 1, CODE)
