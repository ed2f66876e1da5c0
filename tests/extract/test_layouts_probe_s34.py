"""Layout fixtures for stop 34's rounds (2026-12), in invented words: a site's masthead printed in the dateline's
place with one of the outlet-name words that registered outlets' names open or close ("LENTERA KOTA –", "Name
World –", "MC Kabupaten –", "TIMES KOTA, KOTA –"), read as the outlet, not as a place. Same conventions as
test_layouts.py (invented text, whole truth)."""

from __future__ import annotations

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("head,outlet", [("LENTERA CONTOH – ", "LENTERA CONTOH"), ("Kabarku World – ", "Kabarku World"),
                                         ("MC Kabupaten Contoh – ", "MC Kabupaten Contoh"),
                                         ("SINAR CONTOH BARU – ", "SINAR CONTOH BARU")])
def test_a_masthead_in_the_datelines_place_is_the_outlet(tmp_path, head, outlet):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet=outlet), sentences(RICE), [])


def test_a_network_sites_masthead_before_its_place(tmp_path):
    ps = lede("TIMES CONTOH, MALANG – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Malang", outlet="TIMES CONTOH"), sentences(RICE), [])


def test_a_place_the_gazetteer_knows_stays_the_place(tmp_path):
    ps = lede("SOFIFI – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Sofifi"), sentences(RICE), [])
