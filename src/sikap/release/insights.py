"""What the research notebook shows, as plain functions over a dataset folder (a materialized release):
articles per outlet and per month, gold topics and stance, agreement per round and field with bootstrap
intervals, near-duplicate cluster sizes, extraction accuracy. Each `plot_*` returns a matplotlib Figure and
saves nothing: the notebook shows it inline and writes files only where it is told.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from pathlib import Path

from sikap.release.figures import read_extraction, rows


def per_outlet(folder: Path) -> list[tuple[str, int]]:
    names = {s["source_id"]: s["name"] for s in rows("sources", folder, ["source_id", "name"])}
    n = Counter(names.get(a["source_id"], a["source_id"]) if a["source_id"] else "not identified"
                for a in rows("articles", folder, ["source_id"]))
    return sorted(n.items(), key=lambda kv: (-kv[1], kv[0]))


def per_month(folder: Path) -> tuple[list[tuple[str, int]], int]:
    """(articles per publication month, articles with no date from explicit evidence)."""
    dates = [a["published_date"] for a in rows("articles", folder, ["published_date"])]
    months = Counter(f"{d.year:04d}-{d.month:02d}" for d in dates if d is not None)
    return sorted(months.items()), sum(d is None for d in dates)


def gold_labels(folder: Path) -> tuple[Counter, dict[str, Counter]]:
    """(topic counts, stance target -> value counts) of the gold labels; empty before a round is merged."""
    arts = rows("articles", folder)
    topics = Counter(t for a in arts for t in a.get("topics") or [])
    stance = {k.removeprefix("stance_"): Counter(a[k] for a in arts if a.get(k) is not None)
              for k in sorted({k for a in arts for k in a if k.startswith("stance_")})}
    return topics, {k: v for k, v in stance.items() if v}


def _alpha(units: dict[str, dict[str, str]], labels: list[str]) -> float | None:
    """Nominal alpha from the coincidence matrix alone (no numpy): the bootstrap below calls it a thousand times."""
    from sikap.annotation.agreement import agreement_terms, coincidences

    _, observed, expected = agreement_terms(coincidences(units, labels))
    return None if observed is None or expected >= 1.0 else 1 - (1 - observed) / (1 - expected)


def agreement(vote_rows: list[dict], n_boot: int = 1000, seed: int = 0) -> list[dict]:
    """Krippendorff's alpha (nominal) per round and field, with a 95% percentile bootstrap interval over
    articles (resampled with replacement; samples where alpha is undefined are left out)."""
    from sikap.annotation.agreement import field_labels, votes

    labels = field_labels()
    by_round = defaultdict(list)
    for r in vote_rows:
        by_round[r["round"]].append(r)
    out, rng = [], random.Random(seed)
    for rnd, rws in sorted(by_round.items()):
        for name, units in sorted(votes(rws).items()):
            paired = {u: v for u, v in units.items() if len(v) >= 2}
            alpha = _alpha(paired, labels[name]) if paired else None
            if alpha is None:
                continue
            keys, samples = sorted(paired), []
            for _ in range(n_boot):
                pick = [keys[rng.randrange(len(keys))] for _ in keys]
                a = _alpha({f"{i}": paired[k] for i, k in enumerate(pick)}, labels[name])
                if a is not None:
                    samples.append(a)
            samples.sort()
            lo, hi = (samples[int(0.025 * (len(samples) - 1))], samples[int(0.975 * (len(samples) - 1))]) \
                if samples else (None, None)
            out.append({"round": rnd, "field": name, "alpha": alpha, "lo": lo, "hi": hi, "items": len(paired)})
    return out


def cluster_sizes(folder: Path) -> list[tuple[int, int]]:
    """(cluster size, number of clusters of that size)."""
    sizes = Counter(Counter(a["near_dup_cluster"] for a in rows("articles", folder, ["near_dup_cluster"])).values())
    return sorted(sizes.items())


def extraction(root: Path | None) -> dict | None:
    return read_extraction(root)


def _bars(pairs, title: str, xlabel: str, horizontal: bool = True):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, max(2.5, 0.4 * len(pairs)) if horizontal else 3))
    labels, counts = zip(*pairs) if pairs else ((), ())
    labels = [str(x) for x in labels]
    (ax.barh if horizontal else ax.bar)(labels, counts, color="#4c72b0")
    (ax.set_xlabel if horizontal else ax.set_ylabel)(xlabel)
    if horizontal:
        ax.invert_yaxis()
        ax.xaxis.get_major_locator().set_params(integer=True)
    else:
        ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_outlets(pairs, version: str):
    return _bars(pairs, f"sikap {version}: articles per outlet", "articles")


def plot_months(pairs, undated: int, version: str):
    return _bars(pairs + ([("no date", undated)] if undated else []), f"sikap {version}: articles per month "
                 "of publication", "articles", horizontal=False)


def plot_clusters(pairs, version: str):
    return _bars([(f"size {s}", n) for s, n in pairs], f"sikap {version}: near-duplicate clusters", "clusters")


def plot_labels(topics: Counter, stance: dict[str, Counter]):
    import matplotlib.pyplot as plt

    fig, (a1, a2) = plt.subplots(1, 2, figsize=(11, 3.5))
    a1.barh(*zip(*topics.most_common())) if topics else a1.text(0.5, 0.5, "no topic labels", ha="center")
    a1.set_title("gold topics")
    values = sorted({v for c in stance.values() for v in c})
    bottom = [0] * len(stance)
    for v in values:
        n = [stance[t].get(v, 0) for t in stance]
        a2.bar(list(stance), n, bottom=bottom, label=v)
        bottom = [b + x for b, x in zip(bottom, n)]
    if values:
        a2.legend()
    a2.set_title("gold stance per target")
    fig.tight_layout()
    return fig


def plot_agreement(table: list[dict]):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, max(2.5, 0.35 * len(table))))
    names = [f"round {t['round']}: {t['field']}" for t in table]
    alphas = [t["alpha"] for t in table]
    err = [[t["alpha"] - (t["lo"] if t["lo"] is not None else t["alpha"]) for t in table],
           [(t["hi"] if t["hi"] is not None else t["alpha"]) - t["alpha"] for t in table]]
    ax.errorbar(alphas, names, xerr=err, fmt="o", capsize=3)
    ax.axvline(0.667, color="grey", linestyle=":", label="0.667 (tentative)")
    ax.axvline(0.8, color="grey", linestyle="--", label="0.8")
    ax.set_xlabel("Krippendorff's alpha, 95% bootstrap interval")
    ax.invert_yaxis()
    ax.legend(loc="lower left")
    fig.tight_layout()
    return fig
