"""A photo's caption glued to the end of the lede: a regional portal prints the photo's caption and credit right
after the first paragraph's last word, on the same line ('... itu.Wisudawan X (Foto : Outlet)'), seen on a
harvest page (2026-12). The line closes with a photo credit, so the line rules would take it whole for a caption,
and the lede with it (its sentences, the dateline, the outlet). Only the caption's words and the credit go.

The page is invented in that layout and run through the build's own steps (tests/extract/pagekit.py)."""

from __future__ import annotations

from tests.extract.corpus import RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import page

RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Keluhkan Pembeli Sepi"


def test_a_caption_glued_to_the_lede_is_cut_and_the_lede_stays(tmp_path):
    caption = "Pedagang beras di pasar induk Kolaka (Foto : Kabarkolaka.com)"
    ps = paragraphs(RICE)
    lede = "Kabarkolaka.com, Kolaka - " + ps[0] + caption  # glued: no space after the last full stop
    text = page(RICE_TITLE, lede, ps[1:])
    check(tmp_path, text, Truth(title=RICE_TITLE, place="Kolaka", outlet="Kabarkolaka.com"), sentences(RICE), [caption])


def test_a_lede_closed_by_a_credit_alone_keeps_its_last_sentence(tmp_path):
    """No caption words glued, only the credit: the credit goes, every sentence of the lede stays."""
    ps = paragraphs(RICE)
    credit = "(Foto: Dok. Kabarkolaka.com)"
    text = page(RICE_TITLE, "KOLAKA - " + ps[0] + " " + credit, ps[1:])
    check(tmp_path, text, Truth(title=RICE_TITLE, place="Kolaka"), sentences(RICE), [credit])
