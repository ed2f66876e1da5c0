"""Layout fixtures for attributions and self-references seen on held-out pages (probe set D families): a
domestic outlet quoting someone on a page that names no outlet is the page naming itself; an acting official's
title 'Pelaksana Harian' is no daily newspaper. Same conventions as test_layouts.py.
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_a_domestic_outlet_quoting_is_the_page_naming_itself(tmp_path):
    said = "\"Stok kami aman sampai Maret,\" ujar kepala gudang, Okezone mengutip keterangan tertulisnya, Senin."
    ps = lede("", RICE)
    text = page(TITLE, ps[:2], said, ps[2:])
    check(tmp_path, text, Truth(title=TITLE, outlet="Okezone"), sentences(RICE) + [said], [])


@pytest.mark.parametrize("said, cited", [
    pytest.param("Reuters mengutip seorang pejabat gudang yang menyebut stok cukup hingga Maret.", "Reuters",
                 id="an agency quoting is still an attribution"),
    pytest.param("\"Stok kami aman sampai Maret,\" terangnya, dikutip TVP World, pekan ini.", "TVP World",
                 id="dikutip X, a foreign public broadcaster's international channel"),
])
def test_quotes_cited_from_an_outlet(tmp_path, said, cited):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    text = page(TITLE, ps[:2], said, ps[2:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID", attributions=(cited,)),
          sentences(RICE) + [said], [])


@pytest.mark.parametrize("sentence", [
    pytest.param("Kepala Pelaksana Harian Badan Penanggulangan Bencana Kota Contoh Budi Santoso merinci jumlah "
                 "pengungsi di tiga desa.", id="Kepala Pelaksana Harian BODY"),
])
def test_an_acting_officials_title_is_no_newspaper(tmp_path, sentence):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    text = page(TITLE, ps[:2], sentence, ps[2:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID"), sentences(RICE) + [sentence], [])


@pytest.mark.parametrize("top, bottom, outlet", [
    pytest.param(["kontan.co.id", "banner langganan top"], [], "kontan.co.id", id="a masthead domain above the title"),
    pytest.param([], ["Copyright @ 2024 Media Group - mediaindonesia. All Rights Reserved"], "Media Indonesia",
                 id="a copyright footer naming the group and the site's bare name"),
    pytest.param([], ["Copyright @ 2024 Harian Contoh. All Rights Reserved"], "Harian Contoh",
                 id="'Copyright @ year' of an unregistered outlet"),
])
def test_outlet_from_a_masthead_or_copyright_line(tmp_path, top, bottom, outlet):
    text = page(top, TITLE, lede("", RICE), bottom)
    check(tmp_path, text, Truth(title=TITLE, outlet=outlet), sentences(RICE), top + bottom)


def test_a_section_line_naming_an_outlet_inside_a_phrase_is_no_masthead(tmp_path):
    text = page("mitra kontan.co.id", TITLE, lede("", RICE))  # a partner banner: not the masthead
    check(tmp_path, text, Truth(title=TITLE), sentences(RICE), [])


# Held-out probe sets Q and R (2026-12), after they were measured: a numbered neighbourhood unit that shares a
# broadcaster's short name, a registered agency glued to the next word, a state agency cited by its full name.
@pytest.mark.parametrize("said, cited", [
    pytest.param("Pemuda setempat menyampaikan terima kasih kepada Karang Taruna RT 05 atas bantuan beras itu.", (),
                 id="kepada ... RT 05: a neighbourhood unit, not the broadcaster"),
    pytest.param("Warga RT.03/RW.07 ikut mengantre sejak pagi, menurut laporan pengurus kampung.", (),
                 id="RT.03/RW.07: a numbered unit"),
    pytest.param("Harga beras di kota itu juga naik, lapor kantor berita XinhuaKamis (6/7/2023).", ("Xinhua",),
                 id="an agency's name glued to the next word"),
    pytest.param("Stok beras di Beirut menipis, menurut Kantor Berita Nasional Lebanon (NNA).",
                 ("National News Agency",), id="Kantor Berita Nasional Lebanon (NNA)"),
])
def test_cited_names_on_fresh_sites(tmp_path, said, cited):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    text = page(TITLE, ps[:2], said, ps[2:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID", attributions=cited),
          sentences(RICE) + [said], [])


# Probe sets DC-DM (2026-12): an outlet named after its description or before its owner, country or short form, and
# the verb after those; a citing cue before a weak one. The negatives: the same words naming a network or no outlet.
@pytest.mark.parametrize("said, cited", [
    pytest.param("Televisi Al-Masirah milik Houthi melaporkan serangan udara di pelabuhan gandum kota itu.",
                 ("Al-Masirah",), id="NAME milik OWNER melaporkan"),
    pytest.param("Sementara itu, TV Al Manar Lebanon mengutip pejabat setempat yang menyebut stok gandum menipis.",
                 ("Al-Manar",), id="NAME COUNTRY mengutip"),
    pytest.param("Harga gandum di Beirut naik, Kantor Berita Nasional Lebanon (NNA) menyebutkan pada Selasa.",
                 ("National News Agency",), id="NAME (ABBR) menyebutkan"),
    pytest.param("Pasokan beras impor tertahan di pelabuhan, dikutip oleh kantor berita resmi Qatar QNA.",
                 ("Qatar News Agency",), id="kantor berita resmi COUNTRY NAME"),
    pytest.param("Iran juga menaikkan harga beras, menurut pernyataan media pemerintah Iran, Press TV.",
                 ("Press TV",), id="media pemerintah COUNTRY, NAME"),
    pytest.param("Mengutip laporan RT pekan ini, harga beras di Moskow ikut naik.", ("RT",),
                 id="a citing cue before the weak 'laporan'"),
    pytest.param("Harga beras di kota itu naik, katanya dikutip dari beritacontoh.com jejaring media suara.com.",
                 ("beritacontoh.com",), id="jejaring media SITE: the cited site's network, no second source"),
    pytest.param("Menurut laporan RT 05, warga mengantre beras murah sejak pagi.", (),
                 id="laporan RT 05: a neighbourhood unit, however the cue reads"),
    pytest.param("Krisis bermula saat media massa Qatar, yakni Al Jazeera, kerap menyiarkan kritik terhadap negara tetangga.",
                 (), id="media X, yakni NAME: the outlet the story is about, no source"),
])
def test_outlets_named_with_their_description(tmp_path, said, cited):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    text = page(TITLE, ps[:2], said, ps[2:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID", attributions=cited),
          sentences(RICE) + [said], [])


# Fix sets of stop 32 (2026-12): a registered Indonesian outlet's name in parentheses on the last line of a page that
# no dateline names is the outlet signing its own text; under another outlet's dateline it credits the copy's source; a news
# agency's name there is always the source, and a desk's lower-case code for an outlet ("(dtc)") credits a source.
@pytest.mark.parametrize("dateline, signoff, outlet, cited", [
    pytest.param("", "(Tribunnews.com)", "Tribunnews.com", (), id="no dateline: the outlet signing off"),
    pytest.param("JAKARTA, KABARCONTOH.ID – ", "(Tribunnews.com)", "KABARCONTOH.ID", ("Tribunnews.com",),
                 id="another outlet's dateline: the copy's source"),
    pytest.param("", "(Antara)", None, ("Antara",), id="an agency: the source"),
])
def test_an_outlets_name_closing_the_text(tmp_path, dateline, signoff, outlet, cited):
    ps = lede(dateline, RICE)
    text = page(TITLE, ps, signoff)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta" if dateline else None, outlet=outlet, attributions=cited),
          sentences(RICE), [signoff])


def test_a_host_in_lower_case_glued_to_the_last_sentence_credits_the_copys_source(tmp_path):
    ps = lede("", RICE)
    text = page(TITLE, ps[:-1], ps[-1] + "(tribunnews.com)")
    check(tmp_path, text, Truth(title=TITLE, attributions=("Tribunnews.com",)), sentences(RICE), ["(tribunnews.com)"])


@pytest.mark.parametrize("closing, cited", [
    pytest.param(" [Antara]", ("Antara",), id="[AGENCY] closing a paragraph"),
    pytest.param(" (AFP)", ("AFP",), id="(AGENCY) closing a paragraph"),
])
def test_an_agency_in_brackets_closing_a_paragraph_is_its_source(tmp_path, closing, cited):
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    text = page(TITLE, ps[:2], ps[2] + closing, ps[3:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID", attributions=cited),
          sentences(RICE), [])


def test_an_agency_in_brackets_inside_a_sentence_is_no_source(tmp_path):
    said = "Kantor berita itu (AFP) sempat menutup biro di kota tersebut selama sepekan karena banjir."
    ps = lede("JAKARTA, KABARCONTOH.ID – ", RICE)
    check(tmp_path, page(TITLE, ps[:2], said, ps[2:]), Truth(title=TITLE, place="Jakarta", outlet="KABARCONTOH.ID"),
          sentences(RICE) + [said], [])
