"""title_text.clean_title asks what each of its patterns needs before searching a headline with it: a question
that says no must never skip a match (checked on the patterns themselves over headline-like text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract import title_text as tt

PIECES = list("aAbgGhHlmnNpPsSeEiIoOfFtTkrR -–—|>.*_,:\n\t\u00a0") + [
    "halaman", "Halaman", "PAGE", "all", "semua", "2", "-Image-", "-img-", "-foto-", "-GAMBAR-", "admin", "Admin",
    "ADMINISTRATOR", "by ", "oleh ", "\u0131", "\u0130", "\u212a", "\u017f", " - ", " | ", "-->", "Home ", "Berita"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_a_precheck_never_skips_a_match(t):
    if tt._PAGINATION.search(t):
        assert tt._dashed(t) and tt._may_paginate(t)
    if tt._TRAILING_MARK.search(t):
        assert t.rstrip()[-1:] in tt._MARK_ENDS
    if tt._ADMIN_TAIL.search(t):
        assert "admin" in t.lower() or "\u0131" in t or "\u0130" in t
    if tt._SITE_SUFFIX.search(t):
        assert tt._dashed(t)


def test_clean_title_cuts_what_it_did():
    assert tt.clean_title("Harga Cabai Naik Lagi - Halaman all") == "Harga Cabai Naik Lagi"
    assert tt.clean_title("Harga Cabai Naik Lagi -->") == "Harga Cabai Naik Lagi"
    assert tt.clean_title("Judul Berita Hari Ini-Image-1") == "Judul Berita Hari Ini"
    assert tt.clean_title("Warga Desa Gelar Kerja Bakti Bersama Admin") == "Warga Desa Gelar Kerja Bakti Bersama"


def test_a_breadcrumb_rooted_at_the_sites_host_is_cut_from_the_headline():
    crumb = "Kabarcontoh.com » Internasional » Timur Tengah » Harga Minyak Dunia Naik Setelah Serangan di Teluk"
    assert tt.clean_title(crumb) == "Harga Minyak Dunia Naik Setelah Serangan di Teluk"
    assert tt.clean_title("Kabarcontoh.com » Harga Naik") == "Kabarcontoh.com » Harga Naik"  # too short a rest
