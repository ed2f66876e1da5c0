"""Fixtures for lone_lines.py: a registered outlet's name alone on a line (a logo's alt text under the text, a
photo's credit between paragraphs) is chrome; a subheading, a short or ambiguous name alone, and an agency signing
its copy off under the text are not taken by it. Invented text, layouts of probe sets CC-DM (2026-12)."""

from __future__ import annotations

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("name", ["iNews.id", "Okezone.com", "AFP", "Reuters"])
def test_an_outlets_name_alone_between_paragraphs_or_under_the_text(tmp_path, name):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    text = page(TITLE, ps[:2], name, ps[2:], "Editor: Budi Santoso", name, "Berita Terkait")
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID", editors=("Budi Santoso",)),
          sentences(RICE), [name])


def test_a_subheading_stays(tmp_path):
    sub = "Operasi Pasar Kota Contoh"
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    text = page(TITLE, ps[:2], sub, ps[2:])
    doc = check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID"), sentences(RICE), [])
    assert sub in doc.text


def test_an_agency_alone_is_a_photo_credit_and_a_site_its_logo(tmp_path):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps[:2], "AFP", ps[2:], "Okezone.com"))
    rules = {doc.line_text(ln).strip(): ln.rule for ln in doc.lines}
    assert rules["AFP"] == "caption.photo" and rules["Okezone.com"] == "chrome.brand"


@pytest.mark.parametrize("fragment", ["C", "Bac"])
def test_a_fragment_cut_under_the_credits_closing_the_page(tmp_path, fragment):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    text = page(TITLE, ps, "Editor: Budi Santoso", fragment)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID", editors=("Budi Santoso",)),
          sentences(RICE), [fragment])


def test_a_cut_last_sentence_with_no_credit_above_stays(tmp_path):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps, '"P'))
    assert doc.text.rstrip().endswith('"P')
