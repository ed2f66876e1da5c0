"""The release's Croissant file: Croissant 1.1 with RAI fields, validated by mlcroissant, whose records load
(which re-checks every file's sha256)."""

from __future__ import annotations

import json

import mlcroissant as mlc
import pyarrow.parquet as pq
import pytest

from sikap.release.croissant import CONFORMS_TO, validate_croissant

RAI = ["rai:dataCollection", "rai:dataAnnotationProtocol", "rai:dataAnnotationPlatform", "rai:annotationsPerItem",
       "rai:dataLimitations", "rai:dataBiases", "rai:personalSensitiveInformation"]


def test_croissant_validates_and_loads_records(released):
    repo, _ = released
    path = repo / "releases/0.1.0/croissant.json"
    data = json.loads(path.read_text())
    assert data["conformsTo"] == CONFORMS_TO and data["version"] == "0.1.0"
    assert data["@context"]["rai"] == "http://mlcommons.org/croissant/RAI/"
    assert all(data.get(k) for k in RAI) and data["license"]
    assert "no annotation round has been merged" in data["rai:annotationsPerItem"]
    files = [d for d in data["distribution"] if d["@type"] == "cr:FileObject"]
    assert files and all(len(f["sha256"]) == 64 for f in files)
    assert validate_croissant(path) == []  # no errors, no warnings
    dataset = mlc.Dataset(jsonld=str(path))
    expected = pq.read_table(repo / "dataset/data/articles-00000-of-00001.parquet").to_pylist()
    records = list(dataset.records("articles"))
    assert sorted(r["articles/article_id"].decode() for r in records) == sorted(r["article_id"] for r in expected)
    by_id = {r["articles/article_id"].decode(): r for r in records}
    for row in expected:
        rec = by_id[row["article_id"]]
        assert rec["articles/text"].decode() == row["text"]
        assert [s["articles/segments/start"] for s in rec["articles/segments"]] == [s["start"] for s in row["segments"]]
    assert len(list(dataset.records("sources"))) == pq.read_metadata(repo / "dataset/data/sources-00000-of-00001.parquet").num_rows


def test_a_tampered_file_fails_to_load(repo_copy):
    data = repo_copy / "dataset/data/sources-00000-of-00001.parquet"
    data.write_bytes(data.read_bytes() + b"\0")
    dataset = mlc.Dataset(jsonld=str(repo_copy / "releases/0.1.0/croissant.json"))
    with pytest.raises(mlc.GenerationError):
        list(dataset.records("sources"))
