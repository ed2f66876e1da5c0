"""When a long line in sentence case is the headline: find_title (edges_title.py) takes a short line in Title Case
for the title by its shape, but a long one written as a sentence is a headline only where the page shows it is one.

It is the page's first free line and no sentence (it neither ends like one nor holds a sentence's end inside), and
one more sign: it is built like a headline (two parts joined by a dash or a colon, a quoted clause) or retold by
the lede, it stands over its date line, it is printed twice above the lede, or it is closed by a stray comma. The
zones may also have taken such a headline for the lede (_lede_is_headline). Names stay importable from
edges_title.py.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import WS, content_words, ends_sentence, headline_case, is_prose, title_like
from sikap.pipeline.extract.zones import Zones


def _lede_is_headline(page, zones: Zones) -> bool:
    """The zones took a long headline in sentence case for the lede (it has the words of a paragraph): the
    page's first free line, no sentence (see _sentence_case_headline), over a paragraph of text."""
    i = zones.lede
    j = i + 1
    return j < len(page.texts) and zones.dateline_at != i and page.free(i) and page.free(j) and title_like(page.texts[i], 30) \
        and page.nw[j] >= 12 and is_prose(page.texts[j], 12, page.nw[j]) and ends_sentence(page.texts[j]) \
        and _sentence_case_headline(page, Zones(lede=j, last=None), i)


def _comma_headline(page, i: int, nw: int) -> bool:
    """'Majelis Umum PBB Sepakat untuk Desak Gencatan Senjata di Jalur Gaza,': a Title Case headline of five words
    or more closed by a stray comma (a template's leftover), as the page's first free line: the headline still."""
    t = page.texts[i].rstrip(WS)
    return t.endswith(",") and not t.endswith(",,") and nw >= 5 and title_like(t[:-1]) and headline_case(t, nw) \
        and not any(page.free(k) for k in range(i))


def _stop_headline(page, zones: Zones, i: int, nw: int) -> bool:
    """'BPBD Kabupaten Contoh Salurkan Bantuan Kepada Warga.': a Title Case headline closed by a full stop, as the page's
    first free line right above a lede that opens with a dateline (a regional portal, fix set IJ, 2026-12): the
    dateline below says the text starts there, so the line above is its headline, not its first sentence. A comma
    makes it a portrait's caption ("NAME, Kepala Dinas Kota Contoh."), left to the caption rules."""
    t = page.texts[i].rstrip(WS)
    return t.endswith(".") and not t.endswith("..") and "," not in t and nw >= 5 and i + 1 == zones.lede \
        and zones.dateline_at == zones.lede and title_like(t[:-1]) and headline_case(t, nw) \
        and not any(page.free(k) for k in range(i))


def _sentence_case_headline(page, zones: Zones, i: int) -> bool:
    """A long headline in sentence case ('Indonesia gabung ... – ‘Kita berisiko ...’', the style of explainer
    pages): the page's first free line, right above the lede, and no sentence: it neither ends like one nor holds
    a sentence's end inside (a page cut at its start opens on sentences, 'X. Sosok ... ialah NAME'), and it is
    built like a headline, two parts joined by a dash or a colon, or a quoted clause (the cut first sentence of a
    page 2, as long and as lower-case, has neither), or retold by the lede (_retold_below)."""
    t = page.texts[i]
    if _question_over_photo(page, zones, i, t):
        return True
    return i + 1 == zones.lede and not ends_sentence(t.rstrip(WS + "’”\"'")) and not _SENTENCE_INSIDE.search(t) \
        and (_HEADLINE_PARTS.search(t) is not None or _retold_below(t, page.texts[zones.lede])) \
        and not any(page.free(k) for k in range(i))


# the words an explainer's headline asks its question with
_QUESTION = re.compile(r"(?i)^\W*(?:siapa|apa|apakah|mengapa|kenapa|bagaimana|kapan|berapa|di\s+mana|why|what|how|who)\b")


def _question_over_photo(page, zones: Zones, i: int, t: str) -> bool:
    """'Siapa kelompok ... dan mengapa mereka menyerang ...?' over the photo's credit, then the lede: an explainer's
    headline asks a question (a broadcaster's Indonesian service, fix set KE, 2026-12); the page's first free line,
    one question, only the photo's lines between it and the lede."""
    lede = zones.lede
    return lede is not None and i + 1 < lede and t.rstrip(WS).endswith("?") and _QUESTION.match(t) is not None \
        and not _SENTENCE_INSIDE.search(t.rstrip(WS)[:-1]) and "?" not in t.rstrip(WS)[:-1] \
        and all(page.doc.lines[k].rule == "caption.photo" for k in range(i + 1, lede)) \
        and not any(page.free(k) for k in range(i))


def _retold_below(t: str, lede: str) -> bool:
    """The lede tells what the line says, most of its content words again ('Tiga sandera dibebaskan dan 90 tahanan
    ...' over 'Tiga sandera telah dipertemukan ..., sementara 90 tahanan ...'): a headline summing up its story (a
    held-out probe page, 2026-12, setV). A page 2's cut first sentence goes on with the next one, other words."""
    mine = content_words(t)
    return len(mine) >= 5 and len(mine & content_words(lede)) >= 0.5 * len(mine)


def _dated_below(page, zones: Zones, i: int) -> bool:
    """A long headline in sentence case over its date line ('Country to buy ... purchase deal' / 'Published Oct 16,
    2025 10:03 am' / the lede; probe pages 2026-12, setL): the page's first free line, no sentence, and the next
    free line a short one holding a date, or a date line the edge rules read already."""
    from sikap.pipeline.extract.dateforms import find_date

    t = page.texts[i]
    lines = page.doc.lines
    j = next((k for k in range(i + 1, zones.lede or 0) if lines[k].rule in (None, "meta.date_line", "meta.byline")), None)
    return j is not None and page.nw[j] <= 10 and (not page.free(j) or find_date(page.texts[j]) is not None) \
        and not ends_sentence(t.rstrip(WS + "’”\"'")) and not _SENTENCE_INSIDE.search(t) \
        and not any(page.free(k) for k in range(i))


def _printed_twice(page, zones: Zones, i: int) -> bool:
    """A long headline in sentence case printed twice above the lede (the page's heading, then the article's; a
    translated wire page, probe page 2026-12, setR): the page's first free line, no sentence, and the same line
    again further down the header. A paragraph is not repeated above the text it opens."""
    t = page.texts[i]
    if ends_sentence(t.rstrip(WS + "’”\"'")) or _SENTENCE_INSIDE.search(t) or any(page.free(k) for k in range(i)):
        return False
    key = " ".join(t.split())
    return any(page.free(k) and " ".join(page.texts[k].split()) == key for k in range(i + 1, zones.lede or 0))


_HEADLINE_PARTS = re.compile(r"\s[–—-]\s|:\s|[‘“\"][^‘’“”\"]{3,}[’”\"]")


_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']?\s+[A-Z]")
