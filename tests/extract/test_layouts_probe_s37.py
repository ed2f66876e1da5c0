"""Layout fixtures for stop 37's rounds (2026-12), in invented words. Same conventions as test_layouts.py
(invented text, whole truth). Cases of one shape share a parametrized test; the id says what each case is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def rule_of(doc, text: str) -> str | None:
    """The removal code of the page's line printed as `text` (None: kept): which rule took it, where another rule
    would remove it too."""
    return next(ln.rule for ln in doc.lines if doc.line_text(ln).strip() == text)


@pytest.mark.parametrize("head,place,outlet,published", [
    pytest.param("Sleman, Kamis (28/2) – ", "Sleman", None, None, id="a weekday and its day, no year"),
    pytest.param("JAKARTA, Senin (3/6) - ", "Jakarta", None, None, id="a place in capitals, a weekday and its day"),
    pytest.param("Kubu Raya, Kamis (28/2/19) – ", "Kubu Raya", None, dt.date(2019, 2, 28),
                 id="a year of two digits dates the dateline"),
    pytest.param("KABAR CONTOH MEDAN,Medan– ", "Medan", "KABAR CONTOH MEDAN", None,
                 id="an outlet named after its town, then the town after the comma"),
])
def test_dateline_heads(tmp_path, head, place, outlet, published):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place=place, outlet=outlet, published=published,
                                           basis="dateline" if published else None), sentences(RICE), [])


def test_a_reading_time_in_english_closes_the_date_line(tmp_path):
    line = "13 Feb 2025 12:02 - 6 menit reading"
    check(tmp_path, page("Home", "Menu", line, TITLE, lede("", RICE)),
          Truth(title=TITLE, published=dt.date(2025, 2, 13), basis="date_line"), sentences(RICE), ["Home", "Menu", line])


def test_the_page_titles_suffix_is_cut_when_the_headline_is_printed_alone(tmp_path):
    browser = TITLE + " - PT Contoh Media Perkasa"
    check(tmp_path, page(browser, TITLE, "Senin, 7 Juli 2025 - 11:06 WIB", lede("", RICE)),
          Truth(title=TITLE, published=dt.date(2025, 7, 7), basis="date_line"), sentences(RICE),
          [browser, "Senin, 7 Juli 2025 - 11:06 WIB"])


def test_a_caption_closed_by_an_agencys_credit_in_square_brackets_is_no_title(tmp_path):
    byline = "M. Reza Kurniawan"
    caption = ("Pedagang menata karung beras di Pasar Kota Contoh, Rabu (1/10/2025). "
               "[AGENSI FOTO/Nama Fotografer/abc]")
    check(tmp_path, page(byline, caption, lede("", RICE)), Truth(authors=(byline,)), sentences(RICE),
          [byline, caption])


@pytest.mark.parametrize("printed,head,outlet", [
    pytest.param("Berita Terkini, Eksklusif di WhatsApp KabarKotaContoh.Com", "Semarang, KKCC – ", "KabarKotaContoh.Com",
                 id="initials of a host printed in CamelCase, its suffix counted"),
    pytest.param("Berita Terkini, Eksklusif di WhatsApp KabarKotaContoh.Com", "Semarang, KKC – ", "KabarKotaContoh.Com",
                 id="initials of a host printed in CamelCase, its suffix not counted"),
])
def test_a_datelines_initials_spelled_out_by_a_host_on_the_page(tmp_path, printed, head, outlet):
    ps = lede(head, RICE)
    check(tmp_path, page(TITLE, ps, printed), Truth(title=TITLE, place="Semarang", outlet=outlet),
          sentences(RICE), [printed])


def test_a_datelines_initials_spelled_out_by_a_host_the_text_names(tmp_path):
    quote = '"Kami terus memantau harga setiap hari," kata Budi kepada suarasemarangpost.com.'
    ps = lede("Semarang, SSP – ", RICE) + [quote]
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Semarang", outlet="suarasemarangpost.com"),
          sentences(RICE) + [quote], [])


@pytest.mark.parametrize("above", [True, False], ids=["over the headline", "under the headline"])
def test_a_host_and_its_tagline_name_the_site(tmp_path, above):
    brand = "Kabarcontoh.id | Portal Berita Terkini dan Terpercaya"
    lines = [brand, TITLE] if above else [TITLE, brand]
    check(tmp_path, page(*lines, lede("", RICE)), Truth(title=TITLE, outlet="Kabarcontoh.id"), sentences(RICE),
          [brand])


def test_one_writer_of_the_pictures_and_the_text_is_an_author(tmp_path):
    credit = "Foto dan naskah : Prasetya Wibowo"
    ps = lede("Beras Mahal. ", RICE)  # (a short first sentence: the credit over it was read as the headline)
    check(tmp_path, page(credit, ps), Truth(authors=("Prasetya Wibowo",)), ["Beras Mahal."] + sentences(RICE), [credit])


@pytest.mark.parametrize("signoff,authors,attributions", [
    pytest.param("(Wahyu Pratama/Kendi Wibisono/NU Online)", ("Wahyu Pratama", "Kendi Wibisono"), ("NU Online",),
                 id="two writers and the outlet whose text it is"),
    pytest.param("(abc/de/CNN Indonesia)", (), ("CNN Indonesia",), id="staff codes and the outlet whose text it is"),
])
def test_a_slashed_signoff_closing_a_copy_names_the_outlet_it_came_from(tmp_path, signoff, authors, attributions):
    ps = lede("Sleman, Kabarcontoh.id – ", RICE)
    ps[-1] += " " + signoff
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Sleman", outlet="Kabarcontoh.id", authors=authors,
                                           attributions=attributions), sentences(RICE), [signoff])


@pytest.mark.parametrize("credit,authors,editors", [
    pytest.param("Oleh: Sunarti Wibowo (Pengasuh Pesantren Contoh dan Majelis Kajian Contoh)", ("Sunarti Wibowo",), (),
                 id="a writer described in brackets"),
    pytest.param("Oleh : Ahmad Kurniawan ( Pengamat Politik )", ("Ahmad Kurniawan",), (),
                 id="a writer's role in spaced brackets"),
    pytest.param("Editor: Boyke Santoso/Fardah Wulandari", (), ("Boyke Santoso", "Fardah Wulandari"),
                 id="two editors joined by a slash"),
])
def test_labelled_credits_over_the_text(tmp_path, credit, authors, editors):
    check(tmp_path, page(TITLE, credit, lede("", RICE)), Truth(title=TITLE, authors=authors, editors=editors),
          sentences(RICE), [credit])


def test_the_reporting_and_the_editor_in_chief_labelled_under_the_headline(tmp_path):
    credits = ["Reportase : Yuyi Ramadhani", "Pemimpin Redaksi : Hairul Zaman"]
    ps = ["SERANG | Kabarcontoh.com"] + lede("", RICE)
    check(tmp_path, page(TITLE, credits, ps), Truth(title=TITLE, place="Serang", outlet="Kabarcontoh.com",
                                                    authors=("Yuyi Ramadhani",), editors=("Hairul Zaman",)),
          sentences(RICE), credits)


@pytest.mark.parametrize("line,code", [
    pytest.param("/span;></span;></span;></span;>", "markup.tag", id="broken closing tags leaked from a template"),
    pytest.param("Print Friendly, PDF & Email", "chrome.share", id="a print plugin's button"),
    pytest.param("(des*)", "credit.signoff", id="an editor's letters with a star after them"),
])
def test_chrome_under_the_text(tmp_path, line, code):
    doc = check(tmp_path, page(TITLE, lede("", RICE), line), Truth(title=TITLE), sentences(RICE), [line])
    assert rule_of(doc, line) == code


def test_a_comment_counter_glued_to_its_label_under_the_headline(tmp_path):
    doc = check(tmp_path, page(TITLE, "Komentar0", lede("", RICE)), Truth(title=TITLE), sentences(RICE), ["Komentar0"])
    assert rule_of(doc, "Komentar0") == "chrome.widget"


def test_a_broadcaster_presenting_a_report_is_cited(tmp_path):
    cited = "Deutsche Welle tahun lalu memaparkan laporan lembaga riset tentang belanja senjata di kawasan itu."
    ps = lede("", RICE) + [cited]
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, attributions=("Deutsche Welle",)), sentences(RICE) + [cited], [])


def test_a_paragraph_of_two_sentences_closed_by_a_signoff_keeps_its_text(tmp_path):
    credit = "(Wahyu Pratama/Kendi Wibisono/NU Online)"
    said = ["Di tengah terik matahari, relawan membagi-bagikan air mineral kepada para peserta aksi di depan kantor.",
            "Aksi pun berjalan dengan tertib dan berakhir sekitar pukul 15.30 WIB tanpa insiden apa pun."]
    ps = lede("", RICE)
    ps.insert(1, " ".join(said) + " " + credit)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE) + said, [credit])


@pytest.mark.parametrize("line,place,outlet", [
    pytest.param("Sleman-KabarContoh", "Sleman", "KabarContoh", id="a place and a name in CamelCase"),
    pytest.param("Klungkung-kabarcontohbali", "Klungkung", "kabarcontohbali", id="a place and a glued lower-case name"),
])
def test_a_place_and_the_sites_name_joined_by_a_hyphen_over_the_lede(tmp_path, line, place, outlet):
    check(tmp_path, page(TITLE, line, lede("", RICE)), Truth(title=TITLE, place=place, outlet=outlet), sentences(RICE),
          [])


def test_a_registered_outlet_after_the_place_and_a_comma_without_a_dash(tmp_path):
    ps = lede("Jakarta, IDN Times ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta", outlet="IDN Times"), sentences(RICE), [])


def test_a_caption_printing_the_ledes_words_under_its_own_label_starts_no_second_article(tmp_path):
    ps = lede("TRIBUNNEWS.COM, JAKARTA - ", RICE)
    caption = "HARGA BERAS - " + ps[0].split(" - ", 1)[1]
    summary = ["Ringkasan Berita:", "• Harga beras medium naik dua pekan berturut-turut di pasar tradisional kota.",
               "• Pedagang mengeluhkan omzet yang turun hampir separuh karena pembeli mengurangi belanja harian.",
               "• Pemerintah daerah berjanji menggelar operasi pasar di dua belas titik mulai pekan depan."]
    deck = "Pemerintah daerah diminta segera menstabilkan harga beras yang terus naik menjelang akhir tahun ini."
    check(tmp_path, page(TITLE, deck, "Penulis: Rina Ayu", caption, summary, ps),
          Truth(title=TITLE, place="Jakarta", outlet="TRIBUNNEWS.COM", authors=("Rina Ayu",)),
          sentences(RICE), ["Penulis: Rina Ayu", caption] + summary)


def test_the_lede_printed_again_without_the_sites_name_under_the_text(tmp_path):
    ps = lede("kabarcontoh.com - SURABAYA--", RICE)
    card = "SURABAYA--" + ps[0].split("--", 1)[1][:90]
    doc = check(tmp_path, page(TITLE, ps, card), Truth(title=TITLE, place="Surabaya", outlet="kabarcontoh.com"),
                sentences(RICE), [])  # (the card's words are the lede's: the text check cannot tell them apart)
    assert doc.lines[-1].rule == "chrome.summary" and doc.line_text(doc.lines[-1]) == card


@pytest.mark.parametrize("line,code", [
    pytest.param("Temukan Berita Terkini kami di WhatsApp Channel", "chrome.social",
                 id="a call to the site's messaging channel"),
    pytest.param("Harga terus naik! Baca di halaman selanjutnya..", "chrome.nav", id="the next page's hook closed by two dots"),
    pytest.param("You might be interested : Harga Cabai Turun Jelang Akhir Pekan", "link.read_also",
                 id="an English related link's label"),
])
def test_calls_and_teasers_between_the_paragraphs(tmp_path, line, code):
    ps = lede("", RICE)
    ps.insert(1, line)
    doc = check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [line])
    assert rule_of(doc, line) == code


def test_a_press_offices_code_under_the_last_paragraph_is_no_photo_credit(tmp_path):
    ps = lede("Sleman, ", RICE)
    code = "(PENDIM 0732/SLEMAN)"
    check(tmp_path, page(TITLE, ps, code), Truth(title=TITLE, place="Sleman"), sentences(RICE), [code])


def test_a_town_editions_host_is_the_place_and_the_site(tmp_path):
    ps = lede("Serang.kabarcontoh.com. ", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Serang", outlet="kabarcontoh.com"), sentences(RICE), [])


def test_a_documents_source_under_a_map_credits_no_writer_and_names_no_outlet(tmp_path):
    ps = lede("Jakarta - ", RICE)
    credit = "(Laporan Badan Pangan ke PBB 7 Mei 2019/www.lembaga-contoh.org)"
    ps[-1] += " " + credit
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Jakarta"), sentences(RICE), [credit])


def test_an_agencys_codes_closing_a_paragraph_above_the_last_credit_the_agency(tmp_path):
    ps = lede("", RICE)
    ps[1] += " (antara/jpnn)"
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, attributions=("ANTARA",)), sentences(RICE), ["(antara/jpnn)"])


def test_a_short_sentence_naming_school_levels_with_slashes_is_no_photo_credit(tmp_path):
    line = "Program ini menyasar siswa-siswi SMA/SMK/MA swasta"
    ps = lede("", RICE)
    ps.insert(2, line)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE) + [line], [])


@pytest.mark.parametrize("line", [
    pytest.param("IMG 20230829 WA0002", id="a messaging app's picture name"),
    pytest.param("Screenshot 20230402 160224 Gallery", id="a phone's screenshot name"),
])
def test_a_pictures_name_between_the_paragraphs(tmp_path, line):
    ps = lede("", RICE)
    ps.insert(1, line)
    doc = check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [line])
    assert rule_of(doc, line) == "caption.photo"


def test_the_credit_of_several_photos_under_their_caption(tmp_path):
    caption, credit = "Petugas menata karung beras di gudang milik pemerintah daerah", "Foto-foto: Dinas Contoh"
    ps = lede("", RICE)
    ps[1:1] = [caption, credit]
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [caption, credit])


def test_a_wordpress_notice_in_indonesian_over_the_headline(tmp_path):
    notice = ("Notice: Fungsi _load_textdomain_just_in_time ditulis secara tidak benar. Pemuatan terjemahan untuk "
              "domain contoh dipicu terlalu dini.")
    doc = check(tmp_path, page(notice, TITLE, lede("", RICE)), Truth(title=TITLE), sentences(RICE), [notice])
    assert rule_of(doc, notice) == "markup.script"


def test_a_share_label_and_a_related_heading_are_no_title_and_no_text(tmp_path):
    teaser = "Pasar Murah Digelar di Lima Kecamatan Mulai Pekan Depan"
    doc = check(tmp_path, page("Spread the love", TITLE, lede("", RICE), "Related Post", teaser), Truth(title=TITLE),
                sentences(RICE), ["Spread the love", "Related Post", teaser])
    assert (rule_of(doc, "Spread the love"), rule_of(doc, "Related Post")) == ("chrome.share", "link.related")


def test_a_short_lede_after_a_double_dash_is_no_photo_credit(tmp_path):
    ps = ["KABARCONTOH.COM -- Harga beras belum stabil."] + lede("", RICE)
    doc = check(tmp_path, page(TITLE, ps), Truth(title=TITLE), ["Harga beras belum stabil."] + sentences(RICE), [])
    # (a lede of four words is too short to read the dateline by: MIN_LEDE_WORDS; the sentence stays, no outlet is read)
    assert doc.lines[1].rule is None


def test_an_editors_credit_naming_the_site_is_no_title(tmp_path):
    credit = "Editor : Kabarcontoh.com"
    check(tmp_path, page("Minggu, 30 Juni 2024 22:28", credit, lede("", RICE)),
          Truth(published=dt.date(2024, 6, 30), basis="date_line"), sentences(RICE), [credit])


@pytest.mark.parametrize("cited,agency", [
    pytest.param("Juru bicara kementerian tak segera menanggapi pertanyaan AFP tentang jumlah awak kapal itu.", "AFP",
                 id="an agency's question left unanswered"),
    pytest.param("Proyek itu dihentikan sementara, menurut laporan dari Australian Financial Review (AFR).",
                 "Australian Financial Review", id="a business daily named with its initials"),
])
def test_sources_cited_in_the_text(tmp_path, cited, agency):
    ps = lede("", RICE) + [cited]
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, attributions=(agency,)), sentences(RICE) + [cited], [])
