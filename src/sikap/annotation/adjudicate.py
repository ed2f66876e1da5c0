"""Gold labels per round, article and field, by a documented rule; ties are flagged, never guessed.

Rule, for each round, article and field (a stance target, or one topic label as present/absent):
1. An adjudicator's decision wins: a non-skipped annotation marked ground truth in Label Studio gives the
   gold value (the last updated one, if several) of every field it answers (its topics only when it
   chose at least one). method = ground_truth.
2. Otherwise the annotators' votes (one per annotator: their last updated annotation; skipped and
   unanswered left out) decide:
   - Dawid-Skene (crowd-kit), when the round's field has at least 3 annotators (DS_MIN_ANNOTATORS) and
     50 articles with two or more votes (DS_MIN_ITEMS). Dawid-Skene estimates one confusion matrix per
     annotator (for the four stance values, twelve free parameters each); with fewer articles those
     estimates are noise and would overrule a plain majority on no evidence. method = dawid_skene.
   - majority vote otherwise. method = majority_vote; single_vote when only one annotator answered
     (then the gold value is one person's label, and says so).
   When two or more labels share the top (votes, or Dawid-Skene posterior), the field stays without a
   gold value and is flagged: method = tie, `tied` names the labels. An adjudicator resolves it in Label
   Studio with a ground-truth annotation, and the round is pulled again.
The vote distribution is kept as soft labels (share per label), and the Dawid-Skene posterior when used.
"""

from __future__ import annotations

import warnings
from collections import Counter

from sikap.annotation import config as cfg
from sikap.annotation.agreement import PRESENT, field_labels, round_agreement, topic_field, votes

DS_MIN_ANNOTATORS = 3
DS_MIN_ITEMS = 50
METHODS = ("ground_truth", "dawid_skene", "majority_vote", "single_vote", "tie")


def gold_schema():
    import pyarrow as pa

    share = pa.list_(pa.struct([("label", pa.string()), ("share", pa.float64())]))
    return pa.schema([("round", pa.int32()), ("article_id", pa.string()), ("field", pa.string()),
                      ("value", pa.string()), ("method", pa.string()), ("tied", pa.list_(pa.string())),
                      ("votes", pa.int32()), ("soft", share), ("posterior", share),
                      ("agreement", pa.float64()), ("decided_by", pa.string())])


def ground_truth(rows: list[dict], schema=None) -> dict[tuple[str, str], tuple[str, str]]:
    """(article_id, field) -> (value, adjudicator pseudonym) from ground-truth annotations."""
    from sikap.schema import load

    topics = (schema or load()).vocab("topics").names
    out = {}
    usable = [r for r in rows if r["ground_truth"] and not r["cancelled"]]
    for r in sorted(usable, key=lambda r: (r["updated_at"], r["annotation_id"])):
        if r["field"] == cfg.TOPICS and r["topics"]:  # no topic chosen: the adjudicator left topics alone
            for t in topics:
                out[(r["article_id"], topic_field(t))] = (PRESENT if t in r["topics"] else "absent", r["annotator"])
        elif r["field"].startswith(cfg.STANCE_PREFIX) and r["stance"] is not None:
            out[(r["article_id"], r["field"])] = (r["stance"], r["annotator"])
    return out


def dawid_skene(units: dict[str, dict[str, str]], labels: list[str]) -> dict[str, dict[str, float]]:
    """article_id -> posterior per label, by crowd-kit's Dawid-Skene (EM from the majority vote)."""
    import pandas as pd
    from crowdkit.aggregation import DawidSkene

    frame = pd.DataFrame([{"task": u, "worker": a, "label": v} for u, vs in sorted(units.items())
                          for a, v in sorted(vs.items())])
    with warnings.catch_warnings():  # crowd-kit 1.4.2 uses pandas keywords that pandas 3 deprecates
        warnings.filterwarnings("ignore", module=r"crowdkit\.")
        probas = DawidSkene(n_iter=100, tol=1e-7).fit(frame).probas_
    return {u: {lab: float(probas.loc[u, lab]) if lab in probas.columns else 0.0 for lab in labels}
            for u in probas.index}


def uses_dawid_skene(units: dict[str, dict[str, str]]) -> bool:
    paired = [v for v in units.values() if len(v) >= 2]
    annotators = {a for v in paired for a in v}
    return len(paired) >= DS_MIN_ITEMS and len(annotators) >= DS_MIN_ANNOTATORS


def _top(scores: dict[str, float], labels: list[str]) -> list[str]:
    best = max(scores.values())
    return [lab for lab in labels if lab in scores and abs(scores[lab] - best) < 1e-9]


def adjudicate_round(round_no: int, rows: list[dict], schema=None) -> list[dict]:
    """Gold rows of one round (see the module rule), ordered by article and field."""
    by_field = votes(rows, schema)
    gt = ground_truth(rows, schema)
    alphas = {f.field: f.alpha for f in round_agreement(rows, schema)[0]}
    order = {name: i for i, name in enumerate(field_labels(schema))}
    out = []
    for name, labels in field_labels(schema).items():
        units = by_field.get(name, {})
        posterior = dawid_skene(units, labels) if uses_dawid_skene(units) else {}
        for article in sorted({*units, *(a for a, f in gt if f == name)}):
            counts = Counter(units.get(article, {}).values())
            n = sum(counts.values())
            row = {"round": round_no, "article_id": article, "field": name, "value": None, "tied": [], "votes": n,
                   "soft": [{"label": lab, "share": counts[lab] / n} for lab in labels if counts.get(lab)],
                   "posterior": [], "agreement": alphas.get(name), "decided_by": None}
            if (article, name) in gt:
                row["value"], row["decided_by"] = gt[(article, name)]
                row["method"] = "ground_truth"
            else:
                scores = posterior.get(article) or {lab: float(c) for lab, c in counts.items()}
                if posterior:
                    row["posterior"] = [{"label": lab, "share": p} for lab, p in scores.items()]
                top = _top(scores, labels)
                row["method"] = ("tie" if len(top) > 1 else "dawid_skene" if posterior
                                 else "single_vote" if n == 1 else "majority_vote")
                row["value"] = top[0] if len(top) == 1 else None
                row["tied"] = top if len(top) > 1 else []
            out.append(row)
    return sorted(out, key=lambda r: (r["article_id"], order[r["field"]]))
