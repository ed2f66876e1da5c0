"""The header's short lines printed below the deck, down to the date line: "deck / NAME (Outlet) / Premium / City /
Mon, April 29, 2024 / text".

An English-language daily's pages (fix sets FD and FF, 2026-12) print the deck right under the headline, then the
byline, a badge and the place on short lines of their own, then the date line. The zones take the deck (a full
sentence) for the lede, so the header's lines below it stand inside the text. edges._date_below_deck reads a date
line right under the deck; this reads one a few short lines further down, and takes those lines with it: none of
them is a sentence, and a date line does not stand inside a text's paragraphs. A byline among them ("NAME (The
Outlet)") is read by header_bylines.named_byline, as the header's bylines are; the other lines are the header's chrome.
"""

from __future__ import annotations

from sikap.pipeline.extract.edge_lines import date_line
from sikap.pipeline.extract.header_bylines import named_byline, names_at_outlet
from sikap.pipeline.extract.text import WS, ends_sentence

_MAX_RUN = 4  # short lines between the deck and its date line


def header_run_below_deck(page, zones, start: int) -> None:
    """From line `start` (the first free line under the deck): up to four short lines, then a date line."""
    run = []
    j = start
    while j < len(page.doc.lines) and len(run) <= _MAX_RUN:
        t = page.texts[j].strip(WS)
        if not t or not page.free(j):
            j += 1
            continue
        got = date_line(t) if page.nw[j] <= 8 else None
        if got is not None:
            if run and not got[1]:
                _take(page, run, j, got)
            return
        if page.nw[j] > 6 or ends_sentence(t) and names_at_outlet(t) is None:
            return  # (a byline closed by the outlet in parentheses ends like a sentence)
        run.append(j)
        j += 1


def _take(page, run: list[int], j: int, got) -> None:
    for k in run:
        if not named_byline(page, k, page.texts[k].strip(WS)):
            page.mark(k, "chrome.header")
    page.dates.append((got[0], "date_line", page.texts[j]))
    page.mark(j, "meta.date_line")
