"""Evaluate, and write what was measured: a JSON results file and a markdown table, with the command.

The results file is the one source of the extraction figures printed anywhere else (the datasheet reads
it between generated markers); a regression test compares a fresh run against it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from sikap.evaluate.scoring import FIELDS, new_tallies, score_page
from sikap.evaluate.stats import Tally
from sikap.evaluate.truth import load_truth


@dataclass
class EvalReport:
    sets: list[dict]  # {"name", "pages", "truth", "n_pages"}
    overall: dict[str, Tally]
    per_set: dict[str, dict[str, Tally]] = field(default_factory=dict)
    command: str = ""
    extra: dict = field(default_factory=dict)

    def figures(self, tallies: dict[str, Tally] | None = None) -> dict[str, dict]:
        return {k: v.as_dict() for k, v in (tallies or self.overall).items()}

    def as_dict(self) -> dict:
        from importlib.metadata import version

        return {
            "command": self.command,
            "sikap_version": version("sikap"),
            "sets": self.sets,
            "overall": self.figures(),
            "per_set": {name: self.figures(t) for name, t in self.per_set.items()},
            **self.extra,
        }

    def markdown(self) -> str:
        names = list(self.per_set)
        head = "| figure | all | " + " | ".join(names) + " | 95% interval (all) |"
        rows = [head, "|" + "---|" * (len(names) + 3)]
        for key, desc in FIELDS.items():
            cells = [_cell(self.overall[key])] + [_cell(self.per_set[n][key]) for n in names]
            lo, hi = self.overall[key].as_dict()["ci95"]
            rows.append(f"| {key} | " + " | ".join(cells) + f" | {lo:.2f}-{hi:.2f} |")
        legend = "\n".join(f"- `{k}`: {d}" for k, d in FIELDS.items())
        return "\n".join(rows) + "\n\n" + legend + "\n"


def _cell(t: Tally) -> str:
    return f"{t.k}/{t.n}" + (f" ({100 * t.k / t.n:.0f}%)" if t.n else "")


def evaluate_extraction(sets: list[tuple[Path, Path]], config=None, command: str = "") -> EvalReport:
    """Run the pipeline on every page of every (pages folder, truth file) pair and score it."""
    from sikap.evaluate.runner import run_pages
    from sikap.sources import registry

    reg = registry()
    overall = new_tallies()
    per_set: dict[str, dict[str, Tally]] = {}
    meta = []
    for pages, truth in sets:
        rows = load_truth(pages, truth)
        name = _set_name(pages, truth, per_set)
        tallies = new_tallies()
        outputs = run_pages([r.path for r in rows], config)
        for row, out in zip(rows, outputs):
            score_page(row, out, tallies, reg)
            score_page(row, out, overall, reg)
        per_set[name] = tallies
        meta.append({"name": name, "pages": str(pages), "truth": str(truth), "n_pages": len(rows)})
    return EvalReport(meta, overall, per_set, command)


def _set_name(pages: Path, truth: Path, taken: dict) -> str:
    base = pages.resolve()
    name = base.parent.name if base.name == "pages" else base.name
    while name in taken:
        name += "'"
    return name


def write_results(report: EvalReport, out_json: Path, out_md: Path | None = None) -> None:
    """Atomic writes; the JSON sorted and stable so that a rerun with no change rewrites the same bytes
    (the date is the day's, so a rerun another day differs only there)."""
    from sikap.io import atomic_write_bytes

    body = report.as_dict()
    body["date"] = dt.date.today().isoformat()
    atomic_write_bytes(out_json, (json.dumps(body, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode())
    if out_md is not None:
        text = (f"# Extraction measured on hand-read pages\n\nCommand: `{report.command}`  \n"
                f"Date: {body['date']}, sikap {body['sikap_version']}; pages: "
                + ", ".join(f"{s['name']} ({s['n_pages']})" for s in report.sets) + "\n\n" + report.markdown())
        atomic_write_bytes(out_md, text.encode())
