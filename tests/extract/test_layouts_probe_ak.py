"""Layouts of major Indonesian outlets met on probe set AK (2026-12: new pages of the same outlets as set AI, held
out while AI's families were fixed, then used for this stop's second fix round; set AL measured the rules after).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: an English daily's header (an outdated-browser banner, a byline 'NAME (The Outlet)', a date
printed three times, the text-size button and a gift-an-article box); a business portal's premium-content box; a
broadcaster's live-stream call; a portal's search box over the headline; related headlines printed between bars
under a topic's name.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"
ENGLISH = [["Rice prices at traditional markets rose for a second week, traders in the city said on Monday.",
            "Supplies from the main producing regions fell after the harvest season ended last month."],
           ["The city government promised market operations at twelve sites starting next week.",
            "Officials said reserves in the warehouses would last for at least three more months."]]
EN_TITLE = "City promises market operations as rice prices climb"


def test_an_english_dailys_header(tmp_path):
    chrome = ["Please Update your browser",
              "Your browser is out of date, and may not be compatible with our website. A list of browsers is below.",
              "Just click on the icons to get to the download page.",
              "Tue, March 4, 2025 Published on Mar. 4, 2025 Published on 2025-03-04T08:15:00+07:00",
              "Change text size", "Gift Premium Articles", "to Anyone",
              "Share the best of The Jakarta Post with friends, family, or colleagues. Subscribers can gift articles."]
    byline = "Rahmat Hidayat (The Jakarta Post)"
    text = page(chrome[:3], EN_TITLE, byline, chrome[3:], lede("", ENGLISH))
    check(tmp_path, text, Truth(title=EN_TITLE, outlet="The Jakarta Post", authors=("Rahmat Hidayat",),
                                published=dt.date(2025, 3, 4), basis="date_line"), sentences(ENGLISH), chrome + [byline])


def test_a_date_printed_again_for_another_day_is_no_date_line(tmp_path):
    # two days on one line: nothing says which is the publication's
    line = "Tue, March 4, 2025 Published on Mar. 5, 2025"
    text = page(EN_TITLE, line, lede("", ENGLISH))
    doc = run_page(tmp_path, text)
    assert doc.meta.get("published_date") is None


def test_a_cut_caption_closed_by_an_agency_is_still_a_caption(tmp_path):
    # the words before the agency are no person's name: the line is a caption cut short, not a byline
    caption = "Pedagang menata karung beras di pasar induk kota pada pagi hari (Antara)"
    text = page(TITLE, caption, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [caption])


def test_a_business_portals_premium_content_box(tmp_path):
    box = ["Konten Premium", "Dapatkan informasi pasar yang diolah secara mendalam di Kabarcontoh.com. Silakan login "
                             "untuk menikmati artikel Konten Premium."]
    text = page(TITLE, lede("JAKARTA – ", RICE), box)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), box)


def test_a_broadcasters_live_stream_call_names_no_outlet(tmp_path):
    call = "Saksikan live streaming TV Contoh hanya di Klik Disini"
    text = page(TITLE, lede("JAKARTA – ", RICE), call)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [call])


def test_a_search_box_over_the_headline(tmp_path):
    box = "Can't find what you're looking for?View all search results"
    text = page(box, TITLE, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [box])


def test_related_headlines_between_bars_under_a_topics_name(tmp_path):
    related = ["Konflik Harga Pangan", "| Stok Beras di Gudang Bulog Aman Sampai Akhir Tahun |", "|---|",
               "| Petani Kota Contoh Panen Raya, Harga Gabah Kering Turun Tipis |", "|---|"]
    text = page(TITLE, lede("JAKARTA – ", RICE), related)
    doc = run_page(tmp_path, text)
    assert not doc.meta.get("authors")
    for line in related[1:]:
        assert line not in doc.text
    assert all(s in doc.text for s in sentences(RICE))
