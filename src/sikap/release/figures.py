"""Figures of the datasheet, computed from the Parquet files of dataset/ (never typed by hand).

Each function renders one section between `<!-- BEGIN GENERATED: figures-... -->` markers of DATASHEET.md;
they are registered in sikap.docs.SECTIONS and sikap.generated, so `sikap generate --check` fails when the
data changed and the datasheet was not regenerated. Empty figures say why they are empty.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path


def _folder(folder: Path | None) -> Path:
    from sikap.paths import dataset_dir

    return folder or dataset_dir()


def _rows(config: str, folder: Path | None = None) -> list[dict]:
    import pyarrow.parquet as pq

    from sikap.card import data_pattern

    paths = sorted(_folder(folder).glob(data_pattern(config)))
    return [r for p in paths for r in pq.read_table(p).to_pylist()]


def outlets(folder: Path | None = None) -> str:
    arts, sources = _rows("articles", folder), {s["source_id"]: s for s in _rows("sources", folder)}
    if not arts:
        return "No articles in dataset/."
    n = Counter(a["source_id"] for a in arts)
    lines = [f"{len(arts)} articles from {len({a['raw_file'] for a in arts})} raw files.", "",
             "| outlet | name | type | redistribution | articles |", "|---|---|---|---|---|"]
    for sid, count in sorted(n.items(), key=lambda kv: (-kv[1], kv[0] or "~")):
        s = sources.get(sid, {})
        name = s.get("name", "outlet not identified") if sid else "outlet not identified"
        lines.append(f"| {f'`{sid}`' if sid else '-'} | {name} | {s.get('type', 'unknown')} | "
                     f"{s.get('redistribution', 'unknown')} | {count} |")
    return "\n".join(lines)


def labels(folder: Path | None = None) -> str:
    arts = _rows("articles", folder)
    stance_cols = sorted({k for a in arts for k in a if k.startswith("stance_")})
    topics = Counter(t for a in arts for t in a.get("topics") or [])
    stances = {c: Counter(a[c] for a in arts if a.get(c) is not None) for c in stance_cols}
    if not topics and not any(stances.values()):
        return (f"No gold labels yet: `topics` is empty and every `stance_*` is null in all {len(arts)} articles, "
                "because no annotation round has been merged. This figure fills in when one is.")
    lines = ["| topic | articles |", "|---|---|"]
    lines += [f"| `{t}` | {n} |" for t, n in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))] or ["| - | 0 |"]
    values = sorted({v for c in stances.values() for v in c})
    lines += ["", "| target | " + " | ".join(values) + " | unlabelled |", "|---|" + "---|" * (len(values) + 1)]
    for c, counts in stances.items():
        lines.append(f"| {c.removeprefix('stance_')} | " + " | ".join(str(counts.get(v, 0)) for v in values)
                     + f" | {len(arts) - sum(counts.values())} |")
    return "\n".join(lines)


def dates(folder: Path | None = None) -> str:
    arts = _rows("articles", folder)
    dated = sorted(a["published_date"] for a in arts if a.get("published_date") is not None)
    precision = Counter(a.get("date_precision") for a in arts)
    head = (f"Publication dates from explicit evidence: {len(dated)} of {len(arts)} articles, from {dated[0]} to "
            f"{dated[-1]}." if dated else f"No article of {len(arts)} has a publication date from explicit evidence.")
    events = sorted(a["event_date"] for a in arts if a.get("event_date") is not None)
    head += (f" {len(events)} of {len(arts)} articles have an event date (the news peg of the body, not a publication"
             f" date)" + (f", from {events[0]} to {events[-1]}." if events else "."))
    basis = Counter(a.get("date_basis") or "none" for a in arts)
    rows = "\n".join(f"| {p} | {n} |" for p, n in sorted(precision.items(), key=lambda kv: str(kv[0])))
    brows = "\n".join(f"| {b} | {n} |" for b, n in sorted(basis.items()))
    return (f"{head}\n\n| date precision | articles |\n|---|---|\n{rows}\n\n"
            f"| date basis | articles |\n|---|---|\n{brows}")


def agreement(folder: Path | None = None) -> str:
    arts = _rows("articles", folder)
    per = defaultdict(lambda: {"labels": 0, "agreement": set(), "method": set()})
    for a in arts:
        for p in a.get("label_provenance") or []:
            cell = per[(p["round"], p["field"])]
            cell["labels"] += 1
            cell["method"].add(p["method"])
            if p.get("agreement") is not None:
                cell["agreement"].add(round(float(p["agreement"]), 3))
    if not per:
        return "No annotation round has been merged yet: there is no agreement figure to report."
    lines = ["| round | field | labels | method | agreement |", "|---|---|---|---|---|"]
    for (rnd, fld), c in sorted(per.items()):
        agr = ", ".join(f"{v:.3f}" for v in sorted(c["agreement"])) or "not recorded"
        lines.append(f"| {rnd} | {fld} | {c['labels']} | {', '.join(sorted(c['method']))} | {agr} |")
    return "\n".join(lines)


def rejects(folder: Path | None = None) -> str:
    rows = _rows("rejects", folder)
    if not rows:
        return "No raw file or article was rejected in this build (the `rejects` table is empty)."
    n = Counter((r["step"], r["reason"]) for r in rows)
    lines = ["| step | reason | rejected |", "|---|---|---|"]
    lines += [f"| {s} | `{r}` | {k} |" for (s, r), k in sorted(n.items())]
    return "\n".join(lines)


FIGURES = {
    "figures-outlets": outlets,
    "figures-labels": labels,
    "figures-dates": dates,
    "figures-agreement": agreement,
    "figures-rejects": rejects,
}
