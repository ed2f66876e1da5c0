"""Pool results files measured at different times into one: each set keeps the figures its own run gave it.

A held-out sample grows by rounds (a fresh set of pages each round, measured on the code of that round and read
only as counts). When the pages of earlier rounds are no longer at hand, they cannot be measured again; their
figures are still evidence, so the pooled file sums every set's counts and names, for each set, the command,
date and version that measured it (`measurements`), so that no reader takes the pool for one run of one code.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sikap.evaluate.stats import Tally


class PoolError(ValueError):
    """A results file that cannot be pooled (unreadable, not a results file, a set given twice)."""


def read_results(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise PoolError(f"{path}: not a readable JSON results file ({err.__class__.__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("per_set"), dict) or not isinstance(data.get("sets"), list):
        raise PoolError(f"{path}: not a results file of `sikap eval extraction` (no sets and per_set)")
    return data


def _runs(data: dict) -> list[dict]:
    """The runs a results file holds: its own measurements when it is a pool already, else the one run."""
    if data.get("measurements"):
        return data["measurements"]
    return [{"command": data.get("command", ""), "date": data.get("date"), "sikap_version": data.get("sikap_version"),
             "sets": [s["name"] for s in data["sets"]]}]


def pool_results(results: list[dict], command: str) -> dict:
    """One results file from several: sets and per-set figures side by side, the overall figures summed over
    them (k, n and failures; rate and Wilson interval recomputed), and every run that measured them."""
    sets, per_set, runs = [], {}, []
    for data in results:
        for s in data["sets"]:
            if s["name"] in per_set:
                raise PoolError(f"set {s['name']} is in two results files: pool each set once")
            if s["name"] not in data["per_set"]:
                raise PoolError(f"set {s['name']} has no figures in its results file")
            per_set[s["name"]] = data["per_set"][s["name"]]
            sets.append(s)
        runs += _runs(data)
    overall = {}
    for figures in per_set.values():
        for name, f in figures.items():
            t = overall.setdefault(name, Tally(name, f.get("description", ""), higher_is_better=f.get("higher_is_better", True)))
            t.k += f["k"]
            t.n += f["n"]
            t.failures += f.get("failures", [])
    return {"command": command, "date": dt.date.today().isoformat(), "sets": sets,
            "overall": {k: t.as_dict() for k, t in overall.items()}, "per_set": per_set, "measurements": runs,
            "sikap_version": "pooled: see measurements"}


def pool_markdown(pooled: dict) -> str:
    """The pooled figures as the .md beside a results file: overall and per set, then every run that measured them."""
    names = [s["name"] for s in pooled["sets"]]
    rows = ["| figure | all | " + " | ".join(names) + " | 95% interval (all) |", "|" + "---|" * (len(names) + 3)]
    for key, f in pooled["overall"].items():
        cells = [_cell(f)] + [_cell(pooled["per_set"][n][key]) if key in pooled["per_set"][n] else "-" for n in names]
        lo, hi = f["ci95"]
        rows.append(f"| {key} | " + " | ".join(cells) + f" | {lo:.2f}-{hi:.2f} |")
    runs = "\n".join(f"- {', '.join(r.get('sets', []))}: measured on {r.get('date') or 'an unrecorded date'} by "
                     f"`{r.get('command', '')}`" for r in pooled["measurements"])
    return (f"# Extraction measured on hand-read pages (pooled runs)\n\nCommand: `{pooled['command']}`  \n"
            f"Date: {pooled['date']}; each set is counted as the run that measured it:\n\n{runs}\n\n" + "\n".join(rows) + "\n")


def _cell(f: dict) -> str:
    return f"{f['k']}/{f['n']}" + (f" ({100 * f['k'] / f['n']:.0f}%)" if f["n"] else "")


def write_pool(pooled: dict, out: Path) -> None:
    """The pooled file, sorted and indented as `sikap eval extraction` writes one, and its .md beside it, atomically."""
    from sikap.io import atomic_write_bytes

    atomic_write_bytes(out, (json.dumps(pooled, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode())
    atomic_write_bytes(out.with_suffix(".md"), pool_markdown(pooled).encode())
