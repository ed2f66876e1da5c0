"""Chrome families that survived in the kept text of a 2026-12 harvest of Indonesian news pages (209 unlabelled
pages, 199 hosts): the same widget printed by unrelated sites in its own words, or printed where the rule did not
look (a table image cell between paragraphs rather than in the header or footer).

Each fixture is a whole page written for this test in a layout observed there (the text is invented); every story
sentence must survive whole and every planted chrome line must be gone.
"""

from __future__ import annotations

from tests.extract.corpus import FLOOD, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, lede, page

RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Keluhkan Pembeli Sepi"


def test_a_closed_comment_box_under_a_blog_copy_is_chrome(tmp_path):
    """A WordPress news blog: the text, then its theme's notice that the comments are closed (in English)."""
    text = page(FLOOD_TITLE, lede("KABARCONTOH.COM - ", FLOOD), "Comments are closed.")
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="KABARCONTOH.COM"), sentences(FLOOD),
          ["Comments are closed."])


def test_an_empty_comment_box_and_the_platform_credit_under_a_blogger_copy_are_chrome(tmp_path):
    """A Blogger copy of a regional story: the text, the count of comments in words, the platform's credit."""
    text = page(RICE_TITLE, paragraphs(RICE), "Tidak ada komentar:", "Diberdayakan oleh Blogger.")
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), ["Tidak ada komentar:", "Diberdayakan oleh Blogger."])


def test_a_comment_prompt_and_a_video_heading_closing_a_portal_page_are_chrome(tmp_path):
    """A national portal: the text, its desk code, then the comment prompt and the video-recommendation heading."""
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, ps, "(abc)", "tulis komentar anda", "Video Rekomendasi", "Berita Terkait")
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), ["tulis komentar anda", "Video Rekomendasi"])


def test_a_further_reading_heading_between_paragraphs_is_chrome(tmp_path):
    """A regional portal: its related-links box headed 'other readings' printed between two paragraphs."""
    ps = lede("Kabarcontoh.id, Kota Contoh - ", FLOOD)
    text = page(FLOOD_TITLE, ps[:1], "Bacaan Lainnya", ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Kota Contoh", outlet="Kabarcontoh.id"), sentences(FLOOD),
          ["Bacaan Lainnya"])


def test_an_instagram_embed_between_paragraphs_is_chrome(tmp_path):
    """A sports portal: an embedded post copied as its two lines of embed text, English or Indonesian."""
    ps = paragraphs(RICE)
    text = page(RICE_TITLE, ps[:2], "View this post on Instagram", "A post shared by Pasar Contoh (@pasarcontoh)",
                ps[2:3], "Lihat postingan ini di Instagram", "Sebuah kiriman dibagikan oleh Kabar Contoh (@kabar.contoh)",
                ps[3:])
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE),
          ["View this post on Instagram", "A post shared by", "Lihat postingan ini di Instagram",
           "Sebuah kiriman dibagikan oleh"])


def test_an_image_cell_left_between_paragraphs_is_chrome(tmp_path):
    """A national portal: a photo printed as a markdown table cell whose address was lost, after the first
    paragraph (the rule knew it only in the header and footer)."""
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, ps[:1], "![]() |", ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), ["![]() |"])


def test_a_google_news_invitation_opened_by_a_please_is_chrome(tmp_path):
    """A network portal closes its pages with 'please read other content from SITE on Google News'."""
    ps = lede("kabarcontoh.com, KOTA CONTOH - ", FLOOD)
    line = "Silakan baca konten menarik lainnya dari KABARCONTOH.COM di Google News"
    text = page(FLOOD_TITLE, ps, line)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Kota Contoh", outlet="kabarcontoh.com"), sentences(FLOOD),
          [line])


def test_an_agency_keyword_line_under_the_headline_is_chrome(tmp_path):
    """A news agency's regional page: the headline, then its keywords in lower case after 'id'."""
    kw = "id banjir, tanggul, kota contoh, dinas pu"
    text = page(FLOOD_TITLE, "", kw, "", lede("Kota Contoh (ANTARA) - ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Kota Contoh", outlet="ANTARA"), sentences(FLOOD), [kw])


def test_a_long_come_on_join_the_channel_call_listing_topics_is_chrome(tmp_path):
    """A sports portal: 'come on, join SITE's WhatsApp channel for the latest on ...' listing a dozen topics and
    closing with a click-here, longer than the generic channel rule's bound, between two paragraphs."""
    ps = paragraphs(RICE)
    line = ("Yuk gabung channel WhatsApp Kabarcontoh.com untuk mendapatkan berita-berita terbaru tentang harga beras, "
            "harga cabai, harga minyak goreng, pasar induk, pasar tradisional, petani, pedagang, cuaca, banjir, "
            "jalan rusak, hingga kuliner. Klik di sini (JOIN)")
    text = page(RICE_TITLE, ps[:2], line, ps[2:])
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), [line])
