"""scoring.same_place: a dateline place is right when it is the reader's as written or the same gazetteer entry,
and never when the gazetteer keeps the two apart (a city and the regency of the same name)."""

from __future__ import annotations

import pytest

from sikap.evaluate.scoring import same_place


@pytest.mark.parametrize("want, got", [("Kiev", "Kyiv"), ("Kab. Bandung", "Kabupaten Bandung"), ("Bandung", "Kota Bandung"),
                                       ("JAKARTA", "Jakarta"), ("Maklumat", "maklumat")])
def test_the_same_place(want, got):
    assert same_place(want, got)


@pytest.mark.parametrize("want, got", [("Kota Bandung", "Kabupaten Bandung"), ("Bandung", "Kabupaten Bandung"),
                                       ("Jakarta", "Depok"), ("Maklumat", "Makassar")])
def test_different_places(want, got):
    assert not same_place(want, got)
