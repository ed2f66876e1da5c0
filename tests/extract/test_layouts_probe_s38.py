"""Layout fixtures for stop 38's rounds (2026-12), in invented words. Same conventions as test_layouts.py
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
    pytest.param("foto", id="a caption of one word in lower case"),
    pytest.param("Antrean Warga di Pasar Kota Contoh", id="a caption in Title Case"),
])
def test_a_caption_glued_before_the_dateline_is_cut_and_the_dateline_read(tmp_path, caption):
    ps = lede(caption + "SLEMAN – ", RICE)
    doc = check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place="Sleman"), sentences(RICE), [])
    assert doc.text.count(caption + "SLEMAN") == 0


def test_a_sites_tagline_over_the_only_headline(tmp_path):
    tagline = "Kumpulan Berita Terkini Seputar Kota Contoh"
    promo = "Daftarkan email Anda untuk Berlangganan berita dikirim langsung ke mailbox Anda"
    check(tmp_path, page(tagline, TITLE, promo, lede("SLEMAN – ", RICE)), Truth(title=TITLE, place="Sleman"),
          sentences(RICE), [tagline, promo])


@pytest.mark.parametrize("tail", [
    pytest.param(["Tanggal | Kejadian |", "1 Juni | Pasokan beras berkurang |"], id="a heading over a table"),
    pytest.param(["Pedagang bera"], id="a heading over the page's last words, cut in a word"),
])
def test_a_subheading_near_the_pages_end_credits_nobody(tmp_path, tail):
    heading = "Kronologi Singkat Kenaikan"
    check(tmp_path, page(TITLE, lede("", RICE), heading, tail), Truth(title=TITLE), sentences(RICE), [])


@pytest.mark.parametrize("credit,authors", [
    pytest.param("Oleh: Darmawan S.P.K. Situmorang *)", ("Darmawan S. P. K. Situmorang",),
                 id="initials run together and a footnote's star"),
    pytest.param("Laporan Kabarcontoh.com, Gita Permata", ("Gita Permata",), id="the report, the host and the name"),
    pytest.param("Sinta WulandariEditor Digital Asia", ("Sinta Wulandari",), id="a name glued to the job title"),
])
def test_bylines_under_the_headline(tmp_path, credit, authors):
    check(tmp_path, page(TITLE, credit, lede("", RICE)), Truth(title=TITLE, authors=authors), sentences(RICE),
          [credit])


def test_a_comment_counter_between_the_time_and_the_writer(tmp_path):
    line = "Sabtu, 7 Mar 2026 15:02 0 Rahmani"
    check(tmp_path, page(TITLE, line, lede("", RICE)),
          Truth(title=TITLE, published=dt.date(2026, 3, 7), basis="byline", authors=("Rahmani",)),
          sentences(RICE), [line])


@pytest.mark.parametrize("closing,outlet", [
    pytest.param("(Kabarkotawiki)", "Kabarkotawiki", id="the sites one-word name in brackets"),
    pytest.param("kabarkotaraya", "kabarkotaraya", id="the sites one-word name alone in lower case"),
])
def test_the_sites_name_signing_its_text_off(tmp_path, closing, outlet):
    check(tmp_path, page(TITLE, lede("", RICE), closing), Truth(title=TITLE, outlet=outlet), sentences(RICE),
          [closing])


def test_an_explainers_question_over_the_photos_credit_is_the_headline(tmp_path):
    question = ("Siapa para pedagang beras di pasar kota dan mengapa mereka menaikkan harga "
                "dua pekan berturut-turut?")
    credit = "Sumber gambar, Agensi Contoh"
    check(tmp_path, page(question, credit, lede("", RICE)), Truth(title=question), sentences(RICE), [credit])


@pytest.mark.parametrize("lines,code,outlet", [
    pytest.param(["Copyright © KABAR CONTOH", "Best Viral Premium Blogger Templates"], "legal.footer", "KABAR CONTOH",
                 id="a blog template's credit under the copyright"),
    pytest.param(["Senin", "17 Maret 2025 | 4 : 22"], "chrome.widget", None, id="a clock widget's date and spaced time"),
    pytest.param(["Foto Dok. PT Contoh Perkasa"], "caption.photo", None, id="a photo credit without its colon"),
])
def test_header_lines_that_are_no_headline(tmp_path, lines, code, outlet):
    doc = check(tmp_path, page(lines, TITLE, lede("", RICE)), Truth(title=TITLE, outlet=outlet), sentences(RICE), lines)
    assert rule_of(doc, lines[-1]) == code


@pytest.mark.parametrize("head,place,outlet,published", [
    pytest.param("Kabarcontoh.co.id-Sleman, 1 Maret 2026| ", "Sleman", "Kabarcontoh.co.id", dt.date(2026, 3, 1),
                 id="a host joined to the place by a hyphen, the date closed by a bar"),
    pytest.param("Sleman,Bantul | Kabarcontoh.com | ", "Sleman", "Kabarcontoh.com", None,
                 id="two places joined by a comma without a space"),
    pytest.param("https://kabarcontoh.com/ SLEMAN – ", "Sleman", "kabarcontoh.com", None,
                 id="the sites address with its scheme and slash"),
])
def test_mistyped_dateline_heads(tmp_path, head, place, outlet, published):
    check(tmp_path, page(TITLE, lede(head, RICE)),
          Truth(title=TITLE, place=place, outlet=outlet, published=published, basis="dateline" if published else None),
          sentences(RICE), [])


@pytest.mark.parametrize("line,code", [
    pytest.param("(Baca Rubrik: Harga Cabai Turun Jelang Akhir Pekan)", "link.read_also",
                 id="a bracketed teaser naming its rubric"),
    pytest.param("[irp posts=”41326″ ]", "markup.tag", id="a shortcode printed unexpanded"),
])
def test_chrome_between_the_paragraphs(tmp_path, line, code):
    ps = lede("", RICE)
    ps.insert(1, line)
    doc = check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [line])
    assert rule_of(doc, line) == code


@pytest.mark.parametrize("line,code", [
    pytest.param("(abc/abc) Next Article Harga Cabai Turun Jelang Akhir Pekan", "link.related",
                 id="the next article's hook after the editors' codes"),
    pytest.param("1 2", "chrome.nav", id="a pager's numbers"),
    pytest.param("- Publicité-", "chrome.ad_slot", id="a French page's ad label"),
])
def test_chrome_under_the_text(tmp_path, line, code):
    doc = check(tmp_path, page(TITLE, lede("", RICE), line), Truth(title=TITLE), sentences(RICE), [line])
    assert rule_of(doc, line) == code


def test_a_date_lines_label_left_alone_over_the_text(tmp_path):
    doc = check(tmp_path, page(TITLE, "Diterbitkan", lede("", RICE)), Truth(title=TITLE), sentences(RICE),
                ["Diterbitkan"])
    assert rule_of(doc, "Diterbitkan") == "meta.date_line"


@pytest.mark.parametrize("head,place,outlet", [
    pytest.param("Bogor – Jabar || Kabarcontoh24.com –", "Bogor", "Kabarcontoh24.com",
                 id="the town and its province set off by a dash, then bars and the host, alone over the lede"),
    pytest.param("Kabarcontoh.com. SLEMAN – ", "Sleman", "Kabarcontoh.com", id="the host closed by a full stop"),
])
def test_more_mistyped_dateline_heads(tmp_path, head, place, outlet):
    ps = lede(head, RICE) if head.endswith(" ") else [head] + lede("", RICE)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, place=place, outlet=outlet), sentences(RICE), [])


def test_the_sites_host_and_date_over_the_photos_credit(tmp_path):
    lines = ["kabarcontoh.id January 26, 2026", "FOTO: Ilustrasi pasar beras"]
    check(tmp_path, page(TITLE, lines, lede("", RICE)),
          Truth(title=TITLE, outlet="kabarcontoh.id", published=dt.date(2026, 1, 26), basis="date_line"),
          sentences(RICE), lines)


@pytest.mark.parametrize("caption", [
    pytest.param("Presiden tiba di Bandara Contoh, pada Rabu 18 Juni 2025. (BPMI Setpres)",
                 id="the President's press bureau credited in brackets"),
    pytest.param("Menteri Perdagangan meninjau Pasar Kota Contoh, Jumat, 10 Januari 2025/RMOL",
                 id="the caption's date, a slash and the outlet whose photo it is"),
])
def test_a_credited_caption_over_a_page_without_a_headline(tmp_path, caption):
    check(tmp_path, page(caption, lede("Kabarcontoh.com – ", RICE)), Truth(outlet="Kabarcontoh.com"),
          sentences(RICE), [caption])


@pytest.mark.parametrize("line,code", [
    pytest.param('Press "Enter" to skip to content', "chrome.nav", id="a theme's skip link"),
    pytest.param("-- Advertisements --", "chrome.ad_slot", id="an ad slot's plural label"),
    pytest.param("Live TV", "chrome.nav", id="a menu's entry"),
    pytest.param("Type Here to Get Search Results !", "chrome.nav", id="a blog template's search placeholder"),
    pytest.param("Tunggu 3.0 detik untuk membaca artikel", "chrome.ad_slot", id="an ad gate's countdown"),
    pytest.param("Exit mobile version", "chrome.nav", id="the mobile plugin's link"),
])
def test_header_chrome_over_the_headline(tmp_path, line, code):
    doc = check(tmp_path, page(line, TITLE, lede("", RICE)), Truth(title=TITLE), sentences(RICE), [line])
    assert rule_of(doc, line) == code


def test_a_section_label_under_the_reporters_credit_credits_nobody(tmp_path):
    lines = ["Reporter : Sigit Prasetyo", "Headlines"]
    check(tmp_path, page(TITLE, lines, lede("", RICE)), Truth(title=TITLE, authors=("Sigit Prasetyo",)),
          sentences(RICE), lines)


@pytest.mark.parametrize("line,code", [
    pytest.param("Thank you for reading this post, don't forget to subscribe!", "chrome.promo",
                 id="a blog's call to subscribe"),
    pytest.param("Mau Berita Terbaru Lainnya dari Kabar Contoh? Yuk Follow Kami di Google News dengan Klik Simbol Bintang.",
                 "chrome.social", id="the site's question, then the follow call"),
    pytest.param("Konten di bawah ini disajikan oleh Advertiser. Jurnalis Kabar Contoh tidak terlibat dalam materi "
                 "konten ini.", "chrome.promo", id="an advertorial's notice"),
])
def test_more_chrome_under_the_text(tmp_path, line, code):
    doc = check(tmp_path, page(TITLE, lede("", RICE), line), Truth(title=TITLE), sentences(RICE), [line])
    assert rule_of(doc, line) == code


def test_a_caption_closed_by_the_photographer_between_dashes_and_the_agency(tmp_path):
    caption = "Menteri Perdagangan meninjau Pasar Kota Contoh pada 18 Agustus 2025.-Andi Caballero-Reyes-via AGENSI"
    check(tmp_path, page(TITLE, caption, lede("", RICE)), Truth(title=TITLE), sentences(RICE), [caption])


def test_the_place_and_the_host_set_apart_by_a_capital_i(tmp_path):
    check(tmp_path, page(TITLE, lede("SLEMAN I KABARCONTOH.COM – ", RICE)),
          Truth(title=TITLE, place="Sleman", outlet="KABARCONTOH.COM"), sentences(RICE), [])


def test_a_date_lines_publish_label(tmp_path):
    line = "Tanggal publish: 21/11/2025"
    check(tmp_path, page(TITLE, line, lede("", RICE)), Truth(title=TITLE, published=dt.date(2025, 11, 21),
                                                          basis="date_line"), sentences(RICE), [line])


@pytest.mark.parametrize("line", ["[[QUOTE_1]]", "[original_title]", "(244 votes)"])
def test_unfilled_placeholders_and_counters_between_paragraphs(tmp_path, line):
    ps = lede("", RICE)
    ps.insert(1, line)
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [line])


@pytest.mark.parametrize("glued", [" [[QUOTE_1]]", " [abc/de]"], ids=["a placeholder", "editors' codes in square brackets"])
def test_glued_after_a_paragraphs_last_sentence(tmp_path, glued):
    ps = lede("", RICE)
    ps[0] += glued
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [glued.strip()])


@pytest.mark.parametrize("said,cited", [
    pytest.param('"Harga akan turun," tulis Reutersmengutip sumber itu.', ("Reuters",),
                 id="a reporting verb glued after the name"),
    pytest.param("Dilansir Al Jazeerayang merujuk pada data pasar, harga beras naik sepekan terakhir.", ("Al Jazeera",),
                 id="a cue before the name, a relative pronoun glued after it"),
    pytest.param('"Pasokan menipis," tulis pejabat itu dilansir dari Tass.', ("TASS",),
                 id="an agency's name in title case after a cue"),
])
def test_cited_names_glued_or_in_title_case(tmp_path, said, cited):
    ps = lede("", RICE) + [said]
    check(tmp_path, page(TITLE, ps), Truth(title=TITLE, attributions=cited), sentences(RICE), [])


def test_a_relative_pronoun_glued_after_a_name_without_a_cue_cites_nothing(tmp_path):
    said = "Warga menyebut Reutersyang tinggal di ujung gang sebagai pedagang beras paling lama di pasar itu."
    check(tmp_path, page(TITLE, lede("", RICE) + [said]), Truth(title=TITLE), sentences(RICE), [])


@pytest.mark.parametrize("line,code", [
    pytest.param("1/7", "chrome.widget", id="a gallery's slide counter"),
    pytest.param("Berlangganan gratis WA NEWS KABAR lewat saluran Whatsapp KABAR di : https://whatsapp.com/channel/0029Va",
                 "ad.channel", id="an invitation to subscribe to the messaging channel"),
])
def test_gallery_counters_and_channel_invitations(tmp_path, line, code):
    ps = lede("", RICE)
    ps.insert(1, line)
    doc = check(tmp_path, page(TITLE, ps), Truth(title=TITLE), sentences(RICE), [line])
    assert rule_of(doc, line) == code


def test_the_text_under_an_illustrations_credit_is_no_caption(tmp_path):
    credit, stock = "Penulis: Ayu Lestari | Editor: Rudi Hermawan", "Kota Contoh/ILUSTRASI UNSPLASH/Andi Saputra"
    check(tmp_path, page(TITLE, credit, stock, lede("", RICE)),
          Truth(title=TITLE, authors=("Ayu Lestari",), editors=("Rudi Hermawan",)), sentences(RICE), [credit, stock])
