"""Layouts met on the probe sets Y and Z (2026-12; held out at stop 26, used for this stop's fix round).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: a WordPress news theme's search box, post meta and glued share buttons; a blog's reader
comments under the post; a dateline
alone on its line with the dash glued to the outlet's bracket; a closing call to read more at the site, which
names the outlet.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import DIPLOMACY, RICE, sentences
from tests.extract.test_layouts_probe_aaab import WRAPPED
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_a_news_themes_search_box_post_meta_and_share_buttons(tmp_path):
    chrome = ["No Result", "View All Result", "in Ekonomi", "VIEWS", "Share on FacebookShare on Twitter"]
    text = page("No Result", "View All Result", TITLE, "Oleh: Rahmat Hidayat", "12/03/2025 9:15 AM", "in Ekonomi",
                "3", "VIEWS", "Share on FacebookShare on Twitter", lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", published=dt.date(2025, 3, 12), basis="date_line",
                                authors=("Rahmat Hidayat",)), sentences(RICE), chrome)


def test_the_themes_strings_between_paragraphs(tmp_path):
    # a page whose share row and view counter sit inside the text (under the lede, as the theme's sticky bar is
    # copied), and whose search box is printed again at its foot: no position rule takes them there
    chrome = ["Share on FacebookShare on Twitter", "VIEWS", "No Result", "View All Result"]
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[:1], "Share on FacebookShare on Twitter", "VIEWS", ps[1:], "No Result", "View All Result")
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), chrome)


def test_a_search_box_inside_a_menu_does_not_break_it(tmp_path):
    # the menu's short entries around the search box's strings are one menu: the strings the catalogue takes
    # do not leave the entries next to them alone
    footer = ["Beranda", "No Result", "View All Result", "Kontak"]
    text = page(TITLE, lede("JAKARTA – ", RICE), footer)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), footer)


def test_reader_comments_under_a_blog_post(tmp_path):
    comments = ["Anonymous said…", "The talks will fail again because nobody at the table wants to give anything up.",
                "I have followed this conflict for twenty years and every round of talks ends the same way, sadly.",
                "12 Mei 2021 pukul 21.04"]
    text = page(TITLE, lede("", DIPLOMACY), comments)
    check(tmp_path, text, Truth(title=TITLE), sentences(DIPLOMACY), comments)


def test_reader_comments_in_the_platforms_indonesian(tmp_path):
    comments = ["Budi Santoso mengatakan...", "Semoga perundingan kali ini membawa hasil yang nyata bagi warga sipil di sana."]
    text = page(TITLE, lede("", DIPLOMACY), comments)
    check(tmp_path, text, Truth(title=TITLE), sentences(DIPLOMACY), comments)


def test_a_dateline_alone_with_the_dash_glued_to_its_bracket(tmp_path):
    text = page(TITLE, "Sukamakmur (Kabarcontoh.com)-", lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sukamakmur", outlet="Kabarcontoh.com"),
          sentences(RICE) + ["Sukamakmur (Kabarcontoh.com)-"], [])  # (a dateline stays in the text)


def test_a_closing_call_to_read_more_at_the_site_names_the_outlet(tmp_path):
    promo = "Simak artikel informatif lainnya hanya di kabarcontoh.co.id."
    text = page(TITLE, lede("", RICE)[:1], promo, lede("", RICE)[1:])
    check(tmp_path, text, Truth(title=TITLE, outlet="kabarcontoh.co.id"), sentences(RICE), [promo])


# -- credits --------------------------------------------------------------------------------------------------------

def test_a_credit_printed_as_a_lists_item(tmp_path):
    credit = "  • Penulis : Rahmat Hidayat"
    text = page(TITLE, credit, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", authors=("Rahmat Hidayat",)), sentences(RICE),
          [credit.strip()])


def test_two_reporters_by_a_slash_and_credits_by_a_bullet(tmp_path):
    credit = "Reporter : Sutisna / Dewi Lestari • Editor : Redaksi Berita"
    text = page(TITLE, lede("JAKARTA – ", RICE), credit)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", authors=("Sutisna", "Dewi Lestari")), sentences(RICE),
          [credit])


def test_an_agency_before_a_published_label_is_no_author(tmp_path):
    byline = "Kantor Berita Contoh Published 25 Jun, 2025 02:05pm"
    doc = run_page(tmp_path, page(TITLE, byline, lede("JAKARTA – ", RICE)))
    assert doc.meta.get("published_date") == dt.date(2025, 6, 25)
    assert not any("Published" in a for a in doc.meta.get("authors") or [])


def test_a_name_before_a_published_label(tmp_path):
    byline = "Rahmat Hidayat Published 25 Jun, 2025 02:05pm"
    text = page(TITLE, byline, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", published=dt.date(2025, 6, 25), basis="byline",
                                authors=("Rahmat Hidayat",)), sentences(RICE), [byline])


WRAPPED_BY = ["Menurut kajian yang dirilis pekan lalu",
              "oleh Lembaga Kajian Pangan Contoh (LKPC), kenaikan harga beras",
              "dipicu oleh berkurangnya pasokan dari sentra produksi setelah musim",
              "panen berakhir.",
              "Laporan itu juga mencatat bahwa",
              "laporan Bank Contoh, inflasi pangan naik dua persen dalam sebulan",
              "terakhir dan diperkirakan terus naik hingga akhir tahun."]


def test_a_lower_case_label_word_opening_a_wrapped_line_is_no_credit(tmp_path):
    doc = run_page(tmp_path, page(WRAPPED_BY))
    assert not doc.meta.get("authors"), doc.meta.get("authors")
    assert all(line in doc.text for line in WRAPPED_BY)


# -- attributions ---------------------------------------------------------------------------------------------------

def test_a_channel_named_with_a_relative_clause_before_its_verb(tmp_path):
    line = "Sementara itu, saluran TV Press TV yang dikelola pemerintah Iran melaporkan tiga rudal jatuh di dekat pelabuhan."
    text = page(TITLE, lede("JAKARTA – ", RICE), line)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("Press TV",)), sentences(RICE) + [line], [])


def test_a_source_note_naming_a_host_run_together_and_capitalised(tmp_path):
    note = "Sumber: Timesofisrael"
    text = page(TITLE, lede("", DIPLOMACY), note)
    check(tmp_path, text, Truth(title=TITLE, attributions=("The Times of Israel",)), sentences(DIPLOMACY), [note])


def test_reported_by_an_agency_named_in_lower_case(tmp_path):
    line = "Diberitakan reuters, pejabat keamanan setempat menahan dua orang yang diduga terlibat dalam serangan itu."
    text = page(TITLE, lede("", DIPLOMACY), line)
    check(tmp_path, text, Truth(title=TITLE, attributions=("Reuters",)), sentences(DIPLOMACY) + [line], [])


def test_as_reported_before_is_no_attribution(tmp_path):
    line = "Seperti diberitakan sebelumnya, harga beras naik di banyak daerah sejak awal bulan."
    text = page(TITLE, lede("", RICE), line)
    check(tmp_path, text, Truth(title=TITLE), sentences(RICE) + [line], [])


# -- titles ---------------------------------------------------------------------------------------------------------

def test_the_author_account_glued_after_the_headline(tmp_path):
    text = page(TITLE + " Admin", lede("SUKAMAKMUR, HUMAS - ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sukamakmur"), sentences(RICE), [])


def test_a_social_widgets_heading_above_the_headline(tmp_path):
    text = page("Connect with us", TITLE, "Oleh : Rahmat Hidayat", lede("Jakarta, kabarcontoh.co – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="kabarcontoh.co", authors=("Rahmat Hidayat",)),
          sentences(RICE), ["Connect with us"])


def test_a_feeds_view_original_button_and_its_disclaimer(tmp_path):
    chrome = ["Lihat Asli", "Halaman ini mungkin berisi konten pihak ketiga, yang disediakan untuk tujuan informasi "
                            "saja dan tidak boleh dianggap sebagai dukungan terhadap pandangannya."]
    text = page(chrome, TITLE, lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE), sentences(RICE), chrome)


def test_a_block_heading_over_the_headline_and_a_datelined_lede(tmp_path):
    text = page("Berita Terkini", TITLE, lede("Jakarta - ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), ["Berita Terkini"])


# -- outlets --------------------------------------------------------------------------------------------------------

def test_a_masthead_opened_by_republik_in_the_datelines_place(tmp_path):
    text = page(TITLE, lede("REPUBLIK PASUNDAN - ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="REPUBLIK PASUNDAN"), sentences(RICE), [])


def test_a_masthead_glued_to_the_lede_by_a_hyphen(tmp_path):
    text = page(TITLE, lede("Sukamakmur Times-", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="Sukamakmur Times"), sentences(RICE), [])


def test_a_hyphenated_pair_of_names_opening_the_lede_is_no_dateline(tmp_path):
    line = "Hubungan Korea-Jepang kembali memanas setelah kedua negara saling menuding soal sejarah perang."
    doc = check(tmp_path, page(TITLE, line, lede("", DIPLOMACY)), Truth(title=TITLE), sentences(DIPLOMACY) + [line], [])
    assert doc.meta.get("source_id") is None and doc.meta.get("dateline_place") is None


# -- dates ----------------------------------------------------------------------------------------------------------

def test_a_themes_bar_with_the_hour_above_the_bylines_own_date(tmp_path):
    bar, credit, dated = "Senin, 02 Feb 2026 01:39 WIB", "Penulis : Rahmat Hidayat", "| Selasa, 07 Nov 2023 13:58 WIB"
    text = page(bar, TITLE, credit, dated, lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, published=dt.date(2023, 11, 7), basis="date_line",
                                authors=("Rahmat Hidayat",)), sentences(RICE), [bar, credit, dated])


def test_a_date_line_with_its_hour_above_the_headline_alone_is_the_articles(tmp_path):
    dated = "Selasa, 07 Nov 2023 13:58 WIB"
    text = page(dated, TITLE, lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, published=dt.date(2023, 11, 7), basis="date_line"), sentences(RICE),
          [dated])


def test_a_feeds_timestamp_glued_before_the_first_line(tmp_path):
    ps = lede("", RICE)
    text = page(TITLE, "2024-11-10 00:00:00 " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=TITLE, published=dt.date(2024, 11, 10), basis="date_stamp"), sentences(RICE),
          ["2024-11-10 00:00:00"])


def test_a_dash_opening_a_wrapped_paragraph_under_the_headline_is_no_bullet(tmp_path):
    headline = "Pasar Murah Digelar di Lima Kecamatan Jelang Hari Raya"
    lines = ["- Pemerintah kota resmi membuka pasar murah di lima"] + WRAPPED[1:]
    doc = run_page(tmp_path, page(headline, lines))
    assert doc.meta.get("title") == headline
    assert all(line.lstrip("- ") in doc.text for line in lines)


def test_a_blog_platforms_post_header_naming_the_site_where_the_writer_stands(tmp_path):
    header = ["- Harian Sukamakmur", "- Oct 12, 2023", "- 1 min read"]
    text = page(TITLE, header, "Oleh: Rahmat Hidayat", lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="Harian Sukamakmur", published=dt.date(2023, 10, 12),
                                basis="date_line", authors=("Rahmat Hidayat",)), sentences(RICE), header)


# -- captions, teasers, sign-offs -----------------------------------------------------------------------------------

def test_an_agencys_credit_over_a_caption_closed_by_it_between_paragraphs(tmp_path):
    photo = ["AFP", "Warga merayakan pembukaan kembali pasar setelah renovasi selesai dikerjakan pekan lalu. (AFP)"]
    ps = lede("", RICE)
    text = page(TITLE, ps[:1], photo, ps[1:])
    check(tmp_path, text, Truth(title=TITLE), sentences(RICE), photo)


def test_an_english_read_label_before_a_teaser(tmp_path):
    teaser = "Read: Rice prices climb for a second week in the city's markets"
    ps = lede("", RICE)
    text = page(TITLE, ps[:2], teaser, ps[2:])
    check(tmp_path, text, Truth(title=TITLE), sentences(RICE), [teaser])


def test_lower_case_initials_in_square_brackets_closing_the_text(tmp_path):
    ps = lede("", RICE)
    text = page(TITLE, ps[:-1], ps[-1] + " [rif]")
    check(tmp_path, text, Truth(title=TITLE), sentences(RICE), ["[rif]"])


def test_a_datelines_initials_expanded_by_the_name_the_page_prints(tmp_path):
    text = page("Pos Sukamakmur", TITLE, lede("SUKAMAKMUR, PS -- ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sukamakmur", outlet="Pos Sukamakmur"), sentences(RICE), [])


def test_a_datelines_initials_expanded_by_the_sites_host(tmp_path):
    text = page(TITLE, lede("Sukamakmur (KS) – ", RICE), "https://www.kabarsukamakmur.com")
    check(tmp_path, text, Truth(title=TITLE, place="Sukamakmur", outlet="kabarsukamakmur.com"), sentences(RICE), [])


def test_a_datelines_last_word_expanded_by_the_whole_name(tmp_path):
    footer = "Copyright © 2024 Harian Mentari. All rights reserved."
    text = page(TITLE, lede("MENTARI, Sukamakmur-- ", RICE), footer)
    check(tmp_path, text, Truth(title=TITLE, place="Sukamakmur", outlet="Harian Mentari"), sentences(RICE), [footer])


def test_initials_the_page_does_not_expand_stay_as_printed(tmp_path):
    text = page(TITLE, lede("SUKAMAKMUR, PS -- ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sukamakmur", outlet="PS"), sentences(RICE), [])


def test_a_content_farms_generated_author_bio_under_the_text(tmp_path):
    bio = "“Pencinta kopi pagi. Penggemar musik lama. Tipikal pemikir lambat. Praktisi berkebun. Penjelajah kota kecil.”"
    text = page(TITLE, lede("JAKARTA – ", RICE), bio)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [bio])


def test_short_sentences_about_a_person_in_the_text_stay(tmp_path):
    line = "Ia penggemar kopi. Ia juga ahli sejarah. Ia pembaca setia. Ia pengacara terkenal. Dia fanatik bola."
    text = page(TITLE, lede("JAKARTA – ", RICE), line)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE) + [line], [])


def test_a_hosts_name_that_the_text_uses_as_a_word_is_no_citation(tmp_path):
    # 'waspada' (alert) is a registered daily's host name and an ordinary word: printed again as a word, it is one
    line = "Warga diminta tetap waspada, seperti dikutip waspada oleh pengurus kampung yang berjaga di pos ronda."
    text = page(TITLE, lede("", RICE), line)
    check(tmp_path, text, Truth(title=TITLE), sentences(RICE) + [line], [])


def test_a_place_and_the_sites_host_in_a_glued_bracket_alone_above_the_lede(tmp_path):
    text = page(TITLE, "Gunung Sari(kabarcontoh.com)", lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Gunung Sari", outlet="kabarcontoh.com"),
          sentences(RICE) + ["Gunung Sari(kabarcontoh.com)"], [])  # (a dateline stays in the text)


def test_a_persons_name_and_a_host_in_brackets_is_no_dateline(tmp_path):
    doc = run_page(tmp_path, page(TITLE, "Budi Santoso (kabarcontoh.com)", lede("", RICE)))
    assert doc.meta.get("dateline_place") is None


def test_a_breadcrumb_glued_before_the_headline(tmp_path):
    text = page("Home Berita " + TITLE, "BeritaEkonomi", lede("JAKARTA – ", RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta.get("title") == TITLE
    assert all(s in doc.text for s in sentences(RICE))


def test_places_joined_by_slashes_before_a_wire_services_name(tmp_path):
    text = page(TITLE, lede("SURABAYA/MALANG (Antara) -", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Surabaya", outlet="Antara"), sentences(RICE), [])


def test_a_town_glued_to_the_lede_by_a_hyphen(tmp_path):
    text = page(TITLE, lede("Mataram-", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Mataram"), sentences(RICE), [])


def test_a_pair_of_parties_or_a_route_opening_the_lede_is_no_dateline(tmp_path):
    for n, line in enumerate(["Israel-Hamas sepakat memperpanjang gencatan senjata selama dua hari lagi menurut mediator.",
                              "Jakarta-Bandung kini ditempuh dua jam lewat jalan tol baru yang diresmikan pekan lalu."]):
        folder = tmp_path / str(n)
        folder.mkdir()
        doc = check(folder, page(TITLE, line, lede("", RICE)), Truth(title=TITLE), sentences(RICE) + [line], [])
        assert doc.meta.get("dateline_place") is None


def test_figures_cited_from_an_outlets_data(tmp_path):
    line = "Berdasarkan data CNBC Indonesia 2025, harga beras medium naik di 30 provinsi sejak awal tahun."
    text = page(TITLE, lede("", RICE), line)
    check(tmp_path, text, Truth(title=TITLE, attributions=("CNBC Indonesia",)), sentences(RICE) + [line], [])


def test_a_sites_tagline_over_the_headline_printed_twice(tmp_path):
    tagline = "Kumpulan Berita Terkini Seputar Sukamakmur"
    text = page(tagline, "English VersionBahasa Indonesia", TITLE, "harga-beras-medium-naik-dua-pekan", TITLE,
                lede("", RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta.get("title") == TITLE and tagline not in doc.text
    assert all(s in doc.text for s in sentences(RICE))


def test_a_headline_naming_the_news_is_kept_when_nothing_is_printed_twice(tmp_path):
    headline = "Berita Baik dari Pasar Sukamakmur: Harga Beras Turun Hari Ini"
    doc = run_page(tmp_path, page(headline, lede("JAKARTA – ", RICE)))
    assert doc.meta.get("title") == headline
