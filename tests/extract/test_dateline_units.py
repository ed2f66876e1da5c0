"""A press release's dateline opened by a police, military or local-government unit: the unit's seat is the place,
and the unit is no outlet (dateline_parts._UNIT)."""

from __future__ import annotations

import pytest

from sikap.pipeline.extract.datelines import parse

LEDE = " Seorang remaja berusia 18 tahun menjadi korban penganiayaan di jalan desa pada Sabtu malam pekan lalu."


@pytest.mark.parametrize("head, place", [
    ("Polres Dompu, NTB –", "Dompu"), ("POLRES DOMPU –", "Dompu"), ("Humas Polres Dompu –", "Dompu"),
    ("Kodim 1614/Dompu –", "Dompu"), ("Polda Jateng –", "Jawa Tengah"), ("Polsek Desaan, Dompu –", "Dompu"),
])
def test_the_units_seat_is_the_place_and_no_outlet(head, place):
    found = parse(head + LEDE)
    assert (found.place, found.outlet) == (place, None)



def test_a_units_name_inside_a_lede_is_no_dateline():
    assert parse("Polres Dompu menangkap dua remaja yang diduga terlibat penganiayaan di jalan desa pada Sabtu malam.") \
        is None or parse("Polres Dompu menangkap dua remaja yang diduga terlibat penganiayaan di jalan desa.").outlet is None
