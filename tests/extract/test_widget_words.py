"""widget_words: a short line made only of widget words is a widget's label, in any order (invented layouts in the
forms seen on fresh pages: a blog theme's comment button and table of contents, a daily's font-size button, a
"Posted in" line); a section heading of the article's own, or a line holding any other word, stays text."""

from __future__ import annotations

import pytest

from sikap.pipeline.extract.widget_words import widget_line
from tests.extract.corpus import RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


@pytest.mark.parametrize("line", ["Leave a Comment!", "Table Of Content", "Ubah Ukuran Huruf", "Posted in |",
                                  "Tulis komen", "12 Komentar", "A+ A-", "Video Terkini", "Share this:"])
def test_widget_labels(line):
    assert widget_line(line)


@pytest.mark.parametrize("line", ["Latar Belakang", "Penutup", "Komentar Menteri", "Foto", "Update dari Pasar",
                                  "Jl. Merdeka 12", "Di", "dan ini", "Sumber: Kantor Berita Contoh",
                                  "Baca juga berita kami tentang harga beras di pasar induk kota contoh hari ini"])
def test_other_lines_are_not_widgets(line):
    assert not widget_line(line)


def test_widget_lines_inside_the_text_go_and_every_sentence_stays(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    check(tmp_path, page(TITLE, ps[:1], "Table Of Content", ps[1:2], "Change Size", ps[2:], "Posted in |"),
          Truth(title=TITLE, place="Jakarta"), sentences(RICE), ["Table Of Content", "Change Size", "Posted in |"])


def test_a_subheading_between_paragraphs_stays(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps[:2], "Latar Belakang", ps[2:]))
    assert "Latar Belakang" in doc.text


def test_a_tags_head_keeps_its_own_rule(tmp_path):
    ps = lede("JAKARTA – ", RICE)
    doc = run_page(tmp_path, page(TITLE, ps, "Tags", "beras", "pasar"))
    assert [r.rule for r in doc.lines if doc.line_text(r).strip() == "Tags"] == ["meta.tags"]
