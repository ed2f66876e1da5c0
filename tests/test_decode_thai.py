"""UTF-8 read as Thai (cp874) by a copier: repaired on a page that is not Thai, left alone on a Thai one
(sikap.pipeline.mojibake.fix_thai_mojibake; probe sets AK and AR, 2026-12: '2025 ยฉ PT ...' for '2025 © PT ...')."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.decode import decode_bytes
from sikap.pipeline.mojibake import fix_thai_mojibake

LINE = "Hak cipta dilindungi undang-undang; semua isi situs ini milik perusahaan penerbitnya sejak lama."


def test_a_copyright_sign_read_as_thai_is_repaired():
    assert fix_thai_mojibake(LINE + "\n2025 ยฉ PT Contoh Media Network") == LINE + "\n2025 © PT Contoh Media Network"


def test_dashes_read_as_thai_are_repaired():
    # (a closing curly quote's bytes hold 0x9C, which cp874 lacks: a copier could not have made that mojibake)
    text = LINE + " Kata dia – kami siap — kemarin … oke."
    assert fix_thai_mojibake(text.encode("utf-8").decode("cp874")) == text


def test_a_thai_text_is_left_alone():
    thai = "สวัสดีครับ ยินดีต้อนรับสู่เว็บไซต์ข่าวของเรา วันนี้มีข่าวใหม่หลายเรื่อง"
    assert fix_thai_mojibake(thai) == thai
    assert fix_thai_mojibake(LINE + " " + thai) == LINE + " " + thai


def test_the_decode_step_repairs_it_and_says_so():
    text, _, fixes = decode_bytes((LINE + "\n2025 ยฉ PT Contoh Media Network\n").encode("utf-8"))
    assert "2025 © PT Contoh Media Network" in text and "mojibake" in fixes


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_a_text_without_thai_is_never_changed(text):
    if not any("\u0e00" <= c <= "\u0e7f" for c in text):
        assert fix_thai_mojibake(text) == text
