"""Figures of the datasheet and README, computed from committed files (never typed by hand).

Each function is a generator of sikap.docs: it renders one block between `<!-- generated:NAME -->` markers,
from the Parquet files of dataset/, benchmarks/RESULTS.json or evaluation/extraction.json and heldout.json, so `sikap generate
--check` fails when the data changed and the documents were not regenerated. Empty figures say why they are
empty. The dataset card (sikap.card) reuses the dataset figures with an explicit folder.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from sikap.docs import generator

EXTRACTION = Path("evaluation") / "extraction.json"
HELDOUT = Path("evaluation") / "heldout.json"  # the same evaluation on pages no rule was fitted to
HELDOUT_OUTLETS = Path("evaluation") / "heldout-outlets.json"  # new pages of major outlets whose layouts were fitted
BENCHMARKS = Path("benchmarks") / "RESULTS.json"


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
    card), and the card reads the articles once for all its figures (sikap.release.cardbody.Facts)."""
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
