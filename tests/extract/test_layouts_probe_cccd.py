"""Layouts met on probe sets CC (2026-12: new pages of major Indonesian outlets) and CD (pages of small sites new to
sikap): this stop's fix round, with CA and CB held out.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: a site's one-word masthead before its town in the dateline (glued to an outlet word, or a
bare brand); a dateline in styled letters; a town and the site's host joined by a hyphen; a featured-story box
opening the page; the Hijri date of a top bar; an image's address left as text; a network's site-wide chrome; a
partly republished story's notice; a credit typed in lower case; a caption closed by a dashed credit line; a photo's
host credit over the text's own dateline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import DIPLOMACY, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check, run_page, source_id
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("head, outlet, date", [("KABARNEWS Sleman, 20 Mei 2025 — ", "KABARNEWS", dt.date(2025, 5, 20)),
                                                ("Lensaku Sleman — ", "Lensaku", None),
                                                ("Wartapost Sleman - ", "Wartapost", None)])
def test_a_sites_one_word_masthead_before_its_town(tmp_path, head, outlet, date):
    text = page(TITLE, lede(head, RICE))
    truth = Truth(title=TITLE, place="Sleman", outlet=outlet, published=date, basis=date and "dateline")
    doc = check(tmp_path, text, truth, sentences(RICE), [])
    assert doc.meta["dateline_place"] == "Sleman"


@pytest.mark.parametrize("head, place", [("Jalur Gaza — ", "Jalur Gaza"), ("Pasar Minggu - ", "Pasar Minggu"),
                                         ("Polres Sleman – ", "Polres Sleman"), ("Radar Sleman – ", None)])
def test_a_places_head_word_or_an_outlets_name_before_a_town_is_no_masthead(tmp_path, head, place):
    # guard: "Jalur", "Pasar" open places' names, "Polres" an office's, and "Radar Sleman" is one outlet's name
    doc = run_page(tmp_path, page(TITLE, lede(head, RICE)))
    assert doc.meta.get("source_id") not in ("jalur", "pasar", "polres", "radar")
    if place is None:
        assert doc.meta.get("dateline_place") is None
    assert all(s in doc.text for s in sentences(RICE))


def test_a_dateline_in_styled_letters(tmp_path):
    text = page(TITLE, lede("Sleman,𝙠𝙖𝙗𝙖𝙧𝙘𝙤𝙣𝙩𝙤𝙝.𝙘𝙤𝙢 – ", RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta["dateline_place"] == "Sleman" and doc.meta["source_id"] == "kabarcontoh.com"
    assert all(s in doc.text for s in sentences(RICE))


def test_a_town_and_the_sites_host_joined_by_a_hyphen(tmp_path):
    text = page(TITLE, lede("Sleman-kabarcontoh.id. ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sleman", outlet="kabarcontoh.id"), sentences(RICE), [])


def test_a_featured_story_box_with_its_headline_opens_the_page(tmp_path):
    box = ["Headline", "Gubernur Contoh Lantik Tiga Kepala Dinas Baru", "Pelantikan digelar di aula kantor gubernur."]
    text = page("date 2025-08-19", box, TITLE, "Budi Santoso", "19/8/2025 22:13", lede("", RICE))
    truth = Truth(title=TITLE, authors=("Budi Santoso",), published=dt.date(2025, 8, 19), basis="date_line")
    check(tmp_path, text, truth, sentences(RICE), box + ["19/8/2025 22:13"])


def test_a_rubric_over_the_pages_own_headline_and_deck_is_no_box(tmp_path):
    # guard: a rubric word over the headline and its one-sentence deck is the page's own header
    deck = "Harga beras di pasar tradisional kembali naik pekan ini."
    text = page("Nasional", TITLE, deck, lede("JAKARTA – ", RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta["title"] == TITLE and all(s in doc.text for s in sentences(RICE))


def test_the_hijri_date_of_a_top_bar(tmp_path):
    bar = "22 Ramadhan 1446 HSabtu, 22 Maret 2025"
    text = page(bar, "Jakarta", TITLE, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [bar])


def test_an_images_address_left_as_text(tmp_path):
    residue = ":quality(30):format(webp):focal(0.5x0.5:0.5x0.5)/contoh/foto/bank/originals/pasar-beras.jpg)"
    text = page(TITLE, lede("KOTA CONTOH – ", RICE), residue)
    check(tmp_path, text, Truth(title=TITLE, place="Kota Contoh"), sentences(RICE), [residue])


def test_a_tv_networks_site_wide_chrome(tmp_path):
    top = ["Get iNews App with new looks!", "Advertisement . Scroll to see content"]
    tail = ["Lihat Berita Lainnya", "iNews Network",
            "Kami membuka kesempatan bagi Anda yang ingin menjadi pebisnis media melalui program iNews.id Network. "
            "Klik lebih lanjut"]
    text = page(top, TITLE, lede("JAKARTA, iNews.id - ", RICE), tail)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="iNews.id"), sentences(RICE), top + tail)


def test_a_comment_contests_prompts_under_the_text(tmp_path):
    tail = ["Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang!",
            "Data dirimu akan digunakan untuk verifikasi akun ketika kamu membutuhkan bantuan."]
    text = page(TITLE, lede("JAKARTA, KOMPAS.com - ", RICE), tail)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="KOMPAS.com"), sentences(RICE), tail)


def test_a_partly_republished_storys_notice(tmp_path):
    notice = "Sebagian artikel ini telah tayang di Kabarcontoh.com dengan judul Harga Beras Naik Lagi"
    text = page(TITLE, lede("TRIBUNNEWS.COM - ", RICE), notice)
    check(tmp_path, text, Truth(title=TITLE, outlet="TRIBUNNEWS.COM", attributions=("Kabarcontoh.com",)),
          sentences(RICE), [notice])


def test_a_credit_typed_in_lower_and_mixed_case(tmp_path):
    line = "Penulis: budi santoso pratama | Editor: Dewi lestari Putri"
    text = page(TITLE, line, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", authors=("Budi Santoso Pratama",),
                                editors=("Dewi Lestari Putri",)), sentences(RICE), [line])


@pytest.mark.parametrize("line", ["Editor: ADI", "Editor: iNews"])
def test_capitals_and_a_brands_inner_capital_are_not_typed_names(line):
    # guard: initials and a brand are never title-cased into a person's name
    from sikap.pipeline.extract.credit_verdicts import credit_verdict

    assert credit_verdict(line, len(line.split())) is None


def test_captions_closed_by_a_dashed_credit_between_paragraphs(tmp_path):
    ps = paragraphs(DIPLOMACY)
    chrome = ["Kabar Militer: Rudal pertahanan udara buatan Amerika Serikat (AS)", "- Contoh Images/Budi Santoso"]
    text = page(TITLE, "JAKARTA – " + ps[0], ps[1], chrome, ps[2:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(DIPLOMACY), chrome)


def test_a_quotation_closed_by_its_speaker_stays(tmp_path):
    # guard: a quotation ends with a mark; the speaker's line under it is the text's
    ps = paragraphs(DIPLOMACY)
    quote, speaker = "“Perdamaian hanya lahir dari keadilan bagi semua pihak.”", "- Soekarno"
    text = page(TITLE, "JAKARTA – " + ps[0], ps[1], quote, speaker, ps[2:])
    doc = run_page(tmp_path, text)
    assert quote in doc.text and all(s in doc.text for s in sentences(DIPLOMACY))


def test_a_photos_host_credit_over_the_texts_own_dateline(tmp_path):
    caption = "Warga mengantre beras murah di pasar induk kota pada Rabu pagi. - Warga mengantre beras murah."
    text = page(TITLE, "Fotocontoh.com", caption, lede("TRIBUNNEWS.COM - ", RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta["source_id"] == "tribunnews"
    assert all(s in doc.text for s in sentences(RICE)) and "Fotocontoh.com" not in doc.text


def test_an_endless_scrolls_and_an_auto_posters_notices(tmp_path):
    tail = ["No More Posts Available.", "No more pages to load.",
            "This article is automatically posted by Contoh AutoPost Plugin"]
    text = page(TITLE, lede("JAKARTA – ", RICE), tail)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), tail)


@pytest.mark.parametrize("line, source", [
    ("“Kami menunggu jawaban mereka,” kata seorang pejabat melalui panggilan telepon dengan Reuters.", "Reuters"),
    ("Pembicaraan itu membahas upaya gencatan senjata, terang pernyataan kantor presiden, dilansir Arab Weekly.",
     "Arab Weekly"),
    ("Hanya empat negara yang mendukung resolusi itu, menurut laporan UN News.", "UN News")])
def test_a_statement_given_in_a_call_and_foreign_outlets_cited(tmp_path, line, source):
    ps = paragraphs(DIPLOMACY)
    text = page(TITLE, "JAKARTA – " + ps[0], line, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=(source,)), sentences(DIPLOMACY) + [line],
          [])


def test_a_national_dailys_sign_off_naming_the_agency_by_its_code(tmp_path):
    text = page(TITLE, lede("", DIPLOMACY), "(Ant/I-3)")
    check(tmp_path, text, Truth(title=TITLE, attributions=("ANTARA",)), sentences(DIPLOMACY), ["(Ant/I-3)"])


def test_a_wire_storys_dateline_then_the_sites_host(tmp_path):
    text = page(TITLE, lede("JERUSALEM (Reuters), kabarcontoh.id – ", DIPLOMACY))
    check(tmp_path, text, Truth(title=TITLE, place="Yerusalem", outlet="kabarcontoh.id", attributions=("Reuters",)),
          sentences(DIPLOMACY), [])


# -- probe sets CG (major outlets) and CH (new sites): the second round ------------------------------------------


def test_a_byline_naming_the_writers_outlet_before_the_date(tmp_path):
    line = "Budi Santoso Pratama, Okezone · Kamis 12 April 2018 18:03 WIB"
    text = page(TITLE, line, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="Okezone", authors=("Budi Santoso Pratama",),
                                published=dt.date(2018, 4, 12), basis="byline"), sentences(RICE), [line])


def test_read_also_in_parentheses_a_pictures_export_and_a_most_commented_list(tmp_path):
    ps = paragraphs(RICE)
    teaser = "(Baca Juga: Harga Cabai Rawit Turun Tajam di Pasar Induk Kota Contoh)"
    picture = '<image>data:image/s3,"s3://crabby-images/c2b6e/c2b6e74e5afc41fa3eae7abfe00a0bf69c04af17" alt="Pasar Contoh"</image>'
    tail = ["Komentar Terbanyak", "Ternyata Ini Penyebab Antrean Panjang di Pasar Induk Kota Contoh",
            "Dapatkan berita terkini dan kejutan menarik dari Kabarcontoh.com, Klik Disini untuk mendaftar!"]
    text = page(TITLE, picture, "JAKARTA – " + ps[0], teaser, ps[1:], tail)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [teaser, picture] + tail)


@pytest.mark.parametrize("head, outlet", [("KABAR CONTOH– ", "KABAR CONTOH"), ("PANTAU KOTA– ", "PANTAU KOTA"),
                                          ("SLEMANVOICE – ", "SLEMANVOICE")])
def test_sites_named_with_a_watch_or_voice_word(tmp_path, head, outlet):
    text = page(TITLE, lede(head, RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet=outlet), sentences(RICE), [])


def test_a_town_and_the_sites_host_joined_by_an_underscore(tmp_path):
    text = page(TITLE, lede("Sleman_KabarContoh.id. ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sleman", outlet="KabarContoh.id"), sentences(RICE), [])


def test_a_brands_one_word_name_over_the_date_line_is_the_outlet(tmp_path):
    text = page(TITLE, "KabarContoh", "Jumat, 15 Agustus 2025, 10:49 WIB", lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="KabarContoh", published=dt.date(2025, 8, 15), basis="date_line"),
          sentences(RICE), ["KabarContoh", "Jumat, 15 Agustus 2025, 10:49 WIB"])


def test_the_site_and_its_place_over_the_lede_with_the_date(tmp_path):
    line = "Kabarnews, Sukamaju – 14 Februari 2026"
    text = page(TITLE, line, lede("", RICE))
    doc = check(tmp_path, text, Truth(title=TITLE, outlet="Kabarnews", published=dt.date(2026, 2, 14), basis="date_line"),
                sentences(RICE), [line])
    assert doc.meta["authors"] == []


def test_a_syndicated_storys_notice_in_translation(tmp_path):
    notice = "(Kecuali judulnya, cerita ini belum diedit oleh staf Kabar Contoh dan diterbitkan dari feed sindikasi.)"
    text = page(TITLE, lede("BEIRUT – ", DIPLOMACY), notice)
    check(tmp_path, text, Truth(title=TITLE, place="Beirut"), sentences(DIPLOMACY), [notice])


def test_a_themes_demo_tagline_a_show_button_and_a_date_line_cut_by_the_pages_end(tmp_path):
    tail = ["Komentar", "Tampilkan", "Get the latest creative news from FooBar about art, design and business.",
            "Rabu, 10 Novemb"]
    text = page(TITLE, lede("JAKARTA – ", RICE), tail)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), tail[1:])


def test_a_labelled_caption_under_a_deck_over_the_texts_own_dateline(tmp_path):
    deck = "Harga beras medium di pasar tradisional kembali naik pekan ini."
    caption = "ANTREAN BERAS - Warga mengantre beras murah di pasar induk Kota Contoh, Rabu (15/10/2025)."
    text = page(TITLE, deck, "Kabarcontoh.com", caption, lede("KABARCONTOH.COM - ", RICE))
    doc = run_page(tmp_path, text)
    assert caption not in doc.text and all(s in doc.text for s in sentences(RICE))
    assert doc.meta["source_id"] == source_id("KABARCONTOH.COM")


def test_a_follow_widget_naming_the_sites_other_articles(tmp_path):
    widget = "BACA ARTIKEL PARTAI CONTOH JAWA TENGAH LAINNYA DI GOOGLE NEWS"
    text = page(TITLE, lede("SLEMAN – ", RICE), widget)
    check(tmp_path, text, Truth(title=TITLE, place="Sleman", outlet="PARTAI CONTOH JAWA TENGAH"), sentences(RICE), [widget])


# -- probe sets CI (major outlets) and CJ (new sites): the third round ------------------------------------------


def test_a_town_and_the_sites_host_alone_over_the_lede(tmp_path):
    text = page(TITLE, "Sleman-kabarcontoh.id", paragraphs(RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sleman", outlet="kabarcontoh.id"), sentences(RICE), [])


def test_a_town_then_its_provinces_short_name(tmp_path):
    text = page(TITLE, lede("SEKADAU-KALBAR, KABARCONTOH – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sekadau", outlet="KABARCONTOH"), sentences(RICE), [])


def test_a_date_line_with_the_hour_first(tmp_path):
    line = "4:08 am - Friday December 6, 2019"
    text = page(TITLE, line, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", published=dt.date(2019, 12, 6), basis="date_line"),
          sentences(RICE), [line])


def test_the_hour_and_day_opening_the_page_are_a_themes_clock(tmp_path):
    # the page's first line, over the headline: the clock of the day the page was served, no date of the story
    line = "4:08 am - Friday December 6, 2019"
    text = page(line, TITLE, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [line])


def test_an_agency_named_alone_over_the_writers_credit(tmp_path):
    text = page(TITLE, lede("Istanbul (ANTARA) - ", DIPLOMACY), "Anadolu", "Pewarta : Dewi Lestari")
    check(tmp_path, text, Truth(title=TITLE, place="Istanbul", outlet="ANTARA", authors=("Dewi Lestari",),
                                attributions=("Anadolu",)), sentences(DIPLOMACY), ["Anadolu"])


def test_a_pool_photographers_credit_closing_each_paragraph_of_a_gallery(tmp_path):
    credit = " (Budi Santoso, Pool Photo via AP)"
    ps = paragraphs(RICE) + paragraphs(DIPLOMACY)
    text = page(TITLE, ps[0], [p + credit for p in ps[1:]])
    doc = run_page(tmp_path, text)
    assert "Pool Photo" not in doc.text and not doc.meta.get("attributions")
    assert all(s in doc.text for s in sentences(RICE) + sentences(DIPLOMACY))


def test_a_sections_name_glued_to_the_headline(tmp_path):
    text = page("Nusantara" + TITLE, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [])


def test_a_photo_label_and_its_bulleted_credit_between_paragraphs(tmp_path):
    ps = paragraphs(RICE)
    chrome = ["Pedagang beras di pasar induk Kota Contoh.", "Photo :", "• Kabarcontoh.co.id"]
    text = page(TITLE, "JAKARTA – " + ps[0], ps[1], chrome, ps[2:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), chrome)


@pytest.mark.parametrize("head, outlet", [("Kabarnews", "Kabarnews"), ("Wartadaily", "Wartadaily")])
def test_a_sites_name_glued_to_the_ledes_first_word(tmp_path, head, outlet):
    text = page(TITLE, lede(head, RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta["source_id"] == source_id(outlet) and all(s in doc.text for s in sentences(RICE))


def test_a_capitalised_compound_opening_the_lede_is_no_site(tmp_path):
    # guard: two words glued by a typo are no masthead unless the first ends with an outlet's word
    doc = run_page(tmp_path, page(TITLE, lede("Menteri", RICE)))  # "MenteriHarga beras ..."
    assert doc.meta.get("source_id") is None


def test_a_short_site_name_in_lower_case(tmp_path):
    text = page(TITLE, lede("abnews – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="abnews"), sentences(RICE), [])
