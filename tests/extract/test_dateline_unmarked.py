"""Datelines printed without their separator (dateline_unmarked.py): each form read, and never on a line too short
to be a lede (a headline of the same shape)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract.dateline_unmarked import unmarked

LEDE = ("Harga beras medium di pasar tradisional naik menjadi Rp13.200 per kilogram dalam sepekan terakhir menurut "
        "para pedagang.")


@pytest.mark.parametrize("head,place,outlet,date", [
    ("Sleman (Info Pasar) ", "Sleman", "Info Pasar", None),
    ("SLEMAN, ", "Sleman", None, None),
    ("5 Feb 2026 - ", None, None, dt.date(2026, 2, 5)),
])
def test_each_form(head, place, outlet, date):
    found = unmarked(head + LEDE)
    assert found is not None and found.place == place and found.outlet == outlet
    assert (found.date.date if found.date else None) == date
    assert found.evidence == head.strip()


@pytest.mark.parametrize("line", [
    "IAEA, Badan Pengawas Nuklir PBB " + LEDE,  # an acronym, no gazetteer place
    "Sleman (Jawa Tengah) " + LEDE,  # a place in brackets: no outlet
    "Sleman (Foto Istimewa) " + LEDE,  # a photo's credit
    "SLEMAN, BANTUL DAN KULON PROGO " + LEDE,  # capitals after the comma: a headline's
])
def test_no_dateline(line):
    assert unmarked(line) is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["Sleman (Info Pasar) ", "SLEMAN, ", "5 Feb 2026 - "]),
       st.lists(st.sampled_from(["Harga", "beras", "naik", "di", "Pasar", "Kota"]), min_size=1, max_size=11))
def test_a_headline_of_the_same_shape_is_no_dateline(head, words):
    assert unmarked(head + " ".join(words)) is None
