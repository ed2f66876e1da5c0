"""stray_teasers.py: another story's headline between the paragraphs, told from a subheading by what it is about."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.knowledge import credits
from sikap.pipeline.extract.text import content_words
from tests.extract.corpus import DIPLOMACY, paragraphs, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import page

TITLE = "Menlu Kedua Negara Sepakat Perluas Kerja Sama Perdagangan dan Pendidikan"


def _story(*between):
    ps = paragraphs(DIPLOMACY)
    return page(TITLE, "JAKARTA – " + ps[0], ps[1], list(between), ps[2:])


def test_an_unrelated_headline_between_the_paragraphs_is_a_teaser(tmp_path):
    teasers = ["5 Aplikasi Edit Foto Gratis Terbaik, Cek Fiturnya di Sini",
               "Diprediksi Rilis Oktober Ini, Intip Spesifikasi Ponsel Lipat Terbaru"]
    check(tmp_path, _story(*teasers), Truth(title=TITLE, place="Jakarta"), sentences(DIPLOMACY), teasers)


def test_a_subheading_sharing_the_storys_words_stays(tmp_path):
    sub = "Kerja Sama Pendidikan Jadi Prioritas Kedua Negara"
    doc = run_page(tmp_path, _story(sub))
    assert sub in doc.text and all(s in doc.text for s in sentences(DIPLOMACY))


def test_a_list_item_opened_by_an_emoji_stays(tmp_path):
    item = "📍 Tempat: Gedung Serbaguna Kota Contoh Lantai Tiga"
    doc = run_page(tmp_path, _story(item))
    assert item in doc.text


def test_a_short_subheading_is_never_judged(tmp_path):
    sub = "Latar Belakang Singkat"  # under five words: too little to tell what it is about
    doc = run_page(tmp_path, _story(sub))
    assert sub in doc.text


# the story's content words (no function word, no credit label: "Oleh NAME" is a byline, read as one elsewhere)
_STORY_WORDS = sorted({w for s in sentences(DIPLOMACY) for w in content_words(s)
                       if len(w) >= 4 and w.isalpha() and w not in credits().roles})


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_STORY_WORDS), min_size=5, max_size=9))
def test_a_subheading_made_of_the_storys_own_words_always_stays(tmp_path_factory, words):
    sub = " ".join(w.capitalize() for w in words)
    doc = run_page(tmp_path_factory.mktemp("p"), _story(sub))
    assert sub in doc.text and all(s in doc.text for s in sentences(DIPLOMACY))
