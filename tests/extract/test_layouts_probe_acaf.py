"""Layouts met on the probe sets AC, AD, AE and AF (2026-12; held out at stop 27, used for this stop's fix round).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: a date line whose hour is set apart by a colon; a reading time printed between the
date and the writer; a cookie-consent plugin's preference panel; a follow call opened by "find"; a share label
naming no platform; a republishing ban wrapped over two lines; a theme's skip links glued on one line, its menu
drawer's button and its row of social links above the headline; a relative timestamp; a breadcrumb with its
separators glued before the headline; a follow call naming the site's Telegram channel above the text; an outlet's host closed by a full stop opening
the lede; a reporting verb with its '-nya' clitic after an outlet; two outlets joined by 'and' before one verb;
an agency named after a news-agency phrase and a comma; an agency's name in its Indonesian spelling; sign-offs of
desks' codes glued to the last word, and of a desk's words in lower case before an editor's initials.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import DIPLOMACY, RICE, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_a_date_line_whose_hour_is_set_apart_by_a_colon(tmp_path):
    # a monitoring portal's header: the date and its hour split by " : ", above the headline; no headline
    # is a date
    text = page("12 Mar 2025 : 09.15", TITLE, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", published=dt.date(2025, 3, 12), basis="date_line"),
          sentences(RICE), ["12 Mar 2025 : 09.15"])


def test_a_reading_time_between_the_date_and_the_writer(tmp_path):
    bar = "Rabu, 12 Maret 2025 | 3 min read | Rahmat H"
    text = page(bar, TITLE, lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, published=dt.date(2025, 3, 12), basis="byline",
                                authors=("Rahmat H",)), sentences(RICE), [bar])


def test_a_cookie_consent_plugins_preference_panel_under_the_story(tmp_path):
    # the plugin's stock strings, the same on every site running it; the panel is English under an Indonesian story
    panel = ["Customise Consent Preferences", "Always Active",
             "Necessary cookies are required to enable the basic features of this site, such as secure log-in.",
             "Functional cookies help perform certain functionalities like sharing the content of the website.",
             "No cookies to display.", "Advertisement cookies are used to provide visitors with customized ads.",
             "Reject All", "Accept All"]
    text = page(TITLE, lede("JAKARTA – ", RICE), panel)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), panel)


def test_a_follow_call_a_share_label_and_a_wrapped_republishing_ban(tmp_path):
    foot = ["Temukan berita pilihan kami di Google News", "Bagikan lewat:",
            "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan berita",
            "ini untuk akun media sosial tanpa izin tertulis dari redaksi."]
    text = page(TITLE, lede("JAKARTA – ", RICE), foot)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), foot)


def test_a_sentence_telling_what_is_forbidden_stays(tmp_path):
    # a story's own sentence opened by the ban's words: it names no article, no permission of the editors
    body = RICE + [["Dilarang mengambil gambar di dalam gudang beras, kata petugas yang berjaga di pintu masuk pasar."]]
    text = page(TITLE, lede("JAKARTA – ", body))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(body), [])


def test_skip_links_a_menu_button_and_social_links_above_the_headline(tmp_path):
    chrome = ["Lompat ke konten Lompat ke sidebar Lompat ke footer", "Close Menu", "Facebook X (Twitter) Instagram"]
    text = page(*chrome, TITLE, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), chrome)


def test_a_relative_timestamp_is_no_headline(tmp_path):
    text = page("5 hours ago", lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=None, place="Jakarta"), sentences(RICE), ["5 hours ago"])


def test_a_breadcrumb_with_its_separators_glued_before_the_headline(tmp_path):
    text = page(f"Beranda » {TITLE}", lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [])


def test_a_follow_call_naming_the_sites_telegram_channel_is_no_headline(tmp_path):
    call = "Jangan lupa follow channel Telegram KotaKini untuk berita terkini setiap hari!"
    text = page(call, TITLE, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [call])


def test_a_host_closed_by_a_full_stop_opens_the_lede(tmp_path):
    text = page(TITLE, lede("KABARKOTA.COM. ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="KABARKOTA.COM"), sentences(RICE), [])


# -- attributions ---------------------------------------------------------------------------------------------------

def test_an_outlet_before_a_reporting_verb_with_its_clitic(tmp_path):
    line = "Tidak ada korban jiwa dalam kebakaran gudang itu, kata juru bicara kepolisian, Al Jazeera memberitakannya pada Senin."
    text = page(TITLE, lede("", DIPLOMACY), line)
    check(tmp_path, text, Truth(title=TITLE, attributions=("Al Jazeera",)), sentences(DIPLOMACY) + [line], [])


def test_two_outlets_joined_by_and_before_one_verb(tmp_path):
    line = "Sebelumnya, The Guardian dan Axios melaporkan bahwa pertemuan itu digelar secara tertutup di Doha."
    text = page(TITLE, lede("", DIPLOMACY), line)
    check(tmp_path, text, Truth(title=TITLE, attributions=("The Guardian", "Axios")), sentences(DIPLOMACY) + [line], [])


def test_an_outlet_and_a_person_joined_by_and_is_no_citation(tmp_path):
    # the verb is the minister's: the outlet before 'dan' reports nothing here
    line = "Dalam acara itu, wartawan Reuters dan Menteri Luar Negeri Sugiono mengatakan bahwa dialog harus dilanjutkan."
    text = page(TITLE, lede("", DIPLOMACY), line)
    check(tmp_path, text, Truth(title=TITLE), sentences(DIPLOMACY) + [line], [])


def test_an_agency_named_after_a_news_agency_phrase_and_in_its_indonesian_spelling(tmp_path):
    lines = ["Rencana itu disampaikan seorang diplomat kepada kantor berita setempat, BNS, pada Rabu pagi.",
             "Pertemuan berikutnya dijadwalkan bulan depan, demikian laporan Interfax-Ukraina."]
    text = page(TITLE, lede("", DIPLOMACY), lines)
    check(tmp_path, text, Truth(title=TITLE, attributions=("Baltic News Service", "Interfax-Ukraine")),
          sentences(DIPLOMACY) + lines, [])


# -- sign-offs ------------------------------------------------------------------------------------------------------

def test_desks_codes_glued_to_the_last_word(tmp_path):
    ps = lede("KOTA CONTOH – ", RICE)
    ps[-1] = ps[-1].rstrip(".") + "(HumasKota/SetdaContoh)"
    text = page(TITLE, ps)
    body = [s.rstrip(".") for s in sentences(RICE)]
    check(tmp_path, text, Truth(title=TITLE, place="Kota Contoh"), body, ["(HumasKota/SetdaContoh)"])


def test_a_desks_words_in_lower_case_before_an_editors_initials(tmp_path):
    ps = lede("KOTA CONTOH – ", RICE)
    ps[-1] = ps[-1] + " (adv-dprd kota/rn)"
    text = page(TITLE, ps)
    check(tmp_path, text, Truth(title=TITLE, place="Kota Contoh"), sentences(RICE), ["(adv-dprd kota/rn)"])
