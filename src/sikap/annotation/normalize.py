"""From a Label Studio JSON export to the long `annotations` table (one row per annotation and field).

Every annotation gives one row for each field of the labeling config (topics, stance_<target>,
confidence, comment), so "not answered" is an explicit null. Results on the `mention` control are the
machine pre-annotation copied into the annotation and are not labels: they are left out. Anything else
the config does not have, two values for a single choice, or a span whose offsets do not give its text,
is an AnnotationError; labels outside a vocabulary are caught by the pandera schema (`validate`).
"""

from __future__ import annotations

from sikap.annotation import config as cfg
from sikap.annotation.errors import AnnotationError
from sikap.annotation.offsets import from_utf16

IGNORED = {cfg.MENTION}


def fields(schema=None) -> list[str]:
    return [cfg.TOPICS, *cfg.stance_fields(schema), cfg.CONFIDENCE, cfg.COMMENT]


def _where(task: dict, ann: dict) -> str:
    return f"task {task.get('id')} annotation {ann.get('id')}"


def _span(text: str, value: dict, where: str) -> dict:
    start, end = from_utf16(text, int(value["start"])), from_utf16(text, int(value["end"]))
    if start is None or end is None or not 0 <= start < end <= len(text):
        raise AnnotationError("bad_result", f"{where}: span {value['start']}-{value['end']} is not inside the text")
    if "text" in value and value["text"] != text[start:end]:
        raise AnnotationError("bad_result", f"{where}: span {value['start']}-{value['end']} holds "
                              f"{text[start:end][:40]!r}, not {str(value['text'])[:40]!r}")
    return {"start": start, "end": end, "text": text[start:end]}


def parse_result(result: list[dict], text: str, where: str, schema=None) -> dict:
    """One annotation's result items -> {field: value}, evidence spans per target under 'evidence'."""
    stance = cfg.stance_fields(schema)
    single = {*stance, cfg.CONFIDENCE}
    out: dict = {"evidence": {}}
    for item in result:
        name, kind, value = item.get("from_name"), item.get("type"), item.get("value") or {}
        if name in IGNORED:
            continue
        if item.get("to_name") != cfg.TEXT or name not in [*fields(schema), cfg.EVIDENCE]:
            raise AnnotationError("unknown_field", f"{where}: result for control {name!r} -> {item.get('to_name')!r}, "
                                  "which the labeling config does not have")
        if name == cfg.EVIDENCE and kind == "labels":
            for label in value.get("labels", []):
                if label not in stance.values():
                    raise AnnotationError("unknown_label", f"{where}: evidence span labelled {label!r}, "
                                          "not a stance target")
                out["evidence"].setdefault(label, []).append({"target": label, **_span(text, value, where)})
        elif name == cfg.COMMENT and kind == "textarea":
            out[name] = "\n".join([*filter(None, [out.get(name)]), *map(str, value.get("text", []))])
        elif kind == "choices" and name not in (cfg.EVIDENCE, cfg.COMMENT):
            chosen = [*out.get(name, []), *value.get("choices", [])]
            if name in single and len(chosen) > 1:
                raise AnnotationError("bad_result", f"{where}: {len(chosen)} values {chosen} for single choice {name!r}")
            out[name] = chosen
        else:
            raise AnnotationError("bad_result", f"{where}: result of type {kind!r} on control {name!r}")
    return out


def annotation_rows(round_no: int, task: dict, ann: dict, annotator: str, schema=None) -> list[dict]:
    where = _where(task, ann)
    text = task["data"]["text"]
    parsed = parse_result(ann.get("result") or [], text, where, schema)
    prediction = ann.get("prediction") or {}
    base = {"round": round_no, "task_id": int(task["id"]), "annotation_id": int(ann["id"]),
            "article_id": task["data"]["article_id"], "annotator": annotator}
    meta = {"lead_time": ann.get("lead_time"), "created_at": ann.get("created_at"), "updated_at": ann.get("updated_at"),
            "cancelled": bool(ann.get("was_cancelled")), "ground_truth": bool(ann.get("ground_truth")),
            "prediction_model_version": prediction.get("model_version")}
    empty = {"target": None, "topics": [], "stance": None, "confidence": None, "comment": None, "evidence": []}
    stance = cfg.stance_fields(schema)
    rows = [{**base, "field": cfg.TOPICS, **empty, "topics": parsed.get(cfg.TOPICS, []), **meta}]
    for name, target in stance.items():
        rows.append({**base, "field": name, **empty, "target": target, "stance": (parsed.get(name) or [None])[0],
                     "evidence": sorted(parsed["evidence"].get(target, []), key=lambda s: (s["start"], s["end"])), **meta})
    rows.append({**base, "field": cfg.CONFIDENCE, **empty, "confidence": (parsed.get(cfg.CONFIDENCE) or [None])[0], **meta})
    rows.append({**base, "field": cfg.COMMENT, **empty, "comment": parsed.get(cfg.COMMENT) or None, **meta})
    return rows


def export_rows(round_no: int, tasks: list[dict], annotators: dict[int, str], schema=None) -> list[dict]:
    """All rows of a round, ordered by task and annotation id (so equal exports give equal tables)."""
    rows = []
    for task in sorted(tasks, key=lambda t: t["id"]):
        data = task.get("data") or {}
        if "article_id" not in data or "text" not in data:
            raise AnnotationError("bad_export", f"task {task.get('id')} has no article_id/text in its data; "
                                  "it was not pushed by `sikap annotate push`")
        for ann in sorted(task.get("annotations") or [], key=lambda a: a["id"]):
            user = ann.get("completed_by")
            user = user.get("id") if isinstance(user, dict) else user
            if user not in annotators:
                raise AnnotationError("bad_export", f"{_where(task, ann)}: annotator id {user!r} is not a user of the server")
            rows.extend(annotation_rows(round_no, task, ann, annotators[user], schema))
    return rows


def to_table(rows: list[dict]):
    import pyarrow as pa

    from sikap.schema import load
    from sikap.schema.types import arrow_schema

    return pa.Table.from_pylist(rows, schema=arrow_schema(load(), "annotations"))


def validate(table) -> None:
    """The pandera schema of schema/tables.yaml; unknown labels or malformed values -> one-line error."""
    from sikap.schema.validation import ValidationFailed, validate_table

    try:
        validate_table("annotations", table)
    except ValidationFailed as err:
        raise AnnotationError("invalid_table", "; ".join(map(str, err.violations))) from None
