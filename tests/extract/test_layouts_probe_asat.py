"""Layouts met on probe sets AS (2026-12: new pages of major Indonesian outlets) and AT (pages of small sites new to
sikap): this stop's fourth fix round, with AM, AQ and AN held out.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: an outlet's team as the byline; a reading time glued to the dateline; a place's name closed
by 'Kiri'; icon names and a picture's file name printed as text; a credit line naming an initial glued to a surname;
a gallery's photo credit closing its text; an agency named alone under the text; an outlet told something.
"""

from __future__ import annotations

from tests.extract.corpus import DIPLOMACY, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_a_reading_time_glued_to_the_dateline(tmp_path):
    text = page(TITLE, lede("2 min readSukamaju | Kabarcontoh.com – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sukamaju", outlet="Kabarcontoh.com"), sentences(RICE),
          ["2 min read"])


def test_a_places_name_closed_by_kiri(tmp_path):
    text = page(TITLE, lede("Kampar Kiri - ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Kampar Kiri"), sentences(RICE), [])


def test_icon_names_and_a_pictures_file_name_printed_as_text(tmp_path):
    chrome = ["sosmed-whatsapp-white", "copy-link-circle", "more-vertical", "zoom-in-whitePerbesar",
              "WhatsApp Image 2022 03 25 at 18.25.14"]
    text = page(TITLE, chrome, lede("JAKARTA – ", RICE), "slot-iklan-300x100")
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), chrome + ["slot-iklan-300x100"])


def test_a_hyphenated_word_in_the_text_stays(tmp_path):
    # guard: a line of the text holding hyphenated words is no icon's name
    line = "Warga menyebut harga-harga naik turun-temurun setiap tahun-tahun belakangan ini."
    ps = paragraphs(RICE)
    text = page(TITLE, "JAKARTA – " + ps[0], line, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE) + [line], [])


def test_a_credit_line_with_an_initial_glued_to_the_surname(tmp_path):
    line = "Reporter: Wahyu Tri Rahmawati | Editor: Wahyu T.Rahmawati"
    text = page(line, lede("KABARCONTOH.CO.ID - JAKARTA. ", RICE))
    check(tmp_path, text, Truth(place="Jakarta", outlet="KABARCONTOH.CO.ID", authors=("Wahyu Tri Rahmawati",),
                                editors=("Wahyu T. Rahmawati",)), sentences(RICE), [line])


def test_a_galleries_photo_credit_closing_its_text_is_no_signoff(tmp_path):
    credit = "(ANTARA/Budi Santoso)"
    slides = ["1/3 Warga mengantre beras murah di pasar induk, Rabu (15/10/2025). (ANTARA)",
              "2/3 Warga mengantre beras murah di pasar induk, Rabu (15/10/2025). (ANTARA)",
              "3/3 Warga mengantre beras murah di pasar induk, Rabu (15/10/2025). (ANTARA)"]
    texts = ["Harga beras medium di pasar tradisional naik menjadi Rp13.200 per kilogram dalam sepekan terakhir.",
             "Pemerintah daerah berjanji menggelar operasi pasar di 12 titik mulai pekan depan.",
             "Stok cadangan di gudang dinyatakan cukup hingga tiga bulan ke depan."]
    body = [x for pair in zip(slides, (t + " " + credit for t in texts)) for x in pair]
    text = page("Foto Ekonomi", TITLE, "ANTARA, Kabar Contoh", "Rabu, 15/10/2025 18:25 WIB",
                "Kenaikan itu dipicu berkurangnya pasokan dari sentra produksi setelah musim panen berakhir.", body)
    doc = run_page(tmp_path, text)
    assert not doc.meta.get("authors")
    assert all(t in doc.text for t in texts) and credit not in doc.text


def test_an_agency_named_alone_under_the_text(tmp_path):
    text = page(TITLE, lede("Istanbul (ANTARA) - ", DIPLOMACY), "Anadolu.", "Editor: Dewi Lestari")
    check(tmp_path, text, Truth(title=TITLE, place="Istanbul", outlet="ANTARA", editors=("Dewi Lestari",),
                                attributions=("Anadolu",)), sentences(DIPLOMACY), ["Anadolu."])


def test_an_outlet_told_something(tmp_path):
    line = "Seorang konsultan ekonomi mengatakan kepada The Media Line bahwa harga gandum akan terus naik."
    ps = paragraphs(RICE)
    text = page(TITLE, "JAKARTA – " + ps[0], line, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("The Media Line",)),
          sentences(RICE) + [line], [])


def test_a_caption_opened_by_the_sites_name_over_its_dateline(tmp_path):
    caption = "KABARCONTOH.COM - Pembeli memadati pasar induk Kota Contoh, Sabtu (23/5/2020). (Kabar/Budi Santoso)"
    text = page(caption, TITLE, lede("Kabarcontoh.com, SURABAYA — ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Surabaya", outlet="Kabarcontoh.com"), sentences(RICE), [caption])


def test_a_network_sites_zone_name_in_the_datelines_place(tmp_path):
    text = page(TITLE, lede("ZONA CONTOH - ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="ZONA CONTOH"), sentences(RICE), [])


def test_captions_closed_by_a_dash_and_the_courtesy_word_or_foto_by(tmp_path):
    captions = ["Ilustrasi banjir di Kota Contoh saat badai tahun lalu. - Ist",
                "Peserta pelatihan berfoto bersama di aula balai kota, Senin, 28/11/22. Foto By : kabarcontoh."]
    text = page(TITLE, captions, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), captions)


def test_a_sponsored_teaser_between_paragraphs(tmp_path):
    teaser = "Promosi Mobil Contoh X1: Stylish untuk Wanita, Praktis buat Ibu Muda"
    ps = paragraphs(RICE)
    text = page(TITLE, "JAKARTA – " + ps[0], teaser, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [teaser])


def test_a_pictures_file_name_glued_to_a_paragraph(tmp_path):
    name = "WhatsApp Image 2022 03 25 at 18.25.12"
    ps = paragraphs(RICE)
    text = page(TITLE, "JAKARTA – " + ps[0], name + ps[1], ps[2])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [name])


def test_a_themes_create_by_stamp_names_nobody(tmp_path):
    text = page(TITLE, "Create By 22 January 2021", lede("JAKARTA – ", RICE))
    doc = run_page(tmp_path, text)
    assert not doc.meta.get("authors")


def test_a_headline_opened_by_a_country_over_its_date_line(tmp_path):
    title = "Rusia - Ukraina Kian Memanas, Harga Beras di Kota Contoh Melonjak!"
    text = page(title, "31 Oktober 2022 19:55 WIB", lede("", RICE))
    check(tmp_path, text, Truth(title=title, published=__import__("datetime").date(2022, 10, 31), basis="date_line"),
          sentences(RICE), [])


def test_a_country_dateline_over_the_lede_stays(tmp_path):
    # guard: a place and a dash opening the lede, its date line above the headline, is the dateline
    text = page(TITLE, "31 Oktober 2022 19:55 WIB", lede("Rusia - ", RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta.get("dateline_place") == "Rusia"


def test_a_photos_source_alone_is_no_headline(tmp_path):
    source = "Dok. Akun Instagram Kantor Contoh"
    text = page(source, "Penulis: Dewi Lestari", "Kabarcontoh, Jakarta", paragraphs(RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta.get("title") != source and source not in doc.text
