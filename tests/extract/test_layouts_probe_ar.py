"""Layouts of major Indonesian outlets met on probe set AR (2026-12: new pages of national portals and their
regional networks; this stop's third fix round, with AN held out).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: a results list closing a sports story; a day labourer's 'harian'; a footer menu glued into
one line; a subscription call, a comment disclaimer, a share label; a copyright line with the year first and an app's
version; an outlet's team credited; a gallery printed slide by slide; a caption closed by '/Agency/'; a network's
word signing off; foreign broadcasters cited; a partner's story republished with its writer.
"""

from __future__ import annotations

from tests.extract.corpus import DIPLOMACY, FOOTBALL, QUAKE, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check, run_page, source_id
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"
BALL_TITLE = "Timnas Putri Melaju ke Semifinal Usai Kalahkan Tuan Rumah"


def test_a_results_list_closing_a_sports_story_is_the_storys(tmp_path):
    results = ["Hasil Timnas Putri di Turnamen", "10 Mei: Timnas Putri 3-0 Tim Contoh Utara",
               "7 Mei: Tim Contoh Selatan 1-1 Timnas Putri", "4 Mei: Timnas Putri 2-0 Tim Contoh Ba"]
    text = page(BALL_TITLE, lede("JAKARTA – ", FOOTBALL), results)
    check(tmp_path, text, Truth(title=BALL_TITLE, place="Jakarta"), sentences(FOOTBALL) + results, [])


def test_related_headlines_closing_a_page_still_go(tmp_path):
    # guard: three Title Case headlines under the text, no day opening them, are another box's
    related = ["Stok Beras di Gudang Bulog Aman Sampai Akhir Tahun", "Petani Kota Contoh Panen Raya Lebih Awal",
               "Harga Cabai Rawit Turun Tipis di Pasar Induk"]
    text = page(TITLE, lede("JAKARTA – ", RICE), related)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), related)


def test_a_day_labourers_daily_is_no_outlet(tmp_path):
    line = "Salah satu tersangka merupakan seorang Pekerja Harian Lepas (PHL) di sebuah gudang beras di Kota Contoh."
    ps = paragraphs(RICE)
    text = page(TITLE, "Kota Contoh (ANTARA) - " + ps[0], line, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Kota Contoh", outlet="ANTARA"), sentences(RICE) + [line], [])


def test_page_chrome_of_national_portals(tmp_path):
    chrome = ["Nyaman tanpa iklan. Langganan KabarPro",
              "Bagikan artikel ini melalui"]
    footer = ["Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.",
              "Tentang KamiPedoman Media SiberKetentuan & Kebijakan PrivasiPanduan KomunitasIklanKarir",
              "2025 © PT Contoh Media Network", "Version 1.94.0"]
    text = page(chrome[0], TITLE, chrome[1], lede("JAKARTA – ", RICE), footer)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), chrome + footer)


def test_an_outlets_team_credited_is_no_person(tmp_path):
    # the byline over the portal's date line, as a national portal prints it
    byline = "Tim Detikcom - detikNews"
    text = page(TITLE, byline, "Sabtu, 13 Jan 2024 12:09 WIB", lede("JAKARTA – ", RICE))
    doc = run_page(tmp_path, text)
    assert not doc.meta.get("authors") and byline not in doc.text
    assert doc.meta["source_id"] == source_id("Detikcom")  # the team's outlet names the page


def test_a_gallery_printed_slide_by_slide(tmp_path):
    slides = ["1/3 Warga mengantre beras murah di pasar induk Kota Contoh, Rabu (19/3/2025). (ANTARA)",
              "2/3 Warga mengantre beras murah di pasar induk Kota Contoh, Rabu (19/3/2025). (ANTARA)",
              "3/3 Warga mengantre beras murah di pasar induk Kota Contoh, Rabu (19/3/2025). (ANTARA)"]
    texts = ["Harga beras medium di pasar tradisional naik menjadi Rp13.200 per kilogram dalam sepekan terakhir.",
             "Pemerintah daerah berjanji menggelar operasi pasar di 12 titik mulai pekan depan.",
             "Stok cadangan di gudang dinyatakan cukup hingga tiga bulan ke depan."]
    credits = ["(ANTARA/Budi Santoso)", "(ANTARA/Dewi Lestari)"]
    body = [slides[0], texts[0] + " " + credits[0], slides[1], texts[1] + " " + credits[1], slides[2], texts[2]]
    text = page("Foto Ekonomi", TITLE, "Kamis, 20/03/2025 10:00 WIB",
                "Kenaikan itu dipicu berkurangnya pasokan dari sentra produksi setelah musim panen berakhir.", body)
    doc = run_page(tmp_path, text)
    assert all(s in doc.text for s in texts)
    assert not any(s in doc.text for s in slides + credits)


def test_a_caption_closed_by_an_agency_between_slashes(tmp_path):
    caption = "Petugas membagikan beras murah kepada warga di pasar induk Kota Contoh pada pagi hari. /Antara/"
    text = page(TITLE, caption, lede("KABARCONTOH - ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="KABARCONTOH"), sentences(RICE), [caption])


def test_a_networks_word_signing_off_is_no_person(tmp_path):
    ps = paragraphs(RICE)
    text = page(TITLE, "JAKARTA – " + ps[0], ps[1], ps[2] + " (Tribun)")
    doc = run_page(tmp_path, text)
    assert not doc.meta.get("authors")


def test_foreign_broadcasters_cited(tmp_path):
    ps = paragraphs(DIPLOMACY)
    lines = ["Menurut RTP, kedua menteri juga membahas pengiriman bantuan kemanusiaan ke kawasan itu.",
             "\"Kerja sama ini baru permulaan,\" kata salah satu menteri, dikutip dari ANews."]
    text = page(TITLE, "JAKARTA – " + ps[0], lines, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("RTP", "A News")),
          sentences(DIPLOMACY) + lines, [])


def test_a_partners_story_republished_with_its_writer(tmp_path):
    notice = "Artikel ini diproduksi oleh Rina Kartikasari dari ABC News."
    text = page(TITLE, lede("JAKARTA – ", QUAKE), notice)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", authors=("Rina Kartikasari",), attributions=("ABC News",)),
          sentences(QUAKE), [notice])
