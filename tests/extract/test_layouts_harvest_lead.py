"""Layouts met on the harvest of unlabelled real pages (2026-12, 301 pages from 291 hosts), each page invented in
that layout and run through the build's own steps (tests/extract/pagekit.py):

- a photo's caption glued to the end of the lede: a regional portal prints the photo's caption and credit right
  after the first paragraph's last word, on the same line ('... itu.Wisudawan X (Foto : Outlet)'). The line
  closes with a photo credit, so the line rules took it whole for a caption, and the lede with it (its
  sentences, the dateline, the outlet). Only the caption's words and the credit go;
- a logo's alt text over the rubric and the headline ('Logo Outlet Name' / 'Special Research' / headline): the
  alt text was taken for the title, the rubric for a byline, the headline for a teaser;
- a results provider's credit in capitals under a list ('TOURNAMENT SOFTWARE'), credited as a person."""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import FLOOD, RICE, paragraphs, sentences
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


def test_a_logo_alt_text_is_no_title_and_the_rubric_under_it_no_byline(tmp_path):
    chrome = ["Logo Kabar Ekonomi", "Special Research"]
    title = "Harga Beras Naik Lagi, Perlukah Operasi Pasar Digelar?"
    text = page(chrome[0], "", chrome[1], "", title, "", "Rina Kartikasari", "02 October 2023 15:20", "",
                ["JAKARTA - " + paragraphs(RICE)[0]], paragraphs(RICE)[1:])
    check(tmp_path, text, Truth(title=title, place="Jakarta", published=dt.date(2023, 10, 2),
                                basis="date_line", authors=("Rina Kartikasari",)), sentences(RICE), chrome)


def test_a_results_providers_credit_in_capitals_credits_nobody(tmp_path):
    text = page("Banjir Rendam Tiga Desa", "", paragraphs(FLOOD), "", "TOURNAMENT SOFTWARE")
    check(tmp_path, text, Truth(title="Banjir Rendam Tiga Desa"), sentences(FLOOD), [])
