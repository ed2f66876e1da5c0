"""Dateline, outlet, credit and attribution layouts met on the probe sets N, O and P (2026-12).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story
sentence must survive whole. Families: datelines cut by bars with or without spaces ("NAMA |KOTA –",
"Situs.com|Kota -", "Nama Situs|| Kota" on a line of its own), a dash glued after a closing bracket or between
a domain and the lede, a domain with no separator at all, a whole dateline in square brackets, a Malay day and
month without a year, initials or a run-together site name in the place's slot; citations written apart or in
short or English forms; sign-offs closed by a full stop, a related-posts heading, a body beside a date line, a
writer's description, a first name that is the byline word; a page naming itself in its text, in a follow or app
prompt, in an about-us paragraph; a photo's platform host, a site's name printed before its own host.
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import FLOOD, paragraphs, sentences
from tests.extract.pagekit import Truth, check, lost, run_page
from tests.extract.test_layouts import FLOOD_TITLE, lede, page


# -- datelines -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix, place, outlet", [
    pytest.param("KABARCONTOH |SEMARANG – ", "Semarang", "KABARCONTOH", id="OUTLET |CITY –"),
    pytest.param("Kabarcontoh.com|Pekalongan - ", "Pekalongan", "Kabarcontoh.com", id="Domain|City -"),
    pytest.param("SLEMAN (Kabarcontoh.com)- ", "Sleman", "Kabarcontoh.com", id="CITY (Domain)- glued dash"),
    pytest.param("BLITAR, Kabarcontoh.com-", "Blitar", "Kabarcontoh.com", id="CITY, Domain-Word"),
    pytest.param("BLITAR, Kabarcontoh.id ", "Blitar", "Kabarcontoh.id", id="CITY, Domain Word (no dash)"),
    pytest.param("[MADIUN, KABARCONTOH]-", "Madiun", "KABARCONTOH", id="[CITY, OUTLET]-"),
    pytest.param("Kab. Sleman – kabarcontoh.com || ", "Sleman", "kabarcontoh.com", id="Place – domain ||"),
    pytest.param("KC – ", None, "KC", id="initials in the place's slot are the outlet"),
    pytest.param("CAHAYAPOLRESKOTAMANIS,-- ", None, "CAHAYAPOLRESKOTAMANIS", id="a run-together site name"),
])
def test_dateline_heads_cut_by_bars_glued_dashes_or_brackets(tmp_path, prefix, place, outlet):
    """The dateline grammar's separators as small sites print them: bars with or without spaces, a dash glued
    after a bracket or between a domain and the lede's first word, no separator after a domain; a bracketed
    'CITY, OUTLET'; initials or a name of many words run together in capitals name the site, never a place."""
    check(tmp_path, page(lede(prefix, FLOOD)), Truth(place=place, outlet=outlet), sentences(FLOOD), [])


@pytest.mark.parametrize("line, place, outlet", [
    pytest.param("Sleman|kabarcontoh.com", "Sleman", "kabarcontoh.com", id="Place|domain"),
    pytest.param("Media Kabar Contoh|| Sleman", "Sleman", "Media Kabar Contoh", id="Outlet Name|| Place"),
])
def test_a_dateline_with_bars_on_a_line_of_its_own(tmp_path, line, place, outlet):
    """Under the headline, a line of its own naming the place and the site, joined by a bar."""
    check(tmp_path, page(FLOOD_TITLE, line, lede("", FLOOD)), Truth(title=FLOOD_TITLE, place=place, outlet=outlet),
          sentences(FLOOD), [])


def test_a_malay_day_and_month_without_a_year_leaves_the_place(tmp_path):
    """'Putrajaya, 27 Mac- ' (a Malay month's short spelling, no year): the place, and no date."""
    check(tmp_path, page(lede("Putrajaya, 12 Mac- ", FLOOD)), Truth(place="Putrajaya"), sentences(FLOOD), [])


def test_a_site_name_glued_to_an_outlet_word_is_sure_before_a_lede_of_capitalised_names(tmp_path):
    """'KOTACONTOHNEWS –Pemerintah Kota Contoh ...': a name glued to a word only outlets end with is the outlet,
    even when the lede opens with capitalised names (the case of a headline), and the dash is glued to it."""
    names = ("Pemerintah Kabupaten Contoh Barat (KCB), melalui Dinas Pekerjaan Umum (DPU) Kabupaten Contoh Barat, "
             "menggelar Peresmian Tanggul Sungai Cibiru Tahun 2025.")
    story = [[names]] + FLOOD[1:]
    check(tmp_path, page(FLOOD_TITLE, "", lede("KOTACONTOHNEWS \u2013", story)),
          Truth(title=FLOOD_TITLE, outlet="KOTACONTOHNEWS"), sentences(story), [])


# -- attributions ----------------------------------------------------------------------------------------------------

CITED = [
    pytest.param("Di Kutip dari CNN Indonesia, pembangunan tanggul serupa juga berlangsung di kota tetangga.",
                 "CNN Indonesia", id="'Di Kutip dari' written apart"),
    pytest.param("Pembangunan tanggul serupa juga berlangsung di negara tetangga, lapor Reuters pada hari Senin.",
                 "Reuters", id="', lapor AGENCY'"),
    pytest.param("Similar dikes are being built across the region, reports FRANCE 24.", "France 24",
                 id="English ', reports OUTLET'"),
    pytest.param("The ministry confirmed the plan, its spokesman said in a written response to Reuters.", "Reuters",
                 id="English 'in a written response to AGENCY'"),
    pytest.param("Tanggul serupa pernah dibangun di hulu sungai, seperti dilansir antaranews pekan lalu.",
                 "Antara", id="a registered host without its suffix, in lower case"),
    pytest.param("Dalam wawancara dengan kantor berita Rusia &ldquoSputnik&rdquo pekan lalu, menteri itu memuji proyek.",
                 "Sputnik", id="an agency inside quote entities that lost their ';'"),
    pytest.param("Mengutip dari Kabar Kota News (12/3/2025), proyek itu sempat tertunda dua tahun.", "Kabar Kota News",
                 id="an unregistered name shaped like an outlet's after a strong cue"),
]


@pytest.mark.parametrize("said, agency", CITED)
def test_citations_in_the_forms_small_sites_print(tmp_path, said, agency):
    """A cited outlet after a cue written apart or in its short form, after an English reporting cue, as a host
    without its suffix, inside garbled quote entities, or unregistered but shaped like an outlet's name."""
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), said)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, attributions=(agency,)), sentences(FLOOD) + [said], [])


def test_a_wire_signoff_with_the_dash_glued_to_the_last_word(tmp_path):
    """'... pekan depan- BERNAMA': the Malay wire sign-off, its dash glued to the paragraph's last word."""
    ps = paragraphs(FLOOD)
    check(tmp_path, page(ps[:-1], ps[-1] + "- BERNAMA"), Truth(attributions=("Bernama",)), sentences(FLOOD), [])


def test_a_short_wire_name_written_out_after_initials_is_the_source(tmp_path):
    """'(xyz/jpnn)': a reporter's initials, then a short outlet's name in lower case (which the code pattern would
    take for initials): the text is that outlet's."""
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "", ps[:-1], ps[-1] + " (xyz/jpnn)")
    check(tmp_path, text, Truth(title=FLOOD_TITLE, attributions=("JPNN",)), sentences(FLOOD), ["(xyz/jpnn)"])


def test_an_agency_named_as_the_owner_of_a_building_hit_is_no_source(tmp_path):
    """'sebuah gedung milik kantor berita Anadolu rusak': the agency is what the story reports on, not its source."""
    hit = "Di kota itu, sebuah gedung milik kantor berita Anadolu rusak akibat luapan air."
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), hit)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD) + [hit], [])


def test_a_source_credit_naming_a_malaysian_host(tmp_path):
    """'Sumber: Kabarcontoh.my' closing a copied post: the site the text was taken from (a '.my' host)."""
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), "Sumber: Kabarcontoh.my")
    check(tmp_path, text, Truth(title=FLOOD_TITLE, attributions=("Kabarcontoh.my",)), sentences(FLOOD),
          ["Sumber: Kabarcontoh.my"])


# -- credits ---------------------------------------------------------------------------------------------------------

def test_a_name_signoff_closed_by_a_full_stop(tmp_path):
    """'... katanya. (Wiryo).': a writer's one-word sign-off, then a stop."""
    ps = paragraphs(FLOOD)
    doc = run_page(tmp_path, page(ps[:-1], ps[-1] + " (Wiryo)."))
    assert doc.meta["authors"] == ["Wiryo"]
    assert not lost(doc, sentences(FLOOD))


def test_a_related_posts_heading_under_a_signoff_credits_nobody(tmp_path):
    """'Mungkin Anda Menyukai' ("you may like") under the text's code sign-off: a heading, not a byline."""
    ps = paragraphs(FLOOD)
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", ps[:-1], ps[-1] + " (abc/D-2)", "", "Mungkin Anda Menyukai"))
    assert doc.meta["authors"] == []
    assert not lost(doc, sentences(FLOOD))


def test_a_commission_beside_the_date_line_is_no_person(tmp_path):
    """'14-05-2019 / KOMISI IV' under a parliament site's headline: the date, and a body that names nobody."""
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", "14-05-2019 / KOMISI IV", "", paragraphs(FLOOD)))
    assert doc.meta["authors"] == []
    assert str(doc.meta["published_date"]) == "2019-05-14"
    assert not lost(doc, sentences(FLOOD))


def test_a_writers_description_after_the_byline_is_no_second_name(tmp_path):
    """'Kontributor Harian Contoh dan Dosen' under the byline: what the writer is, not a second writer."""
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", "Penulis: Wiryo Santoso", "", "Kontributor Harian Contoh dan Dosen",
                                  "", paragraphs(FLOOD)))
    assert doc.meta["authors"] == ["Wiryo Santoso"]
    assert not lost(doc, sentences(FLOOD))


def test_a_sentence_opening_with_a_first_name_spelt_like_the_byline_word(tmp_path):
    """'Oleh Kovalenko, gubernur wilayah ..., mengatakan ... .' ('Oleh' is a Ukrainian first name): a sentence of
    the text, no byline."""
    said = ("Oleh Kovalenko, gubernur wilayah timur negara itu, mengatakan jembatan dan jalan rusak akibat banjir "
            "yang datang semalam.")
    ps = paragraphs(FLOOD)
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", ps[:1], said, ps[1:]))
    assert doc.meta["authors"] == []
    assert not lost(doc, sentences(FLOOD) + [said])


# -- the page naming itself ------------------------------------------------------------------------------------------

SELF_NAMED = [
    pytest.param(["Berdasarkan informasi yang diterima KABARCONTOH.ME di lapangan, warga sempat panik."], "kabarcontoh.me",
                 True, id="'informasi yang diterima SITE.ME'"),
    pytest.param(["Dari pantauan Kabarcontoh.media, puluhan warga berjaga di tepi sungai sejak pagi."],
                 "kabarcontoh.media", True, id="'Dari pantauan Site.media'"),
    pytest.param(["Silakan baca konten menarik lainnya dari Kabarcontoh.co di Google News"], "kabarcontoh.co", False,
                 id="'Silakan baca ... dari SITE di Google News'"),
    pytest.param(["Follow Official WhatsApp Channel kabarcontoh.com untuk mendapatkan berita terkini."],
                 "kabarcontoh.com", False, id="'Follow Official WhatsApp Channel SITE'"),
    pytest.param(["Aplikasi Android Kotacontohnews"], "kotacontohnews", False, id="'Aplikasi Android NAME' link"),
]


@pytest.mark.parametrize("lines, sid, body", SELF_NAMED)
def test_a_page_naming_itself_in_its_text_or_chrome(tmp_path, lines, sid, body):
    """A page whose dateline names no outlet names itself: its reporter watching or receiving news, a follow
    prompt naming the site before or after the platform, an app link of its own."""
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", paragraphs(FLOOD), lines))
    assert doc.meta["source_id"] == sid
    assert doc.meta["attributions"] == []
    assert not lost(doc, sentences(FLOOD) + (lines if body else []))


def test_an_about_us_paragraph_removed_with_the_chrome_names_the_site(tmp_path):
    """'Kabarcontoh.co adalah bagian dari Grup Contoh ...' in the footer block under the text."""
    about = ("Kabarcontoh.co adalah bagian dari Grup Media Contoh yang memiliki visi menyajikan berita yang aktual "
             "dan terpercaya")
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", paragraphs(FLOOD), "", "Berita Lainnya", "", about, "Grup Media Contoh"))
    assert doc.meta["source_id"] == "kabarcontoh.co"
    assert not lost(doc, sentences(FLOOD))


def test_a_platforms_host_alone_above_the_dateline_is_a_photo_credit(tmp_path):
    """'google.com' alone on a line under a picture, then 'Kabarcontoh.id – ' opening the lede: the outlet is the
    dateline's, the search engine's host is the picture's credit."""
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", "google.com", "", lede("Kabarcontoh.id \u2013 ", FLOOD)))
    assert doc.meta["source_id"] == "kabarcontoh.id"
    assert not lost(doc, sentences(FLOOD))


def test_a_sites_name_printed_before_its_own_host_is_the_host(tmp_path):
    """'Kabarcontoh.kabarcontoh.com - Jakarta. ': the name and the host repeat one label; the outlet is the host."""
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", lede("Kabarcontoh.kabarcontoh.com - Jakarta. ", FLOOD)))
    assert doc.meta["source_id"] == "kabarcontoh.com"
    assert doc.meta["dateline_place"] == "Jakarta"
    assert not lost(doc, sentences(FLOOD))


def test_initials_in_the_dateline_spelt_out_by_the_sites_host_in_the_text(tmp_path):
    """'KCM – ' opening the lede, 'Dari pantauan Kabar.contoh.media, ...' below: the host whose words begin with
    those initials is the page's own name."""
    seen = "Dari pantauan Kabar.contoh.media, puluhan warga berjaga di tepi sungai sejak pagi."
    ps = lede("KCM \u2013 ", FLOOD)
    doc = run_page(tmp_path, page(ps[:1], seen, ps[1:]))
    assert doc.meta["source_id"] == "kabar.contoh.media"
    assert doc.meta["dateline_place"] is None
    assert not lost(doc, sentences(FLOOD) + [seen])


def test_a_place_dateline_before_a_lede_cut_by_hard_line_breaks(tmp_path):
    """'Sleman - Bupati Sleman,' then the sentence going on over hard-wrapped lines (a blog's copy): the place."""
    text = ("Sleman - Bupati Sleman,\nBapak Wiryo Santoso, meresmikan tanggul baru di tepi Sungai Cibiru\n"
            "yang dibangun selama dua tahun terakhir.\n\n" + "\n\n".join(paragraphs(FLOOD)) + "\n")
    doc = run_page(tmp_path, text)
    assert doc.meta["dateline_place"] == "Sleman"
    assert not lost(doc, sentences(FLOOD))


def test_a_foreign_outlets_reporters_in_the_news_are_not_the_page_naming_itself(tmp_path):
    """'tenda wartawan Al Jazeera di depan rumah sakit juga dibom' on a copy naming no outlet: the agency's staff are
    the news, the page is not Al Jazeera's (a domestic outlet's reporter named so would be the page's own)."""
    hit = "Pekan lalu, tenda wartawan Al Jazeera di depan rumah sakit itu juga terkena banjir."
    doc = run_page(tmp_path, page(FLOOD_TITLE, "", paragraphs(FLOOD), hit))
    assert doc.meta["source_id"] is None
    assert doc.meta["attributions"] == []
    assert not lost(doc, sentences(FLOOD) + [hit])
