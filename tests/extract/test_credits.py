"""credits: names as the dataset records them, labelled credit lines, and what a sign-off in parentheses says."""

from __future__ import annotations

import pytest

from sikap.pipeline.extract.credits import clean_name, names_of, parse_credit_line, signoff_reading


@pytest.mark.parametrize("printed, name", [
    ("Arfiandi ST MM", "Arfiandi"),  # degrees after the name are dropped
    ("Dr. H. Budi Santoso, M.Si", "Budi Santoso"),  # honorifics before it too
    ("DIAN PERMATASARI", "Dian Permatasari"),  # ALL CAPS in normal case
    ("Clara Maria Dewi H", "Clara Maria Dewi H"),  # a final single letter is an initial
    ("Ayu Lestari,", "Ayu Lestari"),
    ("Muhammad bin Salman", "Muhammad bin Salman"),
    ("I Nyoman Sukanta", "I Nyoman Sukanta"),
])
def test_clean_name(printed, name):
    assert clean_name(printed) == name


@pytest.mark.parametrize("printed", ["Tim Redaksi", "ABC", "budi santoso", "Kabarcontoh.id", "Redaksi", "-", ""])
def test_names_nobody(printed):
    assert clean_name(printed) is None


@pytest.mark.parametrize("printed", ["Advertorial", "Jadwal Siaran Langsung", "Massa Aksi Bela Kota Contoh",
                                     "Rabu Tanggal", "Non Koresponden", "Semarang", "Kampus Universitas Contoh"])
def test_labels_common_nouns_weekdays_and_a_town_name_nobody(printed):
    """Read as bylines on fix-set pages of stop 32 (2026-12): a page's labels, a caption's common nouns, a date
    line's weekday, a contributor's town split off by a comma ('Kontributor Semarang, NAME')."""
    assert clean_name(printed) is None


@pytest.mark.parametrize("printed", ["Budiyanto", "Sari Indah", "Intan Tanjung", "Agus Salim"])
def test_one_word_names_and_names_sharing_common_words_stay(printed):
    assert clean_name(printed) == printed


def test_all_caps_is_not_a_name_when_asked():
    assert clean_name("DIAN PERMATASARI", allcaps=False) is None


@pytest.mark.parametrize("printed", ["Facebook: Kabar Contoh", "Foto: Ist", "Oleh Tim Redaksi"])
def test_a_label_is_not_part_of_a_name(printed):
    assert clean_name(printed) is None


@pytest.mark.parametrize("line, parsed", [
    ("Penulis: Ayu Lestari | Editor: Rudi Hermawan", [("authors", "Ayu Lestari"), ("editors", "Rudi Hermawan")]),
    ("Penulis :", [("authors", "")]),  # the name stands on the next line
    ("Pewarta: Ayu Lestari", [("authors", "Ayu Lestari")]),
    ("LAPORAN: DIAN PERMATASARI", [("authors", "DIAN PERMATASARI")]),
    ("Penerjemah: Sari Dewi", [("translators", "Sari Dewi")]),
    ("Video Editor: Rudi Hermawan", [("editors", "Rudi Hermawan")]),
    ("Sumber: Anadolu", [("source", "Anadolu")]),
    ("Harga beras naik sejak pekan lalu.", None),
])
def test_parse_credit_line(line, parsed):
    assert parse_credit_line(line) == parsed


def test_names_of_splits_lists():
    assert names_of("Ayu Lestari dan Rudi Hermawan") == ["Ayu Lestari", "Rudi Hermawan"]
    assert names_of("Ayu Lestari, Rudi Hermawan & Sari Dewi") == ["Ayu Lestari", "Rudi Hermawan", "Sari Dewi"]
    assert names_of("Tim Redaksi") == []


@pytest.mark.parametrize("body, reading", [
    ("isa/rds", ("initials", None, None)),
    ("WIL", ("initials", None, None)),
    ("*", ("initials", None, None)),
    ("***4***", ("initials", None, None)),
    ("Arief Santoso ", ("name", "Arief Santoso", None)),
    ("Rahmat/kabarcontoh.id", ("pen", "Rahmat", "kabarcontoh.id")),
    ("Harian Contoh dari berbagai sumber, 17 September 2025", ("self", "Harian Contoh", "17 September 2025")),
    ("Tim Kabar Contoh dari berbagai sumber", ("self", "Kabar Contoh", None)),
    ("kabarcontoh.id, 17 September 2025", ("self", "kabarcontoh.id", "17 September 2025")),
    ("ANTARA", ("source", "ANTARA", None)),
])
def test_signoff_reading(body, reading):
    assert signoff_reading(body) == reading


def test_a_press_office_code_names_nobody():
    assert signoff_reading("HUMAS PEMKOT", slashes=True) == ("initials", None, None)
    assert signoff_reading("ANTARA", slashes=True) == ("source", "ANTARA", None)


def test_a_teams_credit_names_what_follows_its_curated_team_word():
    from sikap.pipeline.extract.credits import team_named

    assert team_named("Tim Kabarcontoh") == "Kabarcontoh"
    assert team_named("TEAM, Warta Contoh") == "Warta Contoh"
    assert team_named("Tim") is None  # the word alone names nothing
    assert team_named("Timotius Hadi") is None  # a name that opens with the letters, not the word
