"""Inter-annotator agreement of a round: Krippendorff's alpha (nominal) per field, with the numbers behind it.

Fields: every stance target (values: the stance vocabulary) and every topic label as its own binary
field `topics.<label>` (present / absent in an annotation's topics). Units are the round's articles;
coders are the annotators. Left out: skipped (cancelled) annotations, ground-truth annotations (an
adjudicator's decision is not an independent vote), and unanswered stance questions (missing values).
When an annotator has several annotations of one article, the last updated one counts.

alpha comes from the `krippendorff` package; the observed agreement (1 - D_o, the share of pairable values
that agree) and the agreement expected by chance (1 - D_e) and the coincidence matrix (the confusion
view: how often label c was paired with label k within one article) are computed here from
Krippendorff's definitions and must reproduce its alpha = 1 - D_o / D_e. alpha is undefined (None) when fewer than two
values are pairable or when every value is the same label (expected disagreement 0).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from sikap.annotation import config as cfg

PRESENT, ABSENT = "present", "absent"


@dataclass
class FieldAgreement:
    field: str
    labels: list[str]
    alpha: float | None
    observed_agreement: float | None  # 1 - D_o
    expected_agreement: float | None  # 1 - D_e, by chance
    items: int  # articles with at least two values
    annotators: int  # annotators with a value in those articles
    values: int  # pairable values (Krippendorff's n)
    coincidence: list[list[float]] = field(default_factory=list)
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def topic_field(label: str) -> str:
    return f"{cfg.TOPICS}.{label}"


def field_labels(schema=None) -> dict[str, list[str]]:
    """Every agreement field and its label order (the vocabulary order)."""
    from sikap.schema import load

    schema = schema or load()
    out = {f: schema.vocab("stance_values").names for f in cfg.stance_fields(schema)}
    out.update({topic_field(t): [ABSENT, PRESENT] for t in schema.vocab("topics").names})
    return out


def votes(rows: list[dict], schema=None) -> dict[str, dict[str, dict[str, str]]]:
    """field -> article_id -> annotator -> value, from the long table's rows (as dicts)."""
    from sikap.schema import load

    topics = (schema or load()).vocab("topics").names
    out: dict[str, dict[str, dict[str, str]]] = {}
    usable = [r for r in rows if not r["cancelled"] and not r["ground_truth"]]
    for r in sorted(usable, key=lambda r: (r["updated_at"], r["annotation_id"])):
        if r["field"] == cfg.TOPICS:
            chosen = set(r["topics"])
            for t in topics:
                out.setdefault(topic_field(t), {}).setdefault(r["article_id"], {})[r["annotator"]] = \
                    PRESENT if t in chosen else ABSENT
        elif r["field"].startswith(cfg.STANCE_PREFIX) and r["stance"] is not None:
            out.setdefault(r["field"], {}).setdefault(r["article_id"], {})[r["annotator"]] = r["stance"]
    return out


def coincidences(units: dict[str, dict[str, str]], labels: list[str]) -> list[list[float]]:
    """Krippendorff's coincidence matrix: o[c][k] = sum over units of pairs (c, k) / (m_u - 1)."""
    index = {lab: i for i, lab in enumerate(labels)}
    o = [[0.0] * len(labels) for _ in labels]
    for values in units.values():
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values.values())
        for c, nc in counts.items():
            for k, nk in counts.items():
                o[index[c]][index[k]] += (nc * (nc - 1) if c == k else nc * nk) / (m - 1)
    return o


def agreement_terms(o: list[list[float]]) -> tuple[float, float | None, float | None]:
    """(pairable values n, observed agreement 1 - D_o, chance agreement 1 - D_e) of a coincidence matrix; the two
    agreements are None when fewer than two values are pairable. Alpha is 1 - (1 - observed) / (1 - expected)."""
    n = sum(map(sum, o))
    if n < 2:
        return n, None, None
    nc = [sum(row) for row in o]
    observed = sum(o[i][i] for i in range(len(o))) / n
    expected = sum(x * (x - 1) for x in nc) / (n * (n - 1))
    return n, observed, expected


def field_agreement(name: str, units: dict[str, dict[str, str]], labels: list[str]) -> FieldAgreement:
    import krippendorff
    import numpy as np

    o = coincidences(units, labels)
    n, observed, expected = agreement_terms(o)
    paired = {u: v for u, v in units.items() if len(v) >= 2}
    coders = sorted({a for v in paired.values() for a in v})
    base = dict(field=name, labels=labels, items=len(paired), annotators=len(coders), values=round(n), coincidence=o)
    if observed is None:
        return FieldAgreement(alpha=None, observed_agreement=None, expected_agreement=None,
                              note="fewer than two pairable values", **base)
    if expected >= 1.0:
        return FieldAgreement(alpha=None, observed_agreement=observed, expected_agreement=expected,
                              note="every value is the same label: alpha undefined", **base)
    index = {lab: i for i, lab in enumerate(labels)}
    data = np.full((len(coders), len(paired)), np.nan)
    for j, unit in enumerate(sorted(paired)):
        for i, coder in enumerate(coders):
            if coder in paired[unit]:
                data[i, j] = index[paired[unit][coder]]
    alpha = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal",
                                     value_domain=list(range(len(labels)))))
    mine = 1 - (1 - observed) / (1 - expected)
    if abs(alpha - mine) > 1e-9:
        raise ArithmeticError(f"{name}: krippendorff gives alpha {alpha}, the coincidence matrix {mine}")
    return FieldAgreement(alpha=alpha, observed_agreement=observed, expected_agreement=expected, **base)


def item_agreement(name: str, units: dict[str, dict[str, str]], labels: list[str]) -> list[dict]:
    """Per article: votes per label, the majority label and share, and the share of agreeing pairs."""
    out = []
    for unit in sorted(units):
        counts = Counter(units[unit].values())
        m = sum(counts.values())
        top = max(counts.values())
        leaders = [lab for lab in labels if counts.get(lab) == top]
        pairs = sum(c * (c - 1) for c in counts.values()) / (m * (m - 1)) if m >= 2 else None
        out.append({"article_id": unit, "field": name, "n": m,
                    "votes": {lab: counts[lab] for lab in labels if lab in counts},
                    "majority": leaders[0] if len(leaders) == 1 else None, "majority_share": top / m,
                    "pairwise_agreement": pairs})
    return out


def round_agreement(rows: list[dict], schema=None) -> tuple[list[FieldAgreement], list[dict]]:
    """(per-field agreement, per-item agreement) of one round's rows."""
    by_field = votes(rows, schema)
    fields, items = [], []
    for name, labels in field_labels(schema).items():
        units = by_field.get(name, {})
        fields.append(field_agreement(name, units, labels))
        items.extend(item_agreement(name, units, labels))
    return fields, items
