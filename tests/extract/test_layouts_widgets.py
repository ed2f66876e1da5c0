"""Layout fixtures for site widgets, teasers and skip-links around a story (held-out probe, set D families).

Same conventions as test_layouts.py: invented text (tests/extract/corpus.py), the layouts of real pages; every
story sentence must survive, every planted chrome line must go, and the fields are the page's whole truth.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.corpus import FLOOD, FOOTBALL, NAVY, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_a_read_next_teaser_above_the_headline_is_not_the_title(tmp_path):
    # a network portal: app banner, a 'Read Next :' teaser of another story, then the headline and its date line
    teaser = "Read Next : Festival Layang-layang Kota Contoh, Panitia: Ajang Wisata dan Silaturahmi Warga"
    text = page("get app", teaser, "", TITLE, "", lede("BANDUNG, Kabarcontoh.id - ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Bandung", outlet="Kabarcontoh.id"), sentences(RICE), [teaser])


def test_a_skip_link_on_the_first_line_is_not_the_title(tmp_path):
    # a broadcaster's video page: the two skip-links glued on one line, then the lede (the page has no headline)
    skip = "Lewati ke pemutarLewatkan ke konten utama"
    text = page(skip, lede("JAKARTA, Kabarcontoh.id - ", FOOTBALL))
    check(tmp_path, text, Truth(place="Jakarta", outlet="Kabarcontoh.id"), sentences(FOOTBALL), [skip])


def test_a_broadcasters_closing_widgets(tmp_path):
    # after the story: hashtags, a comment prompt naming the channel's audience, the article's own address
    chrome = ["#banjirkotacontoh #tanggul #cibiru",
              "Sahabat Kabar Contoh, bagaimana tanggapan kalian soal berita ini? Tulis di kolom komentar ya!",
              "Artikel ini bisa dilihat di : https://www.kabarcontoh.id/daerah/1234/tanggul-baru-cibiru"]
    text = page(TITLE, lede("JAKARTA, Kabarcontoh.id - ", FLOOD), chrome)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="Kabarcontoh.id"), sentences(FLOOD), chrome)


@pytest.mark.parametrize("footer", [
    pytest.param(["Tags : Beras , Harga Pangan , Pasar"], id="Tags : A , B"),
    pytest.param(["Video yang mungkin Anda lewatkan:", "Tag", "Berita Terkait"], id="videos you may have missed"),
    pytest.param(["Ikuti perkembangan pembangunan tanggul Kota Contoh dalam artikel: Warga Bantaran Sungai Cibiru "
                  "Mulai Direlokasi"], id="follow the story in the article: TITLE"),
    pytest.param(["Network", "Login to enjoy more features and let the fun begin.", "Kanal"], id="log-in invitation"),
])
def test_footer_widgets_and_promos(tmp_path, footer):
    text = page(TITLE, lede("SURABAYA - ", NAVY), footer)
    check(tmp_path, text, Truth(title=TITLE, place="Surabaya"), sentences(NAVY), footer)


def test_a_sentence_asking_for_opinions_in_the_text_stays(tmp_path):
    # the comment-prompt rule wants a prompt to comment: a quoted question about opinions is content
    asked = "Apa pendapat Anda tentang tanggul itu? Warga menjawab di kolom komentar sebuah grup desa, kata Rina."
    ps = lede("JAKARTA - ", FLOOD)
    text = page(TITLE, ps[0], asked, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(FLOOD) + [asked], [])


def test_teaser_boxes_above_the_headline(tmp_path):
    # a national daily's page: a 'Headline' box and a 'Fokus' box, each with one sentence teasing another
    # story, then the headline, the reporter's bare name and a numeric date line, the headline again, the story
    boxes = ["Headline", "", "Menteri luar negeri menyatakan pintu dialog dengan negara tetangga masih terbuka.", "",
             "Fokus", "", "Tidak setiap kenaikan harga pangan berarti pasokan di gudang sedang menipis.", ""]
    text = page(boxes, TITLE, "", "Ratna Kusumawati", "09/10/2022 18:35", "", TITLE, lede("", RICE))
    check(tmp_path, text, Truth(title=TITLE, published=dt.date(2022, 10, 9), basis="date_line",
                                authors=("Ratna Kusumawati",)), sentences(RICE), [boxes[2], boxes[6], "Fokus"])


def test_a_teaser_box_above_a_page_without_headline(tmp_path):
    box = ["Headline", "Menteri luar negeri menyatakan pintu dialog dengan negara tetangga masih terbuka."]
    text = page(box, paragraphs(FOOTBALL))
    check(tmp_path, text, Truth(), sentences(FOOTBALL), [box[1]])


def test_a_rubric_above_a_short_lede_without_headline_keeps_the_lede(tmp_path):
    # a rubric word, then a lede of one short sentence opened by a dateline: the dateline makes it the article's
    text = page("Nasional", "JAKARTA - Harga beras medium di pasar tradisional naik dalam sepekan terakhir.",
                paragraphs(RICE)[1:])
    check(tmp_path, text, Truth(place="Jakarta"),
          ["Harga beras medium di pasar tradisional naik dalam sepekan terakhir."] + sentences(RICE)[2:], [])


def test_a_topic_rubric_above_the_headline_is_not_the_title(tmp_path):
    # a regional network portal: the story's topic tag (three words, title case) above the long headline, a
    # cut deck, the credit line, the network's brand, then the lede
    title = "Kota Contoh Bangun Tanggul Baru di Tepi Sungai Cibiru, Warga Bantaran Mulai Direlokasi"
    text = page("Banjir Kota Contoh", title, "Penulis: Redaksi | Editor: Budi Hartono", "",
                lede("KABARCONTOH.COM - ", FLOOD))
    check(tmp_path, text, Truth(title=title, outlet="KABARCONTOH.COM", editors=("Budi Hartono",)), sentences(FLOOD),
          ["Banjir Kota Contoh"])
