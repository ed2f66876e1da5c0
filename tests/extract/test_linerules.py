"""linerules: the quick passes over body text answer exactly as the plain checks they replace.

`_body_text` skips the first-word lookup by a line's first three characters (LineCatalogue.may_open_phrase)
and runs its cheap tail checks first; `_verdict` searches a line's closing credit once. Each is compared with
the plain version it replaced, over lines that open with the catalogue's prefix words in any case, with chrome
punctuation, odd white space and characters whose case folding changes their length, and over the test corpus.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract import captions, linerules
from sikap.pipeline.extract.knowledge import first_word, line_catalogue, line_key
from tests.extract.corpus import SENTENCES


def _plain_body_text(t: str, nw: int, cat) -> bool:
    """_body_text as it was: every lookup in turn, the tail checks last."""
    if nw <= cat.exact_words:
        key = line_key(t)
        if key in cat.exact or key.split(" ", 1)[0].split(":", 1)[0] in cat.by_first_word:
            return False
    elif first_word(t) in cat.by_first_word:
        return False
    if linerules._start_table()[nw].match(t.strip(" \t\u00a0")):
        return False
    end = t.rstrip()
    if end[-1:] in (")", "]", "-"):
        return False
    # the cheap openings of the credit lines read before the catalogue ("Via Outlet", "Artikel ini diproduksi oleh
    # NAME dari Outlet", "Agency."): never plain text to the check
    if nw <= 5 and t[:4].lower() == "via " or nw <= 24 and t[:1] in "AaBbTtLl" and " ini " in t[:16] and " oleh " in t \
            or nw <= 3 and end[-1:] == "." and end[:1].isupper():
        return False
    tail = end[-140:]
    return not ("/" in tail or "|" in tail or "--" in tail or ":" in tail[-50:] or "Foto " in tail[-60:]
                or "- " in tail[-14:] or "– " in tail[-14:])


def _plain_verdict(t: str, nw: int):
    """_verdict as it was: the closing credit searched by photo_tail and again by has_credit_tail."""
    got = linerules._credit_verdict(t, nw)
    if got is not None:
        return ("credited", *got)
    code = line_catalogue().match(t, nw, edges=False)
    if code is None and ((nw <= 10 and captions.credit_only(t)) or captions.caption_prefix(t)
                         or captions.photo_tail(t) or linerules._agency_tail(t)):
        code = "caption.photo"
    elif code is None and captions.has_credit_tail(t) and not linerules._dateline_dashes(t, captions.credit_tail(t)):
        return ("tail",)  # (a dateline's own dashes read as a credit are no tail: linerules._dateline_dashes)
    return ("code", code) if code is not None else None


_FIRST = sorted(line_catalogue().by_first_word)
# a line's opening: a prefix phrase's first word (or a word sharing its first letters) in any case
OPENING = st.builds(lambda w, cut, case: (w[:cut] if cut else w).upper() if case == 1 else
                    (w[:cut] if cut else w).title() if case == 2 else (w[:cut] if cut else w),
                    st.sampled_from(_FIRST + ["baca juga:", "penulis", "sumber:", "foto:", "oleh", "editor"]),
                    st.integers(0, 4), st.integers(0, 2))
PIECES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2009", ":", " : ", "-", "--", "»", "#", "*", "•", "/", "|", "(", ")",
                          "[", "]", ".", ",", "ß", "İ", "\u212a", "ﬁ", "e\u0301", "Σ", "“", "1", "2024", "a", "b", "s", "k",
                          " kata ", " Menteri ", " berita ", " (Foto: Andi/AFP)", " [ANDI / AFP]", " (Antara)", " (bicara | kontrib)"])
CHROME = ["Baca juga: Harga Emas Turun Tipis Hari Ini", "Penulis: Budi Santoso", "Editor : Ayu Lestari", "Sumber: Reuters",
          "Foto: ANTARA/Andi Saputra", "Warga berkumpul di alun-alun Kota Contoh. (Foto: Ist)", "Tags: Iran, Israel",
          "Kategori : Internasional", "Artikel ini telah tayang di Kabarcontoh.id dengan judul Banjir Surut",
          "Warga berkumpul di alun-alun Kota Contoh [ANDI SAPUTRA / AFP]", "Home › Internasional", "Oleh karena itu, kami",
          "Dibaca 1.204 kali", "Ikuti kami di Google News untuk berita terbaru setiap hari dari Kota Contoh",
          "Simak berita dan video lainnya di kanal kami yang tayang setiap pagi pukul tujuh", "See also: Iran"]
LINE = st.one_of(st.sampled_from(SENTENCES + CHROME),
                 st.builds(lambda pre, head, rest: pre + head + "".join(rest),
                           st.sampled_from(["", " ", "\u00a0", "-", "» ", "#", ": ", "“", "(", "ß"]), OPENING,
                           st.lists(PIECES, max_size=30)),
                 st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=1500, deadline=None)
@given(LINE)
def test_body_text_answers_as_the_plain_checks(t):
    cat = line_catalogue()
    nw = len(t.split(None, 60))
    if not t or nw > 60:
        return  # line_rules passes such lines over before asking
    assert linerules._body_text(t, nw, cat, linerules._start_table()) == _plain_body_text(t, nw, cat), t


@settings(max_examples=600, deadline=None)
@given(LINE)
def test_a_closed_head_opens_no_prefix_phrase(t):
    """A head whose first word cannot be a prefix phrase's: first_word says the same."""
    cat = line_catalogue()
    if not cat.may_open_phrase(t[:3]):
        assert first_word(t) not in cat.by_first_word


def test_a_changed_catalogue_keeps_no_answer_of_the_old_one():
    """A catalogue with other prefix phrases (a rule change, as tests/test_build.py makes) starts afresh."""
    import dataclasses

    cat = line_catalogue()
    assert not cat.may_open_phrase("Pem")
    more = dataclasses.replace(cat, by_first_word={**cat.by_first_word, "pembaca": ["pembaca"]})
    assert more.may_open_phrase("Pem") and not cat.may_open_phrase("Pem")


@settings(max_examples=800, deadline=None)
@given(LINE)
def test_verdict_answers_as_the_plain_version(t):
    nw = len(t.split(None, 60))
    if t and nw <= 60:
        assert linerules._verdict.__wrapped__(t, nw) == _plain_verdict(t, nw), t


def test_the_corpus_lines_get_the_same_answers():
    cat = line_catalogue()
    for t in SENTENCES + CHROME:
        nw = len(t.split(None, 60))
        if t and nw <= 60:
            assert linerules._body_text(t, nw, cat, linerules._start_table()) == _plain_body_text(t, nw, cat), t
            assert linerules._verdict.__wrapped__(t, nw) == _plain_verdict(t, nw), t
