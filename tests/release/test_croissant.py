"""The release's Croissant file: Croissant 1.1 with every applicable RAI field, validated by mlcroissant,
describing the release's public files at a location that never changes (releases/X.Y.Z/public/), so that a
release's Croissant still validates and loads (re-checking every sha256) after later releases."""

from __future__ import annotations

import json

import mlcroissant as mlc
import pyarrow.parquet as pq
import pytest

from sikap.release.croissant import CONFORMS_TO, validate_croissant

RAI = ["rai:dataCollection", "rai:dataCollectionType", "rai:dataCollectionRawData", "rai:dataCollectionMissingData",
       "rai:dataPreprocessingProtocol", "rai:dataImputationProtocol", "rai:dataManipulationProtocol",
       "rai:dataAnnotationProtocol", "rai:dataAnnotationPlatform", "rai:dataAnnotationAnalysis",
       "rai:annotationsPerItem", "rai:annotatorDemographics", "rai:machineAnnotationTools", "rai:dataBiases",
       "rai:dataUseCases", "rai:dataLimitations", "rai:dataSocialImpact", "rai:personalSensitiveInformation",
       "rai:dataReleaseMaintenancePlan"]


def _check_release(repo, version: str, n_articles: int) -> None:
    path = repo / f"releases/{version}/croissant.json"
    data = json.loads(path.read_text())
    assert data["conformsTo"] == CONFORMS_TO and data["version"] == version
    assert data["@context"]["rai"] == "http://mlcommons.org/croissant/RAI/"
    missing = [k for k in RAI if not data.get(k)]
    assert missing == []
    # the one date-typed RAI field that cannot apply says why, in the missing-data field
    assert "rai:dataCollectionTimeframe" not in data and "dataCollectionTimeframe is left out" in data["rai:dataCollectionMissingData"]
    files = [d for d in data["distribution"] if d["@type"] == "cr:FileObject"]
    assert files and all(len(f["sha256"]) == 64 and f["contentUrl"].startswith("public/data/") for f in files)
    assert validate_croissant(path) == []  # no errors, no warnings
    dataset = mlc.Dataset(jsonld=str(path))
    public = repo / f"releases/{version}/public/data/articles-00000-of-00001.parquet"
    expected = pq.read_table(public).to_pylist()
    records = list(dataset.records("articles"))  # re-reads the files and checks their sha256
    assert len(records) == len(expected) == n_articles
    by_id = {r["articles/article_id"].decode(): r for r in records}
    for row in expected:
        rec = by_id[row["article_id"]]
        assert rec["articles/text_withheld"] == row["text_withheld"]
        assert rec["articles/text_sha256"].decode() == row["text_sha256"]
        assert [s["articles/segments/start"] for s in rec["articles/segments"]] == [s["start"] for s in row["segments"]]


def test_croissant_validates_and_loads_records(released):
    repo, _ = released
    _check_release(repo, "0.1.0", 6)
    data = json.loads((repo / "releases/0.1.0/croissant.json").read_text())
    assert "no annotation round has been merged" in data["rai:annotationsPerItem"]


def test_first_release_croissant_still_loads_after_a_second_release(two_releases):
    repo, done = two_releases
    assert done.version == "0.2.0"
    _check_release(repo, "0.1.0", 6)  # untouched by 0.2.0: its files are where it says, with its hashes
    _check_release(repo, "0.2.0", 7)


def test_a_tampered_file_fails_to_load(repo_copy):
    data = repo_copy / "releases/0.1.0/public/data/sources-00000-of-00001.parquet"
    data.write_bytes(data.read_bytes() + b"\0")
    dataset = mlc.Dataset(jsonld=str(repo_copy / "releases/0.1.0/croissant.json"))
    with pytest.raises(mlc.GenerationError):
        list(dataset.records("sources"))


def test_release_0_1_0_croissant_is_valid_inside_its_materialized_release(tmp_path):
    """0.1.0 predates the public release: its Croissant points at ../../dataset/, which is release 0.1.0's own
    files inside the folder that sikap.load materializes (RELEASING.md says so)."""
    from sikap.release.load import materialize
    from tests.conftest import REPO

    folder = materialize("0.1.0", REPO, tmp_path)
    path = folder / "releases/0.1.0/croissant.json"
    validate_croissant(path)
    records = list(mlc.Dataset(jsonld=str(path)).records("sources"))  # re-checks the sha256 of the file
    assert len(records) == pq.read_metadata(folder / "dataset/data/sources-00000-of-00001.parquet").num_rows
