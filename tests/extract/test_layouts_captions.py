"""Layout fixtures for photo captions seen on held-out pages (probe set D families): a caption closed by
'Foto: Outlet', by '(AGENCY FOTO/NAME).' with a full stop, by '(Outlet/NAME)' on a cut caption, and a caption
opened by 'ILUSTRASI. '. Same conventions as test_layouts.py (invented text, real layouts, whole truth).
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import NAVY, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import NAVY_CAPTION, NAVY_TITLE, lede, page


@pytest.mark.parametrize("caption", [
    pytest.param(NAVY_CAPTION + " Foto: Kabarcontoh", id="caption. Foto: Outlet"),
    pytest.param(NAVY_CAPTION + " (ANTARA FOTO/Rizky Pratama).", id="caption. (AGENCY FOTO/NAME)."),
    pytest.param(NAVY_CAPTION[:-1] + ", Foto: Dok", id="caption, Foto: Dok (a comma before the credit; set DD)"),
    pytest.param("ILUSTRASI. Sebuah kapal patroli berlayar di perairan selatan. 3 Maret 2024 dalam gambar dari "
                 "media sosial. Rizky Pratama/melalui REUTERS", id="ILUSTRASI. caption"),
])
def test_captions_between_the_title_and_the_lede(tmp_path, caption):
    text = page(NAVY_TITLE, "", caption, "", lede("SURABAYA - ", NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE, place="Surabaya"), sentences(NAVY), [caption])


def test_a_cut_caption_closed_by_outlet_and_name_ends_the_page(tmp_path):
    # a cut page whose last line is the headline glued to a photo's caption, closed by '(Outlet/NAME)'
    caption = ("Latihan Patroli Gabungan Digelar LimaKomandan latihan memberi pengarahan kepada awak kapal "
               "(IDN Times/Rizky Pratama)")
    text = page(NAVY_TITLE, lede("SURABAYA - ", NAVY), caption)
    check(tmp_path, text, Truth(title=NAVY_TITLE, place="Surabaya"), sentences(NAVY), [caption])


def test_a_sentence_with_a_colon_near_its_end_stays(tmp_path):
    said = "Komandan latihan menyebut satu pesan untuk para awak kapal: Tetap Waspada di Laut"
    ps = lede("SURABAYA - ", NAVY)
    text = page(NAVY_TITLE, ps[0], said, ps[1:])
    check(tmp_path, text, Truth(title=NAVY_TITLE, place="Surabaya"), sentences(NAVY) + [said], [])
