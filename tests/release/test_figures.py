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


def test_card_figures_count_what_a_loop_over_rows_counts(tmp_path):
    """The card's figures (counted with Arrow, from one read of the articles) equal a plain loop over the rows,
    on two shards with label provenance, null outlets and URLs, another language and a file at the top."""
    from collections import Counter
    from pathlib import Path

    import pyarrow as pa

    from sikap.release.cardbody import Facts

    src = Path(__file__).parents[2] / "dataset" / "data" / "articles-00000-of-00001.parquet"
    table = pq.read_table(src)
    rows = table.to_pylist()
    for i, r in enumerate(rows):
        r["label_provenance"] = [{"field": "topics", "round": 1 + i % 2, "rounds": [1], "method": "majority_vote",
                                  "agreement": 0.71234 if i % 3 else None}] if i % 2 else []
        r["source_id"] = None if i == 1 else "" if i == 2 else r["source_id"]
        r["url"] = None if i % 3 == 0 else r["url"]
        r["language"] = "en" if i == 0 else r["language"]
        r["raw_file"] = "top.txt" if i == 4 else r["raw_file"]
    (tmp_path / "data").mkdir()
    half = len(rows) // 2
    for k, part in enumerate((rows[:half], rows[half:])):
        pq.write_table(pa.Table.from_pylist(part, schema=table.schema), tmp_path / f"data/articles-0000{k}-of-00002.parquet")
    facts = Facts.read(tmp_path, {"articles": len(rows)})
    assert (facts.raw_files, facts.dated, facts.gold) == (len({r["raw_file"] for r in rows}),
                                                          sum(r["published_date"] is not None for r in rows),
                                                          sum(1 for r in rows if r["label_provenance"]))
    assert facts.outlets == len({r["source_id"] for r in rows if r["source_id"]})
    langs = Counter(r["language"] for r in rows)
    assert all(f"| `{lang}` | {n} |" in facts.figures["languages"] for lang, n in langs.items())
    top = [r for r in rows if "/" not in r["raw_file"]]
    assert (f"| `raw/./` | 1 | {len(top)} | {sum(r['source_id'] is not None for r in top)} | "
            f"{sum(r['published_date'] is not None for r in top)} | {sum(r['url'] is not None for r in top)} |"
            in facts.figures["raw_files"])
    labels = [p for r in rows for p in r["label_provenance"] if p["round"] == 2]
    assert f"| 2 | topics | {len(labels)} | majority_vote | 0.712 |" in facts.figures["agreement"]
    assert facts.figures == {name: getattr(figures, name)(tmp_path) for name in ("languages", "raw_files", "agreement")}
