"""A place glued by a full stop to a registered outlet's host ('Kota.Site.com -'): the place is the dateline's
place whenever the glued host is only the outlet's own host with a town in front; a host the registry holds
as a distinct outlet of its own ('Jogja.Tribunnews.com', Tribun Jogja), or printed in lower case as a
site's own regional host ('kota.site.com'), stays one outlet. Seen when outlets
whose pages print 'Town.Site.id –' entered the registry (harvest2, probe setK and setM pages, 2026-12)."""

from __future__ import annotations

import pytest

from tests.extract.corpus import FLOOD, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Banjir Rendam Puluhan Rumah Warga di Pinggir Sungai"


@pytest.mark.parametrize("dateline, place, outlet", [
    pytest.param("Kediri.Beritajatim.com – ", "Kediri", "Beritajatim.com", id="Place.RegisteredHost -"),
    pytest.param("KOTA MALANG.BERITAJATIM.COM, – ", "Malang", "Beritajatim.com", id="PLACE.REGISTEREDHOST, -"),
    pytest.param("Jogja.Tribunnews.com – ", None, "Tribun Jogja", id="a registered regional host stays one outlet"),
    pytest.param("kediri.beritajatim.com – ", None, "Beritajatim.com", id="a lower-case host is the site's own host"),
])
def test_place_glued_to_a_registered_host(tmp_path, dateline, place, outlet):
    text = page(TITLE, lede(dateline, FLOOD))
    check(tmp_path, text, Truth(title=TITLE, place=place, outlet=outlet), sentences(FLOOD), [])
