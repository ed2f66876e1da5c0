"""Annotator quality in a round: each annotator against the gold, each pair against each other, and
Dawid-Skene confusion matrices per annotator when there are enough items.

Items are (article, field) votes, pooled by group: `stance` (every stance target; labels favor, against,
neutral, not_mentioned) and `topics` (every topic label as present/absent). Names say which agreement:
- per annotator, `agreement_with_gold`: the share of their votes equal to the gold, where gold is the
  adjudicated value when the round's adjudication decided the field, else the majority of the *other*
  annotators of that article (their own vote never counts toward their own score); items where the
  others tie or nobody else voted are not compared.
- per pair, `observed_agreement` (share of shared items with the same label), `expected_agreement` (by
  chance, from each annotator's own label distribution, as in Cohen's kappa) and `cohen_kappa`
  (undefined when chance agreement is 1).
- Dawid-Skene (crowd-kit) confusion matrices, rows the estimated true label, columns the label given
  (each row sums to 1), only when the group has the items and annotators Dawid-Skene needs in
  adjudication (DS_MIN_ITEMS items with two or more votes, DS_MIN_ANNOTATORS annotators).
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from sikap.annotation.agreement import ABSENT, PRESENT, votes

GROUPS = ("stance", "topics")


def grouped(rows: list[dict], schema=None) -> dict[str, dict[str, dict[str, str]]]:
    """group -> item ("article_id field") -> annotator -> label."""
    out: dict[str, dict[str, dict[str, str]]] = {g: {} for g in GROUPS}
    for field, units in votes(rows, schema).items():
        group = "topics" if field.startswith("topics.") else "stance"
        for article, by in units.items():
            out[group][f"{article} {field}"] = dict(by)
    return out


def labels_of(group: str, schema=None) -> list[str]:
    from sikap.schema import load

    return [ABSENT, PRESENT] if group == "topics" else (schema or load()).vocab("stance_values").names


def _gold_for(item: str, by: dict[str, str], who: str, adjudicated: dict[str, str]) -> str | None:
    if item in adjudicated:
        return adjudicated[item]
    others = Counter(v for a, v in by.items() if a != who)
    if not others:
        return None
    top = max(others.values())
    leaders = [lab for lab, n in others.items() if n == top]
    return leaders[0] if len(leaders) == 1 else None


def per_annotator(items: dict[str, dict[str, str]], adjudicated: dict[str, str]) -> list[dict]:
    stats: dict[str, list[int]] = {}
    for item, by in items.items():
        for who, label in by.items():
            s = stats.setdefault(who, [0, 0, 0])
            s[0] += 1
            gold = _gold_for(item, by, who, adjudicated)
            if gold is not None:
                s[1] += 1
                s[2] += gold == label
    return [{"annotator": who, "votes": v, "items_compared": c, "agreement_with_gold": (a / c) if c else None}
            for who, (v, c, a) in sorted(stats.items())]


def per_pair(items: dict[str, dict[str, str]], labels: list[str]) -> list[dict]:
    annotators = sorted({a for by in items.values() for a in by})
    out = []
    for x, y in combinations(annotators, 2):
        shared = [(by[x], by[y]) for by in items.values() if x in by and y in by]
        row = {"annotator_a": x, "annotator_b": y, "items": len(shared), "observed_agreement": None,
               "expected_agreement": None, "cohen_kappa": None}
        if shared:
            n = len(shared)
            po = sum(a == b for a, b in shared) / n
            ca, cb = Counter(a for a, _ in shared), Counter(b for _, b in shared)
            pe = sum(ca[lab] * cb[lab] for lab in labels) / (n * n)
            row.update(observed_agreement=po, expected_agreement=pe,
                       cohen_kappa=None if pe >= 1 - 1e-12 else (po - pe) / (1 - pe))
        out.append(row)
    return out


def confusion(items: dict[str, dict[str, str]], labels: list[str]) -> dict:
    from sikap.annotation.adjudicate import DS_MIN_ANNOTATORS, DS_MIN_ITEMS, dawid_skene, uses_dawid_skene

    paired = sum(1 for by in items.values() if len(by) >= 2)
    if not uses_dawid_skene(items):
        return {"matrices": {}, "note": f"not enough items for Dawid-Skene: {paired} items with two or more votes "
                f"(needs {DS_MIN_ITEMS}) from {len({a for by in items.values() for a in by})} annotators "
                f"(needs {DS_MIN_ANNOTATORS})"}
    return {"matrices": dawid_skene(items, labels)[1], "note": f"Dawid-Skene on {paired} items"}


def quality(rows: list[dict], adjudicated: dict[str, str] | None = None, schema=None) -> dict:
    """group -> {"labels", "annotators", "pairs", "confusion"}; adjudicated: item -> value."""
    out = {}
    for group, items in grouped(rows, schema).items():
        labels = labels_of(group, schema)
        out[group] = {"labels": labels, "annotators": per_annotator(items, adjudicated or {}),
                      "pairs": per_pair(items, labels), "confusion": confusion(items, labels)}
    return out
