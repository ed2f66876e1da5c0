"""Another story's headline between the paragraphs, printed without a label: a teaser, told by what it is about.

Portals drop related headlines into the text ("Diprediksi Rilis Oktober Ini, Intip Spesifikasi Ponsel Baru" in a
story on missiles), and a copy keeps them without their "Baca juga" label. In shape such a line is a subheading
(Title Case, no closing full stop), so the shape alone cannot say. What it is about can: a subheading announces
what the paragraphs around it tell, so it shares words with the article; a teaser for an unrelated story shares
none. A line is taken only when none of its content words (nor their first five letters, for Indonesian affixes)
is in the title or in the rest of the text, and it has three such words at least. Teasers on the story's own topic
share its words and stay (they cannot be told from subheadings this way). Seen on probe sets CG and CH (2026-12):
technology and sports teasers inside a story on the Middle East, on a national portal and a fresh site.

An unrelated teaser may still share one word with the story by chance (a month, "Indonesia", "negara"): a line
with five content words or more sharing just one is taken too, when the page holds two such lines or more, as
portals that drop teasers into the text drop one every few paragraphs and a subheading shares more of the story's
words (fix sets AR, CB, CG, 2026-12: no line of the 1,500 pages' text was taken so).
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import WS, content_words, headline_case

_MARKS = tuple('.!"”’\'…:;,')
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")  # "3. Operasi Militer ...": a numbered list's item, the text's own  # a teaser asks ("?") or just stops; a sentence or a lead-in ends with one of these


def _words(text: str) -> set[str]:
    """content_words of four letters or more: a shorter word ("AS", "PBB") tells too little of a topic."""
    return {w for w in content_words(text) if len(w) >= 4 and w.isalpha()}


def stray_teasers(page, zones, title: str | None) -> None:
    """Mark as link.related each free line inside the text (between the lede and the last paragraph) that is shaped
    like a headline and shares no content word with the rest of the article."""
    if zones.lede is None or zones.last is None or zones.last - zones.lede < 3:
        return
    texts, nw = page.texts, page.nw
    candidates = [i for i in range(zones.lede + 1, zones.last)
                  if 5 <= nw[i] <= 16 and page.free(i) and texts[i].lstrip(WS)[:1].isalnum()
                  and not texts[i].rstrip(WS).endswith(_MARKS) and headline_case(texts[i], nw[i])]
    # (a line opened by an emoji or a bullet is a list's item: "📍 Tempat: Kota", a schedule in the text)
    if not candidates:
        return
    vocab = _words(title or "")
    for i in range(zones.lede, zones.last + 1):
        if page.free(i) and i not in candidates:
            vocab |= _words(texts[i])
    stems = {w[:5] for w in vocab}
    loose = []
    for i in candidates:
        own = _words(texts[i])
        shared = sum(1 for w in own if w in vocab or w[:5] in stems)
        if len(own) >= 3 and shared == 0:
            page.mark(i, "link.related")
        elif len(own) >= 5 and shared == 1 and not _NUMBERED.match(texts[i]):
            loose.append(i)
    if len(loose) >= 2:  # see the module's docstring: a layout that drops teasers into the text drops several
        for i in loose:
            page.mark(i, "link.related")
