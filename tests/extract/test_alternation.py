"""alternation: the grouped alternation answers exactly as the one alternation of the same patterns.

Checked on the real pattern tables (the line catalogue's, edges and not, and the line rules' start table)
over real-looking lines and random text, and the required strings on the patterns themselves: a pattern
that matches a text finds one of its required strings in it (lower-cased where it ignores case); and the
two characters a match can begin with (start_pairs), and the four (start_prefixes), on the patterns
themselves, in upper and lower case.
"""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.alternation import alternation, one_alternation, scans, start_pairs
from sikap.pipeline.extract.prefixes import N, STOP, Prefixes, opens_non_ascii, start_prefixes
from sikap.pipeline.extract.required import FOLDS_TO_ASCII, required_strings
from sikap.pipeline.extract.knowledge import line_catalogue

LINES = ["Kontak: redaksi@contoh.co.id | Telp. 021-555", "Menteri luar negeri Turki mengatakan pada Selasa.",
         "Revisi sejak 12 Mei 2024 oleh Budi (bicara | kontrib)", "(c) 2024 Harian Contoh", "#Iran #Israel",
         "Foto: ANTARA/Budi", "Penulis: Budi Santoso", "Sumber: Reuters", "Home › Internasional", "12:30",
         "email kami di a@b.c", "x (bicara|talk) y", "[12]", "Hak cipta dilindungi undang-undang"]


def _patterns() -> list[re.Pattern]:
    return [p for _, p, _, _ in line_catalogue().patterns]


def test_scanning_patterns_are_guarded():
    """The e-mail footer pattern walks the whole line: it is tried only on lines holding an "@"."""
    email = next(p for p in _patterns() if "@" in p.pattern and scans(p))
    assert required_strings(email) == (("@",), False)  # "@" has no case
    alt = alternation(_patterns())
    assert any(strings == ("@",) for strings, _, _ in alt.guarded)
    assert not scans(re.compile(r"(?i)(copyright|hak cipta)\b"))
    assert not scans(re.compile(r"(?i)\d+\s*(komentar|comments?)\s*$"))  # fails at a line's first character
    assert scans(re.compile(r"(?i)(date\s+)?[^.!?]{0,150}\S\.(jpe?g|png)\s*$"))  # after an optional part
    assert required_strings(re.compile(r"(?i)(date\s+)?[^.!?]{0,150}\S\.(jpe?g|png)\s*$")) == ((".jpeg", ".jpg", ".png"), True)
    assert required_strings(re.compile(r".{0,600}\bpic\.twitter\.com/\w+")) == (("pic.twitter.com/",), False)
    assert required_strings(re.compile(r"(?i).{0,60}\b(apa|bagaimana) x.{0,80}\bkomentar\b")) == (("komentar",), True)
    assert required_strings(re.compile(r"a(bb|c)d")) == (("abbd", "acd"), False)
    assert required_strings(re.compile(r"(?:x:|y/)z")) == (("x:z", "y/z"), False)
    assert required_strings(re.compile(r"x(?i:AB)y")) == (("xaby",), True)  # case-sensitive parts folded too
    assert required_strings(re.compile(r"(?:@)?z")) == (("z",), False)  # optional: either, and "@z" holds "z"
    assert required_strings(re.compile(r"(?i).*\b(jalan|jln|jl)\.?\s[^!?]{3,160},\s*\d{5}$")) == (("jalan", "jl"), True)  # not ","
    assert required_strings(re.compile(r"\w+[^a]*")) is None


def test_patterns_any_word_opens_are_guarded():
    """A photo credit's pattern opens with any capitalised word ("NAME via Getty Images"): a line's head never rules
    it out, so it is tried only on lines holding one of its required strings; a pattern whose first characters
    narrow it ("Penulis:") stays with the others, split by the line's head."""
    from sikap.pipeline.extract.alternation import opens_any_word

    getty = next(p for p in _patterns() if "Getty Images|Shutterstock|iStockphoto)" in p.pattern)
    assert opens_any_word(getty) and not scans(getty)
    assert any("Getty Images" in strings for strings, _, _ in alternation(_patterns()).guarded)
    assert opens_any_word(re.compile(r"[A-Z]\w+ via X")) and opens_any_word(re.compile(r"(?i)[a-z0-9-]+\.com"))
    assert not opens_any_word(re.compile(r"(?i)(penulis|editor)\s*:"))
    assert not opens_any_word(re.compile(r"[A-M]\w+ via X"))


def test_folds_to_ascii_are_those_re_finds():
    """The characters other than ASCII that re's IGNORECASE matches to an ASCII letter, asked of re itself."""
    chars = "".join(map(chr, range(128, 0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    assert "".join(m.group() for m in re.finditer("(?i)[a-z]", chars)) == FOLDS_TO_ASCII


MIXED = st.text(alphabet=st.sampled_from(list("aeikmoprstxAEIKMOPRSTX @#()[]|:/.-©0123456789 \t»“") + list(FOLDS_TO_ASCII)),
                max_size=80)
# the strings the scanning patterns require, in any case, with what may surround them
GUARDED = st.builds(lambda head, body, case, tail: head + (body.upper() if case == 1 else body.title() if case == 2 else body) + tail,
                    st.text(alphabet=st.sampled_from(list("ab .@(") + list(FOLDS_TO_ASCII)), max_size=8),
                    st.sampled_from(["pic.twitter.com/x", "foto.jpg", "x.png ", "apa pendapat anda tentang ini? komentar.",
                                     "a@b.co", "(bicara | kontrib)", "a - Foto: b", "kontri\u212a", "\u0130ni.jpg",
                                     "Budi Santoso via Getty Images", "Ani Rahma/Kabar melalui Reuters", "Budi, Shutterstock",
                                     "Xinhua News Agency (XNA)", "Kantor Berita Contoh (KBC)", "contoh.co.id kabar.com",
                                     "Contoh.com x.id"]),
                    st.integers(0, 2), st.text(alphabet=st.sampled_from(list("ab .@:|")), max_size=8))
# a line rule's phrase, as printed in any case, with whatever follows it
OPENINGS = st.builds(lambda head, case, tail: (head.upper() if case == 1 else head.title() if case == 2 else head) + tail,
                     st.sampled_from(["oleh", "penulis:", "foto:", "sumber:", "home › a", "baca juga:", "(foto: a/b)",
                                      "© 2024", "12 komentar", "join now", "iklan", "dibaca 12 kali", "[gambas:x]"]),
                     st.integers(0, 2), st.text(alphabet=st.sampled_from(list("ab :/|")), max_size=12))


def test_start_pairs_read_off_the_pattern():
    assert start_pairs(re.compile(r"(?i)(home|beranda)\s*x")) == frozenset({"ho", "be"})
    assert start_pairs(re.compile(r"a{0,3}b")) == frozenset({"aa", "ab", "b"})
    assert start_pairs(re.compile("©")) == frozenset()  # only a non-ASCII character opens it
    assert "" in start_pairs(re.compile(r"x?"))  # may match nothing: no guard
    assert start_pairs(re.compile(r"(a)\1")) is None  # a back-reference is not read
    assert "\tp" in start_pairs(re.compile(r"(?i)^\s*(oleh|penulis)"))


def test_start_chars_read_off_a_pattern_that_never_ignores_case():
    from sikap.pipeline.extract.byhead import start_chars

    assert start_chars(re.compile(r"(?=[a-z-]*[a-z]{15})[a-z][a-z-]{39,}")) == frozenset("abcdefghijklmnopqrstuvwxyz")
    assert start_chars(re.compile(r"[A-Z]\w+ via")) == frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert start_chars(re.compile(r"(?i)foto")) is None and start_chars(re.compile(r"x(?i:AB)")) is None
    assert start_chars(re.compile(r"Foto|\s*BACA")) >= {"F", "B", " ", "\t"} and "f" not in start_chars(re.compile("Foto"))
    assert "" in start_chars(re.compile(r"x?")) and start_chars(re.compile("©")) == frozenset()


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.sampled_from(LINES), MIXED, OPENINGS))
def test_a_match_opens_with_one_of_its_start_chars(text):
    """On a line opening with an ASCII character, a pattern that never ignores case and matches opens with one of its
    start_chars (byhead.ByHead tries it only on such lines)."""
    from sikap.pipeline.extract.byhead import start_chars

    for p, _ in _pairs():
        firsts = start_chars(p)
        if firsts is not None and text[:1].isascii() and p.match(text):
            assert text[:1] in firsts or "" in firsts, (p.pattern[:80], text)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.sampled_from(LINES), MIXED, OPENINGS))
def test_a_match_begins_with_one_of_its_start_pairs(text):
    for p, pairs in _pairs():
        if pairs is not None and p.match(text) and text[:2].isascii():
            low = text[:2].lower()
            assert low in pairs or low[:1] in pairs or "" in pairs, (p.pattern[:80], text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(LINES),
                 st.text(alphabet=st.sampled_from(list("aeikmoprstx @#()[]|:/.-©0123456789 ")), max_size=80),
                 MIXED, OPENINGS, GUARDED))
def test_same_answer_as_one_alternation(text):
    for grouped, one in _tables():
        assert grouped.match(text) == (one.match(text) is not None)


def test_start_prefixes_read_off_the_pattern():
    assert start_prefixes(re.compile(r"(?i)(home|beranda)\s*x")) == frozenset({"home", "bera"})
    assert start_prefixes(re.compile(r"a{0,3}b")) == frozenset({"aaab", "aab", "ab", "b"})
    assert start_prefixes(re.compile("©")) == frozenset()  # only a non-ASCII character opens it
    assert start_prefixes(re.compile("(?i)\u212aa")) == frozenset({STOP})  # the Kelvin sign matches "k"
    assert "abq" + STOP in start_prefixes(re.compile(r"ab[a-z]{3}"))  # 676 strings past "q": the reading stops
    assert start_prefixes(re.compile(r"(a)\1")) is None
    assert Prefixes([re.compile("(?i)penulis"), re.compile("pe?")]).allowed("peme") == {1}


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.sampled_from(LINES), MIXED, OPENINGS))
def test_a_match_begins_with_one_of_its_start_prefixes(text):
    """On an ASCII line, a pattern that matches is among those Prefixes allows for its first characters."""
    if not text[:N].isascii():
        return
    patterns = [p for p, _ in _pairs()]
    allowed = Prefixes(patterns).allowed(text[:N].lower())
    for k, p in enumerate(patterns):
        if p.match(text):
            assert k in allowed, (p.pattern[:80], text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["“", "•", "©", "»", "\u00a0", "é", "\U0001f4f7", "\u2009", "٣", "—"]),
       st.one_of(st.sampled_from(LINES), MIXED, OPENINGS))
def test_a_match_opening_other_than_ascii_is_allowed_so(head, text):
    """A pattern that matches a line opening with a character other than ASCII (none folding to one) is among
    those opens_non_ascii allows."""
    for p, _ in _pairs():
        if p.match(head + text):
            assert opens_non_ascii(p), (p.pattern[:80], head + text)
    assert opens_non_ascii(re.compile(r"(?i)[“\"]\s*baca")) and opens_non_ascii(re.compile(r"\s*x"))
    assert opens_non_ascii(re.compile(r"x?")) and not opens_non_ascii(re.compile(r"(?i)\b(baca|lihat)\s"))


@functools.cache
def _pairs() -> list:
    """(pattern, start_pairs) for the catalogue's patterns and the start patterns of the line rules."""
    from sikap.pipeline.extract import captions, credit_lines, linerules
    from sikap.pipeline.extract.knowledge import credits as credit_knowledge

    start = [credit_knowledge().label_re, credit_lines._SOURCE, linerules._REPUBLISHED, captions.PREFIX]
    return [(p, start_pairs(p)) for p in _patterns() + start]


@functools.cache
def _tables() -> list:
    """(grouped, one alternation) for every set of patterns the line rules try on a line."""
    from sikap.pipeline.extract import captions, credit_lines, linerules
    from sikap.pipeline.extract.knowledge import credits as credit_knowledge

    cat = line_catalogue()
    start = [credit_knowledge().label_re, credit_lines._SOURCE, linerules._REPUBLISHED, captions.PREFIX]
    sets = {tuple(p for _, p, w, e in cat.patterns if w >= n and (edges or not e)) for n in range(61)
            for edges in (False, True)}
    return [(alternation(pats), one_alternation(pats)) for pats in sets | {s + tuple(start) for s in sets} if pats]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(LINES),
                 st.text(alphabet=st.sampled_from(list("aeikmoprstx @#()[]|:/.-©0123456789 ")), max_size=80),
                 MIXED, GUARDED))
def test_a_match_holds_a_required_string(text):
    for p, _ in _pairs():
        need = required_strings(p)
        if need and p.match(text):
            strings, folded = need
            hay = text.lower() if folded else text
            assert any(n in hay for n in strings) or folded and any(ch in text for ch in FOLDS_TO_ASCII), (p.pattern, text)


def test_pickles_with_the_same_answers():
    """The Aho-Corasick screen does not pickle: it is made again, and answers as before."""
    import pickle

    alt = alternation(_patterns())
    copy = pickle.loads(pickle.dumps(alt))
    for text in LINES + ["x pic.twitter.com/abc", "FOTO.JPG", "apa pendapat anda? tulis di kolom KOMENTAR"]:
        assert copy.match(text) == alt.match(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LINES), MIXED, OPENINGS, GUARDED), max_size=6))
def test_needle_screen_leaves_every_answer_as_it_was(lines):
    """The strings the page-level screen finds on a line give the same answer from every start table as the
    line screened alone (line_rules passes them to Alternation.match)."""
    from sikap.pipeline.extract import linerules
    from sikap.pipeline.extract.text import ascii_lower

    lines = [t.replace("\n", " ") for t in lines]
    joined = "\n".join(lines)
    found = linerules._needle_screen().found_lines(lines, joined, ascii_lower(joined))
    if found is None:
        assert ascii_lower(joined) is None or any(c in joined for c in FOLDS_TO_ASCII)
        return
    for t, f in zip(lines, found):
        assert f == {n for n in linerules._needle_screen().needles if n in t.lower()}
        for table in linerules._start_table():
            if table is not None:
                assert table.match(t.strip(" \t\u00a0"), f) == table.match(t.strip(" \t\u00a0"))
