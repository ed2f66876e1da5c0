"""Layout fixtures for stop 33's residue rounds (2026-12), in invented words: sign-offs that small sites type
loosely (an initial closed by a comma, a surname in lower case, a starred code, a numbered desk code after the
last word without a stop), a comment form cut by the page's end, a caption with its source label glued on. Same
conventions as test_layouts.py (invented text, whole truth)."""

from __future__ import annotations

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_an_initial_closed_by_a_comma_is_the_writer(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, "(B, Santoso)"), Truth(title=TITLE, place="Jakarta", authors=("B. Santoso",)),
          sentences(RICE), ["(B, Santoso)"])


@pytest.mark.parametrize("signoff", ["(*Rdw)"])  # ("(Budi santoso)" credits its writer since stop 35)
def test_a_loose_signoff_closing_the_page_credits_nobody(tmp_path, signoff):
    ps = lede("JAKARTA – ", RICE)
    doc = check(tmp_path, page(TITLE, ps, signoff), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [signoff])
    assert not doc.meta.get("authors")


def test_a_numbered_desk_code_after_the_last_word(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    closing = "Pedagang berharap harga segera turun sebelum akhir tahun, pungkasnya (KR.12)"
    doc = run_page(tmp_path, page(TITLE, ps, closing))
    assert "pungkasnya" in doc.text and "KR.12" not in doc.text


def test_a_numbered_article_clause_stays_text(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    closing = "Aturan itu tertuang dalam Pasal 15 ayat (1)"
    doc = run_page(tmp_path, page(TITLE, ps, closing))
    assert "ayat (1)" in doc.text


def test_the_page_cut_inside_a_comment_form(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, "Tinggalkan Balasan", "Alamat e"), Truth(title=TITLE, place="Jakarta"),
          sentences(RICE), ["Tinggalkan Balasan", "Alamat e"])


def test_the_page_cut_in_its_last_word_stays_text(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps, "Pedagang di pasar itu mengaku belum menerima stok tambahan dari gu"))
    assert "belum menerima stok" in doc.text


def test_a_caption_with_its_source_label_glued_on(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    caption = "Menteri Perdagangan Budi Santoso Sumber: Kantor Foto Contoh"
    check(tmp_path, page(TITLE, ps[:1], caption, ps[1:]), Truth(title=TITLE, place="Jakarta"), sentences(RICE),
          [caption])


def test_a_labelled_caption_below_the_dateline(tmp_path):
    ps = lede("KABARCONTOH.COM - ", RICE)
    caption = "HARGA BERAS NAIK - Pedagang menata karung beras di Pasar Induk Kota Contoh sebelum pembeli datang."
    check(tmp_path, page(TITLE, ps[:2], caption, ps[2:]), Truth(title=TITLE, outlet="KABARCONTOH.COM"),
          sentences(RICE), [caption])


def test_a_labelled_caption_printed_twice_without_a_dateline(tmp_path):
    ps = lede("", RICE)
    caption = "HARGA BERAS NAIK - Pedagang menata karung beras di Pasar Induk Kota Contoh sebelum pembeli datang."
    check(tmp_path, page(TITLE, ps[:1], caption, ps[1:3], caption, ps[3:]), Truth(title=TITLE), sentences(RICE),
          [caption])


def test_teasers_sharing_one_word_with_the_story_dropped_into_the_text(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    t1 = "Diprediksi Rilis Bulan Depan, Intip Spesifikasi Ponsel Lipat Terbaru Buatan Korea"
    t2 = "Seratus Stasiun Televisi Berebut Siaran Langsung Piala Dunia Pekan Depan"
    check(tmp_path, page(TITLE, ps[:1], t1, ps[1:2], t2, ps[2:]), Truth(title=TITLE, place="Jakarta"),
          sentences(RICE), [t1, t2])


def test_header_lines_below_the_deck_down_to_an_english_date_line(tmp_path):
    import datetime as dt

    head = "Rice prices test the city's market policy"
    deck = "Even with new stock arriving next week, traders say the city should have acted sooner."
    body = ["Rice prices in the city's traditional markets have risen for a second week in a row, traders said.",
            "The city government has promised to open twelve subsidised stalls from next Monday."]
    text = page(head, deck, "Budi Santoso (The Jakarta Post)", "Premium", "Jakarta", "Mon, April 29, 2024",
                "", body)
    doc = run_page(tmp_path, text)
    assert doc.meta.get("authors") == ["Budi Santoso"]
    assert doc.meta.get("published_date") == dt.date(2024, 4, 29)
    assert all(b in doc.text for b in body) and "Premium" not in doc.text and "April 29" not in doc.text


@pytest.mark.parametrize("chrome", [
    'Belum ada Komentar untuk "Harga Beras Medium Naik Dua Pekan"', "Leave a Comment!", "Table Of Content",
    "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta "
    "Kabarcontoh.com 0811 0000 000 hanya dengan ketik kata kunci yang diinginkan.",
    "Nikmati berita pilihan langsung di ponselmu hanya dengan klik channel WhatsApp ini: https://whatsapp.com/channel/0",
    "Silakan baca konten menarik lainnya dari Kabarcontoh.com di Google Ne",
    "Facebook Kabarcontoh.com Twitter Kabarcontoh.com Pinterest Kabarcontoh.com Whatsapp Kabarcontoh.com",
    "![Pelatihan Ekspor untuk UMKM](https://img.kabarcontoh.com/banner/pelatihan.jpg)", "Â",
    "Pedagang menata karung beras di Pasar Induk Kota Contoh.--", "YouTube Kabar Contoh TV",
    "Tangkapan layar video viral antrean pembeli beras di pasar (Instagram Info Kota/ kiriman @warga_kota)"])
def test_platform_strings_and_portal_calls_under_the_text(tmp_path, chrome):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:2], chrome, ps[2:]), Truth(title=TITLE, place="Jakarta"), sentences(RICE),
          [chrome])


def test_the_lede_printed_again_cut_shorter_under_the_text(tmp_path):
    ps = lede("KABARCONTOH.COM - ", RICE)
    copy = ps[0][:110]
    doc = run_page(tmp_path, page(TITLE, ps, copy, "Silakan baca konten menarik lainnya dari Kabarcontoh.com di Google News"))
    # one article (run_page asserts it: the copy's dateline opens no second one), the copy gone, the lede whole
    assert doc.text.count(copy) == 1 and all(s in doc.text for s in sentences(RICE))
    assert doc.meta.get("source_id") is not None



@pytest.mark.parametrize("line, cited", [
    ("Sinetron keluarga yang tayang di SCTV itu digemari pedagang pasar setiap malam.", []),
    ("Sementara itu, Budi Santoso, Ketua Harian PBVSI menambahkan, pasar akan dibuka pagi.", []),
    ("Jurnalis itu bekerja untuk kantor berita Turkiye, Anadolu Agency, sejak 2015.", []),
    ("Harga beras juga naik di Kuala Lumpur, seperti dilaporkan kantor berita Anadolu Agency.", ["anadolu"]),
    ("Harga beras di Gaza naik tiga kali lipat, seperti dilaporkan Aljazirah pekan ini.", ["al-jazeera"]),
    ("Mengutip\nReuters, harga beras di pasar Asia naik dua persen pekan ini.", ["reuters"]),
    ("Sementara itu, seorang reporter\nReuters mengatakan, menurut seorang pejabat, antrean panjang terjadi.", ["reuters"]),
])
def test_what_names_an_outlet_without_citing_it(tmp_path, line, cited):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps[:2], line, ps[2:]))
    assert sorted(a["source_id"] for a in doc.meta.get("attributions", [])) == cited


def test_a_contact_block_under_its_heading_inside_the_text(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    block = ["Jl. Pasar Baru No. 7 Komp. Ruko Contoh Blok A.3 Kota Contoh", "E-mail: redaksi@kabarcontoh.com",
             "WA/TELP:", "- Redaksi | 0812 3456 789"]
    bio = ("Budi Santoso menulis sejak kuliah di Universitas Contoh. Ia aktif di pers kampus sebelum bergabung dengan "
           "redaksi pada 2010 dan kini memimpin desk ekonomi.")
    doc = run_page(tmp_path, page(TITLE, ps, "Kontak", block, "Share This Article", bio))
    assert all(s in doc.text for s in sentences(RICE)) and not any(b in doc.text for b in block)


def test_an_affiliate_link_between_the_paragraphs(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    link = "Karung Beras Anti Lembab Paling Murah https://shope.ee/1AbCdEfGh"
    check(tmp_path, page(TITLE, ps[:2], link, ps[2:]), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [link])


def test_a_byline_of_a_full_name_and_a_single_name_set_off_by_bars(tmp_path):
    doc = run_page(tmp_path, page("Budi Santoso | Fatimah", "Sabtu, 12 April 2025 | 17:14 WIB", lede("JAKARTA - ", RICE)))
    assert doc.meta.get("authors") == ["Budi Santoso", "Fatimah"] and doc.meta.get("title") is None


def test_a_menu_set_off_by_bars_is_no_byline(tmp_path):
    doc = run_page(tmp_path, page(TITLE, "Politik | Ekonomi Bisnis", lede("JAKARTA - ", RICE)))
    assert not doc.meta.get("authors")


def test_a_writers_name_and_the_editors_code_after_the_speech_verb(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    closing = ("\u201cKami akan terus memantau harga beras di semua pasar tradisional sampai stok kembali normal,\u201d "
               "pungkasnya (Anggi/ika)")
    doc = run_page(tmp_path, page(TITLE, ps, closing))
    assert doc.meta.get("authors") == ["Anggi"] and "(Anggi/ika)" not in doc.text and "pungkasnya" in doc.text


@pytest.mark.parametrize("line", [
    "Seratus Stasiun Televisi Berebut Siaran Langsung Piala Dunia Pekan Depan",  # one loose headline-shaped line
    "Belum ada komentar untuk kasus ini dari pihak pengelola pasar hingga berita ini diturunkan.",  # a sentence
    "PD - PKPN adalah penguatan literasi pedagang pasar yang digelar tiap pekan di Kota Contoh.",  # an abbreviation
])
def test_text_lines_shaped_like_this_stops_chrome_stay(tmp_path, line):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps[:2], line, ps[2:]))
    assert line in doc.text
