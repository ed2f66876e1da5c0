"""Layout fixtures for stop 39's rounds (2026-12), in invented words. Same conventions as test_layouts.py
(invented text, whole truth). Cases of one shape share a parametrized test; the id says what each case is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page
from tests.extract.test_layouts_probe_s37 import rule_of

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("caption", [
    pytest.param("ANTREAN BERAS - Tangkapan layar YouTube Kanal Contoh pada Rabu (17/9/2025), warga mengantre di "
                 "depan gudang beras Kota Contoh.", id="a screenshot"),
    pytest.param("OPERASI PASAR. Foto dari Dinas Perdagangan Kota Contoh, Jumat (3/10/2025). Petugas menimbang beras "
                 "di Pasar Kota Contoh.", id="the label closed by a full stop, a photo sent"),
    pytest.param("HARGA BERAS NAIK - Wali Kota Contoh (kanan) dan Kepala Dinas Perdagangan (kiri) saat meninjau "
                 "Pasar Kota Contoh.", id="people placed in the picture"),
])
def test_a_labelled_caption_that_says_it_is_a_picture(tmp_path, caption):
    lines = ["Editor: Rina Kusuma", "Tangkapan layar YouTube Kanal Contoh A- A+", caption]
    doc = check(tmp_path, page(TITLE, lines, lede("", RICE)), Truth(title=TITLE, editors=("Rina Kusuma",)),
                sentences(RICE), lines)
    assert rule_of(doc, caption) == "caption.photo"


@pytest.mark.parametrize("opening,place,outlet", [
    pytest.param("KABARCONTOH.COM - ", None, "KABARCONTOH.COM", id="an outlet's dateline"),
    pytest.param("SLEMAN - ", "Sleman", None, id="a place's dateline"),
])
def test_a_lede_that_tells_of_a_picture_stays(tmp_path, opening, place, outlet):
    first = ("Tangkapan layar video yang beredar di media sosial memperlihatkan antrean warga di depan gudang beras "
             "Kota Contoh pada Rabu (17/9/2025).")
    ps = [opening + first] + lede("", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place=place, outlet=outlet, event=dt.date(2025, 9, 17)),
          [first] + sentences(RICE), [])


@pytest.mark.parametrize("above", [
    pytest.param([], id="right under the headline"),
    pytest.param(["ANTARA FOTO/Rina Kusuma/abc."], id="under the photo's credit"),
])
def test_a_caption_placing_its_people_over_a_lede_without_dateline(tmp_path, above):
    caption = "Wali Kota Contoh (kiri) dan Kepala Dinas Perdagangan meninjau gudang beras di Kota Contoh, Sabtu (9/11/2024)."
    doc = check(tmp_path, page(TITLE, above, caption, lede("", RICE)), Truth(title=TITLE), sentences(RICE),
                above + [caption])
    assert rule_of(doc, caption) == "caption.photo"


def test_a_dateline_lede_that_places_people_stays(tmp_path):
    first = "Wali Kota Contoh (kiri) dan Kepala Dinas Perdagangan meninjau gudang beras di Kota Contoh, Sabtu (9/11/2024)."
    check(tmp_path, page(TITLE, ["SLEMAN - " + first] + lede("", RICE)),
          Truth(title=TITLE, place="Sleman", event=dt.date(2024, 11, 9)), [first] + sentences(RICE), [])


@pytest.mark.parametrize("said", [
    pytest.param("Dilansir dari Inews.id, stok beras di gudang dinyatakan cukup.", id="a site's domain in its own case"),
    pytest.param("Seperti dilansir Inews.id, stok beras di gudang dinyatakan cukup.", id="behind a longer cue"),
])
def test_a_registered_name_printed_in_another_case_after_a_cue(tmp_path, said):
    ps = lede("", RICE) + [said]
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, attributions=("iNews",)), sentences(RICE) + [said], [])


def test_an_agencys_credit_under_a_paragraph_closed_by_the_texts_end_mark(tmp_path):
    last = ("Langkah pemerintah daerah menunda kenaikan harga menunjukkan komitmen menjaga daya beli warga, sekaligus "
            "menegaskan peran pasar induk dalam rantai pasok beras di Kota Contoh.")
    lines = ["***", "AGENSI/KANTORBERITA"]
    check(tmp_path, page(TITLE, lede("", RICE), last + lines[0], lines[1]), Truth(title=TITLE),
          sentences(RICE) + [last], lines)


@pytest.mark.parametrize("dateline,place,outlet", [
    pytest.param("Ukraina, VIVA Sleman – ", "Ukraina", "VIVA Sleman", id="a country, then a network's regional edition"),
    pytest.param("Jakarta, VIVA Sleman – ", "Jakarta", "VIVA Sleman", id="a province, then the edition"),
    pytest.param("KABARCONTOH.ID (SLEMAN) – ", "Sleman", "KABARCONTOH.ID", id="the host, then the place in brackets"),
])
def test_datelines_of_editions_and_bracketed_places(tmp_path, dateline, place, outlet):
    check(tmp_path, page(TITLE, lede(dateline, RICE)), Truth(title=TITLE, place=place, outlet=outlet),
          sentences(RICE), [])


def test_a_campus_publishing_its_own_news_credits_nobody(tmp_path):
    line = "Published by: Universitas Contoh Jumat, 29 Desember 2023"
    check(tmp_path, page(TITLE, line, lede("", RICE)),
          Truth(title=TITLE, published=dt.date(2023, 12, 29), basis="date_line"), sentences(RICE), [line])


def test_a_shops_name_under_the_headline_credits_nobody(tmp_path):
    line = "Gerai Kopi Contoh"
    check(tmp_path, page(TITLE, line, lede("", RICE)), Truth(title=TITLE), sentences(RICE), [line])


@pytest.mark.parametrize("glued", [True, False], ids=["glued after the last sentence", "alone under the text"])
def test_a_wires_end_mark(tmp_path, glued):
    ps = lede("", RICE)
    ps = ps[:-1] + [ps[-1] + " Enditem"] if glued else ps + ["Enditem"]
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), ["Enditem"])


def test_a_pagers_call_to_read_the_page_before(tmp_path):
    line = "Silahkan baca halaman sebelumnya:"
    check(tmp_path, page(TITLE, lede("", RICE), line), Truth(title=TITLE), sentences(RICE), [line])


def test_a_network_caption_under_the_photos_button_and_credit(tmp_path):
    caption = "Wali Kota Contoh memberikan keterangan pers di Balai Kota Contoh pada 17 April 2024."
    lines = ["Editor: Rina Kusuma", "zoom-in " + TITLE, "Andi Saputra / AGENSI", caption]
    check(tmp_path, page(TITLE, lines, lede("", RICE)), Truth(title=TITLE, editors=("Rina Kusuma",)),
          sentences(RICE), lines)


def test_a_lone_dashed_lede_under_the_headline_is_the_text(tmp_path):
    first = ("Wali Kota Contoh beserta rombongan bertemu Kepala Dinas Perdagangan Provinsi untuk membahas harga beras "
             "di Kota Contoh, Senin, 13 November 2023.")
    check(tmp_path, page(TITLE, "- " + first, lede("", RICE)), Truth(title=TITLE), [first] + sentences(RICE), [])


def test_an_agencys_dateline_whose_dash_the_copy_lost(tmp_path):
    first = ("Jelang operasi pasar yang digelar pada 15 Juni 2024, dinas perdagangan menggelar rapat koordinasi "
             "dengan para pedagang beras di Kota Contoh.")
    check(tmp_path, page(lede("Sleman (Info Pasar) ", [[first]] + RICE)),
          Truth(place="Sleman", outlet="Info Pasar"), [first] + sentences(RICE), [])


@pytest.mark.parametrize("dateline,first,place,outlet", [
    pytest.param("KABARCONTOH,COM, Sleman – ", "Harga", "Sleman", "KABARCONTOH.COM",
                 id="the host's dot typed as a comma, in capitals"),
    pytest.param("kabarcontoh.com -SLEMAN, ", "harga", "Sleman", "kabarcontoh.com",
                 id="the place in capitals closed by a comma, the lede in lower case"),
])
def test_mistyped_datelines(tmp_path, dateline, first, place, outlet):
    lede_sentence = first + " beras medium di pasar tradisional naik menjadi Rp13.200 per kilogram dalam sepekan terakhir."
    ps = [dateline + lede_sentence] + lede("", RICE[1:])
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place=place, outlet=outlet),
          [lede_sentence] + sentences(RICE[1:]), [])


def test_a_caption_closed_by_the_agency_between_dashes(tmp_path):
    caption = "Wali Kota Contoh memimpin rapat persiapan operasi pasar di Balai Kota pada 14 September 2025.-AGENSI-"
    ps = lede("", RICE)
    ps.insert(1, caption)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [caption])


def test_a_credit_whose_label_a_bar_closes(tmp_path):
    line = "Editor | Bima Setia Budi"
    check(tmp_path, page(TITLE, lede("", RICE), line), Truth(title=TITLE, editors=("Bima Setia Budi",)),
          sentences(RICE), [line])


def test_a_copy_guards_alert_over_the_text(tmp_path):
    line = "error: Content is protected !!"
    check(tmp_path, page(line, TITLE, lede("", RICE)), Truth(title=TITLE), sentences(RICE), [line])


@pytest.mark.parametrize("signoff,cited", [
    pytest.param("(antara-tbu)", ("ANTARA",), id="the agency written out, a hyphen, an editor's code"),
    pytest.param("(res|aro|dik)", (), id="editors' codes set apart by bars"),
])
def test_sign_offs_with_other_separators(tmp_path, signoff, cited):
    check(tmp_path, page(TITLE, lede("", RICE), signoff), Truth(title=TITLE, attributions=cited), sentences(RICE),
          [signoff])


def test_a_flattened_table_of_the_sites_social_accounts(tmp_path):
    rows = ["X | @kabarcontoh |", "Youtube | Kabar Contoh |", "Whatsapp Channel | Kabar Contoh |"]
    check(tmp_path, page(TITLE, lede("", RICE), rows), Truth(title=TITLE), sentences(RICE), rows)


@pytest.mark.parametrize("caption", [
    "Wali Kota Contoh meninjau gudang beras di Kota Contoh |",
    "Wali Kota Contoh meninjau gudang beras. (Kabarcontoh) |",
], ids=["a headline's shape", "closed by the source in brackets"])
def test_a_piped_caption_under_the_images_cell_over_the_text(tmp_path, caption):
    lines = ["![]() |", caption]
    check(tmp_path, page(lines, lede("Kabarcontoh.com – ", RICE)), Truth(outlet="Kabarcontoh.com"),
          sentences(RICE), lines)


@pytest.mark.parametrize("dateline,outlet", [
    pytest.param("WASHINGTON, D.C. – ", None, id="the city and its district"),
    pytest.param("kabarcontoh.co.id, Washington, D.C. – ", "kabarcontoh.co.id", id="the host, the city, the district"),
])
def test_the_district_of_columbia_is_no_outlet(tmp_path, dateline, outlet):
    check(tmp_path, page(TITLE, lede(dateline, RICE)), Truth(title=TITLE, place="Washington", outlet=outlet),
          sentences(RICE), [])


@pytest.mark.parametrize("stamp,glued", [
    pytest.param("2022-09-29T16:30:59+07:00", False, id="a machine time with its zone on a line of its own"),
    pytest.param("Kabar Contoh2022-09-29T16:30:59+07:00", True, id="after the poster's name, glued to the lede"),
])
def test_an_iso_time_printed_as_text(tmp_path, stamp, glued):
    ps = lede(stamp if glued else "", RICE)
    lines = page(TITLE, ps) if glued else page(TITLE, stamp, ps)
    check(tmp_path, lines, Truth(title=TITLE, published=dt.date(2022, 9, 29), basis="date_stamp"), sentences(RICE),
          [stamp])


@pytest.mark.parametrize("line", ["log in", "Captcha!", "Jangan lupa share ya!", "Posted in Business News"])
def test_widget_lines_between_and_under_the_paragraphs(tmp_path, line):
    ps = lede("", RICE)
    ps.insert(1, line)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [line])


def test_a_call_to_follow_the_site_in_brackets(tmp_path):
    line = "[Ikuti Kabarcontoh.com Melalui Sosial Media]"
    check(tmp_path, page(TITLE, lede("", RICE), line), Truth(title=TITLE), sentences(RICE), [line])


@pytest.mark.parametrize("dateline,place,outlet", [
    pytest.param("KABARCONTOH.COM . ", None, "KABARCONTOH.COM", id="a host and a full stop set apart by spaces"),
    pytest.param("Sleman –Kabarcontoh.com ", "Sleman", "Kabarcontoh.com", id="the host glued to the dash after the place"),
])
def test_more_mistyped_datelines(tmp_path, dateline, place, outlet):
    check(tmp_path, page(TITLE, lede(dateline, RICE)), Truth(title=TITLE, place=place, outlet=outlet),
          sentences(RICE), [])


@pytest.mark.parametrize("line,authors", [
    pytest.param("Written By Unknown on Rabu, 06 Agustus 2014 | 15.09", (), id="Blogger's byline of a writer without a profile"),
    pytest.param("Written By Andi Saputra on Rabu, 06 Agustus 2014 | 15.09", ("Andi Saputra",), id="Blogger's byline"),
])
def test_a_blog_templates_byline_and_date(tmp_path, line, authors):
    check(tmp_path, page(TITLE, line, lede("", RICE)),
          Truth(title=TITLE, published=dt.date(2014, 8, 6), basis="byline" if authors else "date_line", authors=authors),
          sentences(RICE), [line])


def test_a_font_size_widget_glued_after_the_date(tmp_path):
    line = "Kabarcontoh.com, November 2, 2015 Adjust font size:"
    check(tmp_path, page(TITLE, line, lede("", RICE)),
          Truth(title=TITLE, outlet="Kabarcontoh.com", published=dt.date(2015, 11, 2), basis="date_line"),
          sentences(RICE), [line])


@pytest.mark.parametrize("said,sentence", [
    pytest.param("Reuters tidak dapat memverifikasi secara independen klaim tersebut.",
                 "Reuters tidak dapat memverifikasi secara independen klaim tersebut.",
                 id="a wire's own formula: it could not verify"),
    pytest.param("Harga beras di pasar dunia ikut naik. (https://www.reuters.com/markets/harga-beras-naik)",
                 "Harga beras di pasar dunia ikut naik.", id="an article cited by its address in brackets"),
])
def test_sources_named_by_a_wires_formula_or_a_link(tmp_path, said, sentence):
    check(tmp_path, page(TITLE, lede("", RICE) + [said]), Truth(title=TITLE, attributions=("Reuters",)),
          sentences(RICE) + [sentence], [])


def test_a_place_in_capitals_and_a_comma_opening_the_lede(tmp_path):
    check(tmp_path, page(TITLE, lede("SLEMAN, ", RICE)), Truth(title=TITLE, place="Sleman"), sentences(RICE), [])


def test_an_acronym_and_a_comma_opening_a_sentence_is_no_dateline(tmp_path):
    first = "IAEA, badan pengawas nuklir PBB, mengatakan pasokan beras dunia tidak terganggu oleh konflik itu sejauh ini."
    check(tmp_path, page(TITLE, [first] + lede("", RICE)), Truth(title=TITLE), [first] + sentences(RICE), [])


def test_the_outlet_and_the_place_joined_by_a_hyphen_in_brackets(tmp_path):
    check(tmp_path, page(TITLE, lede("(Kabarcontoh-Sleman) ", RICE)),
          Truth(title=TITLE, place="Sleman", outlet="Kabarcontoh"), sentences(RICE), [])


@pytest.mark.parametrize("line", ["Mobile Menu", "Politik Pemerintahan"])
def test_a_theme_label_or_a_rubric_under_the_headline_credits_nobody(tmp_path, line):
    doc = check(tmp_path, page(TITLE, line, lede("", RICE)), Truth(title=TITLE), sentences(RICE), [line])
    assert doc.meta.get("authors") == []


@pytest.mark.parametrize("caption", [
    "Wali Kota Contoh. Foto: Instagram @kota_contoh",
    "Gudang beras Kota Contoh (Press service of the Regional Food Agency of Kota Contoh/Handout via AGENSI)",
], ids=["a platform's account after the photo label", "a long source before the slash"])
def test_a_credited_caption_over_the_text_is_no_headline(tmp_path, caption):
    check(tmp_path, page(caption, lede("Kabarcontoh.com – ", RICE)), Truth(outlet="Kabarcontoh.com"),
          sentences(RICE), [caption])


@pytest.mark.parametrize("cut", ["Presiden Soeharto", "Bupati menekankan", "Pemerintah menegaskan bahwa misi",
                                 "Terkait posi"])
def test_the_pages_end_cut_after_a_persons_office_is_text(tmp_path, cut):
    check(tmp_path, page(TITLE, lede("", RICE), cut), Truth(title=TITLE), sentences(RICE) + [cut], [])


@pytest.mark.parametrize("caption", ["Menteri Perdagangan Kota Contoh(Antara)",
                                     "Gudang beras terbakar di pelabuhan Kota Contoh.(Reuters)"])
def test_a_caption_with_its_source_glued_on_is_no_headline(tmp_path, caption):
    check(tmp_path, page(caption, lede("Kabarcontoh.com – ", RICE)), Truth(outlet="Kabarcontoh.com"),
          sentences(RICE), [caption])


def test_a_lede_opened_by_its_day_and_a_dash(tmp_path):
    check(tmp_path, page(TITLE, lede("5 Feb 2026 - ", RICE)),
          Truth(title=TITLE, published=dt.date(2026, 2, 5), basis="dateline"), sentences(RICE), [])
