"""lines_of: non-blank lines with spans trimmed of white space, for any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.split import _WS, _dateline, dateline, lines_and_texts, lines_of, split_articles, word_count


def _reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        a, b = pos, stop
        while a < b and text[a] in _WS:
            a += 1
        while b > a and text[b - 1] in _WS:
            b -= 1
        if b > a:
            out.append((a, b))
        pos = stop + 1
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \t\n\u00a0\u2009\u200b\ufeff.\r")), max_size=60), st.data())
def test_lines_of_matches_the_reference(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert [(ln.start, ln.end) for ln in lines_of(text, start, end)] == _reference(text, start, end)
    lines, texts = lines_and_texts(text, start, end)
    assert texts == [text[ln.start:ln.end] for ln in lines]


def test_dateline_needs_a_long_enough_lede():
    assert dateline("Istanbul (ANTARA) - Menteri luar negeri Turki mengatakan pada Selasa bahwa")
    assert dateline("Istanbul (ANTARA) - Menteri luar negeri") is None
    assert dateline("Menteri luar negeri Turki mengatakan pada Selasa bahwa serangan itu") is None


@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\x0b\x0c\x1c\x1d\x85\xa0\u1680\u2000\u2028\u3000\u200b")), max_size=80),
       st.integers(0, 12))
def test_word_count_is_the_split_count_up_to_the_cap(text, cap):
    """Every white space str.split knows (Unicode's included) separates words as in a full split."""
    assert word_count(text, cap) == min(len(text.split()), cap + 1)


_DATELINE_PIECES = st.sampled_from(["Jakarta", "(ANTARA)", "TEMPO.CO", "Suara.com", "[PORTAL-ISLAM.ID]", " - ", " -", "- ",
                                    "--", " – ", "—", "β", "�", ": ", ". ", ", ", "\u3000", "\u00a0", "menteri ", "kata ",
                                    "Selasa ", "bahwa ", "x" * 30, " ", "-", ":", "."])


@settings(max_examples=400, deadline=None)
@given(st.lists(_DATELINE_PIECES, max_size=30).map("".join))
def test_dateline_asks_may_open_first_with_the_same_answer(text):
    """dateline rejects long lines with the parser's first test before its cache: the answer of the
    parser-first reading (_dateline, what dateline was) is kept."""
    assert dateline(text) == _dateline.__wrapped__(text)


def _doc(text: str):
    from sikap.records import Doc, RawFile

    return Doc(raw=RawFile(path="x.txt", sha256="0" * 64, size=len(text), data=text.encode()), decoded=text, start=0,
               end=len(text))


def test_a_headline_opening_with_a_place_and_a_colon_starts_no_lede():
    """'Belanda: Bantuan ...' (Title Case, no end mark) is a headline quoting a country, not a 'City:' lede: the
    deck and a long caption under it must not count as an article's body before the real lede's dateline, which
    would split the page in two (probe set CB, 2026-12)."""
    deck = ("Menteri pertahanan negara itu mengatakan bantuan senjata menjadi cara paling murah untuk mencegah "
            "perang meluas ke negara lain di kawasan itu.")
    caption = " ".join(["Presiden berpidato di depan peserta forum keamanan internasional di ibu kota."] * 5)
    lede = ("TRIBUNCONTOH.COM - Menteri pertahanan negara itu mengatakan dana bantuan untuk sekutu adalah cara "
            "termurah mencegah perang meluas.")
    text = "\n".join(["Belanda: Bantuan Senjata Jadi Cara Termurah Cegah Perang Meluas", deck, "Editor: Budi Santoso",
                      "AFP/NAMA FOTOGRAFER", caption, lede, "Ia optimistis dukungan sekutu tetap mengalir tahun depan."])
    assert len(split_articles(_doc(text))) == 1


def test_an_outlets_dateline_opening_a_title_cased_lede_still_starts_an_article():
    """A second article whose lede is short and Title Case ('kabarcontoh.com – Diplomasi Tingkat Tinggi Kota: ...')
    still starts there: the headline rule above is for a place and a colon with no outlet only."""
    body = " ".join(["Pemerintah kota itu menegaskan kerja sama pertahanan akan terus diperkuat tahun depan."] * 9)
    text = "\n".join(["Judul Pertama Tentang Kerja Sama Pertahanan", "kabarcontoh.com – " + body,
                      "Judul Kedua Tentang Perundingan Damai", "kabarcontoh.com – Diplomasi Tingkat Tinggi Kota: "
                      "Rudal, Pelabuhan, dan Para Menteri Luar Negeri", body])
    assert len(split_articles(_doc(text))) == 2


def test_a_related_headline_opening_with_a_body_and_a_colon_starts_no_article():
    """'Pemkot Kota: Kunjungan ... perdamaian' under 'Berita Terkait' (sentence case, no end mark, short) is another
    story's headline in a related list, not a 'Place:' lede: the list made a second article of headlines and dates
    (a national agency's bureau page, fix set IN, 2026-12). A lede after a place and a colon is a sentence."""
    body = " ".join(["Pemerintah kota itu menegaskan kerja sama pertahanan akan terus diperkuat tahun depan."] * 9)
    text = "\n".join(["Kota Gaza (Antara/AFP) - " + body, "(*)", "Berita Terkait",
                      "Pemkot Kediri: Kunjungan dubes perkuat komitmen perdamaian", "4 Desember 2025 06:34",
                      "Wamenlu: Koordinasi pengiriman pasukan perdamaian masih berlanjut", "30 November 2025 15:45"])
    assert len(split_articles(_doc(text))) == 1
    lede = "Kediri: Pemerintah kota contoh mulai membangun tanggul baru sepanjang tiga kilometer di tepi sungai."
    assert len(split_articles(_doc("\n".join(["Kota Gaza (Antara/AFP) - " + body, "Judul Kedua Tentang Tanggul",
                                              lede, body])))) == 2
