"""Layout fixtures for stop 36's rounds (2026-12), in invented words. Same conventions as test_layouts.py
(invented text, whole truth). Cases of one shape share a parametrized test; the id says what each case is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("line,published,authors", [
    pytest.param("Rabu, 10 Juli 2019 - 18:00 | 119.91k", dt.date(2019, 7, 10), (), id="a view counter in thousands"),
    pytest.param("By On Sabtu, Maret 30, 2024", dt.date(2024, 3, 30), (), id="a blog theme's byline, its name lost"),
    pytest.param("By Rina Kartikasari On Sabtu, Maret 30, 2024", dt.date(2024, 3, 30), ("Rina Kartikasari",),
                 id="a blog theme's byline with its name"),
])
def test_date_lines_under_the_headline(tmp_path, line, published, authors):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, line, ps), Truth(title=TITLE, place="Jakarta", published=published,
                                                 basis="byline" if authors else "date_line", authors=authors),
          sentences(RICE), [line])


def test_an_editors_credit_after_the_date_on_the_byline(tmp_path):
    line = "Oleh MC KAB CONTOH, Senin, 7 Agustus 2023 | 13:57 WIB - Redaktur: Juli - 248"
    ps = lede("Kuala Contoh, InfoPublik – ", RICE)
    check(tmp_path, page(":", line, ps), Truth(place="Kuala Contoh", outlet="InfoPublik", published=dt.date(2023, 8, 7),
                                              basis="date_line", editors=("Juli",)),
          sentences(RICE), [":", line])


def test_the_desks_town_after_the_writers_name_is_no_part_of_it(tmp_path):
    line = "Selasa, 3 Oktober 2017 06:20 WIB Abdul Hamid Razak Sleman Share :"
    ps = lede("Kabarcontoh.com, SLEMAN- ", RICE)
    check(tmp_path, page(TITLE, line, ps), Truth(title=TITLE, place="Sleman", outlet="Kabarcontoh.com",
                                                 published=dt.date(2017, 10, 3), basis="byline",
                                                 authors=("Abdul Hamid Razak",)), sentences(RICE), [line])


@pytest.mark.parametrize("head,place,outlet", [
    pytest.param("KABARCONTOH.COM, ", None, "KABARCONTOH.COM", id="a host in capitals closed by a comma"),
    pytest.param("Sukamulya,Kabarcontoh.id-", "Sukamulya", "Kabarcontoh.id", id="a place and a host glued by dashes"),
    pytest.param("kabarcontoh.com :: ", None, "kabarcontoh.com", id="a host closed by a double colon"),
    pytest.param("kabarcontoh.com -.", None, "kabarcontoh.com", id="a host closed by a dash and a stop"),
    pytest.param("Dompu, NTB – kabarcontoh.com ~ ", "Dompu", "kabarcontoh.com", id="the host closed by a tilde"),
    pytest.param("kabarcontoh.com - SURABAYA--", "Surabaya", "kabarcontoh.com", id="a place in capitals glued by a double dash"),
    pytest.param("PortalContoh, ", None, "PortalContoh", id="a name in CamelCase closed by a comma"),
    pytest.param("TASIKMALAYA,KABARCONTOH COM– ", "Tasikmalaya", "KABARCONTOH.COM", id="a host with its dot typed as a space"),
])
def test_dateline_heads(tmp_path, head, place, outlet):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place=place, outlet=outlet), sentences(RICE), [])


def test_a_datelined_lede_under_three_summary_points_set_under_bullets(tmp_path):
    points = ["-", "Pedagang di pasar contoh menyebut harga beras naik tiga kali dalam sebulan.", "-",
              "Pemerintah kota contoh menyiapkan operasi pasar pekan depan.", "-",
              "Stok beras di gudang kota contoh disebut cukup sampai akhir tahun."]
    ps = lede("Suara.com - ", RICE)
    check(tmp_path, page(TITLE, points, ps), Truth(title=TITLE, outlet="Suara.com"),
          sentences(RICE) + [p for p in points if p != "-"], [])


def test_a_breadcrumb_glued_to_the_headline_over_its_path_and_the_headline(tmp_path):
    crumb = f"Beranda headline Jakarta {TITLE}"
    ps = lede("JAKARTA, Kabarcontoh.com – ", RICE)
    check(tmp_path, page(crumb, "headline Jakarta", TITLE, ps), Truth(title=TITLE, place="Jakarta",
                                                                       outlet="Kabarcontoh.com"),
          sentences(RICE), [crumb, "headline Jakarta"])


@pytest.mark.parametrize("chrome", [
    pytest.param("Juga baca: Pasar Contoh Ramai Jelang Lebaran", id="the teaser's label in the other order"),
    pytest.param("Media playback tidak ada di perangkat Anda", id="a broadcaster's video player notice"),
    pytest.param("Laporkan Konten", id="a blog platform's report button"),
    pytest.param("Simak selengkapnya dalam tayangan berikut:", id="a call to watch the broadcast"),
    pytest.param("Silakan tambahkan komentar Anda!", id="a comment prompt"),
    pytest.param("Example 300x600", id="an ad slot's placeholder and size"),
    pytest.param("Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas",
                 id="a network's reuse notice"),
    pytest.param("Rekomendasi Redaksi: Pasar Contoh Ramai Jelang Lebaran", id="the editors' recommendation"),
    pytest.param("Halaman all", id="a pager's show-all link"),
    pytest.param("Tribunnews/ Budi Santoso", id="a photo credit, outlet first, a space after the slash"),
    pytest.param("Kepala Dinas Pangan Kota Contoh, Budi Santoso (kiri), meninjau gudang beras",
                 id="a caption placing its people"),
])
def test_chrome_between_the_paragraphs(tmp_path, chrome):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:2], chrome, ps[2:]), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [chrome])


@pytest.mark.parametrize("tail,authors,outlet", [
    pytest.param("*", (), None, id="a lone star closing the text"),
    pytest.param("(Laporan Wartawan Kabar Contoh, Putri Puspitasari)", ("Putri Puspitasari",), "Kabar Contoh",
                 id="a network's reporter credit in brackets names the writer and the outlet"),
])
def test_marks_glued_after_the_last_sentence(tmp_path, tail, authors, outlet):
    ps = lede("JAKARTA – ", RICE)
    ps[-1] += tail
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", outlet=outlet, authors=authors),
          sentences(RICE), [tail])


def test_a_registered_outlet_a_comma_and_the_place_with_no_dash_before_the_lede(tmp_path):
    ps = lede("Bloomberg Technoz, Jakarta ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", outlet="Bloomberg Technoz"), sentences(RICE), [])


def test_summary_points_opened_by_hyphens_over_the_datelined_lede(tmp_path):
    points = ["- Harga beras naik tiga kali dalam sebulan di pasar kota contoh.",
              "- Pemerintah kota contoh menyiapkan operasi pasar pekan depan.",
              "- Stok beras di gudang disebut cukup sampai akhir tahun."]
    ps = lede("Jakarta, IDN Times - ", RICE)
    check(tmp_path, page(TITLE, points, ps), Truth(title=TITLE, place="Jakarta", outlet="IDN Times"), sentences(RICE),
          points)


def test_a_city_in_capitals_alone_over_the_lede_is_the_dateline(tmp_path):
    deck = "Kenaikan harga beras medium dipicu berkurangnya pasokan dari sentra produksi, menurut pedagang setempat."
    ps = lede("", RICE)
    check(tmp_path, page(TITLE, deck, "WASHINGTON", ps), Truth(title=TITLE, place="Washington"),
          sentences(RICE) + [deck], [])


def test_a_rubric_in_capitals_over_the_headline_is_no_dateline(tmp_path):
    ps = lede("", RICE)
    check(tmp_path, page("JAKARTA", TITLE, ps), Truth(title=TITLE), sentences(RICE), ["JAKARTA"])


def test_the_logos_host_glued_before_a_dateline_printing_the_same_host(tmp_path):
    ps = lede("Kabarcontoh.com KABARCONTOH.COM, JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.COM"), sentences(RICE),
          ["Kabarcontoh.com"])


def test_a_menu_printed_as_bullets_with_a_block_word_among_its_entries(tmp_path):
    menu = ["Kabarcontoh.id", "  • Home", "  • Headline", "  • Daerah", "  • Nasional", "  • Ekonomi", "No Result",
            "View All Result"]
    ps = lede("KABARCONTOH.ID – ", RICE)
    check(tmp_path, page(menu, "Home Daerah Kota Contoh", "", TITLE, "", "14 Mei 2025 17:26", "", ps),
          Truth(title=TITLE, outlet="KABARCONTOH.ID", published=dt.date(2025, 5, 14), basis="date_line"),
          sentences(RICE), menu + ["Home Daerah Kota Contoh", "14 Mei 2025 17:26"])


def test_a_rubric_that_is_also_a_citing_word_over_the_headline(tmp_path):
    ps = lede("", RICE)
    check(tmp_path, page("Opini", TITLE, ps), Truth(title=TITLE), sentences(RICE), ["Opini"])


@pytest.mark.parametrize("sentence,cited", [
    pytest.param("Wartawan AFP mengatakan pasar contoh masih ramai pembeli pada malam hari.", ("AFP",),
                 id="an agency's reporter saw it"),
    pytest.param("Media internasional seperti BBC dan The Guardian menilai langkah itu terlambat.", ("BBC", "The Guardian"),
                 id="outlets named as examples, then their verb of judging"),
    pytest.param("Hal itu disampaikan kepada wartawan di balai kota contoh pada Senin pagi.", (),
                 id="reporters without an outlet name cite nothing"),
    pytest.param("Dua wartawan Al Jazeera tewas dalam serangan udara di kota contoh pada Senin pagi.", (),
                 id="an outlet's reporters reported on cite nothing"),
    pytest.param("\u201cKami harus pindah lagi,\u201d kata Budiman Santosa jurnalis Al Jazeera.", ("Al Jazeera",),
                 id="a foreign outlet's reporter quoted"),
    pytest.param("Wartawan AFP bernama Rina Kartikasari mengatakan pasar masih ramai.", ("AFP",),
                 id="an agency's reporter named, then what he said"),
])
def test_attributions_in_the_text(tmp_path, sentence, cited):
    ps = lede("JAKARTA – ", RICE)
    ps[1] += " " + sentence
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", attributions=cited),
          sentences(RICE) + [sentence], [])


def test_a_programmes_date_line_glued_to_the_lede(tmp_path):
    stamp = "Sapa pagi | 29 November 2017, 08:53 WIB"
    ps = lede("", RICE)
    ps[0] = stamp + ps[0]
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, published=dt.date(2017, 11, 29), basis="date_stamp"),
          sentences(RICE), [stamp])  # (cut off its line as the machine date stamps are, and read as one)


@pytest.mark.parametrize("chrome", [
    pytest.param(["Cari Tahu", "Kumpulan Kuis Menarik", "KUIS: Seberapa Tahu Kamu Soal Pasar Contoh?", "Ikuti Kuisnya ➔",
                  "POLLING: Apa Harga Beras Sudah Wajar?"], id="a quiz and poll widget"),
    pytest.param(["Deprecated: str_replace(): Passing null to parameter #3 ($subject) of type array|string is deprecated"
                  " in /home/contoh/public_html/wp-content/plugins/contoh/lib/related.php on line 627"], id="a PHP warning"),
    pytest.param(["Subcribe Here!", "Enter your email address. It;s free!"], id="a blog's subscription box"),
    pytest.param(["Berita Terkini, Eksklusif di WhatsApp Kabarcontoh.com", "+ Gabung", "Tetap Terhubung Dengan Kami:",
                  "Sebagaimana Diatur Dalam Pasal (1) Ayat (11) Dan (12) Undang-Undang Nomor 40 Tahun 1999 Tentang Pers."],
                 id="a network theme's follow box and press-law footer"),
    pytest.param(["Simak! Video Pilihan Redaksi:"], id="a video teaser's heading"),
])
def test_chrome_blocks_under_the_text(tmp_path, chrome):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps, chrome), Truth(title=TITLE, place="Jakarta"), sentences(RICE), chrome)


def test_a_headline_closed_by_a_full_stop_over_a_datelined_lede(tmp_path):
    title = "Dinas Pangan Kota Contoh Salurkan Beras Murah Kepada Warga."
    ps = lede("KOTA CONTOH, Kabarcontoh. Com – ", RICE)
    check(tmp_path, page(title, ps), Truth(title=title, place="Kota Contoh", outlet="Kabarcontoh.com"), sentences(RICE), [])


def test_an_agencys_bureau_in_the_dateline_is_the_agency(tmp_path):
    ps = lede("Pontianak (Antara Kalbar) - ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Pontianak", outlet="ANTARA"), sentences(RICE), [])


def test_an_english_byline_with_an_ordinal_day(tmp_path):
    line = "May 2nd 2024, 20:42, by Rina Kartikasari, kumparanNEWS"
    ps = lede("", RICE)
    check(tmp_path, page(TITLE, line, ps), Truth(title=TITLE, outlet="kumparanNEWS", published=dt.date(2024, 5, 2),
                                                 basis="byline", authors=("Rina Kartikasari",)), sentences(RICE), [line])


def test_other_stories_opened_by_the_sites_dateline_under_the_credit(tmp_path):
    ps = lede("KABARCONTOH.COM,- ", RICE)
    teasers = ["KABARCONTOH.COM,- Menjelang akhir tahun, dinas perhubungan kota contoh menambah armada bus kota…",
               "KABARCONTOH.COM,- Dukung program ketahanan pangan, warga desa contoh menanam jagung di lahan tidur…"]
    check(tmp_path, page(TITLE, ps, "Editor: Husen Contoh", teasers),
          Truth(title=TITLE, outlet="KABARCONTOH.COM", editors=("Husen Contoh",)), sentences(RICE),
          ["Editor: Husen Contoh"] + teasers)


def test_a_bureau_chiefs_role_and_town_before_the_name_in_the_sign_off(tmp_path):
    ps = lede("BOJONEGORO – ", RICE)
    ps[-1] += " (Kabiro Bojonegoro Yahmin)"
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Bojonegoro", authors=("Yahmin",)), sentences(RICE),
          ["(Kabiro Bojonegoro Yahmin)"])


def test_a_menu_printed_twice_over_the_headline(tmp_path):
    menu = ["Terminal Contoh", "Kirim Tulisan", "  • Nusantara", "  • Kuliner", "  • Kampus"]
    ps = lede("", RICE)
    check(tmp_path, page(menu, "Tidak Ada Hasil", "Terminal Contoh", "Kirim Tulisan", TITLE, "16 Maret 2023", ps),
          Truth(title=TITLE, published=dt.date(2023, 3, 16), basis="date_line"), sentences(RICE),
          menu + ["Tidak Ada Hasil", "16 Maret 2023"])


def test_a_pull_quote_over_the_text_that_quotes_it_again(tmp_path):
    quote = ("\u201cKami menjatuhkan pidana penjara selama lima bulan kepada para terdakwa,\u201d bunyi amar putusan yang"
             " dibacakan hakim di pengadilan kota contoh, Kamis (22/9/2022).")
    ps = paragraphs(RICE)
    story = [ps[0], quote, *ps[1:]]
    check(tmp_path, page(quote, story), Truth(event=dt.date(2022, 9, 22)), sentences(RICE) + [quote], [])


def test_a_form_feed_alone_on_the_last_line_is_no_error(tmp_path):
    """Found by the property test (2026-12): a line of a form feed under the text raised IndexError."""
    ps = lede("Istanbul (ANTARA) - ", RICE)
    check(tmp_path, page(TITLE, ps, "\x0c"), Truth(title=TITLE, place="Istanbul", outlet="ANTARA"), sentences(RICE), [])


def test_a_blog_platforms_writer_card_and_notices(tmp_path):
    card = ["Mohon tunggu...", "Rina Mohon Tunggu... Arsitek - Pembaca yang tekun dan penulis lepas di kota contoh.",
            "Laporkan Konten", "Laporkan Akun",
            "Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi.",
            "Bagikan ide kreativitasmu dalam bentuk konten di Kompasiana | Sumber gambar: Freepik"]
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, card, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), card)
