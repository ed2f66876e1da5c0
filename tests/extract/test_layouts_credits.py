"""Layout fixtures for credit forms and sign-offs seen on held-out pages (probe set D families).

Same conventions as test_layouts.py: invented names and text, real layouts; the fields are the page's whole
truth, every story sentence survives, every planted credit or sign-off line leaves the text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import COUNCIL, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Perda Perlindungan Pedagang Kecil Disahkan dalam Rapat Paripurna"

CREDITS = [
    # (lines above the lede, lines below the story, truth beyond title and place, chrome that must go)
    pytest.param([], ["Simak selengkapnya dalam video berikut!",
                      "Penulis naskah: Ayu Lestari Wulandari Video editor: Rudi Hermawan Saputra Produser: Sari Dewi"],
                 dict(authors=("Ayu Lestari Wulandari",), editors=("Rudi Hermawan Saputra",)),
                 ["Produser: Sari Dewi"], id="three roles on one line, no separator"),
    pytest.param([], ["(*)", "editor : budi santoso"], dict(editors=("Budi Santoso",)), ["editor : budi santoso"],
                 id="lower-case 'editor : name'"),
    pytest.param([], ["RATNA KUSUMA DEWI"], dict(authors=("Ratna Kusuma Dewi",)), ["RATNA KUSUMA DEWI"],
                 id="an upper-case full-name sign-off line"),
    pytest.param([], ["(Dokumentasi Budi Hartono)"], {}, ["(Dokumentasi Budi Hartono)"],
                 id="a photo source in parentheses is no author"),
    pytest.param([], ["Web Desk Staff"], {}, ["Web Desk Staff"], id="a desk credit is no author"),
    pytest.param(["Rahmat Hidayat, Jurnalis · Jum'at 08 Desember 2023 21:00 WIB"], [],
                 dict(authors=("Rahmat Hidayat",), published=dt.date(2023, 12, 8), basis="byline"),
                 ["Jurnalis"], id="the role word after the name in a byline"),
    pytest.param(["Penulis: Rahmat Agus Hidayat", "Editor: Sari Wulandari", "Laporan wartawan Kabarcontoh.id, Rahmat Hidayat"],
                 [], dict(authors=("Rahmat Agus Hidayat",), editors=("Sari Wulandari",)), ["Laporan wartawan"],
                 id="one reporter named with and without a middle name"),
    pytest.param([], ["(Pon)"], {}, ["(Pon)"], id="a sign-off of capitalised initials"),
    pytest.param([], ["(Sat/R-1)"], {}, ["(Sat/R-1)"], id="a sign-off with a desk code"),
]


@pytest.mark.parametrize("header, footer, truth, chrome", CREDITS)
def test_credit_forms(tmp_path, header, footer, truth, chrome):
    text = page(TITLE, header, lede("SURABAYA – ", COUNCIL), footer)
    check(tmp_path, text, Truth(title=TITLE, place="Surabaya", **truth), sentences(COUNCIL), chrome)


def test_a_desk_code_glued_to_the_last_sentence(tmp_path):
    ps = lede("SURABAYA – ", COUNCIL)
    text = page(TITLE, ps[:-1], ps[-1] + " (OL-14)")
    doc = check(tmp_path, text, Truth(title=TITLE, place="Surabaya"), sentences(COUNCIL), ["(OL-14)"])
    assert doc.text.rstrip().endswith(sentences(COUNCIL)[-1])


def test_a_short_capitalised_name_in_the_text_is_kept(tmp_path):
    # a three-letter name in a quote's attribution is content, not a sign-off
    extra = "Hal itu dibenarkan oleh Ani, salah satu pedagang di pasar tersebut."
    text = page(TITLE, lede("SURABAYA – ", COUNCIL), extra)
    check(tmp_path, text, Truth(title=TITLE, place="Surabaya"), sentences(COUNCIL) + [extra], [])
