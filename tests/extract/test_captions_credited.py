"""Fixtures for captions_credited.py: the lead photo's caption under its credit, below the article's credits
(a newspaper network's regional sites and portals built the same way; probe sets CC-DM, 2026-12), in invented
words. The caption is a full sentence; what tells it is that it stands under a photo's credit that stands under
the header's credit line. The negatives: a dateline lede under the credit, and a subheading under the credits.
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import NAVY, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import NAVY_CAPTION, NAVY_DECK, NAVY_TITLE, lede, page

SCENE = "Laksamana Pertama Hendra Wijaya (tengah) meninjau kapal patroli di dermaga pangkalan, Senin (3/3/2025)."
LONG = ("Kapal-kapal perang berlayar beriringan di perairan selatan pada 3 Maret 2025, dalam latihan patroli "
        "gabungan kedua negara. Latihan itu digelar setiap tahun sejak 2019.")
NOUN = "Komandan latihan dan para awak kapal patroli"


@pytest.mark.parametrize("credit", [
    pytest.param("AFP/RIZKY PRATAMA", id="AGENCY/NAME"),
    pytest.param("Humas Lantamal/Kota Contoh", id="names joined by a slash"),
])
@pytest.mark.parametrize("caption", [SCENE, LONG, NAVY_CAPTION, NOUN])
def test_caption_under_a_photographers_credit_below_the_editor(tmp_path, credit, caption):
    """A second page's dump: no dateline, the text starts right under the caption; under a photographer's or a
    source's credit with a slash, a wire caption of full sentences is still the caption."""
    text = page(NAVY_TITLE, NAVY_DECK, "Editor: Budi Santoso", credit, caption, paragraphs(NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE, editors=("Budi Santoso",)), sentences(NAVY) + [NAVY_DECK],
          [credit, caption])


@pytest.mark.parametrize("credit", [
    pytest.param("AFP", id="an agency alone"),
    pytest.param("Tribun Contoh", id="a network site's name"),
    pytest.param("Tangkapan layar Video", id="a screen capture"),
    pytest.param("YouTube Kabar Contoh TV", id="a platform and a channel"),
])
@pytest.mark.parametrize("caption", [SCENE, NOUN, "Kapal-kapal perang berlayar beriringan di perairan selatan pada "
                                     "3 Maret 2025."])
def test_caption_with_a_captions_mark_under_a_bare_credit(tmp_path, credit, caption):
    text = page(NAVY_TITLE, NAVY_DECK, "Editor: Budi Santoso", credit, caption, paragraphs(NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE, editors=("Budi Santoso",)), sentences(NAVY) + [NAVY_DECK],
          [credit, caption])


def test_a_plain_sentence_under_a_bare_credit_stays_text(tmp_path):
    """Under "AFP" alone, on a second page's dump with no dateline, a sentence with no caption's mark may be the
    text's first (a photo printed without a caption): it stays, caption or not."""
    text = page(NAVY_TITLE, "Editor: Budi Santoso", "AFP", paragraphs(NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE, editors=("Budi Santoso",)), sentences(NAVY), [])


def test_caption_under_its_credit_over_a_dateline_lede(tmp_path):
    text = page(NAVY_TITLE, "Editor: Budi Santoso", "AFP/RIZKY PRATAMA", SCENE, lede("TRIBUNCONTOH.COM - ", NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE, outlet="TRIBUNCONTOH.COM", editors=("Budi Santoso",)),
          sentences(NAVY), ["AFP/RIZKY PRATAMA", SCENE])


def test_a_dateline_lede_under_the_credit_stays(tmp_path):
    """A photo without a caption: the text's dateline lede right under the credit is the text's."""
    text = page(NAVY_TITLE, "Editor: Budi Santoso", "AFP/RIZKY PRATAMA", lede("SURABAYA, KABARCONTOH.ID - ", NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE, place="Surabaya", outlet="KABARCONTOH.ID",
                                editors=("Budi Santoso",)), sentences(NAVY), ["AFP/RIZKY PRATAMA"])


def test_a_subheading_under_the_credits_is_no_photo_credit(tmp_path):
    """A short line under the editor that is no credit's shape (a subheading): the paragraph below it is text."""
    sub = "Latihan Tahunan Kedua Negara"
    text = page(NAVY_TITLE, "Editor: Budi Santoso", sub, paragraphs(NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE, editors=("Budi Santoso",)), sentences(NAVY), [])


def test_caption_under_its_credit_below_the_headline_printed_again(tmp_path):
    """'HEADLINE' / deck / 'HEADLINE' again / 'AGENCY/NAME' / caption / text (a network page with no editor line)."""
    text = page(NAVY_TITLE, NAVY_DECK, NAVY_TITLE, "KABARCONTOH/RIZKY PRATAMA", LONG, paragraphs(NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY) + [NAVY_DECK], ["KABARCONTOH/RIZKY PRATAMA", LONG])
