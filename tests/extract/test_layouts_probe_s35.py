"""Layout fixtures for stop 35's rounds (2026-12), in invented words. Same conventions as test_layouts.py
(invented text, whole truth)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check, run_page, source_id
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("head,outlet", [("Lembayung – ", "Lembayung"), ("Suluh Pagi – ", "Suluh Pagi"),
                                         ("Garuda Muda – ", "Garuda Muda")])
def test_a_name_in_normal_case_the_gazetteer_lacks_is_the_outlet(tmp_path, head, outlet):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet=outlet), sentences(RICE), [])


def test_a_name_in_capitals_the_gazetteer_lacks_stays_a_place(tmp_path):
    ps = lede("SUKAMAJULOR – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Sukamajulor"), sentences(RICE), [])


def test_a_desk_word_in_the_datelines_place_is_neither(tmp_path):
    ps = lede("Konflik – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [])


@pytest.mark.parametrize("head,outlet", [("KABARCONTOH.CO-", "KABARCONTOH.CO"), ("Kabarcontoh.com_", "Kabarcontoh.com"),
                                         ("KABARCONTOH.ID.", "KABARCONTOH.ID")])
def test_a_host_glued_to_the_lede_in_capitals_or_by_an_underscore_or_a_stop(tmp_path, head, outlet):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet=outlet), sentences(RICE), [])


def test_a_known_place_and_its_part_in_normal_case_stays_the_place(tmp_path):
    ps = lede("Kampar Hilir – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Kampar Hilir"), sentences(RICE), [])


def test_a_date_between_two_dashes_after_the_host_is_the_datelines(tmp_path):
    ps = lede("kabarcontoh.com – 17 September 2025 – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet="kabarcontoh.com", published=dt.date(2025, 9, 17),
                                           basis="dateline"), sentences(RICE), [])


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


@pytest.mark.parametrize("signoff,authors", [(" (Mona)", ("Mona",)), (" (Ghozi, Arif)", ("Ghozi", "Arif")),
                                             (" (Asep saputra)", ("Asep Saputra",)), (" (Ulya, red)", ("Ulya",))])
def test_a_sign_off_of_short_names(tmp_path, signoff, authors):
    ps = lede("JAKARTA – ", RICE)
    ps[-1] += signoff
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", authors=authors), sentences(RICE), [])


@pytest.mark.parametrize("signoff", [" (Adv)", " (Frd)"])
def test_three_letters_in_a_sign_off_credit_nobody(tmp_path, signoff):
    ps = lede("JAKARTA – ", RICE)
    ps[-1] += signoff
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [])


@pytest.mark.parametrize("line,authors,editors", [("-Poetra-", ("Poetra",), ()), ("(305/snc)", (), ()),
                                                  ("REDAKSI | EDITOR: EDDY PRASETYO", (), ("Eddy Prasetyo",))])
def test_closing_lines_under_the_text(tmp_path, line, authors, editors):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, line), Truth(title=TITLE, place="Jakarta", authors=authors, editors=editors),
          sentences(RICE), [line])


@pytest.mark.parametrize("caption", ["Pedagang menata beras di kios pasar induk. ©AGENSI/Rudi Hartono",
                                     "Pedagang menata beras di kios pasar induk /Agensi/Rudi Hartono/"])
def test_a_caption_closed_by_the_copyright_sign_or_slashed_credit(tmp_path, caption):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, caption, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [caption])


def test_a_host_after_a_comma_whose_place_was_lost(tmp_path):
    ps = lede(",kabarcontoh.id – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, outlet="kabarcontoh.id"), sentences(RICE), [])


def test_a_registered_host_alone_under_the_title_names_the_outlet(tmp_path):
    ps = lede("", RICE)
    doc = run_page(tmp_path, page(TITLE, "Reporter", "Tempo.co", "Senin, 28 Oktober 2024 13:13 WIB", ps))
    assert doc.meta["source_id"] == "tempo.co"
    assert all(s in doc.text for s in sentences(RICE))


def test_an_outlets_line_over_a_lede_opened_by_its_place(tmp_path):
    ps = lede("PONTIANAK- ", RICE)
    check(tmp_path, page(TITLE, "KABARCONTOH.CO,", ps), Truth(title=TITLE, place="Pontianak", outlet="KABARCONTOH.CO"),
          sentences(RICE), [])  # (the outlet's line stays with the lede, as a dateline does)


def test_a_sign_in_box_over_the_headline(tmp_path):
    box = ["Lupa Kata Sandi? Klik di Sini", "Belum Memiliki Akun Daftar di Sini", "Sudah Memiliki Akun Masuk di Sini"]
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(box, TITLE, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), box)


@pytest.mark.parametrize("line", ["PT. CONTOH JAYA LAND, informasi selengkapnya KLIK DISINI", "Hide Ads"])
def test_an_advertisers_call_and_an_ad_switch_under_the_text(tmp_path, line):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, line), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [line])


def test_a_foreign_outlet_that_says_so_is_cited(tmp_path):
    said = "Sementara itu, Channel 12 Israel menyebut ledakan keras terdengar di sejumlah kota pada Sabtu malam."
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:1], said, ps[1:]), Truth(title=TITLE, place="Jakarta", attributions=("Channel 12",)),
          sentences(RICE) + [said], [])


@pytest.mark.parametrize("teaser", ["Read More  Wali Kota Contoh Resmikan Pasar Induk Baru di Pinggir Kota",
                                    "Berita Terkait :  Gubernur Contoh Apresiasi Pembangunan Pasar di Kabupaten",
                                    "banner 728x250", "This is a developing story. Stay tuned for live updates."])
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


@pytest.mark.parametrize("button", ["Share Medsos", "Dukung Sosial Media Kami", "Blog Images"])
def test_a_buttons_words_in_title_case_credit_nobody(tmp_path, button):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, button, ps))
    assert not doc.meta.get("authors") and all(s in doc.text for s in sentences(RICE))


def test_a_lone_name_beyond_ascii_stays_a_place(tmp_path):
    ps = lede("İlih – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="İlih"), sentences(RICE), [])


def test_a_mode_switch_over_the_headline_is_no_headline(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page("Dark/Light Mode", TITLE, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE),
          ["Dark/Light Mode"])


def test_a_caption_closed_by_a_slashed_courtesy_word_is_no_headline(tmp_path):
    caption = "Wali Kota Contoh meninjau gudang beras di pasar induk/Net"
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(caption, TITLE, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [caption])


def test_a_host_and_a_place_joined_by_a_capital_i(tmp_path):
    ps = lede("KABARCONTOH.NET I SIGLI – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Sigli", outlet="KABARCONTOH.NET"), sentences(RICE), [])


def test_a_town_and_its_province_then_the_host(tmp_path):
    ps = lede("Sekadau Kalbar, Kabarcontoh.com - ", RICE)
    ps[0] += " (foto:nv)."
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Sekadau", outlet="Kabarcontoh.com"), sentences(RICE),
          ["(foto:nv)."])


def test_a_copyright_line_of_one_word_names_the_site(tmp_path):
    ps = lede("", RICE)
    doc = run_page(tmp_path, page(TITLE, ps, "Penulis : Rina Kartikasari", "©Kabarwangi"))
    assert doc.meta["source_id"] == source_id("Kabarwangi") and doc.meta["authors"] == ["Rina Kartikasari"]


@pytest.mark.parametrize("caption", ["Ilustrasi truk bantuan di perbatasan kota, 23 Mei 2021.", "ILUSTRASI.",
                                     "Kolase Foto Wali Kota Contoh dan pintu kantornya yang disegel, Kamis (11/8/2022)."])
def test_a_caption_opened_by_the_word_for_illustration_or_collage(tmp_path, caption):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, caption, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [caption])


def test_a_headline_closed_by_another_sites_host_loses_it(tmp_path):
    ps = lede("KABARCONTOH.ID – ", RICE)
    check(tmp_path, page(TITLE + " - Lainsitus.com", ps), Truth(title=TITLE, outlet="KABARCONTOH.ID"), sentences(RICE), [])


@pytest.mark.parametrize("chrome", [
    ["Wali Kota Contoh meninjau gudang beras di pasar induk, Senin (3/3/2025).", "Rudi Hartono / REUTERS"],
    ["Wali Kota Contoh (kiri) dan pedagang beras (kanan). (Kotacontoh.go.id, CC BY 4.0, via Wikimedia Commons)"],
    ["FILE - In this March 2, 2019, file photo, the mayor of Contoh City visits the rice market in Contoh."],
    ["1. Buka konten", "2. Buka menu utama", "3. Buka situs DW lainnya"]])
def test_wire_and_commons_credits_and_skip_links_over_the_text(tmp_path, chrome):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, chrome, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), chrome)


@pytest.mark.parametrize("line", ["Dapatkan berita terupdate dari KABARCONTOH di:", "( Pen-0736 )"])
def test_a_call_to_follow_and_a_press_code_under_the_text(tmp_path, line):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, line), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [line])


@pytest.mark.parametrize("line", ["Juru Bicara", "Prajurit Pena", "Iklan Cawako Kota Contoh"])
def test_a_role_a_column_or_an_ad_in_title_case_credits_nobody(tmp_path, line):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps, line))
    assert not doc.meta.get("authors") and all(s in doc.text for s in sentences(RICE))


def test_a_headline_closed_by_its_sites_longer_name_loses_it(tmp_path):
    ps = lede("KABARCONTOH.ID – ", RICE)
    check(tmp_path, page(TITLE + " | Kabarcontoh Indonesia", ps), Truth(title=TITLE, outlet="KABARCONTOH.ID"),
          sentences(RICE), [])


def test_a_feed_readers_read_more_links_under_the_text(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, "Les mer »", "Weiterlesen »"), Truth(title=TITLE, place="Jakarta"),
          sentences(RICE), ["Les mer »", "Weiterlesen »"])


@pytest.mark.parametrize("line,day", [("10 Desember 2023 12:42 10 Des 2023 12:42", dt.date(2023, 12, 10)),
                                      ("06 Des, 2023 0 0", dt.date(2023, 12, 6)),
                                      ("Dipublish oleh Tim Kabarcontoh | 16 September 2025, 13.16 WIB",
                                       dt.date(2025, 9, 16))])
def test_date_lines_printing_the_day_twice_counters_or_a_desk(tmp_path, line, day):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, line, ps), Truth(title=TITLE, place="Jakarta", published=day, basis="date_line"),
          sentences(RICE), [line])


def test_a_topic_tag_before_the_bar_and_the_date(tmp_path):
    line = "Krisis kota contoh | 22 Juni 2022, 19:52 WIB"
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, line, ps), Truth(title=TITLE, place="Jakarta", published=dt.date(2022, 6, 22),
                                                 basis="date_line"), sentences(RICE), [line])


def test_you_may_also_like_with_its_headline(tmp_path):
    teaser = "You may also like : Wali Kota Contoh Resmikan Pasar Induk Baru"
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:1], teaser, ps[1:]), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [teaser])
