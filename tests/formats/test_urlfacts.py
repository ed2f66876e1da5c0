"""URL facts: outlet by registered domain (offline public-suffix list), dates in paths."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sikap.formats.urlfacts import match_domain, registered_domain, url_date, url_outlet
from sikap.sources import registry


@pytest.mark.parametrize("url, date, precision", [
    ("https://a.co.id/internasional/2025/09/18/judul", dt.date(2025, 9, 18), "day"),
    ("https://a.id/read/2025/9/8/12/345/judul", dt.date(2025, 9, 8), "day"),
    ("https://www.cnnindonesia.com/internasional/20250918093000-120-1234567/judul", dt.date(2025, 9, 18), "day"),
    ("https://kabar.blogspot.com/2025/09/judul.html", dt.date(2025, 9, 1), "month"),
    ("https://news.detik.com/internasional/d-8123456/judul", None, None),
    ("https://a.id/berita/2025/13/40/judul", None, None),
    ("https://a.id/2025/02/30/judul", None, None),
    ("https://a.id/produk/1234/5678", None, None),
])
def test_dates_in_url_paths(url, date, precision):
    f = url_date(url)
    if date is None:
        assert f is None
    else:
        assert (f["value"], f["precision"], f["basis"]) == (date, precision, "url") and url in f["evidence"]


@given(st.text(max_size=120))
def test_url_date_never_fails(s):
    f = url_date("https://a.id/" + s)
    assert f is None or isinstance(f["value"], dt.date)


def test_outlet_by_domain():
    reg = registry()
    assert registered_domain("https://www.wartateluk.co.id/a") == "wartateluk.co.id"
    assert registered_domain("kabar.blogspot.com") == "kabar.blogspot.com"  # private suffixes: one blog, one outlet
    assert registered_domain("http://127.0.0.1/x") == ""
    assert match_domain(reg, "https://www.antaranews.com/berita/1") == "antara"
    assert match_domain(reg, "https://news.detik.com/x") == "detiknews"
    assert match_domain(reg, "https://www.reuters.com/world/x") == "reuters"
    assert match_domain(reg, "https://wartateluk.co.id/") is None
    known = url_outlet(reg, "https://www.antaranews.com/berita/1", "url", "e")
    assert (known["value"], known["known"]) == ("antara", True)
    new = url_outlet(reg, "https://www.wartateluk.co.id/x", "url", "e")
    assert (new["value"], new["known"]) == ("wartateluk.co.id", False)
