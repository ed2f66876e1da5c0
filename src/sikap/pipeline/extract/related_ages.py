"""Related cards printed as a list under the text, each headline over its rubric and age ("Headline" / "EKBIS | 2
hari yang lalu"): the rubric-and-age line is curated (boilerplate.yaml, link.related) and marked by the line rules;
the headline over it is the card's too. Seen on a regional portal (probe set DH, 2026-12).

(A widget of question cards, "-" over "Kenapa X? the answer's first words", was read here during stop 31 and dropped:
a held-out page of a major outlet lost a body sentence to it; the form cannot be told from an interview's questions.)
"""

from __future__ import annotations

from sikap.pipeline.extract.knowledge import named_rule
from sikap.pipeline.extract.text import ends_sentence, teaser_like

CODE = "link.related"

def aged_cards(page) -> None:
    """The headline over each related card's rubric and age ("Headline" / "EKBIS | 2 hari yang lalu") is the card's:
    marked with it (a regional portal's list under the text; probe set DH, 2026-12)."""
    age = named_rule("related_age")  # the rubric-and-age form, curated once (boilerplate.yaml)
    for i in range(1, len(page.texts)):
        if page.doc.lines[i].rule == CODE and age.match(page.texts[i].strip(" \t\u00a0")) and page.free(i - 1) \
                and page.nw[i - 1] <= 20 and not ends_sentence(page.texts[i - 1]) \
                and teaser_like(page.texts[i - 1], page.nw[i - 1]):
            page.mark(i - 1, CODE)
