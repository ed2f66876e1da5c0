"""Layout fixtures for the interface strings publishing platforms print around a story (stop 24).

A small site's page copied as text keeps its platform's own strings: Blogger's comment block and share row,
WordPress's comment form with Akismet's notice, post navigation, the theme's credit. Their wording belongs to the
platform (curated/extraction/boilerplate.yaml, "interface strings of publishing platforms"), so a fixture here is
the platform's strings around an invented story; every story sentence must survive, every platform line must go.
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import FLOOD, NAVY, RICE, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("footer", [
    pytest.param(["Kirimkan Ini lewat Email BlogThis! Berbagi ke Twitter Berbagi ke Facebook Bagikan ke Pinterest",
                  "0 Komentar:", "Posting Komentar", "Posting Lebih Baru Posting Lama Beranda",
                  "Langganan: Posting Komentar (Atom)"], id="Blogger, Indonesian"),
    pytest.param(["E-melkan Ini BlogThis! Kongsi ke Twitter Kongsi ke Facebook Kongsi ke Pinterest", "Tiada ulasan:",
                  "Catat Ulasan", "Catatan Terbaru Catatan Lama Laman utama", "Langgan: Catat Ulasan (Atom)"],
                 id="Blogger, Malay"),
    pytest.param(["Email This BlogThis! Share to Twitter Share to Facebook Share to Pinterest", "3 comments:",
                  "Post a Comment", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)"],
                 id="Blogger, English"),
    pytest.param(['2 Response to "Harga Beras Medium Naik Dua Pekan"', "Speak up your mind",
                  "Tell us what you're thinking... !"], id="a Blogger theme's comment heading and form"),
    pytest.param(["Support : Creating Website | Johny Template | Mas Template",
                  "Template Created by Creating Website Published by Mas Template", "Proudly powered by Blogger"],
                 id="a Blogger theme's credits"),
])
def test_blogger_footers(tmp_path, footer):
    text = page(TITLE, lede("SURABAYA - ", NAVY), footer)
    check(tmp_path, text, Truth(title=TITLE, place="Surabaya"), sentences(NAVY), footer)


@pytest.mark.parametrize("footer", [
    pytest.param(["Bagikan ini:", "Suka ini:", "Suka Memuat...", "Navigasi pos", "Tinggalkan Balasan Batalkan balasan",
                  "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *", "Komentar *",
                  "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
                  "Kirim Komentar",
                  "Situs ini menggunakan Akismet untuk mengurangi spam. Pelajari bagaimana data komentar Anda diproses."],
                 id="WordPress and Jetpack, Indonesian"),
    pytest.param(["Share this:", "Click to share on Facebook (Opens in new window)", "Like this:", "Like Loading...",
                  "Post navigation", "Previous Post", "Next Post", "Leave a Reply Cancel reply",
                  "Save my name, email, and website in this browser for the next time I comment.", "Post Comment",
                  "This site uses Akismet to reduce spam. Learn how your comment data is processed."],
                 id="WordPress and Jetpack, English"),
    pytest.param(["Artikel sebelumnya", "LEBIH DARI PENULIS", "Silakan masukkan komentar Anda!",
                  "Silakan masukkan nama Anda di sini", "Anda telah memasukkan alamat email yang salah!",
                  "Silakan masukkan alamat email Anda di sini"], id="tagDiv Newspaper theme, Indonesian"),
    pytest.param(["Continue Reading", "Please enable JavaScript to view the comments powered by Disqus."],
                 id="a read-on button and Disqus"),
])
def test_wordpress_footers(tmp_path, footer):
    text = page(TITLE, lede("BANDUNG, Kabarcontoh.id - ", RICE), footer)
    check(tmp_path, text, Truth(title=TITLE, place="Bandung", outlet="Kabarcontoh.id"), sentences(RICE), footer)


def test_a_comment_form_above_a_notice_is_taken_whole(tmp_path):
    # the form's notice stands between the story and Akismet's full sentence: it is not the page's edge, and
    # both lines go whatever zone they fall in
    form = ["Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
            "Situs ini menggunakan Akismet untuk mengurangi spam. Pelajari bagaimana data komentar Anda diproses."]
    text = page(TITLE, lede("JAKARTA - ", FLOOD), form)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(FLOOD), form)


@pytest.mark.parametrize("said", [
    "Warga diminta meninggalkan komentar di situs web kelurahan bila tanggul kembali bocor, kata Rina.",
    "Satu tanggapan untuk usulan itu datang dari ketua RW, yang meminta jadwal kerja bakti dipercepat.",
    "Rina menyebut tiga komentar warga di grup desa sebagai alasan rapat darurat digelar pekan ini.",
])
def test_sentences_about_comments_stay(tmp_path, said):
    # the platform strings are whole lines; a story's sentence using their words is text
    ps = lede("JAKARTA - ", FLOOD)
    text = page(TITLE, ps[0], said, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(FLOOD) + [said], [])
