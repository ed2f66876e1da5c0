"""Pages cut off in the middle of their text, met on probe sets BA and BB (2026-12: 120 new pages of major outlets read
only for where their body starts and ends). The page's last line is then a fragment of prose, which the footer rules
must not take for a writer's name or a credit line that names nobody (footer_cuts.py).

Each fixture is a page written for this test (the text is invented), run through the build's own steps.
"""

from __future__ import annotations

from tests.extract.corpus import RICE, paragraphs, sentences
from tests.extract.pagekit import run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_a_clause_cut_after_its_comma_closing_the_page_stays(tmp_path):
    cut = "Dugaan sementara, sumber"
    doc = run_page(tmp_path, page(TITLE, lede("JAKARTA – ", RICE), cut))
    assert cut in doc.text and not doc.meta.get("authors")


def test_a_word_cut_after_its_first_letter_closing_the_page_stays(tmp_path):
    # "pasar" is a word the text prints in lower case: the line is the text going on, cut one letter into a word
    cut = "Pasar U"
    doc = run_page(tmp_path, page(TITLE, lede("JAKARTA – ", RICE), cut))
    assert cut in doc.text and not doc.meta.get("authors")


def test_a_name_closed_by_an_initial_still_signs_the_page_off(tmp_path):
    # guard: a person's name is no word of the text
    doc = run_page(tmp_path, page(TITLE, lede("JAKARTA – ", RICE), "Dewi Lestari H"))
    assert doc.meta.get("authors") and all(s in doc.text for s in sentences(RICE))


def test_a_credit_naming_nobody_still_goes(tmp_path):
    # guard: an office credited under the text, no comma and no lower-case word, is a credit line
    line = "Web Desk Staff"
    doc = run_page(tmp_path, page(TITLE, paragraphs(RICE), line))
    assert line not in doc.text and not doc.meta.get("authors")
