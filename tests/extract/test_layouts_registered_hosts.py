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


def _companies() -> list[tuple[str, str]]:
    """(company, outlet name) for every company the registry records as the owner of one outlet only."""
    from sikap.pipeline.extract.outlet_resolve import _owners

    return sorted((k, v) for k, v in _owners().items() if v)


def test_the_registry_knows_some_owning_company():
    assert _companies(), "no registry entry records a 'PT ...' owner of one outlet: the test below would test nothing"


def test_a_copyright_line_naming_the_owning_company_names_its_outlet(tmp_path):
    """'2025 © PT Company' under a page with no dateline: the outlet the registry says that company owns (a
    national portal prints only its company there; fix sets of stops 31-32, 2026-12)."""
    from sikap.sources import registry

    company, outlet = _companies()[0]
    printed = next(e.value("ownership") for e in registry().entries.values() if e.name == outlet)
    text = page(TITLE, lede("", FLOOD), "Tentang Kami Pedoman Media Siber", f"2025 © {printed}")
    check(tmp_path, text, Truth(title=TITLE, outlet=outlet), sentences(FLOOD), [f"2025 © {printed}"])


def test_a_copyright_line_naming_an_unknown_company_names_no_outlet(tmp_path):
    text = page(TITLE, lede("", FLOOD), "2025 © PT Contoh Media Sejahtera")
    check(tmp_path, text, Truth(title=TITLE), sentences(FLOOD), ["2025 © PT Contoh Media Sejahtera"])
