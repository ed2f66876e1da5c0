"""Layouts met on the held-out probe sets U and V (2026-12), after they were measured, in a fix round.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: a cited outlet followed by adverbs, a day or a place before its reporting verb, in markdown
emphasis, or by its journalist; an unregistered paper's name ending at a full stop; a source label abbreviated
("sc :"); the last paragraph above a closing photo credit; a feed item's "appeared first on SITE" footer; closing
calls and notes (follow "don't forget", read-more-only-at, "Quoted From Many Source", "(With inputs from agencies.)",
"Pilihan Editor: TITLE", "Share This: Facebook ..."), a "Courtesy of SITE" credit above the text; a sentence-case
headline retold by its lede; an icon font's ligature name before a date line; a site's host and a comma opening the
lede; from set S (2026-12): teaser labels ("READ  TITLE", "Baca artikel menarik lainnya, di sini:"), a notice
naming the outlet a text was adapted from, a credit label whose colon went down to the name's line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import DIPLOMACY, FLOOD, RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"
SAID = "Hasil penghitungan itu diumumkan setelah rapat tertutup yang berlangsung hingga larut malam."


@pytest.mark.parametrize("cited, outlet", [
    ("Reuters juga turut melaporkan {s}", "Reuters"),
    ("Kantor berita AFP pada Kamis lalu melaporkan {s}", "AFP"),
    ("Portal berita AS Axios pada Senin malam melaporkan {s}", "Axios"),
    ("Dilansir dari *Reuters*, {s}", "Reuters"),
    ("Sementara itu, **Al Jazeera** melaporkan {s}", "Al Jazeera"),
    ("Seorang jurnalis AFP di Kota Contoh melaporkan {s}", "AFP"),
    ("Koresponden Reuters di Tel Aviv melaporkan {s}", "Reuters"),
])
def test_an_outlet_cited_with_words_before_its_verb(tmp_path, cited, outlet):
    said = cited.format(s=SAID[0].lower() + SAID[1:])
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[0], said, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=(outlet,)), sentences(RICE) + [said], [])


def test_a_reporter_at_a_place_doing_something_else_is_no_citation(tmp_path):
    said = "Seorang jurnalis AFP di Kota Contoh terluka ringan saat meliput unjuk rasa di depan gedung parlemen."
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[0], said, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE) + [said], [])


def test_an_unregistered_paper_named_before_a_full_stop(tmp_path):
    said = ("Rencana itu disebut sudah final, seperti dimuat surat kabar Harian Contohwarta. Menteri itu kemudian "
            "menolak berkomentar lebih jauh.")
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps[0], said, ps[1:]))
    assert [a["source_id"] for a in doc.meta["attributions"]] == ["harian-contohwarta"]


def test_an_abbreviated_source_label_with_a_rubric_before_the_outlet(tmp_path):
    label = "sc : Dunia Tempo"
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps, label)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("Tempo",)), sentences(RICE), [label])


@pytest.mark.parametrize("last", [
    "Beliau menegaskan pemerintah akan terus memantau harga di pasar hingga akhir bulan depan.",
    "Namun pedagang berharap operasi pasar benar-benar dimulai pekan depan.",
    "Dalam pada itu, stok di gudang disebut cukup hingga tiga bulan.",
])
def test_the_last_paragraph_above_a_closing_photo_credit_is_text(tmp_path, last):
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps, last, "FOTO : REUTERS")
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE) + [last], ["FOTO : REUTERS"])


def test_a_caption_above_a_closing_photo_credit_is_still_removed(tmp_path):
    caption = "Pedagang beras melayani pembeli di Pasar Kota Contoh"
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps, caption, "FOTO : REUTERS")
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [caption, "FOTO : REUTERS"])


def test_a_feed_items_footer_names_the_original_site(tmp_path):
    footer = f"... Read more The post {TITLE} appeared first on Warta Contoh Harian ."
    ps = lede("SURABAYA: ", RICE)
    text = page(TITLE, ps[:-1], ps[-1] + " " + footer)
    check(tmp_path, text, Truth(title=TITLE, place="Surabaya", outlet="Warta Contoh Harian"), sentences(RICE),
          [footer])


@pytest.mark.parametrize("chrome", [
    "Jangan lupa ikuti update berita lainnya dan follow akun google news Kabarcontoh.id",
    "Baca info selengkapnya hanya di Kabarcontoh.",
    "Quoted From Many Source",
    "Dihimpun dari berbagai sumber",
    "(With inputs from agencies.)",
    "Pilihan Editor: Lima Pasar Tradisional Kota Contoh Kembali Buka Hingga Malam",
    "Share This:    Facebook Instagram",
    "Bagikan: WhatsApp Telegram Copy Link",
])
def test_closing_calls_and_notes(tmp_path, chrome):
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps, chrome)
    truth = Truth(title=TITLE, place="Jakarta", outlet="Kabarcontoh.id" if "google news" in chrome else None)
    check(tmp_path, text, truth, sentences(RICE), [chrome])


def test_a_courtesy_credit_above_a_page_without_headline_is_not_the_title(tmp_path):
    credit = "Courtesy of ContohFinance"
    text = page(credit, lede("", DIPLOMACY))
    check(tmp_path, text, Truth(), sentences(DIPLOMACY), [credit])


def test_a_sentence_case_headline_retold_by_its_lede(tmp_path):
    headline = ("Tanggul baru sepanjang 3,5 kilometer senilai Rp48 miliar mulai dibangun pemerintah di tepi Sungai Cibiru "
                "untuk mencegah banjir tahunan")
    text = page(headline, lede("", FLOOD))
    check(tmp_path, text, Truth(title=headline), sentences(FLOOD), [])


def test_a_cut_first_sentence_telling_something_else_is_not_the_title(tmp_path):
    cut = ("Sebagian dari mereka masih menunggu kepastian soal ganti rugi lahan yang terkena proyek pembangunan jalan "
           "di sisi timur kota")
    text = page(cut, lede("", FLOOD))
    doc = run_page(tmp_path, text)
    assert doc.meta.get("title") is None


def test_an_icon_fonts_ligature_name_before_the_date_line(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, "- account_circle Admin", "- calendar_month Rab, 25 Jun 2025", ps)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", published=dt.date(2025, 6, 25), basis="date_line"),
          sentences(RICE), ["calendar_month Rab, 25 Jun 2025"])


def test_a_sites_host_and_a_comma_opening_the_lede(tmp_path):
    ps = lede("kabarcontoh.id, ", DIPLOMACY)
    text = page(ps)
    check(tmp_path, text, Truth(outlet="kabarcontoh.id"), sentences(DIPLOMACY), [])


@pytest.mark.parametrize("caption", [
    "Wali Kota Contoh, Budi Santoso (kanan), meninjau tanggul yang jebol di tepi Sungai Cibiru.",
    "Petugas memeriksa tanggul yang jebol di tepi Sungai Cibiru, Kota Contoh, Selasa, 15 Juli 2025.",
    "Kepala Dinas Pekerjaan Umum Kota Contoh memberi keterangan kepada wartawan, baru-baru ini.",
])
def test_a_photo_caption_above_a_dateline_lede(tmp_path, caption):
    title = "Kota Contoh Bangun Tanggul Baru untuk Cegah Banjir Tahunan"
    text = page(title, caption, lede("KOTA CONTOH, Kabarcontoh.id – ", FLOOD))
    check(tmp_path, text, Truth(title=title, place="Kota Contoh", outlet="Kabarcontoh.id"), sentences(FLOOD), [caption])


def test_a_deck_above_a_dateline_lede_stays(tmp_path):
    title = "Kota Contoh Bangun Tanggul Baru untuk Cegah Banjir Tahunan"
    deck = "Proyek senilai puluhan miliar rupiah itu diharapkan mengakhiri banjir yang datang setiap Januari."
    text = page(title, deck, lede("KOTA CONTOH, Kabarcontoh.id – ", FLOOD))
    check(tmp_path, text, Truth(title=title, place="Kota Contoh", outlet="Kabarcontoh.id"), sentences(FLOOD) + [deck], [])


@pytest.mark.parametrize("teaser", [
    "READ  Lima Pasar Tradisional Kota Contoh Kembali Buka Hingga Malam",
    "Baca artikel menarik lainnya, di sini: Lima Pasar Tradisional Kota Contoh Kembali Buka Hingga Malam",
])
def test_teasers_of_set_s_labels(tmp_path, teaser):
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[:2], teaser, ps[2:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [teaser])


def test_a_notice_naming_the_outlet_it_was_adapted_from(tmp_path):
    notice = "Berita ini disadur dari Antara Kalbar"
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps, notice)
    doc = check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("ANTARA",)), sentences(RICE), [notice])
    assert any(ln.rule == "credit.source" for ln in doc.lines)


def test_a_label_whose_colon_went_down_a_line(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps, "Editor", ": Dewi Lestari")
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", editors=("Dewi Lestari",)), sentences(RICE),
          ["Editor", ": Dewi Lestari"])


def test_a_short_name_after_a_weak_cue_that_reports(tmp_path):
    said = "Pasukan itu harus berasal dari negara yang netral, demikian laporan Telegraph mengutip sumber diplomatik."
    ps = lede("JAKARTA – ", RICE)
    text = page(TITLE, ps[0], said, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("The Telegraph",)), sentences(RICE) + [said], [])


# Probe sets BB-DN (2026-12): a caption closed by the photo's day and year, one of the three lines above a dateline
# lede (a deck may stand between); a deck that closes on a date it announces stays.
@pytest.mark.parametrize("caption", [
    "Petugas memeriksa tanggul yang jebol di tepi Sungai Cibiru, Kota Contoh, Selasa (15/7/2025) malam.",
    "Warga mengungsi ke balai desa setelah tanggul jebol di Kota Contoh, Sabtu 12 Juli 2025.",
])
def test_a_dated_caption_under_the_deck_above_a_dateline_lede(tmp_path, caption):
    title = "Kota Contoh Bangun Tanggul Baru untuk Cegah Banjir Tahunan"
    deck = "Proyek senilai puluhan miliar rupiah itu diharapkan mengakhiri banjir yang datang setiap Januari."
    text = page(title, deck, caption, lede("KOTA CONTOH, Kabarcontoh.id – ", FLOOD))
    check(tmp_path, text, Truth(title=title, place="Kota Contoh", outlet="Kabarcontoh.id"), sentences(FLOOD) + [deck],
          [caption])


@pytest.mark.parametrize("deck", [
    "Pembangunan tanggul baru di tepi Sungai Cibiru akan dimulai pada 1 September 2025.",
    "Wali kota menyebut proyek itu rampung sebelum musim hujan, Selasa (15/7/2025).",
])
def test_a_deck_closing_on_a_date_above_a_dateline_lede_stays(tmp_path, deck):
    title = "Kota Contoh Bangun Tanggul Baru untuk Cegah Banjir Tahunan"
    text = page(title, deck, lede("KOTA CONTOH, Kabarcontoh.id – ", FLOOD))
    event = dt.date(2025, 7, 15) if "(15/7/2025)" in deck else None  # the deck's day is an event's, read as such
    check(tmp_path, text, Truth(title=title, place="Kota Contoh", outlet="Kabarcontoh.id", event=event),
          sentences(FLOOD) + [deck], [])
