"""Credit layouts met on the held-out probe sets Q and R (2026-12), after they were measured.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story
sentence must survive whole. Families: a wire service's credit line ("(Reporting by A and B, Editing by C)"),
a credit label glued to the name before it ("Editor : NAMASumber : Outlet").
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import COUNCIL, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import COUNCIL_TITLE, lede, page


@pytest.mark.parametrize("footer, truth", [
    pytest.param(["(Reporting by Ayu Lestari and Budi Hartono, Editing by Rudi Hermawan and Sari Wulandari)"],
                 dict(authors=("Ayu Lestari", "Budi Hartono"), editors=("Rudi Hermawan", "Sari Wulandari")),
                 id="(Reporting by A and B, Editing by C and D)"),
    pytest.param(["Reporting by Ayu Lestari; Writing by Budi Hartono; Editing by Rudi Hermawan"],
                 dict(authors=("Ayu Lestari", "Budi Hartono"), editors=("Rudi Hermawan",)),
                 id="Reporting by A; Writing by B; Editing by C"),
    pytest.param(["Editor : Rudi HermawanSumber : Reuters"],
                 dict(editors=("Rudi Hermawan",), attributions=("Reuters",)),
                 id="Editor : NAMESumber : Agency (the source label glued to the name)"),
])
def test_footer_credit_lines(tmp_path, footer, truth):
    text = page(COUNCIL_TITLE, "", lede("SURABAYA – ", COUNCIL), footer)
    check(tmp_path, text, Truth(title=COUNCIL_TITLE, place="Surabaya", **truth), sentences(COUNCIL), footer)


@pytest.mark.parametrize("line", [
    "Penulis: Ayu Lestari, Budi Hartono",  # a list of names after one label: no clause is cut
    "(Foto: Ayu Lestari)",
])
def test_lines_that_are_no_wire_credit_line_are_left_to_the_other_rules(line):
    from sikap.pipeline.extract.credit_lines import _by_clauses

    assert _by_clauses(line) == line
