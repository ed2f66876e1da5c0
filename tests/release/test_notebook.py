"""The research notebook runs top to bottom (nbclient) against a repo with two releases, shows its figures
inline, and writes a file only where it is told (SIKAP_FIGURES)."""

from __future__ import annotations

import re

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO


def _run(repo, tmp_path, monkeypatch, figures=None, version="0.1.0"):
    work = tmp_path / "work"
    work.mkdir()
    env = {"SIKAP_REPO": repo, "SIKAP_VERSION": version, "SIKAP_CACHE": tmp_path / "sikap", "HF_DATASETS_CACHE": tmp_path / "hf",
           "HF_HOME": tmp_path / "hf-home", "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "MPLCONFIGDIR": tmp_path / "mpl"}
    for key, value in env.items():
        monkeypatch.setenv(key, str(value))
    if figures is None:
        monkeypatch.delenv("SIKAP_FIGURES", raising=False)
    else:
        monkeypatch.setenv("SIKAP_FIGURES", str(figures))
    nb = nbformat.read(REPO / "notebooks/pinned-release.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(work)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    text = "\n".join(o.get("text", "") for o in outputs) + "\n".join(
        str(o.get("data", {}).get("text/markdown", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    return text, images, work


def test_notebook_runs_shows_figures_inline_and_writes_nothing_by_default(two_releases, tmp_path, monkeypatch):
    repo, _ = two_releases
    before = sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*") if ".git" not in p.parts)
    text, images, work = _run(repo, tmp_path, monkeypatch)
    counts = re.search(r"(\d+) articles, (\d+) sources", text)
    assert "every file matches release 0.1.0" in text and counts and int(counts.group(2)) > 0
    assert "sha256:" in text and "No gold labels yet" in text and "no agreement to show" in text
    assert f"of {counts.group(1)} articles have no publication date" in text
    assert len(images) >= 3  # outlets, months, clusters: inline
    assert list(work.iterdir()) == []  # nothing written where it was not told
    assert sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*") if ".git" not in p.parts) == before


def test_notebook_saves_figures_only_where_told(two_releases, tmp_path, monkeypatch):
    repo, _ = two_releases
    out = tmp_path / "figures"
    text, images, work = _run(repo, tmp_path, monkeypatch, figures=out, version="0.2.0")
    assert "every file matches release 0.2.0" in text and "7 articles" in text
    saved = sorted(p.name for p in out.iterdir())
    assert saved == ["articles_per_month.png", "articles_per_outlet.png", "near_duplicate_clusters.png"]
    assert all((out / n).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for n in saved)
    assert list(work.iterdir()) == []


@pytest.mark.parametrize("n_boot", [200])
def test_agreement_intervals_from_votes(n_boot):
    """Two annotators who agree on 9 of 10 articles: alpha and a bootstrap interval around it."""
    from sikap.release.insights import agreement

    rows = []
    for i in range(10):
        for who, stance in (("a", "favor" if i % 2 else "against"), ("b", ("favor" if i % 2 else "against") if i else "neutral")):
            rows.append({"round": 1, "article_id": f"art{i}", "annotator": who, "field": "stance_qatar", "stance": stance,
                         "topics": [], "cancelled": False, "ground_truth": False, "updated_at": "2026-01-01T00:00:00Z",
                         "annotation_id": len(rows)})
    (row,) = [t for t in agreement(rows, n_boot=n_boot) if t["field"] == "stance_qatar"]
    assert row["items"] == 10 and 0.7 < row["alpha"] < 0.95
    assert row["lo"] <= row["alpha"] <= row["hi"] and row["lo"] < row["hi"]
