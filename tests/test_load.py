"""The built dataset loads with the real `datasets`, offline, in a fresh interpreter and cache."""

from __future__ import annotations

import json
import shutil

from sikap.build import build_tables
from sikap.publish import write_dataset
from sikap.sources import registry
from tests.conftest import REPO, run_python

LOAD = """
import json
from datasets import load_dataset, ClassLabel, List
d = load_dataset("{path}")["train"]
s = load_dataset("{path}", "sources")["train"]
f = d.features
print(json.dumps({{
    "rows": d.num_rows, "sources": s.num_rows, "ids": sorted(d["article_id"]),
    "topics": type(f["topics"]).__name__ + "/" + type(f["topics"].feature).__name__,
    "stance": type(f["stance_israel"]).__name__, "precision": type(f["date_precision"]).__name__,
    "authors": type(f["authors"]).__name__, "source_type": type(s.features["type"]).__name__,
    "stance_names": f["stance_qatar"].names, "empty_gold": all(t == [] for t in d["topics"]),
    "null_stance": all(v is None for v in d["stance_israel"]),
}}))
"""


def _load(path, cache):
    proc = run_python(LOAD.format(path=path), cache, REPO)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_load_offline_fresh_cache(seed_build, tmp_path):
    _, folder = seed_build
    got = _load(folder, tmp_path / "cache")
    assert got["rows"] == 6 and got["sources"] == len(registry().entries)  # every curated source has a row
    assert got["topics"] == "List/ClassLabel"
    assert got["stance"] == "ClassLabel" and got["precision"] == "ClassLabel" and got["source_type"] == "ClassLabel"
    assert got["authors"] == "List"
    assert got["stance_names"] == ["favor", "against", "neutral", "not_mentioned"]
    assert got["empty_gold"] and got["null_stance"]


def test_rebuild_with_a_new_file_is_not_served_stale(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "raw" / "seeds", raw / "seeds")
    folder = tmp_path / "dataset"
    write_dataset(build_tables(raw), folder)
    cache = tmp_path / "cache"
    first = _load(folder, cache)
    (raw / "seeds" / "zz_new.txt").write_text(
        "Doha - Qatar pada Kamis (18/9/2025) kembali menegaskan komitmennya sebagai mediator dalam perundingan "
        "gencatan senjata di Gaza bersama Mesir dan Amerika Serikat, meskipun serangan Israel ke Doha pekan lalu "
        "telah mengguncang kepercayaan para pihak yang terlibat dalam proses perdamaian tersebut.\n", encoding="utf-8")
    write_dataset(build_tables(raw), folder)
    second = _load(folder, cache)
    assert first["rows"] == 6 and second["rows"] == 7
    assert set(second["ids"]) - set(first["ids"])
