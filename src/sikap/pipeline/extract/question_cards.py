"""Question cards: another story's question and the first words of its answer, each card under a dash.

A national portal's mobile pages drop a widget between the paragraphs: a bare "-" (the card's bullet, left as a
line), then "Kenapa X dibangun? Sejarah X dibangun atas ...": the other story's question, its answer's opening
cut off. The questions may be on the story's own topic (a flood story's widget asks about other floods), so what
they are about cannot tell them; their form and rhythm can: three cards at least, each a line opened by a
question word whose question closes within its first words and runs on into text, each under its own dash.
An explainer's paragraphs ask and answer too, but never one under a dash each; an interview printed under dashes
puts its questions to the speaker ("Apa yang Anda rasakan?"), and a card's question asks about a third party. Seen
on probe sets CB, CG, DG and DI (2026-12): four pages of the same network. (Dropped in stop 31 when a held-out page
lost its cut last line, '"P' under the cards, to the footer's teaser rule, which now keeps such a fragment.)
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import WS

CODE = "link.related"
MIN_CARDS = 3
# words that put a question to the speaker: an interview's, not a card's
_SECOND_PERSON = re.compile(r"(?i)\b(?:anda|kamu|kau|engkau|kalian|saudara|bapak|ibu|pak|bu)\b")
# a question word, the question (at most fifteen words) closed by "?", then the answer's text
_CARD = re.compile(r"(?i)^(?:apa|apakah|kenapa|mengapa|bagaimana|kapan|di\s?mana|ke\s?mana|dari\s?mana|siapa|berapa)"
                   r"\b(?:\s+\S+){0,14}?\?\s+\S")


def _dash(page, i: int) -> bool:
    return 0 <= i < len(page.texts) and page.texts[i].strip(WS) in ("-", "–", "—", "•")


def question_cards(page) -> None:
    """Mark runs of question cards (a dash line, then a card's line) of MIN_CARDS or more as link.related."""
    texts = page.texts
    if "?" not in page.joined():
        return  # a card asks a question: a page without a question mark has none (most pages)
    cards = [i for i in range(1, len(texts)) if _dash(page, i - 1) and page.free(i) and texts[i][:1].isalpha()
             and _CARD.match(texts[i].lstrip(WS)) and not _SECOND_PERSON.search(texts[i].split("?", 1)[0])]
    run: list[int] = []
    for i in cards + [None]:
        if i is not None and run and i == run[-1] + 2:
            run.append(i)
            continue
        if len(run) >= MIN_CARDS:
            for k in run:
                page.mark(k, CODE)
        run = [i] if i is not None else []
