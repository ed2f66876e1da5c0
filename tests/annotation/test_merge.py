"""Gold labels reach the articles table and the `annotations` config; load_dataset exposes both."""

from __future__ import annotations

import json
import math
import shutil

import pytest

from tests.annotation.conftest import ISRAEL, TOPICS
from tests.conftest import REPO, run_python

pytestmark = pytest.mark.studio


@pytest.fixture(scope="module")
def gold_root(adjudicated, tmp_path_factory):
    """Round 3 and its adjudication (a4 decided by eko), made gold."""
    from sikap.annotation.gold import write_gold

    root = tmp_path_factory.mktemp("gold") / "annotations"
    shutil.copytree(adjudicated[0], root)
    write_gold(root)
    return root


@pytest.fixture(scope="module")
def merged(gold_root):
    from sikap.build import build_tables

    return build_tables(REPO / "raw", annotations_root=gold_root)


def test_gold_labels_and_provenance_in_articles(merged, round3):
    rows = {r["article_id"]: r for r in merged.tables["articles"].to_pylist()}
    a = round3.articles
    assert [rows[x]["stance_israel"] for x in a] == ISRAEL
    assert [rows[x]["stance_qatar"] for x in a] == ["favor", "favor", "neutral", "favor", "not_mentioned", None]
    assert [set(rows[x]["topics"]) for x in a] == [set(t) for t in TOPICS]
    assert all(rows[x]["stance_hamas"] is None for x in a)  # nobody answered it
    prov = {p["field"]: p for p in rows[a[3]]["label_provenance"]}
    assert (prov["stance_qatar"]["method"], prov["stance_qatar"]["round"]) == ("adjudicated", 3)
    assert prov["stance_qatar"]["agreement"] == pytest.approx(0.44)
    assert prov["stance_israel"] == {"field": "stance_israel", "round": 3, "rounds": [3], "method": "majority_vote",
                                     "agreement": 1.0}
    assert math.isnan(prov["topics.gaza_war"]["agreement"])  # alpha undefined: every value "absent"
    tie = {p["field"]: p for p in rows[a[5]]["label_provenance"]}["stance_qatar"]
    assert tie["method"] == "tie" and rows[a[5]]["stance_qatar"] is None
    assert all(rows[x]["topics_tied"] == [] for x in a)  # the three agreed on every topic


def test_annotations_table_is_the_rounds_long_table_then_the_adjudications(merged, round3_rows):
    table = merged.tables["annotations"].to_pylist()
    assert len(table) == len(round3_rows) + 11 and table[:len(round3_rows)] == round3_rows
    assert all(r["ground_truth"] for r in table[len(round3_rows):])  # eko's one decision, 11 rows


def test_a_tied_topic_is_recorded_as_tied():
    from sikap.annotation.merge import apply_gold

    def g(value, method):
        return {"value": value, "method": method, "round": 1, "rounds": [1], "agreement": None}

    row = apply_gold({"article_id": "x"}, {"topics.gaza_war": g(None, "tie"), "topics.defence_pact": g("present", "majority_vote"),
                                           "topics.nato_israel": g("absent", "majority_vote")},
                     ["topics.defence_pact", "topics.gaza_war", "topics.nato_israel"],
                     ["defence_pact", "gaza_war", "nato_israel"])
    assert (row["topics"], row["topics_tied"]) == (["defence_pact"], ["gaza_war"])  # absent is neither


def test_without_rounds_the_build_is_unchanged(seed_build, tmp_path):
    from sikap.build import build_tables

    plain = build_tables(REPO / "raw", annotations_root=tmp_path / "none")
    assert "annotations" not in plain.tables
    assert plain.tables["articles"].equals(seed_build[0].tables["articles"])
    assert all(r["topics"] == [] and r["label_provenance"] == [] for r in plain.tables["articles"].to_pylist())


def test_stale_or_tampered_gold_is_refused(gold_root, tmp_path):
    from sikap.annotation.errors import AnnotationError
    from sikap.annotation.merge import annotations_table, apply_gold_rows

    root = tmp_path / "annotations"
    shutil.copytree(gold_root, root)
    shutil.rmtree(root / "gold")
    with pytest.raises(AnnotationError) as err:
        apply_gold_rows([{"article_id": "x"}], root)
    assert err.value.code == "stale_gold" and "sikap annotate adjudicate" in str(err.value)
    shutil.copytree(gold_root, root, dirs_exist_ok=True)
    table = root / "round-03" / "annotations.parquet"
    table.write_bytes(table.read_bytes() + b" ")
    with pytest.raises(AnnotationError) as err:
        annotations_table(root)
    assert err.value.code == "snapshot_corrupt"


def test_load_dataset_exposes_gold_labels_and_the_annotations_config(merged, round3, tmp_path):
    from sikap.publish import write_dataset

    folder = write_dataset(merged, tmp_path / "dataset")
    code = f"""
import json
from datasets import get_dataset_config_names, load_dataset
path = {str(folder)!r}
arts = load_dataset(path, split="train")
names = arts.features["stance_qatar"].names
rows = {{r["article_id"]: r for r in arts}}
ann = load_dataset(path, "annotations", split="train")
print(json.dumps({{
    "configs": get_dataset_config_names(path),
    "qatar": [None if rows[a]["stance_qatar"] is None else names[rows[a]["stance_qatar"]] for a in {round3.articles!r}],
    "provenance": rows[{round3.articles[3]!r}]["label_provenance"],
    "annotations": ann.num_rows,
    "stance_label": ann.features["stance"].names,
    "annotators": sorted(set(ann["annotator"])),
}}))
"""
    done = run_python(code, tmp_path / "cache", tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["configs"][0] == "articles" and "annotations" in out["configs"]  # (rejects: none in the seeds)
    assert out["qatar"] == ["favor", "favor", "neutral", "favor", "not_mentioned", None]
    assert {"field": "stance_qatar", "round": 3, "rounds": [3], "method": "adjudicated"}.items() <= \
        next(p for p in out["provenance"] if p["field"] == "stance_qatar").items()
    assert out["annotations"] == 19 * 11 and out["stance_label"][-1] == "not_mentioned"
    assert len(out["annotators"]) == 4 and all(a.startswith("ann-") for a in out["annotators"])


def test_streaming_build_merges_the_same_gold(gold_root, merged, tmp_path):
    """`sikap build` streams partitions through worker processes: gold and the annotations config too."""
    import pyarrow.parquet as pq

    from sikap.build import BuildConfig
    from sikap.stream import build_dataset

    build_dataset(REPO / "raw", tmp_path / "dataset", BuildConfig(annotations_root=str(gold_root), workers=2))
    articles = pq.read_table(tmp_path / "dataset" / "data" / "articles-00000-of-00001.parquet")
    cols = ["article_id", "topics", "topics_tied", "stance_qatar", "stance_israel", "label_provenance"]
    def comparable(table):  # NaN (alpha undefined) is not equal to itself
        return [{**r, "label_provenance": [{**p, "agreement": None if math.isnan(p["agreement"]) else p["agreement"]}
                                           for p in r["label_provenance"]]} for r in table.select(cols).to_pylist()]

    assert comparable(articles) == comparable(merged.tables["articles"])
    ann = pq.read_table(tmp_path / "dataset" / "data" / "annotations-00000-of-00001.parquet")
    assert ann.num_rows == merged.tables["annotations"].num_rows
    from sikap.checks import check_dataset

    assert "valid" in check_dataset(tmp_path / "dataset", REPO / "raw")


def test_build_with_stale_gold_fails_in_one_line(gold_root, tmp_path):
    from sikap.build import BuildConfig
    from sikap.commands import build_dataset

    root = tmp_path / "annotations"
    shutil.copytree(gold_root, root)
    shutil.rmtree(root / "gold")
    import typer

    with pytest.raises(typer.Exit):
        build_dataset(REPO / "raw", tmp_path / "dataset", BuildConfig(annotations_root=str(root), workers=2), quiet=True)
    assert not (tmp_path / "dataset").exists()


def test_public_export_blanks_annotators_evidence_of_withheld_articles(merged, tmp_path):
    """An evidence span quotes the article; where the export withholds the text, the quote goes too."""
    import pyarrow.parquet as pq

    from sikap.publish import write_dataset
    from sikap.release.export import export_public

    write_dataset(merged, tmp_path / "dataset")
    report = export_public(tmp_path / "dataset", tmp_path / "public")
    arts = {r["article_id"]: r for r in pq.read_table(next((tmp_path / "public/data").glob("articles-*"))).to_pylist()}
    ann = pq.read_table(next((tmp_path / "public/data").glob("annotations-*"))).to_pylist()
    spans = [(r["article_id"], e) for r in ann for e in r["evidence"] or []]
    assert spans and report.withheld
    for aid, e in spans:
        assert (e["text"] is None) == arts[aid]["text_withheld"]
        assert e["end"] > e["start"]
