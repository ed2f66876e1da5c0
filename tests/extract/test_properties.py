"""Properties of extraction, checked on generated input (hypothesis).

- No body sentence of a generated article is ever removed, whatever chrome surrounds it, and no planted
  chrome line is left in its text. Articles are drawn from the invented sentences of tests/extract/corpus.py
  with chrome of the families of issue 10 in the header, between paragraphs and in the footer.
- `dateforms.find_date` agrees with dateparser (a well-kept parser that knows Indonesian) on dates printed in
  every form its docstring lists, and every month and weekday name of curated/extraction/dates.yaml is
  understood by dateparser as that month or weekday.
- `datelines.parse` never raises, and what it returns is consistent with the line it read.
"""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from tests.extract.corpus import SENTENCES
from tests.extract.pagekit import chrome_left as _left
from tests.extract.pagekit import lost as _lost
from tests.extract.pagekit import run_page

# -- generated articles ------------------------------------------------------------------------------------

TITLES = ["Pemerintah Kota Contoh Siapkan Anggaran Perbaikan Jalan", "Warga Desa Contoh Gelar Kerja Bakti Massal",
          "Harga Beras Medium Naik Jelang Akhir Pekan", "Latihan Patroli Gabungan Digelar di Perairan Selatan"]
DATELINES = ["JAKARTA – ", "Bandung, Kabarcontoh.id - ", "KABARCONTOH.CO.ID, SURABAYA -- ", "Medan (ANTARA) - ",
             "Yogyakarta: ", "KABARCONTOH.COM – ", "PALEMBANG (Kabarcontoh.id) — "]
TEASER = "Harga Cabai Rawit Tembus Rp80 Ribu per Kilogram"

# Chrome by family and by where a page prints it. Each item is a list of lines (a block).
HEADER = {
    "date lines": [["Rabu, 23 Oktober 2024 - 18:29 WIB"], ["Ratna Kusumawati", "22 Oktober 2024, 17:46"],
                   ["- 3 September 2023, 18:45 WIB"], ["RABU, 15 NOVEMBER 2023 | 18:41 WIB | LAPORAN: DIAN PERMATASARI"],
                   ["Diterbitkan: Selasa, 12 Agustus 2025 09:15 WIB"], ["Ratna Kusumawati • 2 October 2025 11:08"]],
    "bylines": [["Oleh Budi Hartono"], ["Penulis: Ayu Lestari | Editor: Rudi Hermawan"],
                ["Reporter: Ayu Lestari", "Editor: Rudi Hermawan"]],
    "captions": [["Petugas memeriksa tanggul yang jebol di Kecamatan Contoh. (Foto: Ist)"],
                 ["Warga mengantre bantuan di halaman balai desa.", "ANTARA FOTO/Andi Saputra"],
                 ["Suasana rapat paripurna di gedung dewan.-(Foto/Getty Images)-"],
                 ["Kota Contoh/ILUSTRASI UNSPLASH/Andi Saputra"]],
    "widgets": [["SHARE :"], ["Bagikan:"], ["1 min read"], ["Waktu membaca: 4 menit"], ["  • Font:", "  • Ukuran Font: - +"],
                ["Button AI SummarizeBuat ringkasan dengan AI"], ["HOME ⁄ Nasional"]],
}
BODY = {
    "teasers": [["Baca juga: " + TEASER], ["Baca Juga", TEASER], ["BACA JUGA:" + TEASER],
                ["Baca berita terkait lainnya: " + TEASER], ["Simak juga: " + TEASER]],
    "captions": [["Petugas memeriksa tanggul yang jebol di Kecamatan Contoh. (Foto: Ist)"],
                 ["Warga mengantre bantuan di halaman balai desa.", "ANTARA FOTO/Andi Saputra"]],
    "ads": [["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"], ["IKLAN", "", "GULIR UNTUK MELANJUTKAN ISI"],
            ["[Gambas:Video Contoh]"]],
    "related bullets": [["- Harga Emas Turun Tipis pada Perdagangan Hari Ini",
                         "- Kereta Cepat Tambah Jadwal Perjalanan Akhir Pekan",
                         "- Warga Kota Contoh Keluhkan Jalan Berlubang Jelang Musim Hujan"]],
}
FOOTER = {
    "related blocks": [["Berita Terkait", "Harga Emas Turun Tipis pada Perdagangan Hari Ini",
                        "Kereta Cepat Tambah Jadwal Perjalanan Akhir Pekan"],
                       ["Pilihan Redaksi", "Harga Emas Turun Tipis pada Perdagangan Hari Ini"],
                       ["Terkini", "18:32 WIB", "Kereta Cepat Tambah Jadwal Perjalanan Akhir Pekan"],
                       ["BERITA TERKAIT:"]],
    "credits": [["Penulis: Ayu Lestari", "Editor: Rudi Hermawan"], ["(isa/rds)"], ["(*)"], ["(Arief Santoso )"]],
    "widgets": [["Komentar", "Tulis Komentar"], ["Scroll to Top"], ["Source link"], ["Load More"],
                ["Halaman: 12Lihat Semua"], ["No more pages"], ["Ikuti kami di Google News"]],
    "tags": [["Tag: banjir, tanggul, kota contoh"], ["#BanjirContoh #Tanggul"], ["# TAGAR : #Banjir #Tanggul"]],
    "legal": [["Copyright © 2025 Kabarcontoh.id. All rights reserved."], ["Ini adalah cerita yang sedang berkembang."],
              ["Alamat: Jl. Contoh Raya No. 12, Surabaya", "Email: redaksi@kabarcontoh.id"]],
    "teasers": [["Baca juga: " + TEASER]],
}
# Chrome glued to the end of a paragraph's line.
GLUED_TAIL = ["&#13;", "&nbsp;"]


def _blocks(table: dict, most: int, leave_out: tuple = ()) -> st.SearchStrategy:
    """Up to `most` blocks, each of another family (a page prints one byline, one tag line...)."""
    families = st.lists(st.sampled_from(sorted(set(table) - set(leave_out))), max_size=most, unique=True)
    return families.flatmap(lambda fs: st.tuples(*[st.sampled_from(table[f]) for f in fs]).map(list))


@st.composite
def articles(draw):
    """(page text, body sentences, planted chrome lines).

    Two layouts known to cost body words today are left out, each checked by a strict xfail instead (a
    property that always fails guards nothing): a "BACA JUGA: Headline" glued before a sentence that opens
    with a name of several capitalised words (test_inline.py), and a page-2 dump whose first line is a lone
    question (below). Header chrome comes only with a title: a page without one is a page-2 dump."""
    body = draw(st.lists(st.sampled_from(SENTENCES), min_size=4, max_size=9, unique=True)
                .filter(lambda b: sum(len(s.split()) for s in b) >= 50))  # a page keeps >= 40 words
    cuts = sorted(draw(st.sets(st.integers(1, len(body) - 1), max_size=min(3, len(body) - 1))))
    paras = [body[a:b] for a, b in zip([0] + cuts, cuts + [len(body)])]
    has_title = draw(st.booleans())
    assume(has_title or not (len(paras[0]) == 1 and paras[0][0].endswith("?")))  # the second xfail's layout
    chrome: list[str] = []

    def take(blocks):
        for b in blocks:
            chrome.extend(ln for ln in b if ln.strip())
        return [ln for b in blocks for ln in b]

    lines: list[str] = []
    dateline = draw(st.sampled_from(DATELINES)) if has_title and draw(st.booleans()) else ""
    if has_title:
        lines.append(draw(st.sampled_from(TITLES)))
        lines += take(draw(_blocks(HEADER, 3)))
    for k, para in enumerate(paras):
        text = " ".join(para)
        if k == 0:
            text = dateline + text
        if draw(st.booleans()):
            tail = draw(st.sampled_from(GLUED_TAIL))
            text += tail
            chrome.append(tail)
        lines.append(text)
        if k < len(paras) - 1:
            lines += take(draw(_blocks(BODY, 1)))
    lines += take(draw(_blocks(FOOTER, 3)))
    return "\n".join(lines) + "\n", body, chrome


@pytest.mark.xfail(strict=True, reason="known limitation: a page-2 dump that opens with a lone question line is read "
                   "as a page opening with a question headline (BBC Indonesia prints those in sentence case), and "
                   "the question leaves the text as the title; nothing on the page tells the two apart")
def test_a_page_2_dump_opening_with_a_lone_question_keeps_it():
    question = next(s for s in SENTENCES if s.endswith("?"))
    rest = [s for s in SENTENCES if s.endswith(".")][:4]
    doc = run_page(_folder(), question + "\n" + " ".join(rest) + "\n")
    assert not _lost(doc, [question, *rest])


@functools.cache
def _folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="sikap-props-"))


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(articles())
def test_no_body_sentence_is_removed_whatever_chrome_surrounds_it(article):
    text, body, chrome = article
    doc = run_page(_folder(), text)
    assert not _lost(doc, body), f"lost: {_lost(doc, body)}\n--- page ---\n{text}--- text ---\n{doc.text}"
    assert not _left(doc, chrome), f"left: {_left(doc, chrome)}\n--- page ---\n{text}--- text ---\n{doc.text}"


# -- dates: find_date against dateparser ------------------------------------------------------------------

ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# The printed forms of dateforms' docstring: (form, what dateparser is given), a date in, text out.
FORMS = {
    "Rabu, 23 Oktober 2024 - 18:29 WIB": lambda d, t: f"{ID_DAYS[d.weekday()]}, {d.day} {ID_MONTHS[d.month - 1]} {d.year} - {t} WIB",
    "22 Oktober 2024, 17:46": lambda d, t: f"{d.day} {ID_MONTHS[d.month - 1]} {d.year}, {t}",
    "2 October 2025 11:08": lambda d, t: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year} {t}",
    "October 2, 2025": lambda d, t: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    "Thursday, October 2, 2025": lambda d, t: f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    "Minggu, (19/1/2025)": lambda d, t: f"{ID_DAYS[d.weekday()]}, ({d.day}/{d.month}/{d.year})",
    "21/10/2024": lambda d, t: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "Selasa, 24/09/2019 14:22 WIB": lambda d, t: f"{ID_DAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} {t} WIB",
    "date 2025-08-25": lambda d, t: f"date {d.isoformat()}",
}
DATES = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
TIMES = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))


def _dateparser(text: str):
    import dateparser

    return dateparser.parse(text, languages=["id", "en", "ms"],  # Malay too: dates.yaml holds its month names
                            settings={"DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False})


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(FORMS)), DATES, TIMES)
def test_find_date_agrees_with_dateparser(form, date, time):
    from sikap.pipeline.extract.dateforms import find_date

    text = FORMS[form](date, time)
    found = find_date(text)
    assert found is not None, text
    stated = text[found.start:found.end]
    parsed = _dateparser(stated.removeprefix("date ").strip("() "))
    assert parsed is not None, stated
    assert found.date == parsed.date() == date, (text, stated, found, parsed)
    assert found.precision == "day"
    assert found.weekday_ok is (True if any(day in text for day in ID_DAYS + EN_DAYS) else None)


@settings(max_examples=30, deadline=None)
@given(DATES, st.sampled_from([0, 1, 2, 3, 4, 5, 6]))
def test_a_wrong_weekday_is_reported_never_fixed(date, shift):
    from sikap.pipeline.extract.dateforms import find_date

    assume(shift != 0)
    wrong = ID_DAYS[(date.weekday() + shift) % 7]
    found = find_date(f"{wrong}, {date.day} {ID_MONTHS[date.month - 1]} {date.year}")
    assert found.date == date and found.weekday_ok is False


@settings(max_examples=30, deadline=None)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 1)))
def test_a_month_stamp_is_a_month(date):
    from sikap.pipeline.extract.dateforms import find_date

    found = find_date(f" date {date.year}-{date.month:02d} ")
    parsed = _dateparser(f"{date.year}-{date.month:02d}")
    assert found.precision == "month"
    assert (found.date.year, found.date.month) == (parsed.year, parsed.month) == (date.year, date.month)


def _names(kind: str) -> list[tuple[int, str]]:
    from sikap.pipeline.extract.knowledge import date_names

    return [(int(n), str(name)) for n, names in date_names()[kind].items() for name in names]


# Names dateparser 1.5.0 does not know, though pages print them: dates.yaml should say so with provenance.
_UNKNOWN_TO_DATEPARSER = pytest.mark.xfail(strict=True, reason=(
    "dateparser 1.5.0 does not read this name; curated/extraction/dates.yaml says every name is checked against "
    "dateparser: list it apart (e.g. `not_in_dateparser:` with where it was seen) or drop it"))


def _params(kind: str):
    unknown: set = set()  # dates.yaml lists the names dateparser does not know apart (not_in_dateparser)
    return [pytest.param(n, name, id=f"{n}:{name}", marks=[_UNKNOWN_TO_DATEPARSER] if name in unknown else [])
            for n, name in _names(kind)]


@pytest.mark.parametrize("month, name", _params("months"))
def test_every_month_name_is_that_month_for_dateparser(month, name):
    for printed in (name, name.capitalize(), name.upper()):
        parsed = _dateparser(f"5 {printed} 2024")
        assert parsed is not None and parsed.month == month, (printed, parsed)


@pytest.mark.parametrize("weekday, name", _params("weekdays"))
def test_every_weekday_name_is_that_weekday_for_dateparser(weekday, name):
    for printed in (name, name.capitalize(), name.upper()):
        parsed = _dateparser(printed)
        assert parsed is not None and parsed.weekday() == weekday, (printed, parsed)


# -- datelines.parse on random text ------------------------------------------------------------------------

PIECES = ["Jakarta", "JAKARTA", "Bandung", "Washington D.C.", "Kabarcontoh.id", "KABARCONTOH.CO.ID", "(ANTARA)", "(Antara)",
          "[KABARCONTOH.ID]", "Harian Contoh", "Internasional", "Rabu", "26 Agustus 2024", "(19/1/2025)", "KabarKita",
          "Pemerintah", "kota", "mulai", "membangun", "tanggul", "Warga", "di", "yang", "Oleh", "India", "Pakistan",
          ",", ".", ":", " - ", " – ", " — ", " -- ", "--", "-", " β ", " � ", "(", ")", "[", "]", " ", "  ", "\u00a0",
          "\t", "Liputan6.com", "www.contoh.com", "2025", "7", "\"Kami", "siap,\"", "kata", "Budi."]
# A line of white space outside text.WS ("\u2028") crashes parse today: checked apart in test_datelines.py
# (strict xfail), left out here so that this property keeps guarding everything else.
LINES = st.one_of(st.lists(st.sampled_from(PIECES), max_size=16).map(lambda xs: " ".join(xs)),
                  st.lists(st.sampled_from(PIECES), max_size=16).map("".join),
                  st.text(max_size=120).filter(lambda t: t.split() or not t.strip(" \t\u00a0\u2009\u200b\ufeff\u3000")))


@settings(max_examples=400, deadline=None)
@given(LINES)
@example("Liputan6.com Liputan6.com  ")  # (a logo's host before the same host alone: found 2026-12, evidence mended)
def test_dateline_parse_is_total_and_consistent(line):
    from sikap.pipeline.extract.datelines import parse
    from sikap.pipeline.extract.text import WS

    d = parse(line)
    if d is None:
        return
    head = line[:d.end]
    assert 0 < d.end <= len(line)
    assert d.evidence == head.strip(WS)
    assert d.place or d.outlet
    if d.outlet:
        assert d.outlet in head
    if d.place:
        assert d.place.split()[0].casefold().rstrip(".") in head.casefold()
    if d.standalone:
        assert not line[d.end:].strip(WS)
    if d.date is not None:
        assert 0 <= d.date.start < d.date.end <= d.end
