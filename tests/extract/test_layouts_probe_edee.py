"""Layout fixtures for fix sets ED and EE (stop 32, 2026-12), in invented words: a page-2 dump whose first sentence
breaks after its citing cue; a desk's codes closing the last paragraph with a photo word among them; a comment form
under the text; a comment box and a portal's slogan; a chatbot's preamble over a content farm's rewrite; rubric,
community and stream words read as bylines. Same conventions as test_layouts.py (invented text, whole truth)."""

from __future__ import annotations

import pytest

from tests.extract.corpus import RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_a_first_sentence_broken_after_its_citing_cue_stays_whole(tmp_path):
    first = "Mengutip"
    rest = "Reuters, harga beras dunia naik menjadi 640 dolar AS per ton atau meroket 3 persen dalam sepekan."
    doc = run_page(tmp_path, page(first, rest, paragraphs(RICE)))
    assert doc.text.split()[:2] == ["Mengutip", "Reuters,"]  # the cue line is kept with the sentence it opens
    assert all(s in doc.text for s in sentences(RICE))


def test_desk_codes_with_a_photo_word_close_the_last_paragraph_as_a_signoff(tmp_path):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    last = ps[-1] + "(kominfo/abc/ist/rd)"
    doc = check(tmp_path, page(TITLE, ps[:-1], last), Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID"),
                sentences(RICE), ["(kominfo/abc/ist/rd)"])
    assert not doc.meta.get("authors")


@pytest.mark.parametrize("block", [
    ["Leave a Reply", "Your email address will not be published. Required fields are marked *", "LIVE OFFLINE"],
    ["Komentar Pembaca", "Ingatlah untuk menjaga komentar tetap hormat dan mengikuti pedoman komunitas kami",
     "Be Smart, Read More", "Indeks Berita Hari Ini"],
])
def test_comment_forms_and_slogans_under_the_text(tmp_path, block):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    doc = check(tmp_path, page(TITLE, ps, block), Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID"),
                sentences(RICE), block)
    assert not doc.meta.get("authors")


@pytest.mark.parametrize("preamble", [
    "Berikut adalah penulisan ulang artikel tersebut dalam bahasa Indonesia yang lebih natural dan dioptimalkan untuk SEO:",
    "Here is a rewritten version of the article in natural Indonesian:",
])
def test_a_chatbots_preamble_over_a_rewrite(tmp_path, preamble):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(preamble, TITLE, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [preamble])


def test_a_sentence_about_rewriting_stays(tmp_path):
    said = "Berikut adalah hasil rapat warga soal penulisan ulang aturan pasar yang disepakati pekan lalu."
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:1], said, ps[1:]), Truth(title=TITLE, place="Jakarta"), sentences(RICE) + [said], [])


@pytest.mark.parametrize("line, above", [("Peristiwa Kota Contoh", True), ("Umat Islam", True),
                                         # under the text (stop 33): a cut sentence's opening, a column's name
                                         ("Adapun Ketua", False), ("Solopos Stories", False)])
def test_rubric_and_community_words_are_no_byline(tmp_path, line, above):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, line, ps) if above else page(TITLE, ps, line))
    assert not doc.meta.get("authors")


def test_a_headline_swallowed_by_a_related_list_above_the_dateline(tmp_path):
    """'Terbaru' / a theme's ticker line / HEADLINE / 'Kabarcontoh.com -- ...': with no other headline, the last
    line of the list, right above the dateline's lede, is the article's headline."""
    text = page("Terbaru", "6/recent/ticker-posts", "Header Ads Widget", TITLE, lede("Kabarcontoh.com -- ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="Kabarcontoh.com"), sentences(RICE),
          ["Terbaru", "6/recent/ticker-posts", "Header Ads Widget"])
