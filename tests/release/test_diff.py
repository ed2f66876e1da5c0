"""`sikap diff` of two small synthetic versions lists exactly what was added, removed and changed, and the
version rules classify each kind of change."""

from __future__ import annotations

import pyarrow as pa
import pytest

from sikap.publish import write_parquet
from sikap.release.diff import diff_snapshots, summary_lines
from sikap.release.errors import ReleaseError
from sikap.release.snapshot import read_snapshot
from sikap.release.versioning import Version, check_bump, required_level


def _write(folder, tables):
    for name, table in tables.items():
        write_parquet(table, folder / "data" / f"{name}-00000-of-00001.parquet")
    return read_snapshot(folder)


@pytest.fixture(scope="module")
def base(seed_build):
    result, _ = seed_build
    return {k: t for k, t in result.tables.items()}


def _edit(table, fn):
    return pa.Table.from_pylist(fn([dict(r) for r in table.to_pylist()]), schema=table.schema)


def test_diff_lists_exactly_the_changes(base, tmp_path):
    a = _write(tmp_path / "a", base)
    ids = sorted(r["article_id"] for r in base["articles"].to_pylist())
    removed, edited, labelled, relabelled = ids[0], ids[1], ids[2], ids[3]

    def change(rows):
        rows = [r for r in rows if r["article_id"] != removed]
        for r in rows:
            if r["article_id"] == edited:
                r["title"], r["section"] = "Judul baru", "Dunia"
            if r["article_id"] == labelled:
                r["stance_qatar"], r["topics"] = "favor", ["defence_pact"]
            if r["article_id"] == relabelled:
                r["topics"] = ["gaza_war"]
        new = dict(rows[0], article_id="ffffffffffffffff-00", topics=[], stance_qatar=None, stance_israel="against")
        return rows + [new]

    first = _edit(base["articles"], lambda rows: [dict(r, topics=["gaza_mediation"]) if r["article_id"] == relabelled else r for r in rows])
    a = _write(tmp_path / "a", {**base, "articles": first})
    b = _write(tmp_path / "b", {**base, "articles": _edit(first, change)})
    d = diff_snapshots(a, b, "0.1.0", "0.2.0")
    arts = d.records["articles"]
    assert arts.added == ["ffffffffffffffff-00"]
    assert arts.removed == [removed]
    assert arts.changed == {edited: ["title", "section"]}
    assert not arts.moved and not d.records["sources"] and not d.schema
    got = {(c.key, c.field, c.kind, str(c.before), str(c.after)) for c in d.labels}
    assert got == {
        (labelled, "topics", "added", "[]", "['defence_pact']"),
        (labelled, "stance_qatar", "added", "None", "favor"),
        (relabelled, "topics", "changed", "['gaza_mediation']", "['gaza_war']"),
        ("ffffffffffffffff-00", "stance_israel", "added", "None", "against"),
    }
    text = "\n".join(summary_lines(d))
    assert f"removed `{removed}`" in text and f"changed `{edited}`: title, section" in text
    assert required_level(d)[0] == "major"


def test_version_levels(base, tmp_path):
    a = _write(tmp_path / "a", base)
    assert required_level(diff_snapshots(a, a))[0] == "patch"
    extra = _edit(base["articles"], lambda rows: rows + [dict(rows[0], article_id="eeeeeeeeeeeeeeee-00")])
    added = diff_snapshots(a, _write(tmp_path / "b", {**base, "articles": extra}))
    assert required_level(added)[0] == "minor"
    labelled = _edit(base["articles"], lambda rows: [dict(r, stance_nato="neutral") for r in rows])
    label_added = diff_snapshots(a, _write(tmp_path / "c", {**base, "articles": labelled}))
    assert required_level(label_added)[0] == "minor" and {c.kind for c in label_added.labels} == {"added"}
    recount = _edit(base["sources"], lambda rows: [dict(r, n_articles=r["n_articles"] + 1) for r in rows])
    derived = diff_snapshots(a, _write(tmp_path / "d", {**base, "sources": recount}))
    assert derived.records["sources"].derived and required_level(derived)[0] == "patch"
    label_removed = diff_snapshots(_write(tmp_path / "e", {**base, "articles": labelled}), a)
    assert required_level(label_removed)[0] == "major"


def test_check_bump():
    v = Version.parse("0.1.0")
    check_bump(None, Version.parse("3.2.1"), "major", [])  # a first release may be any version
    check_bump(v, Version.parse("0.2.0"), "minor", ["articles: 1 records added"])
    check_bump(v, Version.parse("1.0.0"), "major", ["articles: 1 records removed"])
    check_bump(v, Version.parse("0.1.1"), "patch", ["documentation"])
    for new, level in (("0.1.1", "minor"), ("1.0.0", "minor"), ("0.2.0", "major"), ("0.2.0", "patch")):
        with pytest.raises(ReleaseError) as err:
            check_bump(v, Version.parse(new), level, ["x"])
        assert err.value.code == "version_mismatch"


def test_cli_diff_against_the_working_tree(repo_copy, tmp_path):
    from tests.release.conftest import add_raw_article, sikap_cli
    from sikap.build import build_tables
    from sikap.publish import write_dataset

    add_raw_article(repo_copy, tmp_path)
    write_dataset(build_tables(repo_copy / "raw"), repo_copy / "dataset")
    proc = sikap_cli(repo_copy, tmp_path / "cache", "diff", "0.1.0")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# 0.1.0 -> worktree: MINOR") and "**articles**: 1 added" in proc.stdout
