"""Layout fixtures for stop 35's rounds (2026-12), in invented words. Same conventions as test_layouts.py
(invented text, whole truth)."""

from __future__ import annotations

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("head,outlet", [("Lembayung – ", "Lembayung"), ("Suluh Pagi – ", "Suluh Pagi"),
                                         ("Garuda Muda – ", "Garuda Muda")])
def test_a_name_in_normal_case_the_gazetteer_lacks_is_the_outlet(tmp_path, head, outlet):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet=outlet), sentences(RICE), [])


def test_a_name_in_capitals_the_gazetteer_lacks_stays_a_place(tmp_path):
    ps = lede("SUKAMAJULOR – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Sukamajulor"), sentences(RICE), [])


def test_a_desk_word_in_the_datelines_place_is_neither(tmp_path):
    ps = lede("Konflik – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [])


@pytest.mark.parametrize("head,outlet", [("KABARCONTOH.CO-", "KABARCONTOH.CO"), ("Kabarcontoh.com_", "Kabarcontoh.com"),
                                         ("KABARCONTOH.ID.", "KABARCONTOH.ID")])
def test_a_host_glued_to_the_lede_in_capitals_or_by_an_underscore_or_a_stop(tmp_path, head, outlet):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet=outlet), sentences(RICE), [])


def test_a_known_place_and_its_part_in_normal_case_stays_the_place(tmp_path):
    ps = lede("Kampar Hilir – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Kampar Hilir"), sentences(RICE), [])
