"""Where a piece of glued chrome starts or ends, and whether it is chrome, where no pattern of inline.py says so alone.

inline._fragments finds glued chrome by its patterns; for some fragments the pattern finds only the start, or
matches text that may be the article's too, and these judgements decide: where a "Baca:" teaser glued to the next
sentence ends (_teaser_end), whether initials glued after the last sentence open with an agency's code (left for
the sign-off rules), where a photo's caption glued to the end of the lede starts, whether a "Sumber:" note names a
registered outlet, and whether a headline's tail is a date line glued after it. Names stay importable from
inline.py.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import FUNCTION_WORDS, SENTENCE_END, WS, word_count

# a date line glued after the headline it stands under ("Judul Berita Selasa, 14/10/2025 | 15:20"; a regional portal,
# held-out probe page, 2026-12, setW): weekday, date, a bar or comma and a time closing a line of four words or more
GLUED_DATE_LINE = re.compile(r"(?<=[^\W\d_])\s+(?=[^\W\d_]{3,9},?\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
                             r"|\d{1,2}\s+[^\W\d_]{3,10}\.?\s+\d{4})\s*[|,•]\s*\d{1,2}[:.]\d{2}(?:\s*WI[BT]A?)?\s*$)")
_BYLINE_FIRST = ("oleh ", "by ", "penulis", "reporter", "editor", "pewarta", "diterbitkan", "published", "dipublikasikan")


# a word of the headline glued to the capitalised first word of the sentence after it, that word followed by one in
# lower case or six letters long at least (a brand's inner capital, "YouTube", is shorter): the line break between a
# teaser and the paragraph lost in the copy
_GLUED_SENTENCE = re.compile(r"[a-z]{3}([A-Z][a-z]{2,}(?=\s+[a-z])|[A-Z][a-z]{5,}(?=\s))")


# a photo's caption glued before the dateline, the figure's markup lost ("fotoKOTA – Warga ...", "Caption words
# TownKOTA – Warga ..."): a short prefix whose last letter is in lower case or a bracket, then a place in capitals
# and a dash (fix set KD, 2026-12: two regional sites, the image's alt text printed alone above it on one)
_CAPS_PLACE_DASH = re.compile(r"(?<=[a-z)\]])([A-Z]{3,}(?:[ \t][A-Z]{3,}){0,2})\s*[-–—]{1,2}\s")


def caption_before_dateline(text: str) -> int:
    """Where the dateline starts on a line opened by a caption glued to it (0: none). The capitals must name a
    gazetteer place, the prefix hold at most 15 words and the lede after the dash at least 8: a sentence does not
    glue a lower-case word to a place in capitals closed by a dash."""
    head = text[:160]
    if "– " not in head and "- " not in head and "— " not in head:
        return 0  # (most lines hold no dash set off by a space: the search is skipped)
    m = _CAPS_PLACE_DASH.search(text, 1, 160)
    if m is None or word_count(text[:m.start()], 16) >= 16 or word_count(text[m.end():], 8) < 8:
        return 0
    from sikap.pipeline.extract.dateline_lookups import _place  # (the gazetteer: loaded on first use)

    return m.start() if _place(m.group(1)) is not None else 0


def _teaser_end(text: str, at: int) -> int:
    """End of a headline glued to the sentence after it ("Baca: Pasar Murah Digelar di Lima Kecamatan 2025
    Lebih dari 2.000 warga ..."):

    - a Title Case headline ends before the last capitalised word (a number does not count) ahead of the
      first lower-case content word: "Lebih dari 2.000 warga", "Kenaikan itu dipicu". A sentence that opens
      with a name of several capitalised words ("Menteri Budi Santoso mengatakan") loses the words before
      the name's last one to the teaser: where a glued teaser ends is not written anywhere, and this is
      the reading that is right most often (tests/extract/test_inline.py keeps the known miss visible);
    - a sentence-case headline ("Harga cabai naik jelang hari raya") ends before its first capitalised word
      after the first;
    - a headline ending in "?" or "!" ends there when a capitalised word follows."""
    glue = _GLUED_SENTENCE.search(text, at, at + 200)
    if glue is not None:
        return glue.start(1)  # "...di GazaTidak biasanya ...": the next sentence glued to the headline's last word (DC)
    toks = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text[at:])]
    cores = [tok.strip("\"'“”‘’()[],.:;!?") for _, tok in toks]
    content = [c for c in cores[:6] if c and c.lower() not in FUNCTION_WORDS]
    title_case = len(content) >= 2 and all(c[0].isupper() or c[0].isdigit() for c in content[:3])
    last_cap = None
    for k, (pos, tok) in enumerate(toks):
        core = cores[k]
        if k and toks[k - 1][1].endswith(("?", "!")) and core[:1].isupper():
            return at + pos
        if not core:
            continue
        if core[0].isupper():
            if k and not title_case:
                return at + pos  # a sentence-case headline: the next capital opens the sentence
            last_cap = k
            continue
        if core[0].isdigit() or core.lower() in FUNCTION_WORDS:
            continue
        if last_cap is None or last_cap == 0:
            return len(text)  # no capital to start a sentence at: the line's end
        return at + toks[last_cap][0]
    return len(text)


def _agency_first(signoff: str) -> bool:
    """'(ant/iss)' opens with an agency's code: left for the sign-off reading (edges), which records the agency."""
    from sikap.pipeline.extract.credits import signoff_reading

    return signoff_reading(signoff.strip(WS + "()"))[0] == "source"


_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s*[A-Z])")


def _lede_caption(text: str) -> int | None:
    """Where a photo's caption glued to the end of the lede starts ('KOTA - Sebanyak ... itu.Wisudawan X (Foto :
    Outlet)'), or None. A line opening with a dateline is the text's first paragraph, never a caption (the
    line rules would take the whole line for one, and the lede, the dateline and the outlet with it): only the
    photo credit closing it and the caption's words glued before the credit (after the last sentence's end, a
    dozen words at most, ending no sentence) are cut. Seen on a regional portal (harvest page, 2026-12)."""
    from sikap.pipeline.extract.captions import credit_tail, photo_credit

    m = credit_tail(text)
    if not photo_credit(m) or word_count(text, 30) < 30:
        return None
    from sikap.pipeline.extract.datelines import parse

    if parse(text) is None:
        return None
    head = text[:m.start()]
    ends = list(_SENTENCE_END.finditer(head))
    glued = head[ends[-1].end():].strip(WS) if ends else ""
    if 1 <= len(glued.split()) <= 12 and not glued.endswith(SENTENCE_END):  # a sentence of the lede ends so
        return ends[-1].end()
    return m.start()


def _labelled_outlet(name: str) -> bool:
    from sikap.pipeline.extract.outlets import lookup_labelled

    return lookup_labelled(name) is not None


def _glued_date_line(text: str) -> int | None:
    """Where a date line glued after a headline starts, or None: the words before it read as a headline (four to
    30 words, no sentence's end, no byline's label) and the tail is a date whose weekday the grammar knows."""
    from sikap.pipeline.extract.dateforms import find_date
    from sikap.pipeline.extract.text import title_like

    m = GLUED_DATE_LINE.search(text, 0)
    if m is None:
        return None
    head = text[:m.start()]
    found = find_date(text, m.end())
    if found is None or found.start > m.end() + 12 or found.weekday_ok is None or len(head.split()) < 4 \
            or not title_like(head, 30) or head.lstrip(WS).casefold().startswith(_BYLINE_FIRST):
        return None
    return m.end()
