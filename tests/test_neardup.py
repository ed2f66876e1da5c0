"""Near-duplicate clusters: copies join their original, retellings and the seeds stay apart."""

from __future__ import annotations

import re

from sikap.build import build_tables
from sikap.pipeline.neardup import NearDuplicates, shingles


def _seed_001_text(raw_root):
    return (raw_root / "seeds" / "001_3e2786e0e816b5c4.txt").read_text(encoding="utf-8")


def test_seeds_are_six_singletons(seed_build):
    rows = seed_build[0].tables["articles"].to_pylist()
    assert len({r["near_dup_cluster"] for r in rows}) == 6
    assert all(r["near_dup_cluster"] == r["article_id"] for r in rows)


def test_copies_of_seed_001_join_its_cluster(raw_root):
    text = _seed_001_text(raw_root)
    body = [ln for ln in text.splitlines() if ln.strip()]
    other_chrome = "\n".join(["beranda mobile", "KabarDunia Flash", "HOME › Internasional", "",
                              "Qatar: serangan Israel percepat pembaruan pakta", "", "Oleh Redaksi", "SHARE :", ""]
                             + [re.sub(r"\(ANTARA\)", "(KabarDunia)", body[0])] + body[1:13] + ["Baca juga: lain hal"])
    half = "\n".join(body[6:13])  # the second half of the body
    edited = text.replace("mempercepat", "mempercepatkan", 1).replace("pertemuan", "perjumpaan", 1).replace("Rubio", "Marco Rubio", 1)
    copies = raw_root / "copies"
    copies.mkdir()
    (copies / "chrome.txt").write_text(other_chrome, encoding="utf-8")
    (copies / "half.txt").write_text(half, encoding="utf-8")
    (copies / "edited.txt").write_text(edited, encoding="utf-8")
    rows = {r["raw_file"]: r for r in build_tables(raw_root).tables["articles"].to_pylist()}
    original = rows["seeds/001_3e2786e0e816b5c4.txt"]["near_dup_cluster"]
    for name in ("chrome.txt", "half.txt", "edited.txt"):
        assert rows[f"copies/{name}"]["near_dup_cluster"] == original, name
    assert rows["seeds/000_de3ce34712c619bc.txt"]["near_dup_cluster"] != original  # a retelling, not a copy


def test_unrelated_texts_stay_apart():
    nd = NearDuplicates()
    texts = {"a": "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh " * 3,
             "b": "merah kuning hijau biru ungu jingga putih hitam abu coklat " * 3}
    clusters = nd.clusters(texts)
    assert clusters["a"] != clusters["b"]


def test_thresholds_are_configurable():
    texts = {"a": " ".join(f"w{i}" for i in range(200)), "b": " ".join(f"w{i}" for i in range(100, 200))}
    assert len(set(NearDuplicates().clusters(texts).values())) == 1  # b is contained in a
    assert len(set(NearDuplicates(containment=1.01).clusters(texts).values())) == 2


def test_shingles_of_short_text():
    assert shingles("", 5) == set()
    assert shingles("dua kata", 5) == {"dua kata"}
