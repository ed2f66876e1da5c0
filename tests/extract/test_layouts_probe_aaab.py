"""Layouts met on the fix-round probe sets AA and AB (2026-12, collected for this stop's fix round).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: a meta line whose desk is a role's word ("Tanggal DATE - Laporan - 598 Views"); a masthead
in capitals and a place the gazetteer lacks ("MASTHEAD, Kota--"); names in lower case after a credit label; an
aggregator's "Credited from:" label naming a site run together; a dateline alone on its line closed by its date;
a whole dateline in parentheses with a dash inside; cookie tables, an icon sprite's names, an AI picture's credit,
a content farm's quoted author blurb; a place and date signing a piece off; desk codes with a slash.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import DIPLOMACY, RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_a_meta_line_whose_desk_is_a_roles_word(tmp_path):
    meta = "Tanggal 25 Des 2020 - Laporan - 598 Views"
    text = page(TITLE, meta, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", published=dt.date(2020, 12, 25), basis="date_line"),
          sentences(RICE), [meta])


def test_a_masthead_in_capitals_and_a_place_the_gazetteer_lacks(tmp_path):
    text = page(TITLE, lede("MENTARI, Sukamakmur--", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sukamakmur", outlet="MENTARI"), sentences(RICE), [])


def test_names_in_lower_case_after_credit_labels(tmp_path):
    credits = ["Laporan: rahmat", "Editor: sutisna"]
    text = page(TITLE, lede("JAKARTA – ", RICE), credits)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", authors=("Rahmat",), editors=("Sutisna",)),
          sentences(RICE), credits)


def test_an_aggregators_credited_from_label(tmp_path):
    label = "Credited from: THEJAKARTAPOST"
    text = page(label, lede("", DIPLOMACY))
    check(tmp_path, text, Truth(attributions=("The Jakarta Post",)), sentences(DIPLOMACY), [label])


def test_a_dateline_alone_on_its_line_closed_by_its_date(tmp_path):
    dateline = "SUKAMAKMUR, kabarcontoh.com – 6 Oktober 2022"
    text = page(dateline, lede("", RICE))
    check(tmp_path, text, Truth(place="Sukamakmur", outlet="kabarcontoh.com", published=dt.date(2022, 10, 6),
                                basis="dateline"), sentences(RICE) + [dateline], [])  # (a dateline stays in the text)


def test_a_whole_dateline_in_parentheses_with_a_dash_inside(tmp_path):
    text = page(TITLE, lede("(Kabarcontoh – Jakarta) ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="Kabarcontoh"), sentences(RICE), [])


def test_two_words_in_parentheses_joined_by_a_dash_are_no_dateline(tmp_path):
    said = "(Pemerintah – Swasta) Kerja sama dua pihak itu akan diperluas ke sektor energi dan pangan tahun depan."
    doc = run_page(tmp_path, page(TITLE, said, lede("", RICE)))
    assert doc.meta.get("dateline_place") is None and doc.meta.get("source_id") is None


def test_a_units_word_alone_names_no_place(tmp_path):
    text = page(TITLE, lede("Kabarcontoh.com, Kabupaten – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="Kabarcontoh.com"), sentences(RICE), [])


def test_a_place_and_date_signing_a_column_off(tmp_path):
    signed = "Kampus Contoh Jakarta, 17 April 2018"
    text = page(TITLE, lede("", DIPLOMACY), signed)
    check(tmp_path, text, Truth(title=TITLE, published=dt.date(2018, 4, 17), basis="date_line"),
          sentences(DIPLOMACY), [signed])


@pytest.mark.parametrize("code", ["(03/DN)", "**/ye", "[JON-NAL]", "(RYH/MMC KominfoKota)"])
def test_desk_codes_glued_to_the_last_sentence(tmp_path, code):
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[:-1], ps[-1] + " " + code)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [code])


def test_a_byline_of_names_and_an_outlet(tmp_path):
    byline = "Rahmat Sutisna and Dewi Lestari, The Jakarta Post, Jakarta"
    text = page(TITLE, byline, lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="The Jakarta Post", authors=("Rahmat Sutisna", "Dewi Lestari")),
          sentences(RICE), [byline])


@pytest.mark.parametrize("chrome", [
    "__utma", "90 days", "2 years after last activity",
    "Used to distinguish new sessions and visits. This cookie is set when the library is loaded.",
    "abusesaffiliationarrow-downarrow-leftarrow-rightarrow-upattack-typeburger",
    "IMAGE MADE WITH OPENAI'S DALL•E 2",
    "Lihat Foto",
    "Pos terkait",
])
def test_chrome_met_on_the_fix_round_pages(tmp_path, chrome):
    text = page(TITLE, lede("JAKARTA – ", RICE), chrome)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [chrome])


def test_related_cards_whose_excerpts_open_with_datelines_start_no_article(tmp_path):
    from tests.extract.corpus import FLOOD

    cards = ["Berita Terkait", "Banjir Rendam Tiga Desa di Kota Contoh ...",
             "KABARCONTOH, Semarang -- Banjir merendam tiga desa di Kecamatan Contoh setelah hujan deras ...",
             "Pasar Murah Digelar di Lima Kecamatan ...",
             "KABARCONTOH, Bandung--Pemerintah kota menggelar pasar murah di lima kecamatan mulai pekan ..."]
    text = page(TITLE, lede("KABARCONTOH, Sukamakmur -- ", RICE), lede("", FLOOD), cards)
    check(tmp_path, text, Truth(title=TITLE, place="Sukamakmur", outlet="KABARCONTOH"),
          sentences(RICE) + sentences(FLOOD), cards)


def test_a_place_a_district_and_a_weekday_date_before_the_lede(tmp_path):
    text = page(TITLE, lede("Gianyar – Sukamakmur, Minggu (27/7/2025) — ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Gianyar", published=dt.date(2025, 7, 27), basis="dateline"),
          sentences(RICE), [])


def test_a_sites_name_in_lower_case_then_a_dash(tmp_path):
    text = page(TITLE, lede("kabarkotanews – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="kabarkotanews"), sentences(RICE), [])


def test_a_lower_case_word_and_a_dash_opening_a_sentence_is_no_dateline(tmp_path):
    said = "berita – kata orang di pasar itu – cepat sekali menyebar ke seluruh penjuru kota sejak pagi tadi."
    doc = run_page(tmp_path, page(TITLE, lede("JAKARTA – ", RICE), said))
    assert doc.meta.get("source_id") is None and said in doc.text


def test_a_caption_above_the_lead_photos_button(tmp_path):
    caption = "Warga memeriksa kerusakan di pasar kota setelah banjir pada Rabu (23/4/2025). Pasar itu tutup dua hari."
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, caption, "Lihat Foto", ps)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [caption, "Lihat Foto"])


WRAPPED = ["Pemerintah kota resmi membuka pasar murah di lima",
           "kecamatan mulai pekan ini sebagai bagian dari upaya menahan kenaikan",
           "harga beras dan minyak goreng menjelang hari raya.",
           "Pasar murah itu digelar",
           "setiap pagi di halaman kantor kecamatan dan diikuti oleh puluhan",
           "pedagang yang menjual beras, gula, dan minyak goreng dengan harga",
           "di bawah harga pasar.",
           "Warga menyambut baik kegiatan",
           "itu karena harga kebutuhan pokok terus naik dalam sebulan terakhir."]


def test_a_text_wrapped_at_a_fixed_width_has_no_title_and_loses_no_line(tmp_path):
    doc = run_page(tmp_path, page(WRAPPED))
    assert doc.meta.get("title") is None
    assert all(line in doc.text for line in WRAPPED)


def test_a_title_case_headline_over_a_wrapped_text_is_the_title(tmp_path):
    headline = "Pasar Murah Digelar di Lima Kecamatan Jelang Hari Raya"
    doc = run_page(tmp_path, page(headline, WRAPPED))
    assert doc.meta.get("title") == headline and all(line in doc.text for line in WRAPPED)
