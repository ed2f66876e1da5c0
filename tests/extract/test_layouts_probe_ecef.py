"""Layout fixtures for fix sets EC and EF (stop 32, 2026-12), in invented words: a byline of two writers and the
outlet after a dash, or of names set off by bars; a quotation cut by the page's end under the text; a lede's first
line of a page wrapped at a fixed width under the title; a writer known by one name before the editor's code; the
next page's hook closed by its prompt. Same conventions as test_layouts.py (invented text, whole truth)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_two_writers_and_the_outlet_after_a_dash(tmp_path):
    byline = "Budi Santoso, Rina Marlina - detikNews"
    text = page(TITLE, byline, "Jumat, 22 Nov 2024 20:09 WIB", lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="detikNews", authors=("Budi Santoso", "Rina Marlina"),
                                published=dt.date(2024, 11, 22), basis="date_line"), sentences(RICE), [byline])


def test_writers_set_off_by_bars_are_no_headline(tmp_path):
    byline = "Budi Santoso | Rina Marlina Dewi"
    text = page(byline, "Sabtu, 12 April 2025 | 17:14 WIB", lede("KABARCONTOH.ID - ", RICE))
    doc = check(tmp_path, text, Truth(outlet="KABARCONTOH.ID", authors=("Budi Santoso", "Rina Marlina Dewi"),
                                      published=dt.date(2025, 4, 12), basis="date_line"), sentences(RICE), [byline])
    assert doc.meta.get("title") is None


def test_a_quotation_cut_by_the_pages_end_is_no_credit(tmp_path):
    cut = '"Tolong Kader Pasar Kota Contoh'
    ps = lede("JAKARTA – ", RICE)
    doc = check(tmp_path, page(TITLE, ps, cut), Truth(title=TITLE, place="Jakarta"), sentences(RICE) + [cut], [])
    assert not doc.meta.get("authors")


def test_a_wrapped_ledes_first_line_under_the_title_is_no_teaser(tmp_path):
    lines = ["KOTA CONTOH, KBR - PASAR Contoh nama", "baru dari Pasar Induk Kota Contoh merupakan salah satu pasar",
             "yang bakal menjadi percontohan nasional. Diwakili pedagang", "terbaiknya, pasar itu akan bersaing",
             "di tingkat provinsi tahun depan.", "Betapa tidak.", "Keberhasilan pasar itu meraih penghargaan",
             "perak di ajang lomba pasar sehat pada 2 September lalu", "merupakan tiket untuk maju ke tingkat berikutnya."]
    doc = run_page(tmp_path, page(TITLE, lines))
    assert "PASAR Contoh nama" in doc.text


def test_a_writer_known_by_one_name_before_the_editors_code(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, "(Anggita/ika)"), Truth(title=TITLE, place="Jakarta", authors=("Anggita",)),
          sentences(RICE), ["(Anggita/ika)"])


@pytest.mark.parametrize("hook", ["Apa kata pedagang soal ini? Baca halaman selanjutnya.",
                                  "Stok beras gudang ikut menipis. Baca di halaman selanjutnya.", "(buka halaman 2)"])
def test_the_next_pages_hook_and_its_prompt(tmp_path, hook):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, hook), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [hook])


@pytest.mark.parametrize("heading", ["BACA JUGA", "BERITA TERKAIT"])
def test_dashed_headlines_under_a_related_heading(tmp_path, heading):
    teasers = ["- Harga Cabai di Kota Contoh Naik, Pedagang Sebut 'Panen Gagal'",
               "- Operasi Pasar Digelar di Dua Belas Titik Mulai Pekan Depan",
               "- Gudang Bulog Kota Contoh Siap Salurkan Beras Murah"]
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:2], heading, teasers, ps[2:]), Truth(title=TITLE, place="Jakarta"),
          sentences(RICE), [heading] + teasers)


def test_a_dashed_list_of_the_text_stays(tmp_path):
    items = ["- beras medium naik menjadi Rp13.200 per kilogram;", "- gula pasir naik menjadi Rp17.500 per kilogram;",
             "- minyak goreng curah stabil di Rp15.000 per liter."]
    ps = lede("JAKARTA – ", RICE)
    said = "Dinas perdagangan mencatat perubahan harga sebagai berikut:"
    check(tmp_path, page(TITLE, ps[:2], said, items, ps[2:]), Truth(title=TITLE, place="Jakarta"),
          sentences(RICE) + [said] + [i[2:] for i in items], [])


def test_a_five_word_topic_label_over_the_headline(tmp_path):
    label = "Harga Pangan Naik Jelang Lebaran"
    text = page(label, TITLE, "Editor: Budi Santoso", lede("TRIBUNCONTOH.COM - ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="TRIBUNCONTOH.COM", editors=("Budi Santoso",)), sentences(RICE),
          [label])
