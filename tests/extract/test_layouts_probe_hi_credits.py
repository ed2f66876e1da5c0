"""Credit, dateline and outlet layouts met on the held-out probe sets H and I (2026-12, 80 unseen pages).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story
sentence must survive whole. Families: a label left without its value or a related-links heading under the
text (no sign-off name); an agency credited where a gallery's byline name stands ("Agency, Outlet"); a masthead
line naming the site above the lede (no byline).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import FLOOD, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check, lost, run_page
from tests.extract.test_layouts import FLOOD_TITLE, lede, page

RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Pasar Mengeluh Sepi Pembeli"


# -- lines under the text that stand where a sign-off name would ----------------------------------------------------

def test_a_label_without_its_value_under_the_text_credits_nobody(tmp_path):
    """'Kategori :' alone under the last paragraph (the category widget emptied by the copy): a label, no name."""
    text = page(FLOOD_TITLE, "", lede("BANDUNG - ", FLOOD), "", "Kategori :")
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Bandung"), sentences(FLOOD), [])


def test_related_links_headings_under_the_text_credit_nobody(tmp_path):
    """'Populer Lainnya' / 'Tautan Mitra' headings of emptied link blocks closing the page (no newline after the
    last): two capitalised words alone on a line, shaped like a sign-off name, naming nobody."""
    text = page(FLOOD_TITLE, "", lede("BANDUNG - ", FLOOD), "", "Populer Lainnya", "", "Tautan Mitra").rstrip()
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Bandung"), sentences(FLOOD), [])


# -- bylines that name an agency or the site -------------------------------------------------------------------------

def test_an_agency_credited_as_a_gallery_byline_is_an_attribution(tmp_path):
    """A photo gallery's header: rubric, 'Reuters, Harian Contoh' (the agency, then the outlet the page belongs
    to) and the date line: the agency is the text's source, not a person; the outlet is the page's."""
    text = page("FOTO Internasional", "Reuters, Harian Contoh", "16 September 2025 06:30", "",
                paragraphs(FLOOD))
    check(tmp_path, text, Truth(outlet="Harian Contoh", published=dt.date(2025, 9, 16), basis="date_line",
                                attributions=("Reuters",)), sentences(FLOOD), ["16 September 2025 06:30"])


def test_a_masthead_line_naming_the_site_is_no_byline(tmp_path):
    """A blog's greeting line and its masthead ('Radar Contoh', an outlet-shaped name) above the lede: the site
    naming itself, not a writer."""
    text = page("Salam Redaksi", "Radar Contoh", paragraphs(RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta["authors"] == []
    assert not lost(doc, sentences(RICE))
