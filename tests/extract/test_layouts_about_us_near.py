"""An about-us footer names its outlet next to the words that describe it ("Voice of America menyiarkan ...");
a story printed as one long line that opens with its outlet's name and much later says that a channel
"menyiarkan" something is the story, not a footer. Layout of a development page (setA): a tag line, a keyword,
the headline, then the whole story glued into one line opening "Outlet.com—"; the text here is invented.
"""

from __future__ import annotations

from tests.extract.corpus import DIPLOMACY, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import page

TITLE = "Warga Kota Contoh Rayakan Pembukaan Kembali Masjid Tua Setelah Direnovasi"
BROADCAST = "Televisi pemerintah ikut menyiarkan upacara pembukaan itu secara langsung sejak pagi."


def test_a_story_on_one_line_opening_with_its_outlet_keeps_its_text(tmp_path):
    body = sentences(DIPLOMACY) + [BROADCAST]
    text = page("Tag:", "", "diplomasi", "", TITLE, "", "Eramuslim.com—" + "".join(body))
    check(tmp_path, text, Truth(title=TITLE, outlet="Eramuslim"), body, ["Tag:"])


def test_an_about_us_text_naming_its_outlet_is_still_a_footer(tmp_path):
    body = sentences(DIPLOMACY)
    about = "Eramuslim menyajikan berita dan kajian keislaman untuk pembaca di seluruh Indonesia."
    text = page(TITLE, "", "JAKARTA – " + body[0], " ".join(body[1:]), "", about)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="Eramuslim"), body, [about])
