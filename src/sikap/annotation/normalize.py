"""From Label Studio JSON exports to the long `annotations` table (one row per annotation and field).

Every annotation gives one row for each field of the labeling config (topics, stance_<target>,
confidence, comment), so "not answered" is an explicit null. A result on a control the config does not
have, two values for a single choice, or a span whose offsets do not give its text, is an
AnnotationError naming the round, task, article, annotation, annotator (pseudonym) and field; labels
outside a vocabulary are caught by the pandera schema (`validate`), whose failing rows are named the
same way. `ground_truth` is true exactly for the adjudicator's annotations of an adjudication project:
a star clicked in an annotator's own project decides nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sikap.annotation import config as cfg
from sikap.annotation.errors import AnnotationError
from sikap.annotation.offsets import from_utf16


def fields(schema=None) -> list[str]:
    return [cfg.TOPICS, *cfg.stance_fields(schema), cfg.CONFIDENCE, cfg.COMMENT]


@dataclass(frozen=True)
class Where:
    """Names an annotation for a person: round, task, article, annotation and who made it."""

    round: int
    task_id: object
    article_id: object
    annotation_id: object = None
    annotator: str | None = None

    def __call__(self, field: str | None = None) -> str:
        out = f"round {self.round}, task {self.task_id} (article_id {self.article_id})"
        if self.annotation_id is not None:
            out += f", annotation {self.annotation_id}"
        if self.annotator:
            out += f" by {self.annotator}"
        return out + (f", field {field}" if field else "")


def answered_fields(result: list[dict]) -> list[str]:
    """The controls an annotation's result answers (for messages about whole annotations)."""
    return sorted({str(item.get("from_name")) for item in result or []}) or ["none (empty or skipped)"]


def _span(text: str, value: dict, where: str) -> dict:
    start, end = from_utf16(text, int(value["start"])), from_utf16(text, int(value["end"]))
    if start is None or end is None or not 0 <= start < end <= len(text):
        raise AnnotationError("bad_result", f"{where}: span {value['start']}-{value['end']} is not inside the text")
    if "text" in value and value["text"] != text[start:end]:
        raise AnnotationError("bad_result", f"{where}: span {value['start']}-{value['end']} holds "
                              f"{text[start:end][:40]!r}, not {str(value['text'])[:40]!r}")
    return {"start": start, "end": end, "text": text[start:end]}


def parse_result(result: list[dict], text: str, where: Where, schema=None) -> dict:
    """One annotation's result items -> {field: value}, evidence spans per target under 'evidence'."""
    stance = cfg.stance_fields(schema)
    single = {*stance, cfg.CONFIDENCE}
    out: dict = {"evidence": {}}
    for item in result:
        name, kind, value = item.get("from_name"), item.get("type"), item.get("value") or {}
        if item.get("to_name") != cfg.TEXT or name not in [*fields(schema), cfg.EVIDENCE]:
            raise AnnotationError("unknown_field", f"{where(name)}: result for control {name!r} -> "
                                  f"{item.get('to_name')!r}, which the labeling config does not have")
        if name == cfg.EVIDENCE and kind == "labels":
            for label in value.get("labels", []):
                if label not in stance.values():
                    raise AnnotationError("unknown_label", f"{where(name)}: evidence span labelled {label!r}, "
                                          "not a stance target")
                span = _span(text, value, where(name))
                out["evidence"].setdefault(label, []).append({"target": label, **span})
        elif name == cfg.COMMENT and kind == "textarea":
            out[name] = "\n".join([*filter(None, [out.get(name)]), *map(str, value.get("text", []))])
        elif kind == "choices" and name not in (cfg.EVIDENCE, cfg.COMMENT):
            chosen = [*out.get(name, []), *value.get("choices", [])]
            if name in single and len(chosen) > 1:
                raise AnnotationError("bad_result", f"{where(name)}: {len(chosen)} values {chosen} for a single choice")
            out[name] = chosen
        else:
            raise AnnotationError("bad_result", f"{where(name)}: result of type {kind!r} on this control")
    return out


def annotation_rows(round_no: int, task: dict, ann: dict, annotator: str, schema=None,
                    ground_truth: bool = False) -> list[dict]:
    data = task["data"]
    where = Where(round_no, task.get("id"), data.get("article_id"), ann.get("id"), annotator)
    parsed = parse_result(ann.get("result") or [], data["text"], where, schema)
    base = {"round": round_no, "task_id": int(task["id"]), "annotation_id": int(ann["id"]),
            "article_id": data["article_id"], "annotator": annotator}
    meta = {"lead_time": ann.get("lead_time"), "created_at": ann.get("created_at"), "updated_at": ann.get("updated_at"),
            "cancelled": bool(ann.get("was_cancelled")), "ground_truth": ground_truth,
            "prediction_model_version": data.get("mentions_model_version")}
    empty = {"target": None, "topics": [], "stance": None, "confidence": None, "comment": None, "evidence": []}
    rows = [{**base, "field": cfg.TOPICS, **empty, "topics": parsed.get(cfg.TOPICS, []), **meta}]
    for name, target in cfg.stance_fields(schema).items():
        rows.append({**base, "field": name, **empty, "target": target, "stance": (parsed.get(name) or [None])[0],
                     "evidence": sorted(parsed["evidence"].get(target, []), key=lambda s: (s["start"], s["end"])), **meta})
    rows.append({**base, "field": cfg.CONFIDENCE, **empty, "confidence": (parsed.get(cfg.CONFIDENCE) or [None])[0], **meta})
    rows.append({**base, "field": cfg.COMMENT, **empty, "comment": parsed.get(cfg.COMMENT) or None, **meta})
    return rows


def check_task(round_no: int, task: dict) -> None:
    data = task.get("data") or {}
    if "article_id" not in data or "text" not in data:
        raise AnnotationError("bad_export", f"round {round_no}, task {task.get('id')} has no article_id/text in its "
                              "data; it was not pushed by `sikap annotate push`")


def export_rows(round_no: int, tasks: list[dict], annotators: dict[int, str], schema=None,
                adjudication: bool = False) -> list[dict]:
    """All rows of one export, ordered by task and annotation id (so equal exports give equal tables)."""
    rows = []
    for task in sorted(tasks, key=lambda t: t["id"]):
        check_task(round_no, task)
        for ann in sorted(task.get("annotations") or [], key=lambda a: a["id"]):
            user = ann.get("completed_by")
            user = user.get("id") if isinstance(user, dict) else user
            if user not in annotators:
                where = Where(round_no, task["id"], task["data"]["article_id"], ann.get("id"))
                raise AnnotationError("bad_export", f"{where()}: annotator id {user!r} is not a user of the server")
            rows.extend(annotation_rows(round_no, task, ann, annotators[user], schema, ground_truth=adjudication))
    return rows


def to_table(rows: list[dict]):
    import pyarrow as pa

    from sikap.schema import load
    from sikap.schema.types import arrow_schema

    return pa.Table.from_pylist(rows, schema=arrow_schema(load(), "annotations"))


def validate(table) -> None:
    """The pandera schema of schema/tables.yaml; a failure names the rows' round, task, article, annotator, field."""
    from sikap.schema.validation import ValidationFailed, validate_table

    try:
        validate_table("annotations", table)
    except ValidationFailed as err:
        cols = ["round", "task_id", "article_id", "annotation_id", "annotator", "field"]
        keys = table.select(cols).to_pylist() if all(c in table.column_names for c in cols) else []
        parts = []
        for v in err.violations:
            rows = [keys[i] for i in v.rows[:3] if i < len(keys)]
            named = "; ".join(Where(r["round"], r["task_id"], r["article_id"], r["annotation_id"],
                                    r["annotator"])(r["field"]) for r in rows)
            more = f" and {len(v.rows) - 3} more" if len(v.rows) > 3 else ""
            parts.append(f"{named or 'the table'}{more}: column {v.column} fails {v.check} "
                         f"(got {'; '.join(v.examples[:3])})")
        raise AnnotationError("invalid_table", " | ".join(parts)) from None
