"""The research notebook runs top to bottom (nbclient) against a released repo and saves its figures as PNG."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from sikap.sources import registry
from tests.conftest import REPO


def test_notebook_runs_top_to_bottom(released, tmp_path, monkeypatch):
    figures = tmp_path / "figures"
    for key, value in {"SIKAP_REPO": released[0], "SIKAP_FIGURES": figures, "SIKAP_VERSION": "0.1.0",
                       "SIKAP_CACHE": tmp_path / "sikap", "HF_DATASETS_CACHE": tmp_path / "hf", "HF_HOME": tmp_path / "hf-home",
                       "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "MPLCONFIGDIR": tmp_path / "mpl"}.items():
        monkeypatch.setenv(key, str(value))
    nb = nbformat.read(REPO / "notebooks/pinned-release.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "every file matches release 0.1.0" in outputs and f"6 articles, {len(registry().entries)} sources" in outputs
    assert "sha256:" in outputs and "No gold labels yet" in outputs
    png = figures / "articles_per_outlet.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
