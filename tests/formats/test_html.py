"""HTML pages: charset honoured, trafilatura's main text, markup facts with their evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from sikap.formats.html import PageError, decode_html, main_text, markup_facts, parse
from tests.formats.crawl import page


def _facts(name):
    text, _ = decode_html(page(name))
    return markup_facts(parse(text))


def test_meta_charset_is_honoured():
    text, enc = decode_html(page("blog-cp1252.html"))
    assert enc == "cp1252" and "\u201cKami sempat khawatir" in text and "Caf\u00e9" in text
    assert decode_html("<p>caf\u00e9</p>".encode("cp1252"), "iso-8859-1") == ("<p>caf\u00e9</p>", "cp1252")
    assert decode_html(b"\xef\xbb\xbf<p>x</p>", "iso-8859-1")[1] == "utf-8"  # the BOM wins


def test_undecodable_page():
    with pytest.raises(PageError):
        decode_html(bytes(range(128, 256)) * 50 + b"\x81\x8d\x8f\x90\x9d" * 400, "utf-8")


def test_portal_facts_come_with_their_markup():
    f = _facts("portal.html")
    assert f["html_date"]["value"] == dt.date(2025, 9, 18) and f["html_date"]["precision"] == "day"
    assert f["html_date"]["evidence"].startswith("JSON-LD NewsArticle.datePublished")
    assert f["html_authors"]["value"] == ["Rina Marlina"]
    assert f["site_name"]["value"] == "Warta Teluk" and 'og:site_name' in f["site_name"]["evidence"]
    assert f["canonical_url"]["value"].endswith("/2025/09/18/qatar-dan-amerika-serikat-bahas-perluasan-kerja-sama-pertahanan")
    assert f["html_title"]["value"] == "Qatar dan Amerika Serikat Bahas Perluasan Kerja Sama Pertahanan di Doha"
    assert all(v["basis"] == "html_meta" for v in f.values())


def test_facts_of_other_layouts():
    wire, detik, blog = _facts("wire.html"), _facts("detik.html"), _facts("blog-cp1252.html")
    assert "article:published_time" in wire["html_date"]["evidence"]
    assert "html_authors" not in wire  # meta author "antaranews.com" is a domain, not a person
    assert detik["html_date"]["value"] == dt.date(2025, 9, 17) and "publishdate" in detik["html_date"]["evidence"]
    assert detik["html_authors"]["value"] == ["Fajar Pratama"]  # "- detikNews" is the outlet
    assert blog["html_date"]["value"] == dt.date(2025, 9, 13) and blog["html_date"]["evidence"].startswith("<time")
    assert "canonical_url" not in blog and "html_authors" not in blog


def test_a_time_in_a_related_list_is_not_the_article_date():
    html = ("<html><body><article><h1>Judul</h1><p>" + "kata " * 60 + "</p></article><aside class='related'>"
            "<time datetime='2024-01-01'>1 Jan</time></aside><div class='populer'><time datetime='2023-05-05'></time>"
            "</div></body></html>")
    assert "html_date" not in markup_facts(parse(html))


@pytest.mark.parametrize("name", ["portal.html", "wire.html", "detik.html", "blog-cp1252.html"])
def test_main_text_has_no_chrome_of_these_kinds(name):
    text = main_text(parse(decode_html(page(name))[0]))
    assert len(text.split()) > 80
    kinds = ["Indeks Berita", "Salin tautan", "Harga Minyak Naik", "Timnas Menang Tipis", "Jl. Merdeka",
             "Top News", "harga emas", "Wisma ANTARA", "Zelensky Minta", "Viral Antrean", "Kotak Pos",
             "Pinterest", "Mengenal Souq Waqif", "Semoga keadaan", "Powered by", "Suasana kawasan"]
    assert not [c for c in kinds if c in text]
    assert "| " not in text  # a one-cell "Baca juga" table row loses its rulers


def test_no_main_text():
    assert len(main_text(parse(decode_html(page("no-text.html"))[0])).split()) < 10
