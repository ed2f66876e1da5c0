"""Layout fixtures for stop 35's rounds (2026-12), in invented words. Same conventions as test_layouts.py
(invented text, whole truth). Cases of one shape share a parametrized test; the id says what each case is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check, run_page, source_id
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("head,place,outlet", [
    pytest.param("Lembayung – ", None, "Lembayung", id="an unknown name in normal case is the outlet"),
    pytest.param("Suluh Pagi – ", None, "Suluh Pagi", id="two unknown words in normal case"),
    pytest.param("Garuda Muda – ", None, "Garuda Muda", id="two unknown words, the first a common noun"),
    pytest.param("SUKAMAJULOR – ", "Sukamajulor", None, id="an unknown name in capitals stays a place"),
    pytest.param("Konflik – ", None, None, id="a desk word is neither"),
    pytest.param("Kampar Hilir – ", "Kampar Hilir", None, id="a known place and its part stay the place"),
    pytest.param("İlih – ", "İlih", None, id="a name beyond ASCII stays a place"),
    pytest.param("KABARCONTOH.CO-", None, "KABARCONTOH.CO", id="a host in capitals glued by a hyphen"),
    pytest.param("Kabarcontoh.com_", None, "Kabarcontoh.com", id="a host glued by an underscore"),
    pytest.param("KABARCONTOH.ID.", None, "KABARCONTOH.ID", id="a host glued by a full stop"),
    pytest.param(",kabarcontoh.id – ", None, "kabarcontoh.id", id="a host after a comma whose place was lost"),
    pytest.param("KABARCONTOH.NET I SIGLI – ", "Sigli", "KABARCONTOH.NET", id="a host and a place joined by a capital I"),
])
def test_dateline_heads(tmp_path, head, place, outlet):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place=place, outlet=outlet), sentences(RICE), [])


def test_a_date_between_two_dashes_after_the_host_is_the_datelines(tmp_path):
    ps = lede("kabarcontoh.com – 17 September 2025 – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet="kabarcontoh.com", published=dt.date(2025, 9, 17),
                                           basis="dateline"), sentences(RICE), [])


def test_a_town_and_its_province_then_the_host(tmp_path):
    ps = lede("Sekadau Kalbar, Kabarcontoh.com - ", RICE)
    ps[0] += " (foto:nv)."
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Sekadau", outlet="Kabarcontoh.com"), sentences(RICE),
          ["(foto:nv)."])


def test_an_outlets_line_over_a_lede_opened_by_its_place(tmp_path):
    ps = lede("PONTIANAK- ", RICE)
    check(tmp_path, page(TITLE, "KABARCONTOH.CO,", ps), Truth(title=TITLE, place="Pontianak", outlet="KABARCONTOH.CO"),
          sentences(RICE), [])  # (the outlet's line stays with the lede, as a dateline does)


def test_a_bylines_date_after_the_name_and_a_comma(tmp_path):
    byline = "By Rina Kartikasari, Jumat, 29 Januari 2021 | 15:50 WIB"
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, byline, ps), Truth(title=TITLE, place="Jakarta", published=dt.date(2021, 1, 29),
                                                   basis="byline", authors=("Rina Kartikasari",)),
          sentences(RICE), [byline])


def test_a_time_stamp_then_the_writer_the_wire_and_the_outlet_in_slashes(tmp_path):
    stamp = "Sabtu, 13 Mei 2017 13:20 WIB Rina Kartikasari/JIBI/Harian Jogja Sleman Share :"
    ps = lede("Harian Jogja, SLEMAN – ", RICE)
    doc = run_page(tmp_path, page(stamp, TITLE, ps))
    assert doc.meta["published_date"] == dt.date(2017, 5, 13) and doc.meta["date_basis"] == "byline"
    assert doc.meta["authors"] == ["Rina Kartikasari"]
    assert stamp not in doc.text and all(s in doc.text for s in sentences(RICE)[1:])


@pytest.mark.parametrize("line,day", [
    pytest.param("10 Desember 2023 12:42 10 Des 2023 12:42", dt.date(2023, 12, 10), id="the day printed twice"),
    pytest.param("06 Des, 2023 0 0", dt.date(2023, 12, 6), id="bare counters after the date"),
    pytest.param("Dipublish oleh Tim Kabarcontoh | 16 September 2025, 13.16 WIB", dt.date(2025, 9, 16),
                 id="a desk's meta bar"),
    pytest.param("Krisis kota contoh | 22 Juni 2022, 19:52 WIB", dt.date(2022, 6, 22), id="a topic tag before the bar"),
])
def test_date_lines_under_the_headline(tmp_path, line, day):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, line, ps), Truth(title=TITLE, place="Jakarta", published=day, basis="date_line"),
          sentences(RICE), [line])


@pytest.mark.parametrize("signoff,authors", [
    pytest.param(" (Mona)", ("Mona",), id="a four-letter name"),
    pytest.param(" (Ghozi, Arif)", ("Ghozi", "Arif"), id="names joined by a comma"),
    pytest.param(" (Asep saputra)", ("Asep Saputra",), id="a surname in lower case"),
    pytest.param(" (Ulya, red)", ("Ulya",), id="a name and the desk's code"),
    pytest.param(" (Adv)", (), id="three letters are a code"),
    pytest.param(" (Frd)", (), id="three consonants are a code"),
])
def test_sign_offs_closing_the_last_paragraph(tmp_path, signoff, authors):
    ps = lede("JAKARTA – ", RICE)
    ps[-1] += signoff
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", authors=authors), sentences(RICE), [])


@pytest.mark.parametrize("lines,authors,editors", [
    pytest.param(["-Poetra-"], ("Poetra",), (), id="a name between hyphens"),
    pytest.param(["(305/snc)"], (), (), id="a desk's number and the editor's code"),
    pytest.param(["( Pen-0736 )"], (), (), id="a press code of four digits"),
    pytest.param(["REDAKSI | EDITOR: EDDY PRASETYO"], (), ("Eddy Prasetyo",), id="a desk word before the editor"),
    pytest.param(["PT. CONTOH JAYA LAND, informasi selengkapnya KLIK DISINI"], (), (), id="an advertiser's call"),
    pytest.param(["Hide Ads"], (), (), id="an ad switch"),
    pytest.param(["Dapatkan berita terupdate dari KABARCONTOH di:"], (), (), id="a call to follow the site"),
    pytest.param(["Les mer »", "Weiterlesen »"], (), (), id="a feed reader's read-more links"),
])
def test_lines_under_the_text(tmp_path, lines, authors, editors):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, lines), Truth(title=TITLE, place="Jakarta", authors=authors, editors=editors),
          sentences(RICE), lines)


@pytest.mark.parametrize("chrome", [
    pytest.param(["Lupa Kata Sandi? Klik di Sini", "Belum Memiliki Akun Daftar di Sini", "Sudah Memiliki Akun Masuk di Sini"],
                 id="a sign-in box"),
    pytest.param(["Dark/Light Mode"], id="a mode switch"),
    pytest.param(["Wali Kota Contoh meninjau gudang beras di pasar induk/Net"], id="a caption closed by /Net"),
])
def test_chrome_over_the_headline(tmp_path, chrome):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(chrome, TITLE, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), chrome)


@pytest.mark.parametrize("chrome", [
    pytest.param(["Pedagang menata beras di kios pasar induk. ©AGENSI/Rudi Hartono"], id="the copyright sign"),
    pytest.param(["Pedagang menata beras di kios pasar induk /Agensi/Rudi Hartono/"], id="a slashed credit"),
    pytest.param(["Ilustrasi truk bantuan di perbatasan kota, 23 Mei 2021."], id="opened by Ilustrasi"),
    pytest.param(["ILUSTRASI."], id="ILUSTRASI alone"),
    pytest.param(["Kolase Foto Wali Kota Contoh dan pintu kantornya yang disegel, Kamis (11/8/2022)."], id="a collage"),
    pytest.param(["Wali Kota Contoh meninjau gudang beras di pasar induk, Senin (3/3/2025).", "Rudi Hartono / REUTERS"],
                 id="a photographer and an agency"),
    pytest.param(["Wali Kota Contoh (kiri) dan pedagang beras (kanan). (Kotacontoh.go.id, CC BY 4.0, via Wikimedia "
                  "Commons)"], id="a free licence"),
    pytest.param(["FILE - In this March 2, 2019, file photo, the mayor of Contoh City visits the rice market in Contoh."],
                 id="a wire's archive photo"),
    pytest.param(["1. Buka konten", "2. Buka menu utama", "3. Buka situs DW lainnya"], id="skip links"),
])
def test_captions_and_links_between_the_headline_and_the_text(tmp_path, chrome):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, chrome, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), chrome)


@pytest.mark.parametrize("teaser", [
    pytest.param("Read More  Wali Kota Contoh Resmikan Pasar Induk Baru di Pinggir Kota", id="Read More"),
    pytest.param("Berita Terkait :  Gubernur Contoh Apresiasi Pembangunan Pasar di Kabupaten", id="a spaced colon"),
    pytest.param("You may also like : Wali Kota Contoh Resmikan Pasar Induk Baru", id="You may also like"),
    pytest.param("banner 728x250", id="a banner's size"),
    pytest.param("This is a developing story. Stay tuned for live updates.", id="a developing story"),
])
def test_teasers_and_slots_between_the_paragraphs(tmp_path, teaser):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:1], teaser, ps[1:]), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [teaser])


def test_a_bracketed_teaser_inside_a_paragraph_and_stars_closing_it(tmp_path):
    teaser = "(Baca juga : Wali Kota Contoh Resmikan Pasar Induk Baru)"
    ps = lede("JAKARTA – ", RICE)
    ps[1] = ps[1].replace(". ", ". " + teaser + " ", 1)
    ps[-1] += " * * *"
    doc = check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [teaser])
    assert "* * *" not in doc.text


@pytest.mark.parametrize("line,under", [
    pytest.param("Share Medsos", False, id="a share button"),
    pytest.param("Dukung Sosial Media Kami", False, id="a follow button"),
    pytest.param("Blog Images", False, id="an image widget"),
    pytest.param("Juru Bicara", True, id="a role"),
    pytest.param("Prajurit Pena", True, id="a column's name"),
    pytest.param("Iklan Cawako Kota Contoh", True, id="an ad"),
])
def test_words_in_title_case_that_credit_nobody(tmp_path, line, under):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps, line) if under else page(TITLE, line, ps))
    assert not doc.meta.get("authors") and all(s in doc.text for s in sentences(RICE))


def test_a_registered_host_alone_under_the_title_names_the_outlet(tmp_path):
    ps = lede("", RICE)
    doc = run_page(tmp_path, page(TITLE, "Reporter", "Tempo.co", "Senin, 28 Oktober 2024 13:13 WIB", ps))
    assert doc.meta["source_id"] == "tempo.co"
    assert all(s in doc.text for s in sentences(RICE))


def test_a_copyright_line_of_one_word_names_the_site(tmp_path):
    ps = lede("", RICE)
    doc = run_page(tmp_path, page(TITLE, ps, "Penulis : Rina Kartikasari", "©Kabarwangi"))
    assert doc.meta["source_id"] == source_id("Kabarwangi") and doc.meta["authors"] == ["Rina Kartikasari"]


@pytest.mark.parametrize("suffix", [pytest.param(" - Lainsitus.com", id="another site's host"),
                                    pytest.param(" | Kabarcontoh Indonesia", id="its own site's longer name")])
def test_a_headline_loses_a_sites_name_after_it(tmp_path, suffix):
    ps = lede("KABARCONTOH.ID – ", RICE)
    check(tmp_path, page(TITLE + suffix, ps), Truth(title=TITLE, outlet="KABARCONTOH.ID"), sentences(RICE), [])


def test_a_foreign_outlet_that_says_so_is_cited(tmp_path):
    said = "Sementara itu, Channel 12 Israel menyebut ledakan keras terdengar di sejumlah kota pada Sabtu malam."
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:1], said, ps[1:]), Truth(title=TITLE, place="Jakarta", attributions=("Channel 12",)),
          sentences(RICE) + [said], [])
