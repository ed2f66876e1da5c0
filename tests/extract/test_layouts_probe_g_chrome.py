"""Page chrome and headers met on a held-out probe of 40 unseen pages (2026-12, set G) that earlier pages do not show.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py), every story
sentence must survive whole and every planted chrome line must be gone. Families: follow widgets and lone
hashtags, image-path, alt-text and dashed-credit captions, markdown table rows, video teasers, a related
heading under a bare "Read also", channel lines and captions above the headline, desk words in the dateline.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import DIPLOMACY, FLOOD, QUAKE, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import DIPLO_TITLE, FLOOD_TITLE, lede, page

QUAKE_TITLE = "Gempa Magnitudo 5,6 Guncang Pesisir Selatan, Tidak Berpotensi Tsunami"
RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Keluhkan Pembeli Sepi"


# -- footer and in-text chrome --------------------------------------------------------------------------------------

def test_a_follow_widget_naming_googlenews_as_one_word_and_a_lone_hashtag_close_the_page(tmp_path):
    """A small WordPress site: the text, then 'Ikuti SITE di GoogleNews', then one hashtag on its own line. The
    widget leaves the text, and it names the site (the page's outlet: test_layouts_probe_g_credits)."""
    footer = ["", "Ikuti Kabar Contoh Online di GoogleNews", "", "#banjir", "", "Index"]
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), footer)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Kabar Contoh"), sentences(FLOOD),
          ["Ikuti Kabar Contoh Online di GoogleNews", "#banjir", "Index"])


def test_a_video_teaser_opened_by_the_word_watch_between_paragraphs_is_chrome(tmp_path):
    """A business daily: 'Tonton: HEADLINE OF A VIDEO' between two paragraphs."""
    teaser = "Tonton: Warga Bantaran Sungai Mulai Mengungsi Jelang Puncak Musim Hujan"
    ps = lede("JAKARTA - ", FLOOD)
    text = page(FLOOD_TITLE, ps[:2], teaser, ps[2:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta"), sentences(FLOOD), [teaser])


def test_an_images_alt_text_above_its_caption_credited_to_a_social_handle_is_chrome(tmp_path):
    """Between paragraphs: the photo's alt text, then the same words closed by '(Instagram/@account)'."""
    alt = "Menteri luar negeri berjabat tangan seusai pertemuan bilateral"
    caption = alt + " (Instagram/@kemlu_contoh)"
    ps = lede("KABAR CONTOH – ", DIPLOMACY)
    text = page(ps[:2], alt, caption, ps[2:])
    check(tmp_path, text, Truth(outlet="KABAR CONTOH"), sentences(DIPLOMACY), [alt, "@kemlu_contoh"])


def test_a_visitor_counter_copied_as_markdown_table_rows_under_the_text_is_chrome(tmp_path):
    """A government site's footer: image cells whose address was lost ('![]() |') and rows holding one number."""
    footer = ["![]() |", ": | 7 |", "![]() |", ": | 5120 |", "![]() |", ": | 2318 |"]
    text = page(paragraphs(RICE), footer)
    check(tmp_path, text, Truth(), sentences(RICE), ["![]()", "5120", "2318", ": | 7 |"])


def test_a_bare_read_also_over_a_recommendation_heading_and_its_cut_teasers_is_chrome(tmp_path):
    """A news blog: under the text 'Read Also', 'Recommendation for You', teasers cut with an ellipsis, the last
    teaser cut by the page's end."""
    teasers = ["Ratusan warga turun ke jalan menuntut perbaikan jembatan yang rusak sejak awal tahun…",
               "Festival layang-layang tahunan kembali digelar di pantai selatan dengan peserta dari…",
               "Seorang nelayan menemukan bangkai paus sepanjang delapan meter di perairan dekat…",
               "Saat musim kemarau tiba, petani di"]
    text = page(QUAKE_TITLE, "", paragraphs(QUAKE), "", "Read Also", "Recommendation for You", "", teasers)
    check(tmp_path, text, Truth(title=QUAKE_TITLE), sentences(QUAKE),
          ["Read Also", "Recommendation for You"] + teasers)


# -- header: captions and the title ---------------------------------------------------------------------------------

def test_an_image_path_of_two_domains_before_the_images_title_and_a_desk_word_dateline(tmp_path):
    """A regional portal: title, date line, an 'image' label, 'site/source/Image title', a follow widget cut in
    two lines, then 'OUTLET.COM, DUNIA.' over the lede."""
    path = "kabarcontoh.com/sumbercontoh.com/Menlu Dua Negara Bahas Kerja Sama Dagang dan Pendidikan"
    header = [DIPLO_TITLE, "Rabu, 12 Maret 2025, 09:30 WITA", "image", "", path, "", "IKUTI KABARCONTOH.COM DI", "",
              "GOOGLE NEWS", "", "KABARCONTOH.COM, DUNIA.", ""]
    text = page(header, paragraphs(DIPLOMACY))
    check(tmp_path, text, Truth(title=DIPLO_TITLE, outlet="KABARCONTOH.COM", published=dt.date(2025, 3, 12),
                                basis="date_line"), sentences(DIPLOMACY), [path, "GOOGLE NEWS"])


def test_a_desk_word_before_the_dash_is_a_rubric_not_the_place(tmp_path):
    """'RAGAM – ' opens the lede: the site's soft-news desk, no city."""
    text = page(RICE_TITLE, "", lede("RAGAM – ", RICE))
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), [])


def test_a_stock_photo_credit_glued_between_dashes_closes_a_caption_under_the_title(tmp_path):
    """'Ilustrasi ... -pixabay-': an illustration's caption, its source between dashes, under the headline."""
    caption = "Ilustrasi tanggul sungai yang dibangun untuk mencegah banjir-pixabay-"
    text = page(FLOOD_TITLE, caption, paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), [caption])


def test_a_channel_line_with_its_lower_case_section_path_is_not_the_title(tmp_path):
    """A broadcaster's page opens with its channel name and the section path of its address in lower case."""
    text = page("Kabar Contoh TV nasional hukum", "", QUAKE_TITLE, "", lede("PADANG, KABARCONTOH.TV - ", QUAKE))
    check(tmp_path, text, Truth(title=QUAKE_TITLE, place="Padang", outlet="KABARCONTOH.TV"), sentences(QUAKE),
          ["Kabar Contoh TV nasional hukum"])


def test_a_photo_caption_closed_by_an_agency_in_brackets_above_the_headline_is_not_the_title(tmp_path):
    """A TV site's text: the photo's caption, a sentence closed by '(Reuters)', then the headline and byline."""
    caption = "Warga membersihkan puing rumah yang rusak akibat gempa di pesisir selatan. (Reuters)"
    text = page(caption, QUAKE_TITLE, lede("Padang: ", QUAKE))
    check(tmp_path, text, Truth(title=QUAKE_TITLE, place="Padang"), sentences(QUAKE), [caption])


def test_a_headline_rubric_over_the_pages_own_headline_and_lede_keeps_the_title(tmp_path):
    """'Headline' (the site's rubric), the headline, then the lede: not a related block and its teaser."""
    text = page("Headline", RICE_TITLE, lede("KabarContoh.id, Jakarta – ", RICE))
    check(tmp_path, text, Truth(title=RICE_TITLE, place="Jakarta", outlet="KabarContoh.id"), sentences(RICE),
          ["Headline"])


def test_a_correspondents_name_over_his_role_and_a_lone_photo_agency_credit_are_no_title(tmp_path):
    """A copied analysis: 'NAME' / 'Koresponden diplomatik' / 'Getty Images', then the text: no headline on the page."""
    text = page("Bambang Sutrisno", "Koresponden diplomatik", "Getty Images", paragraphs(DIPLOMACY))
    check(tmp_path, text, Truth(authors=("Bambang Sutrisno",)), sentences(DIPLOMACY),
          ["Koresponden diplomatik", "Getty Images"])


def test_a_short_headline_over_a_labelled_credit_stays_the_title(tmp_path):
    """A guard for the rule above: 'Banjir Landa Kota Contoh' (shaped like a name) over 'Penulis: NAME' is the
    headline, not a byline (a label with a colon is no job title)."""
    title = "Banjir Landa Kota Contoh"
    text = page(title, "Penulis: Bambang Sutrisno", lede("JAKARTA - ", FLOOD))
    check(tmp_path, text, Truth(title=title, place="Jakarta", authors=("Bambang Sutrisno",)), sentences(FLOOD),
          ["Penulis: Bambang Sutrisno"])


# -- families of the earlier probes (sets C and D) met again ---------------------------------------------------------

def test_a_meta_bar_with_icons_and_a_view_counter_gives_the_date_and_emoji_led_widgets_are_chrome(tmp_path):
    """A small portal: '| (calendar) DATE | (eyes) N views' under the title; '(megaphone) Share ...!' and
    '(target) Related news' under the text."""
    bar = "| \U0001f4c5 12 March 2025 | \U0001f440 1.204 views"
    footer = ["\U0001f4e2 Bagikan ke kerabat Anda!", "\U0001f3af Berita Terkait"]
    text = page(RICE_TITLE, bar, paragraphs(RICE), footer)
    check(tmp_path, text, Truth(title=RICE_TITLE, published=dt.date(2025, 3, 12), basis="date_line"), sentences(RICE),
          [bar, "Bagikan ke kerabat", "\U0001f3af Berita Terkait"])


def test_an_ad_gates_countdown_and_a_lone_stock_agency_credit_are_chrome(tmp_path):
    """'Wait 5 sec.' under the headline; 'Getty Images' alone on a line between paragraphs."""
    ps = lede("JAKARTA - ", QUAKE)
    text = page(QUAKE_TITLE, "Wait 5 sec.", ps[:2], "Getty Images", ps[2:])
    check(tmp_path, text, Truth(title=QUAKE_TITLE, place="Jakarta"), sentences(QUAKE), ["Wait 5 sec.", "Getty Images"])


def test_a_follow_button_glued_after_the_date_line_is_no_byline(tmp_path):
    """A regional portal's date line ends with its follow button: 'Rabu, 12 Maret 2025, 09:30 WITA Follow'."""
    text = page(FLOOD_TITLE, "Rabu, 12 Maret 2025, 09:30 WITA Follow", "", lede("JAKARTA - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta", published=dt.date(2025, 3, 12), basis="date_line"),
          sentences(FLOOD), ["WITA Follow"])
