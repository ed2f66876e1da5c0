"""The hand-written release metadata (releases/metadata.yaml) and the figures computed next to it."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import yaml

from sikap.release.errors import INVALID_METADATA, ReleaseError
from sikap.release.manifest import RELEASES

METADATA = f"{RELEASES}/metadata.yaml"
REQUIRED = ("title", "name", "authors", "abstract", "keywords", "licence", "rai")
REQUIRED_RAI = ("data_collection", "data_annotation_protocol", "data_annotation_platform", "data_biases",
                "data_limitations", "personal_sensitive_information", "data_imputation_protocol",
                "data_manipulation_protocol")


def read_metadata(root: Path) -> dict:
    path = root / METADATA
    if not path.exists():
        raise ReleaseError(INVALID_METADATA, f"{METADATA} is missing (citation and Responsible-AI prose)")
    meta = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    missing = [k for k in REQUIRED if not meta.get(k)] + [f"rai.{k}" for k in REQUIRED_RAI if not meta.get("rai", {}).get(k)]
    if missing:
        raise ReleaseError(INVALID_METADATA, f"{METADATA} lacks {', '.join(missing)}")
    return meta


def annotation_facts(articles: list[dict], folder: Path) -> dict:
    """Computed RAI facts: gold labels per item, agreement per round, machine annotation tools."""
    per_item = [len(a.get("label_provenance") or []) for a in articles]
    rounds = sorted({p["round"] for a in articles for p in a.get("label_provenance") or []})
    if rounds:
        labelled = sum(1 for n in per_item if n)
        per = f"{labelled} of {len(articles)} articles carry gold labels from rounds {', '.join(map(str, rounds))}; " \
              f"{sum(per_item) / max(labelled, 1):.1f} adjudicated labels per labelled article (see label_provenance)."
    else:
        per = f"0: no annotation round has been merged, so none of the {len(articles)} articles has a gold label yet."
    from sikap.release.figures import agreement

    tools = Counter()
    for a in articles:
        tools[f"stance-target alias matching ({a.get('mentions_model_version')})"] += 1
        for p in a.get("provenance") or []:
            if p["source"] == "machine":
                tools[f"{p['field']}: {p['method']}"] += 1
    return {"annotations_per_item": per, "agreement": agreement_text(agreement(folder)), "tools": sorted(tools),
            "annotators": annotators(folder)}


def annotators(folder: Path) -> list[str]:
    """Who annotated, per round, as far as the data says (pseudonyms only; demographics are not collected)."""
    from sikap.release.figures import rows

    votes = rows("annotations", folder, ["round", "annotator"])
    per = defaultdict(set)
    for v in votes:
        per[v["round"]].add(v["annotator"])
    if not per:
        return ["Not applicable yet: no annotation round has been merged, so there is no annotator to describe."]
    return [f"Round {r}: {len(names)} annotators, recorded under pseudonyms only." for r, names in sorted(per.items())]


def agreement_text(markdown: str) -> str:
    return " ".join(line.strip() for line in markdown.splitlines() if line.strip() and not line.startswith("|---"))
