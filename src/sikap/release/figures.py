"""Figures of the datasheet and README, computed from committed files (never typed by hand).

Each function is a generator of sikap.docs: it renders one block between `<!-- generated:NAME -->` markers,
from the Parquet files of dataset/, so `sikap generate --check` fails when the data changed and the documents
were not regenerated. Empty figures say why they are empty. The dataset card (sikap.card) reuses the dataset
figures with an explicit folder. The figures that measure sikap itself (extraction accuracy, benchmarks) are in
figures_measured.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from sikap.docs import generator
# the extraction's accuracy and the benchmarks (read from here by the insights, the docs and tests)
from sikap.release.figures_measured import (extraction_accuracy, extraction_heldout,  # noqa: F401
                                            extraction_heldout_outlets, read_extraction)


def _folder(folder: Path | None) -> Path:
    from sikap.paths import dataset_dir

    return folder or dataset_dir()


def rows(config: str, folder: Path | None = None, columns: list[str] | None = None) -> list[dict]:
    """Rows of one config of a dataset folder (only `columns` when given and present)."""
    import pyarrow.parquet as pq

    from sikap.card import data_pattern

    out = []
    for p in sorted(_folder(folder).glob(data_pattern(config))):
        names = pq.read_schema(p).names
        cols = [c for c in columns if c in names] if columns else None
        out += pq.read_table(p, columns=cols).to_pylist()
    return out


def table(config: str, folder: Path | None = None, columns: list[str] | None = None):
    """One config of a dataset folder as one Arrow table (only `columns` when given and present): the figures
    over 100k articles count columns with Arrow instead of building a dict per row (seconds of every build's
    card), and the card reads the articles once for all its figures (sikap.release.cardfacts.Facts)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sikap.card import data_pattern

    parts = []
    for p in sorted(_folder(folder).glob(data_pattern(config))):
        names = pq.read_schema(p).names
        parts.append(pq.read_table(p, columns=[c for c in columns if c in names] if columns else None))
    if not parts:
        return pa.table({})
    return pa.concat_tables(parts, promote_options="default") if len(parts) > 1 else parts[0]


def _source_names(folder: Path | None) -> dict:
    return {s["source_id"]: s for s in rows("sources", folder)}


@generator("figures-outlets")
def outlets(folder: Path | None = None) -> str:
    arts = rows("articles", folder, ["source_id", "raw_file"])
    sources = _source_names(folder)
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


@generator("figures-raw-files")
def raw_files(folder: Path | None = None, arts=None) -> str:
    """Per raw folder: files, articles, and how many articles know their outlet, date, URL, retrieval date.
    `arts`: the articles table when the caller has read it (at least these columns, when the folder has them)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    known = (("outlet", "source_id"), ("date", "published_date"), ("url", "url"), ("retrieved", "retrieved"))
    if arts is None:
        arts = table("articles", folder, ["raw_file", "source_id", "published_date", "url", "retrieved"])
    if not arts.num_rows:
        return "No articles in dataset/."
    raw = arts["raw_file"]
    where = pc.if_else(pc.match_substring(raw, "/"), pc.replace_substring_regex(raw, "/[^/]*$", ""), ".")
    cols = {"folder": where, "raw_file": raw}
    cols.update({key: arts[col] if col in arts.column_names else pa.nulls(arts.num_rows) for key, col in known})
    every = pc.CountOptions(mode="all")  # a set of raw files and a count of rows, as a loop over rows gives
    grouped = pa.table(cols).group_by("folder").aggregate(
        [("raw_file", "count_distinct", every), ("raw_file", "count", every)] + [(key, "count") for key, _ in known])
    per = {row["folder"]: row for row in grouped.to_pylist()}
    lines = ["| raw folder | files with articles | articles | outlet known | date known | URL known | retrieval date known |",
             "|---|---|---|---|---|---|---|"]
    for name, c in sorted(per.items()):
        lines.append(f"| `raw/{name}/` | {c['raw_file_count_distinct']} | {c['raw_file_count']} | {c['outlet_count']} | "
                     f"{c['date_count']} | {c['url_count']} | {c['retrieved_count']} |")
    return "\n".join(lines)


@generator("gap-dates")
def gap_dates(folder: Path | None = None) -> str:
    arts = rows("articles", folder, ["published_date"])
    undated = sum(a["published_date"] is None for a in arts)
    return f"{undated} of {len(arts)} articles have no publication date from explicit evidence"


@generator("gap-provenance")
def gap_provenance(folder: Path | None = None) -> str:
    arts = rows("articles", folder, ["raw_file", "url", "retrieved"])
    files = {a["raw_file"] for a in arts}
    no_url = {a["raw_file"] for a in arts if a.get("url") is None}
    no_date = {a["raw_file"] for a in arts if a.get("retrieved") is None}
    return (f"{len(no_url)} of {len(files)} raw files with articles have no known URL, and {len(no_date)} no known "
            "retrieval date (recorded as null in the sidecar, never guessed)")


@generator("figures-labels")
def labels(folder: Path | None = None) -> str:
    arts = rows("articles", folder)
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


@generator("figures-dates")
def dates(folder: Path | None = None) -> str:
    arts = rows("articles", folder, ["published_date", "date_precision", "date_basis", "event_date"])
    dated = sorted(a["published_date"] for a in arts if a.get("published_date") is not None)
    precision = Counter(a.get("date_precision") for a in arts)
    head = (f"Publication dates from explicit evidence: {len(dated)} of {len(arts)} articles, from {dated[0]} to "
            f"{dated[-1]}." if dated else f"No article of {len(arts)} has a publication date from explicit evidence.")
    events = sorted(a["event_date"] for a in arts if a.get("event_date") is not None)
    head += (f" {len(events)} of {len(arts)} articles have an event date (the news peg of the body, not a publication"
             f" date)" + (f", from {events[0]} to {events[-1]}." if events else "."))
    basis = Counter(a.get("date_basis") or "none" for a in arts)
    lines = "\n".join(f"| {p} | {n} |" for p, n in sorted(precision.items(), key=lambda kv: str(kv[0])))
    blines = "\n".join(f"| {b} | {n} |" for b, n in sorted(basis.items()))
    return (f"{head}\n\n| date precision | articles |\n|---|---|\n{lines}\n\n"
            f"| date basis | articles |\n|---|---|\n{blines}")


@generator("figures-languages")
def languages(folder: Path | None = None, arts=None) -> str:
    import pyarrow.compute as pc

    if arts is None:
        arts = table("articles", folder, ["language"])
    counts = pc.value_counts(arts["language"]).to_pylist() if arts.num_rows else []
    n = {c["values"]: c["counts"] for c in counts}
    lines = ["| language (py3langid) | articles |", "|---|---|"]
    return "\n".join(lines + [f"| `{lang}` | {k} |" for lang, k in sorted(n.items(), key=lambda kv: (-kv[1], kv[0]))])


@generator("figures-clusters")
def clusters(folder: Path | None = None) -> str:
    arts = rows("articles", folder, ["near_dup_cluster"])
    sizes = Counter(Counter(a["near_dup_cluster"] for a in arts).values())
    if not arts:
        return "No articles in dataset/."
    multi = sum(k for s, k in sizes.items() if s > 1)
    head = (f"{len(arts)} articles in {sum(sizes.values())} near-duplicate clusters; {multi} clusters hold more "
            "than one article.")
    table = ["| cluster size | clusters |", "|---|---|"] + [f"| {s} | {k} |" for s, k in sorted(sizes.items())]
    return head + "\n\n" + "\n".join(table)


@generator("figures-agreement")
def agreement(folder: Path | None = None, arts=None) -> str:
    import pyarrow.compute as pc

    if arts is None:
        arts = table("articles", folder, ["label_provenance"])
    # the entries of every article's list (most lists are empty until a round is merged)
    labels = pc.list_flatten(arts["label_provenance"]).to_pylist() if "label_provenance" in arts.column_names else []
    per = defaultdict(lambda: {"labels": 0, "agreement": set(), "method": set()})
    for p in labels:
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


@generator("figures-rejects")
def rejects(folder: Path | None = None) -> str:
    found = rows("rejects", folder, ["step", "reason"])
    if not found:
        return "No raw file or article was rejected in this build (the `rejects` table is empty)."
    n = Counter((r["step"], r["reason"]) for r in found)
    lines = ["| step | reason | rejected |", "|---|---|---|"]
    lines += [f"| {s} | `{r}` | {k} |" for (s, r), k in sorted(n.items())]
    return "\n".join(lines)


@generator("figures-terms")
def terms(folder: Path | None = None) -> str:
    """Per source: its redistribution value, licence terms, and what a public copy does with its texts."""
    sources = sorted(rows("sources", folder), key=lambda s: s["source_id"])
    if not sources:
        return "No sources in dataset/."
    lines = ["| source | redistribution | licence terms | articles | in the public release |", "|---|---|---|---|---|"]
    for s in sources:
        public = "text shared" if s["redistribution"] == "allowed" else "text withheld"
        lines.append(f"| `{s['source_id']}` | {s['redistribution']} | {s.get('licence') or 'not known'} | "
                     f"{s.get('n_articles', 0)} | {public} |")
    return "\n".join(lines)
