"""Gold labels per article and field, by one documented rule; ties are flagged, never guessed.

Fields: every stance target, and every topic label as its own present/absent field (`topics.<label>`).

1. Within a round, the annotators' votes decide (one vote per annotator: their last updated annotation;
   skipped and unanswered left out):
   - Dawid-Skene (crowd-kit), when the round's field has at least 3 annotators (DS_MIN_ANNOTATORS) and
     50 articles with two or more votes (DS_MIN_ITEMS): it estimates one confusion matrix per annotator
     (for four stance values, twelve free parameters each); with fewer articles those estimates are noise
     and would overrule a plain majority on no evidence. method = dawid_skene.
   - majority vote otherwise. method = majority_vote; single_vote when only one annotator answered (then
     the value is one person's label, and says so).
   When two or more labels share the top (votes, or Dawid-Skene posterior), the round leaves the field
   without a value: method = tie, `tied` names the labels.
2. Across rounds (an article annotated in several rounds): the round whose decision rests on the most
   votes wins; on equal votes, the later round. A tie is an outcome like any other, so a later round
   with fewer votes never overrides an earlier majority, and never settles an earlier tie: one person's
   label cannot outvote two. `rounds` lists every round that voted on the field.
3. An adjudicator's decision wins over votes: in the round's adjudication project (sikap annotate
   adjudicate --push) the adjudicator sees every vote and evidence span and answers the fields the task
   asks to decide; for each of those fields the latest decision (by round, then time) is the gold value.
   method = adjudicated, decided_by = the adjudicator's pseudonym. Answers to fields a task did not ask
   about decide nothing. A topic asked about is present when the adjudicator chose it, else absent.
The vote distribution is kept as soft labels (share per label), and the Dawid-Skene posterior when used.
"""

from __future__ import annotations

import warnings
from collections import Counter

from sikap.annotation import config as cfg
from sikap.annotation.agreement import ABSENT, PRESENT, field_labels, round_agreement, votes

DS_MIN_ANNOTATORS = 3
DS_MIN_ITEMS = 50
METHODS = ("adjudicated", "dawid_skene", "majority_vote", "single_vote", "tie")


def gold_schema():
    import pyarrow as pa

    share = pa.list_(pa.struct([("label", pa.string()), ("share", pa.float64())]))
    return pa.schema([("round", pa.int32()), ("rounds", pa.list_(pa.int32())), ("article_id", pa.string()),
                      ("field", pa.string()), ("value", pa.string()), ("method", pa.string()),
                      ("tied", pa.list_(pa.string())), ("votes", pa.int32()), ("majority_share", pa.float64()),
                      ("soft", share), ("posterior", share), ("agreement", pa.float64()), ("decided_by", pa.string())])


def dawid_skene(units: dict[str, dict[str, str]], labels: list[str]):
    """(article_id -> posterior per label, annotator -> confusion matrix rows true label -> given label)."""
    import pandas as pd
    from crowdkit.aggregation import DawidSkene

    frame = pd.DataFrame([{"task": u, "worker": a, "label": v} for u, vs in sorted(units.items())
                          for a, v in sorted(vs.items())])
    with warnings.catch_warnings():  # crowd-kit 1.4.2 uses pandas keywords that pandas 3 deprecates
        warnings.filterwarnings("ignore", module=r"crowdkit\.")
        model = DawidSkene(n_iter=100, tol=1e-7).fit(frame)
    probas = model.probas_
    posterior = {u: {lab: float(probas.loc[u, lab]) if lab in probas.columns else 0.0 for lab in labels}
                 for u in probas.index}
    errors = model.errors_  # rows (worker, given label), columns true label
    confusion = {}
    for worker in sorted({w for w, _ in errors.index}):
        confusion[worker] = [[float(errors.loc[(worker, given), true]) if (worker, given) in errors.index
                              and true in errors.columns else 0.0 for given in labels] for true in labels]
    return posterior, confusion


def uses_dawid_skene(units: dict[str, dict[str, str]]) -> bool:
    paired = [v for v in units.values() if len(v) >= 2]
    annotators = {a for v in paired for a in v}
    return len(paired) >= DS_MIN_ITEMS and len(annotators) >= DS_MIN_ANNOTATORS


def _top(scores: dict[str, float], labels: list[str]) -> list[str]:
    best = max(scores.values())
    return [lab for lab in labels if lab in scores and abs(scores[lab] - best) < 1e-9]


def round_decisions(round_no: int, rows: list[dict], schema=None) -> list[dict]:
    """Rule 1: one round's decision per article and field, from its votes, ordered by article and field."""
    by_field = votes(rows, schema)
    alphas = {f.field: f.alpha for f in round_agreement(rows, schema)[0]}
    order = {name: i for i, name in enumerate(field_labels(schema))}
    out = []
    for name, labels in field_labels(schema).items():
        units = by_field.get(name, {})
        posterior = dawid_skene(units, labels)[0] if uses_dawid_skene(units) else {}
        for article in sorted(units):
            counts = Counter(units[article].values())
            n = sum(counts.values())
            scores = posterior.get(article) or {lab: float(c) for lab, c in counts.items()}
            top = _top(scores, labels)
            out.append({"round": round_no, "rounds": [round_no], "article_id": article, "field": name,
                        "value": top[0] if len(top) == 1 else None, "tied": top if len(top) > 1 else [],
                        "method": ("tie" if len(top) > 1 else "dawid_skene" if posterior
                                   else "single_vote" if n == 1 else "majority_vote"),
                        "votes": n, "majority_share": max(counts.values()) / n,
                        "soft": [{"label": lab, "share": counts[lab] / n} for lab in labels if counts.get(lab)],
                        "posterior": [{"label": lab, "share": p} for lab, p in scores.items()] if posterior else [],
                        "agreement": alphas.get(name), "decided_by": None})
    return sorted(out, key=lambda r: (r["article_id"], order[r["field"]]))


def adjudicated(round_no: int, rows: list[dict], asked: dict[str, list[str]], schema=None) -> dict:
    """Rule 3, one adjudication snapshot: (article_id, field) -> decision, for the fields each task asked."""
    from sikap.schema import load

    topics = (schema or load()).vocab("topics").names
    by_annotation: dict[int, dict[str, dict]] = {}
    for r in rows:
        if r["ground_truth"] and not r["cancelled"]:
            by_annotation.setdefault(r["annotation_id"], {})[r["field"]] = r
    out = {}
    for fields in sorted(by_annotation.values(), key=lambda f: (next(iter(f.values()))["updated_at"],
                                                                 next(iter(f.values()))["annotation_id"])):
        first = next(iter(fields.values()))
        article, who, when = first["article_id"], first["annotator"], first["updated_at"]
        for name in asked.get(article, []):
            if name.startswith(cfg.TOPICS + "."):
                label = name.split(".", 1)[1]
                value = PRESENT if label in (fields.get(cfg.TOPICS) or {}).get("topics", []) and label in topics \
                    else ABSENT
            else:
                value = (fields.get(name) or {}).get("stance")
                if value is None:
                    continue  # not answered: the field stays as the votes decided it
            out[(article, name)] = {"round": round_no, "value": value, "decided_by": who, "updated_at": when}
    return out


def combine(decisions: list[dict], decided: dict[tuple[str, str], dict], schema=None) -> list[dict]:
    """Rules 2 and 3: one gold row per article and field from every round's decision and adjudication."""
    order = {name: i for i, name in enumerate(field_labels(schema))}
    by_key: dict[tuple[str, str], list[dict]] = {}
    for d in decisions:
        by_key.setdefault((d["article_id"], d["field"]), []).append(d)
    out = []
    for key in sorted(by_key.keys() | decided.keys(), key=lambda k: (k[0], order.get(k[1], 1 << 30))):
        cands = sorted(by_key.get(key, []), key=lambda d: (d["votes"], d["round"]))
        voted = sorted({d["round"] for d in cands})
        if key in decided:
            adj = decided[key]
            base = next((d for d in cands if d["round"] == adj["round"]), cands[-1] if cands else None)
            row = {**(base or {"votes": 0, "majority_share": None, "soft": [], "posterior": [], "agreement": None}),
                   "round": adj["round"], "article_id": key[0], "field": key[1], "value": adj["value"],
                   "method": "adjudicated", "tied": [], "decided_by": adj["decided_by"]}
            row["rounds"] = sorted({*voted, adj["round"]})
        else:
            row = {**cands[-1], "rounds": voted}
        out.append(row)
    return out


def needs_adjudication(decision: dict, min_share: float) -> bool:
    """A tie, or a majority below min_share of the votes (e.g. 3 of 5 under 2/3)."""
    return decision["method"] == "tie" or (decision["votes"] >= 2 and decision["majority_share"] < min_share - 1e-9)

