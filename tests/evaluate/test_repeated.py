"""`sikap eval repeated-lines`: kept lines recurring across files of different outlets, for curators."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from sikap.evaluate.repeated import normalise, repeated_lines
from tests.robust_helpers import cli

CITIES = ["Doha", "Jakarta", "Ankara", "Kairo", "Amman", "Riyadh"]
CHROME = "Simak berita pilihan kami setiap hari di kanal WhatsApp"


def _dataset(tmp_path, rows):
    data = tmp_path / "ds" / "data"
    data.mkdir(parents=True)
    table = pa.Table.from_pylist(rows, schema=pa.schema([("article_id", pa.string()), ("raw_file", pa.string()),
                                                         ("source_id", pa.string()), ("text", pa.string())]))
    pq.write_table(table, data / "articles-00000-of-00001.parquet")
    return tmp_path / "ds"


def _rows():
    rows = []
    for i in range(6):  # six files of three outlets end with the same chrome line (its count changes)
        rows.append({"article_id": f"{i:016x}-00", "raw_file": f"a/{i}.txt", "source_id": f"outlet{i % 3}",
                     "text": f"Paragraf berita tentang {CITIES[i]} dan Qatar.\n\n{CHROME} ({i + 10} ribu pembaca)"})
    for i in range(6):  # one outlet repeats its own sign-off line: one outlet only
        rows.append({"article_id": f"{i + 16:016x}-00", "raw_file": f"b/{i}.txt", "source_id": "solo",
                     "text": f"Isi berita tentang Gaza dari {CITIES[i]}.\n\nBaca selengkapnya di situs kami"})
    return rows


def test_a_line_recurring_across_outlets_is_listed_and_one_outlets_habit_is_not(tmp_path):
    found = repeated_lines(_dataset(tmp_path, _rows()), min_files=5, min_outlets=2)
    assert [(r.files, r.outlets) for r in found] == [(6, 3)]
    assert found[0].line.startswith(CHROME) and found[0].example == f"{0:016x}-00"
    assert repeated_lines(_dataset(tmp_path / "x", _rows()), min_files=7) == []


def test_normalise_folds_case_space_and_digits():
    assert normalise("Dibaca  1234 kali ") == normalise("dibaca 87 kali") == "dibaca 0 kali"


def test_cli_lists_lines_and_names_a_missing_dataset(tmp_path):
    ds = _dataset(tmp_path, _rows())
    res = cli("eval", "repeated-lines", "--dataset", ds, "--min-files", "5")
    assert res.returncode == 0 and "     6 files    3 outlets  " + CHROME in res.stdout
    res = cli("eval", "repeated-lines", "--dataset", tmp_path / "none")
    out = res.stdout + res.stderr
    assert res.returncode == 1 and out.startswith("error: no articles shards") and "Traceback" not in out
