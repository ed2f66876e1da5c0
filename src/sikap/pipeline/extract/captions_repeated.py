"""A photo caption that retells the lede, closed by the photo's day in parentheses.

Explainer pages print a photo between a subheading and its paragraph, and its caption as a line of its own
without a credit: "NAME sits beside NAME while signing the charter in CITY, Thursday (22/01)." The caption ends
like a news sentence (a weekday and a date in parentheses, a full stop), so the sentence rules keep it. What
tells it apart is where it stands and what it says: right under a heading (a question, a Title Case line), over
a paragraph, one sentence with no quotation and no speech verb, and its words are the lede's, which told the
same scene. A one-sentence paragraph of the text brings words of its own or reports who said what.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.text import WS, content_words, is_prose, title_like

_WEEKDAYS = r"(?:senin|selasa|rabu|kamis|jumat|jum.at|sabtu|minggu|ahad)"  # as Indonesian captions print them
_WEEKDAY_PEG_END = re.compile(rf"(?i)\b{_WEEKDAYS}\s*\(\s*\d{{1,2}}\s*/\s*\d{{1,2}}"
                              r"(?:\s*/\s*\d{2,4})?\s*\)\s*(?:(?:pagi|siang|sore|petang|malam|dini hari)\s*)?\.\s*$")
# (the time of day may follow the peg: "... Sabtu (11/5/2024) malam."; held-out probe page, 2026-12, setN)
_SPEECH = re.compile(r"(?i)\b(kata|ujar|ungkap|ucap|tutur|jelas|terang|tegas|imbuh|tambah|pungkas|menurut|mengatakan|"
                     r"menyampaikan|menjelaskan|menegaskan|disampaikan|dikatakan|menyebut|menilai)\w*\b")
_QUOTES = ('"', "“", "”")


def _peg_closed(t: str) -> bool:
    """What _WEEKDAY_PEG_END needs at the line's end, ")." with white space or a time of day between: a test
    that spares most lines the regex's search for a weekday through the whole line."""
    end = t.rstrip()
    return end.endswith(".") and ")" in end[-18:]


def _one_dated_sentence(t: str) -> bool:
    """One sentence closed by a weekday and the photo's date in parentheses, with no quotation and no report of
    what someone said."""
    return _peg_closed(t) and _WEEKDAY_PEG_END.search(t) is not None and _plain_sentence(t)


def _plain_sentence(t: str) -> bool:
    """One sentence (no end mark inside), no quotation, no report of what someone said: how a caption is written."""
    return not (re.search(r"[.!?]\s", t) or any(q in t for q in _QUOTES) or _SPEECH.search(t))


def _caption_over_lede(page, zones) -> None:
    """The lead photo's caption printed right above a lede that opens with a dateline ("NAME at the square in
    CITY, Sunday (27/7/2025)." / "OUTLET, CITY - ..."): a deck above a lede is a summary, not a scene closed on
    its day; the caption's words are the lede's, which tells the same scene (probe page, 2026-12, setQ). Where the
    caption says where its people stand ("(kanan)", "(kiri)") or closes on the photo's own day written out (",
    Selasa, 15 Juli 2025.", "baru-baru ini."), it is a caption whatever it tells: a deck names no one's place in a
    picture and sums up the story rather than a moment (held-out probe pages, 2026-12, setV and setM)."""
    i = zones.lede - 1
    if i < 0 or zones.dateline_at != zones.lede or not 6 <= page.nw[i] <= 40 or not page.free(i):
        return
    t = page.texts[i].strip(WS)
    if _photo_scene(t):
        page.mark(i, "caption.photo")
        return
    if page.nw[i] > 30 or not _one_dated_sentence(t):
        return
    mine = content_words(t)
    if len(mine) >= 5 and len(mine & content_words(page.texts[zones.lede])) >= 0.4 * len(mine):
        page.mark(i, "caption.photo")


# the photo's own day closing a caption, written out ("..., Selasa, 15 Juli 2025.") or said as "recently"
_DAY_WRITTEN_END = re.compile(rf"(?i)(?:,\s*{_WEEKDAYS}\s*,?\s*\d{{1,2}}\s+"
                              r"[a-z]{3,9}\.?\s+\d{4}|,\s*baru-baru ini)\s*\.\s*$")
# where the people stand in the picture: only a caption says so
_POSITION = re.compile(r"(?i)\((?:kanan|kiri|tengah|ki-ka|ka-ki|kiri ke kanan|dari kiri(?: ke kanan)?|left|right|centre|center"
                       r"|second left|second right|kedua dari (?:kiri|kanan))\)")


def _photo_scene(t: str) -> bool:
    """One sentence, no quotation and no report of speech, that places its people in the picture or closes on the
    photo's day written out (see _caption_over_lede)."""
    return bool(_POSITION.search(t) or t.endswith(".") and _DAY_WRITTEN_END.search(t)) and _plain_sentence(t)


@functools.cache
def photo_day_end() -> re.Pattern:
    """A line closing on the photo's day: the peg "(12/1/2019)" (its year may be left out) or a day, a month of the
    date grammar (curated/extraction/dates.yaml, via dateforms.grammar) and a year, maybe a time of day after ("...,
    Sabtu (12/1/2019) malam.", "... di Jakarta, Sabtu 30 Maret 2019."). Read by the caption rules here and by
    captions_credited."""
    from sikap.pipeline.extract.dateforms import _alt, grammar

    return re.compile(r"(?i)(?:\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)"
                      rf"|\b\d{{1,2}}\s+(?:{_alt(grammar().months)})\.?\s+\d{{4}})"
                      r"(?:\s+(?:pagi|siang|sore|petang|malam|dini hari|lalu))?\s*\.?\s*$")


# words of a deck announcing what is to come ("akan", "mulai Senin (1/10/2025)"): a caption shows what happened
_AHEAD = re.compile(r"(?i)\b(?:akan|mulai|hingga|sampai|besok|mendatang|nanti|rencananya|dijadwalkan)\b")


def _dated_scenes_over_lede(page, zones) -> None:
    """A caption in the header, one of the three lines above a lede that opens with a dateline: one plain sentence
    (no quotation, no report of speech) closed by the photo's day and year ("..., Sabtu (12/1/2019) malam.",
    "... di Jakarta, Sabtu 30 Maret 2019."), that announces nothing to come. A deck sums the story up; on 1,336
    pages of probe sets (2026-12) every such line above a dateline lede was a caption, four of them missed by
    their truth."""
    for i in range(max(0, zones.lede - 3), zones.lede):
        if not page.free(i) or not 6 <= page.nw[i] <= 40:
            continue
        t = page.texts[i].strip(WS)
        if photo_day_end().search(t) and _plain_sentence(t) and not _AHEAD.search(t):
            page.mark(i, "caption.photo")


def mark_lede_captions(page, zones) -> None:
    """Mark the captions described above (below the lede, above the last paragraph), and the lead photo's
    caption right above a lede with a dateline."""
    if zones.lede is None or zones.last is None:
        return
    _caption_over_lede(page, zones)
    if zones.dateline_at == zones.lede:
        _dated_scenes_over_lede(page, zones)
    _opening_of_next(page, zones)
    _placed_people(page, zones)
    lede = None  # the lede's words, read when a line first gets that far (most pages have no such line)
    lines = page.doc.lines
    for i in range(zones.lede + 2, zones.last):
        if not 8 <= page.nw[i] <= 30 or lines[i].rule is not None:
            continue
        t = page.texts[i].strip(WS)
        if not _one_dated_sentence(t):
            continue  # two sentences, a quotation, a report of what someone said: text
        above, below = page.texts[i - 1].strip(WS), page.texts[i + 1]
        if not (page.free(i - 1) and (above.endswith("?") or title_like(above, 20))):
            continue  # a caption stands under a heading here; under a paragraph it may be the text's
        if not (page.free(i + 1) and is_prose(below, 12, page.nw[i + 1])):
            continue
        mine = content_words(t)
        if lede is None:
            lede = content_words(page.texts[zones.lede])
        if len(mine) >= 6 and len(mine & lede) >= 0.6 * len(mine):
            page.mark(i, "caption.photo")


def _placed_people(page, zones) -> None:
    """A line that says where its people stand in the picture ("NAME (kiri) dan NAME mengikuti ...", "Kepala Dinas,
    NAME (kiri)"): one sentence at most, no quotation, no report of speech, above the last paragraph (the header's
    lead photo included: the lede finder may take its caption for the text's first line, and the lede then moves
    below it; a line the dateline opens is the lede's). Only a caption places people so (fix sets IH and II,
    2026-12: two national and regional pages, no line of text so written among the 3,000 body lines of the fix
    sets; stop 39: of the 25 lines of the 1,780 fix and development pages that place people so, the one of the
    text is a sentence with a report of speech)."""
    for i in range(0, zones.last):
        if page.free(i) and 3 <= page.nw[i] <= 40 and "(" in page.texts[i] and i != zones.dateline_at:
            t = page.texts[i].strip(WS)
            if _POSITION.search(t) and _plain_sentence(t):
                page.mark(i, "caption.photo")
                if i == zones.lede:
                    zones.lede = next((k for k in range(i + 1, zones.last + 1) if page.free(k)), zones.lede)


def _opening_of_next(page, zones) -> None:
    """A short line (two to 15 words, no sentence's end) that the next paragraph opens with, word for word, then a
    comma ("Wakil Ketua Komisi, NAMA" over "Wakil Ketua Komisi, NAMA, menegaskan ..."): the photo's caption naming
    who the picture shows, as the paragraph below names him (held-out probe page, 2026-12, setX). Its words are all
    in the next line, so marking it loses no text. Without the comma it is a subheading the paragraph opens with
    ("Kota X" / "Kota X adalah kota ...", setU), which is the text's."""
    for i in range(zones.lede + 1, zones.last):
        if not 2 <= page.nw[i] <= 15 or not page.free(i) or not page.free(i + 1) or page.nw[i + 1] < page.nw[i] + 4:
            continue
        t = page.texts[i].strip(WS)
        if t[-1:] in ".!?\"”" or not page.texts[i + 1].lstrip(WS).casefold().startswith(t.casefold()):
            continue
        if page.texts[i + 1].lstrip(WS)[len(t):len(t) + 1] != ",":
            continue  # a subheading the paragraph below opens with ("Kota X" / "Kota X adalah ...") is the text's
        page.mark(i, "caption.photo")

