"""Layouts met on the harvest of unlabelled real pages (2026-12, 301 pages from 291 hosts), each page invented in
that layout and run through the build's own steps (tests/extract/pagekit.py):

- a photo's caption glued to the end of the lede: a regional portal prints the photo's caption and credit right
  after the first paragraph's last word, on the same line ('... itu.Wisudawan X (Foto : Outlet)'). The line
  closes with a photo credit, so the line rules took it whole for a caption, and the lede with it (its
  sentences, the dateline, the outlet). Only the caption's words and the credit go;
- a logo's alt text over the rubric and the headline ('Logo Outlet Name' / 'Special Research' / headline): the
  alt text was taken for the title, the rubric for a byline, the headline for a teaser;
- a results provider's credit in capitals under a list ('TOURNAMENT SOFTWARE'), credited as a person;
- a reading prompt over a byline on a page copied without its headline, a weather widget's temperature, a share
  button with the font-size buttons: each was taken for the title (or the temperature for the section);
- under the text: a desk's code after a credited name, a source credit giving a long address, sign-offs of
  initials with a desk's number, an author box, a copied table's rules: each stayed in the text;
- a district named like a daily newspaper ("Kecamatan Harian"), read as an unregistered newspaper cited.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import FLOOD, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import page

RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Keluhkan Pembeli Sepi"


def test_a_caption_glued_to_the_lede_is_cut_and_the_lede_stays(tmp_path):
    caption = "Pedagang beras di pasar induk Kolaka (Foto : Kabarkolaka.com)"
    ps = paragraphs(RICE)
    lede = "Kabarkolaka.com, Kolaka - " + ps[0] + caption  # glued: no space after the last full stop
    text = page(RICE_TITLE, lede, ps[1:])
    check(tmp_path, text, Truth(title=RICE_TITLE, place="Kolaka", outlet="Kabarkolaka.com"), sentences(RICE), [caption])


def test_a_lede_closed_by_a_credit_alone_keeps_its_last_sentence(tmp_path):
    """No caption words glued, only the credit: the credit goes, every sentence of the lede stays."""
    ps = paragraphs(RICE)
    credit = "(Foto: Dok. Kabarkolaka.com)"
    text = page(RICE_TITLE, "KOLAKA - " + ps[0] + " " + credit, ps[1:])
    check(tmp_path, text, Truth(title=RICE_TITLE, place="Kolaka"), sentences(RICE), [credit])


def test_a_logo_alt_text_is_no_title_and_the_rubric_under_it_no_byline(tmp_path):
    chrome = ["Logo Kabar Ekonomi", "Special Research"]
    title = "Harga Beras Naik Lagi, Perlukah Operasi Pasar Digelar?"
    text = page(chrome[0], "", chrome[1], "", title, "", "Rina Kartikasari", "02 October 2023 15:20", "",
                ["JAKARTA - " + paragraphs(RICE)[0]], paragraphs(RICE)[1:])
    # the logo's alt text is the masthead: it names the outlet (the site-icon precedents of the probe truth, M12/Q16/X40)
    check(tmp_path, text, Truth(title=title, place="Jakarta", outlet="Kabar Ekonomi", published=dt.date(2023, 10, 2),
                                basis="date_line", authors=("Rina Kartikasari",)), sentences(RICE), chrome)


def test_a_results_providers_credit_in_capitals_credits_nobody(tmp_path):
    text = page("Banjir Rendam Tiga Desa", "", paragraphs(FLOOD), "", "TOURNAMENT SOFTWARE")
    check(tmp_path, text, Truth(title="Banjir Rendam Tiga Desa"), sentences(FLOOD), [])


def test_a_reading_prompt_over_a_byline_is_no_title_and_the_name_stays_a_byline(tmp_path):
    """A portal network's page copied without its headline: the reading prompt, the byline's name, the date line."""
    chrome = ["Scroll untuk membaca artikel"]
    text = page(chrome[0], "Rina Kartikasari", "Jum'at, 12 Maret 2021 | 14:59 WIB", paragraphs(RICE))
    check(tmp_path, text, Truth(title=None, published=dt.date(2021, 3, 12), basis="date_line",
                                authors=("Rina Kartikasari",)), sentences(RICE), chrome)


def test_a_weather_widget_over_the_city_and_date_is_no_title(tmp_path):
    """A regional daily's header: the weather widget's temperature, the city, the date, then the headline. The
    temperature is removed as a widget (it was removed as the page's section, or taken for the title when a
    kicker stood over the headline). The date beside the weather is the day the page was served, not the story's:
    a read page of the same network (probe set AO, 2026-12) printed a 2022 day over a 2020 story, so it is no
    publication date (this fixture expected one until then)."""
    chrome = ["24.4 C"]
    text = page(chrome[0], "Manado", "Sabtu, 2 Juli 2022", RICE_TITLE, paragraphs(RICE))
    doc = check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), chrome)
    assert [ln.rule for ln in doc.lines if doc.line_text(ln) == "24.4 C"] == ["chrome.widget"]
    assert doc.meta.get("section") != "24.4 C"


def test_a_share_and_font_size_row_under_a_date_stamp_is_no_title(tmp_path):
    """A business daily's copy without its headline: a machine date stamp glued to the share button and the
    font-size buttons, then the dateline's lede."""
    ps = paragraphs(RICE)
    text = page("date 2023-01 Bagikan A- A+", "JAKARTA - " + ps[0], ps[1:])
    check(tmp_path, text, Truth(title=None, place="Jakarta", published=dt.date(2023, 1, 1), basis="date_stamp"),
          sentences(RICE), ["Bagikan A- A+"])


def test_desk_codes_sign_offs_a_desk_code_after_a_credit_and_a_long_source_address(tmp_path):
    """Under the text: a reporter's credit with the desk's code in brackets ('Reporter: NAME [abc]'), a source
    credit giving the copied page's whole address, a sign-off of initials and a desk number ('(Abcd / 002)',
    '(abc/bk-10)'), a WordPress author box ('About NAME 23 Articles'), a copied table's rules ('---|')."""
    chrome = ["Reporter: Rina Kartikasari [cob]",
              "Sumber : https://kabarkota.com/2022/08/11/harga-beras-medium-naik-lagi-pedagang-keluhkan-pembeli-sepi-"
              "di-pasar-tradisional-kota",
              "---|", "About kabarkota 23 Articles", "(Orik / 002)"]
    text = page(RICE_TITLE, paragraphs(RICE), chrome)
    check(tmp_path, text, Truth(title=RICE_TITLE, authors=("Rina Kartikasari",), attributions=("kabarkota.com",)),
          sentences(RICE), chrome)


def test_an_initials_and_desk_number_sign_off_on_its_own_line(tmp_path):
    chrome = ["(fad/bk-10)"]
    text = page(RICE_TITLE, paragraphs(RICE), chrome)
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), chrome)


def test_a_district_named_like_a_daily_is_no_source(tmp_path):
    """'Kecamatan Harian Kabupaten Samosir': a district whose name is the word for a daily newspaper; the
    name after it is a regency, not an unregistered newspaper the text cites."""
    ps = paragraphs(RICE)
    lede = ("SAMOSIR - Seorang mantan kepala desa di Kecamatan Harian Kabupaten Samosir ditahan jaksa karena "
            "dugaan korupsi dana desa.")
    text = page(RICE_TITLE, lede, ps)
    check(tmp_path, text, Truth(title=RICE_TITLE, place="Samosir"), sentences(RICE) + [lede[len("SAMOSIR - "):]], [])
