"""Layouts met on a third probe of 40 unseen pages (2026-12, set E) that the development pages do not show.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py), every story
sentence must survive whole and every planted chrome line must be gone. Families: footer placeholders of
machine-translated portals, related-article cards between and after the paragraphs, dateline shapes,
outlet-only datelines and sign-offs, citation phrasings, credit blocks.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import DIPLOMACY, FLOOD, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import DIPLO_TITLE, FLOOD_TITLE, lede, page

D = dt.date


# -- footer chrome ------------------------------------------------------------------------------------------------

def test_an_unrendered_ad_placeholder_a_source_link_button_and_a_comment_counter_close_the_page(tmp_path):
    """A translated portal: the text, then '[iklan_N]', the source-link button, blank lines, 'Komentar (N)'."""
    footer = ["[iklan_3]", "Tautan sumber", "", "", "", "Komentar (12)"]
    text = page(DIPLO_TITLE, lede("JAKARTA - ", DIPLOMACY), footer)
    check(tmp_path, text, Truth(title=DIPLO_TITLE, place="Jakarta"), sentences(DIPLOMACY),
          ["[iklan_3]", "Tautan sumber", "Komentar (12)"])
