"""py3langid's 'ms' answers are checked against words only one standard of Malay uses (langid_standard).

The texts are written for this test: Indonesian news sentences that py3langid takes for Malay, and Malay
ones that must stay Malay.
"""

from __future__ import annotations

from sikap.pipeline.annotate import _langid
from sikap.pipeline.langid_standard import indonesian_by_words

# Indonesian: 'kesepakatan' and 'dikenal' are Indonesian-only; py3langid answers 'ms' (p ~ 0.75)
INDONESIAN = ("Perundingan antara kedua negara masih berjalan alot dan belum mencapai kesepakatan. Negara yang "
              "dikenal dekat dengan kedua pihak itu menyebut pembicaraan akan diteruskan minggu depan.")
# the same two Indonesian-only words, but 'berkata' is Malay's: not enough to overrule py3langid
MIXED = ("Mediasi negara itu pada minggu lalu menghasilkan pembebasan dua tawanan, seorang ibu dan anak perempuan, "
         "serta dua wanita warga emas. Perdana menteri berkata usaha membebaskan tawanan akan diteruskan. Negara "
         "yang dikenal dekat dengan kumpulan itu menyebut perundingan berjalan alot dan belum menghasilkan "
         "kesepakatan penting.")
MALAY = ("Kerajaan negeri berkata bahawa peruntukan tambahan akan disalurkan kepada mangsa banjir selepas "
         "mesyuarat exco pada hari Khamis, iaitu sebelum cuti umum bermula.")


def test_an_indonesian_report_py3langid_takes_for_malay_is_indonesian_with_py3langids_own_probability():
    base = _langid().base
    assert base.classify(INDONESIAN)[0] == "ms"
    prob_id = dict(base.rank(INDONESIAN))["id"]
    assert _langid().classify(INDONESIAN) == ("id", prob_id)


def test_a_malay_only_word_keeps_py3langids_malay():
    assert _langid().base.classify(MIXED)[0] == "ms"
    assert _langid().classify(MIXED) == _langid().base.classify(MIXED)


def test_malay_stays_malay_and_other_answers_are_py3langids():
    assert _langid().classify(MALAY)[0] == "ms"
    for text in ["The ministers met for two hours on Thursday.", "", INDONESIAN + " " + MALAY]:
        if _langid().base.classify(text)[0] != "ms":
            assert _langid().classify(text) == _langid().base.classify(text)


def test_the_word_count_needs_two_indonesian_words_and_three_times_the_malay_ones():
    assert not indonesian_by_words("kesepakatan")
    assert indonesian_by_words("kesepakatan dikenal")
    assert not indonesian_by_words("kesepakatan dikenal bahawa")
    assert indonesian_by_words("Karena kesepakatan, dikenal, Kamis; bahawa")


def test_a_sure_malay_answer_stands_whatever_the_words():
    """py3langid sure of 'ms' (p 0.9 or more): kept, though the words alone would say Indonesian."""
    text = ("Kedua-dua pihak bersetuju untuk meneruskan rundingan minggu hadapan, manakala pasukan keselamatan terus "
            "mengawal sempadan. Kesepakatan itu dikenal ramai penduduk tempatan.")
    base = _langid().base.classify(text)
    assert base[0] == "ms" and base[1] >= 0.9 and indonesian_by_words(text)
    assert _langid().classify(text) == base


def test_the_provenance_note_names_the_word_check_only_when_it_decided():
    from sikap.pipeline.annotate import detect_language
    from sikap.records import Doc, Line, RawFile

    def language_note(text):
        doc = Doc(raw=RawFile("x.txt", "0" * 64, len(text), text.encode()), decoded=text, lines=[Line(0, len(text))])
        detect_language(doc)
        (note,) = [p for p in doc.provenance if p["field"] == "language"]
        return doc.meta["language"], note["method"]

    lang, method = language_note(INDONESIAN)
    assert lang == "id" and "language_markers.yaml" in method
    lang, method = language_note(MALAY)
    assert lang == "ms" and "language_markers.yaml" not in method


def test_malay_words_inside_quotations_do_not_keep_an_indonesian_report_malay():
    """An Indonesian report quoting a Malaysian leader at length: the Malay-only words stand in the quotes, the
    writer's Indonesian-only words in the narration (probe layout, 2026-12, setP). py3langid answers 'ms',
    unsure (p ~ 0.72), with 'id' second."""
    from sikap.pipeline.langid_standard import narration

    text = ("Perdana menteri negeri jiran itu mengecam serangan tersebut melalui akun media sosialnya, Kamis. "
            "“Kami menyampaikan takziah kepada keluarga mangsa yang terkorban dalam serangan ganas semalam kerana "
            "tindakan itu amat sukar diterima,” tulisnya. Menurutnya, kehilangan nyawa insan tidak berdosa dalam "
            "suasana tragis ini sukar diterima semua manusia. Ia juga mengatakan bahwa serangan itu melenyapkan "
            "harapan ke arah penyelesaian secara aman.")
    assert not indonesian_by_words(text) and indonesian_by_words(narration(text))
    base = _langid().base
    assert base.classify(text)[0] == "ms"
    assert _langid().classify(text) == ("id", dict(base.rank(text))["id"])
