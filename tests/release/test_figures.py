"""Datasheet figures come from dataset/: a stale figure fails `sikap generate --check`."""

from __future__ import annotations

import pyarrow.parquet as pq

from sikap.release import figures
from tests.release.conftest import add_raw_article, sikap_cli


def test_figures_match_the_data(released):
    repo, _ = released
    rows = pq.read_table(repo / "dataset/data/articles-00000-of-00001.parquet").to_pylist()
    out = figures.outlets(repo / "dataset")
    assert out.startswith(f"{len(rows)} articles from {len({r['raw_file'] for r in rows})} raw files")
    assert f"| `antara` | ANTARA | news_agency | metadata_only | {sum(r['source_id'] == 'antara' for r in rows)} |" in out
    assert "No gold labels yet" in figures.labels(repo / "dataset")
    assert "No annotation round has been merged yet" in figures.agreement(repo / "dataset")
    dated = sorted(r["published_date"] for r in rows if r["published_date"])
    if dated:
        assert f"from {dated[0]} to {dated[-1]}" in figures.dates(repo / "dataset")
    else:
        assert f"No article of {len(rows)} has a publication date" in figures.dates(repo / "dataset")
    events = [r["event_date"] for r in rows if r["event_date"]]
    assert f"{len(events)} of {len(rows)} articles have an event date" in figures.dates(repo / "dataset")
    datasheet = (repo / "DATASHEET.md").read_text()
    from sikap.docs import block_names, generators

    dataset_figures = [n for n in block_names(datasheet) if n.startswith(("figures-", "gap-"))]
    assert len(dataset_figures) >= 8
    for name in dataset_figures:
        assert generators()[name](repo / "dataset") in datasheet, name


def test_stale_figure_fails_generate_check(repo_copy, tmp_path):
    from sikap.build import build_tables
    from sikap.publish import write_dataset

    cache = tmp_path / "cache"
    assert sikap_cli(repo_copy, cache, "generate", "--check").returncode == 0
    add_raw_article(repo_copy, tmp_path)
    write_dataset(build_tables(repo_copy / "raw"), repo_copy / "dataset")
    stale = sikap_cli(repo_copy, cache, "generate", "--check")
    assert stale.returncode == 1 and "DATASHEET.md" in stale.stderr
    assert sikap_cli(repo_copy, cache, "generate").returncode == 0
    assert sikap_cli(repo_copy, cache, "generate", "--check").returncode == 0
    assert "7 articles from 6 raw files" in (repo_copy / "DATASHEET.md").read_text()
