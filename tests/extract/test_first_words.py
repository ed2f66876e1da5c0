"""No body sentence is lost for the word it opens with.

Many rules read a line's first word (catalogue prefixes, credit labels such as "Sumber", "Oleh", copyright
notices), and a paragraph of news may open with the same word ("Sumber di kepolisian menyebut ...", "Hak cipta
atas lagu itu ..."). Every first word of the curated prefixes and labels, and the label words of the credit
rules, opens a plain sentence between a story's paragraphs here; the sentence must survive whole. (Two body
losses were found this way: a sentence opened by "Sumber", taken for a source credit, and one opened by "Hak
cipta", taken for a copyright notice.)
"""

from __future__ import annotations

import pytest

from sikap.pipeline.extract.knowledge import curated_data
from tests.extract.corpus import FLOOD, paragraphs
from tests.extract.pagekit import run_page

LABELS = ["Sumber", "Source", "Oleh", "Editor", "Penulis", "Reporter", "Wartawan", "Redaksi", "Kontributor", "Foto",
          "Ilustrasi", "Dokumentasi", "Copyright", "Hak cipta", "Baca", "Simak", "Lihat", "Tonton", "Ikuti", "Laporan",
          "Berita", "Artikel", "Video", "Alamat", "Telepon", "Tags", "Kategori", "Topik", "Update", "Terkait",
          "Komentar", "Bagikan"]


def _story(*inserted: str, after: tuple = ()) -> str:
    """The flood story under a headline and a Jakarta dateline, `inserted` as its second paragraph(s), `after` closing it."""
    ps = paragraphs(FLOOD)
    return "\n".join(["Tanggul Baru Kota Contoh Mulai Dibangun Pekan Ini", "JAKARTA – " + ps[0], *inserted, *ps[1:],
                      *after]) + "\n"


def _first_words() -> list[str]:
    words = set(LABELS)
    for rule in curated_data("boilerplate.yaml")["rules"]:
        for phrase in rule.get("prefix", []):
            first = str(phrase).split()[0].strip(":")
            if first[:1].isalpha():
                words.add(first[0].upper() + first[1:])
    return sorted(words)


SHAPES = [
    "{} itu menjadi bahan pembicaraan warga di bantaran sungai selama beberapa pekan terakhir, kata Rina kepada wartawan.",
    "{} di kelurahan itu menyebut tanggul akan selesai pada akhir bulan ini, kata Rina.",  # short: under 100 characters
]


@pytest.mark.parametrize("shape", SHAPES, ids=["long", "short"])
@pytest.mark.parametrize("word", _first_words())
def test_a_sentence_opened_by_a_rules_first_word_survives(tmp_path, word, shape):
    said = shape.format(word)
    doc = run_page(tmp_path, _story(said))
    assert said in doc.text, doc.text


@pytest.mark.parametrize("said", [
    "Gabung dengan warga lain, ia menutup saluran air yang jebol sejak pagi, kata Rina.",
    "Ikuti aturan, warga diminta tidak membuang sampah ke saluran air, kata Rina.",
    "Sumber air bersih di pengungsian berasal dari tangki milik perusahaan daerah.",
    "Sumber daya manusia di kelurahan itu terbatas, kata Rina.",
])
def test_a_sentence_sharing_a_promotions_words_survives(tmp_path, said):
    # "saluran" is a drain as well as a platform's channel; "sumber" a source of water or funds as well as a label
    doc = run_page(tmp_path, _story(said))
    assert said in doc.text, doc.text


@pytest.mark.parametrize("promo", ["Gabung saluran WhatsApp kami untuk kabar terbaru setiap hari",
                                   "Ikuti saluran resmi Kabar Contoh di WhatsApp"])
def test_a_channel_invitation_still_goes(tmp_path, promo):
    doc = run_page(tmp_path, _story(after=(promo,)))
    assert promo not in doc.text and all(p in doc.text for p in paragraphs(FLOOD)[1:]), doc.text


def test_a_page_cut_in_its_last_sentence_keeps_the_fragment(tmp_path):
    # the page ends inside a sentence whose words name nobody ("Kementerian ... juga membant"): prose, no credit
    cut = "Kementerian Pertanian juga membant"
    doc = run_page(tmp_path, _story(after=(cut,)))
    assert cut in doc.text and not doc.meta["authors"], doc.text
