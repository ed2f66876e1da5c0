"""Figures of the README and datasheet that measure sikap rather than count the dataset: the extraction's accuracy
(evaluation/extraction.json, heldout.json, heldout-outlets.json, written by `sikap eval extraction`) and the
build's benchmarks (benchmarks/RESULTS.json). Each function is a generator of sikap.docs, like the dataset
figures of figures.py; these read the project's committed measurement files instead of dataset/, and say
"not measured yet" when a file is missing rather than claim a figure.
"""

from __future__ import annotations

import json
from pathlib import Path

from sikap.docs import generator

EXTRACTION = Path("evaluation") / "extraction.json"
HELDOUT = Path("evaluation") / "heldout.json"  # the same evaluation on pages no rule was fitted to
HELDOUT_OUTLETS = Path("evaluation") / "heldout-outlets.json"  # new pages of major outlets whose layouts were fitted
BENCHMARKS = Path("benchmarks") / "RESULTS.json"


def _project_file(rel: Path, root: Path | None) -> Path | None:
    from sikap.paths import find_root

    root = root or find_root()
    return root / rel if root is not None and (root / rel).is_file() else None


def read_extraction(root: Path | None = None) -> dict | None:
    """evaluation/extraction.json (written by `sikap eval extraction`), or None before it is measured."""
    path = _project_file(EXTRACTION, root)
    return json.loads(path.read_text(encoding="utf-8")) if path else None


@generator("extraction-accuracy")
def extraction_accuracy(root: Path | None = None) -> str:
    """The figures of evaluation/extraction.json (written by `sikap eval extraction`), in its own order and
    wording, with the pages and the command that measured them."""
    data = read_extraction(root)
    if data is None:
        return (f"Not measured yet: `{EXTRACTION.as_posix()}` does not exist (it is written by `sikap eval "
                "extraction`). Until it does, no accuracy of the extracted metadata is claimed.")
    return _accuracy_block(data, "These are the development pages the rules were written against: on pages sikap"
                                 " has never seen the figures are lower (next table). A team measures its own sample"
                                 " with `sikap eval sample` and `sikap eval extraction` (evaluation/README.md).")


@generator("extraction-heldout")
def extraction_heldout(root: Path | None = None) -> str:
    """The figures of evaluation/heldout.json: the same evaluation on pages no rule was written or changed
    against, the figure a user should expect on a new corpus (the development pages flatter)."""
    path = _project_file(HELDOUT, root)
    if path is None:
        return (f"Not measured yet: `{HELDOUT.as_posix()}` does not exist. Until it does, no accuracy on pages"
                " sikap has never seen is claimed.")
    return _accuracy_block(json.loads(path.read_text(encoding="utf-8")),
                           "No rule was written or changed while looking at these pages; they are third-party text"
                           " and not distributed (their addresses are in `evaluation/heldout-pages.tsv`).")


@generator("extraction-heldout-outlets")
def extraction_heldout_outlets(root: Path | None = None) -> str:
    """The figures of evaluation/heldout-outlets.json: new pages of the major outlets that make most of a research
    corpus, pages no rule was written against while the rules did learn other pages of the same outlets. It is
    the figure for a corpus of well-known outlets; evaluation/heldout.json is the one for sites new to sikap."""
    path = _project_file(HELDOUT_OUTLETS, root)
    if path is None:
        return f"Not measured yet: `{HELDOUT_OUTLETS.as_posix()}` does not exist."
    return _accuracy_block(json.loads(path.read_text(encoding="utf-8")),
                           "No rule was written or changed while looking at these pages; other pages of the same"
                           " outlets were used to write rules. They are third-party text and not distributed (their"
                           " addresses are in `evaluation/heldout-outlets-pages.tsv`).")


def _accuracy_block(data: dict, caveat: str) -> str:
    lines = ["| figure | k / n | rate | 95% interval | what it counts |", "|---|---|---|---|---|"]
    for name, f in data.get("overall", {}).items():
        lo, hi = (f.get("ci95") or [None, None])[:2]
        interval = f"{lo:.2f}-{hi:.2f}" if lo is not None and hi is not None else "-"
        rate = f"{100 * f['rate']:.1f}%" if f.get("rate") is not None else "-"
        lines.append(f"| `{name}` | {f.get('k', '-')} / {f.get('n', '-')} | {rate} | {interval} | "
                     f"{f.get('description', '')} |")
    sets = data.get("sets") or []
    named = ", ".join(f"{s['name']} ({s['n_pages']} pages)" if isinstance(s, dict) else str(s) for s in sets)
    runs = data.get("measurements")
    if runs:  # a pool of runs (sikap eval pool): each set's figures are those of the run that measured it
        each = "; ".join(f"{', '.join(r.get('sets', []))} measured on {r.get('date') or 'an unrecorded date'} by "
                         f"`{r.get('command', '')}`" for r in runs)
        tail = (f"Pooled on {data.get('date', 'an unrecorded date')} by `{data.get('command', 'sikap eval pool')}`"
                + (f" over {named}" if named else "") + f" from {len(runs)} runs; each set's figures are those of the "
                "run that measured it (the rules changed between runs): " + each + ". " + caveat)
    else:
        tail = (f"Measured on {data.get('date', 'an unrecorded date')} with sikap {data.get('sikap_version', '?')} by "
                f"`{data.get('command', 'sikap eval extraction')}`" + (f" over {named}." if named else ".") + " " + caveat)
    return "\n".join(lines) + "\n\n" + tail


@generator("benchmark-summary")
def benchmark_summary(root: Path | None = None) -> str:
    path = _project_file(BENCHMARKS, root)
    if path is None:
        return "No benchmark has been run (benchmarks/RESULTS.json is missing)."
    data = json.loads(path.read_text(encoding="utf-8"))
    parts = []
    for r in sorted(data["results"], key=lambda r: r["n_files"]):
        n = r["n_files"]
        size = f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"
        parts.append(f"{size} files ({r['generation']['bytes'] / 1e9:.2f} GB) in {r['build_wall_s']:.0f} s with a peak "
                     f"RSS of {r['peak_rss'] / 2**30:.2f} GB and near-duplicate F1 {r['dedup']['f1']:.2f}")
    return "; ".join(parts) or "No benchmark result recorded."
