"""What changed between two snapshots of a round, in words a person can check in Label Studio.

A refused pull (`round_changed`) lists the annotations added and removed and every answer that changed,
each with its task, article, annotator pseudonym and field, so nobody replaces a snapshot blindly.
"""

from __future__ import annotations

from sikap.annotation.normalize import Where

SHOWN = 8  # changes listed in a message; the rest are counted
VALUE_COLUMNS = ("topics", "stance", "confidence", "comment", "evidence", "cancelled")


def _key(row: dict) -> tuple:
    return (row["annotator"], row["task_id"], row["annotation_id"])


def _value(row: dict):
    return {c: row.get(c) for c in VALUE_COLUMNS if row.get(c) not in (None, [], False)}


def _short(value: dict) -> str:
    if not value:
        return "(none)"
    parts = []
    for c, v in value.items():
        if c == "evidence":
            v = f"{len(v)} span(s)"
        elif c == "comment":
            v = f"{len(str(v))} characters"
        parts.append(f"{c} {v}")
    return ", ".join(parts)


def changes(old_rows: list[dict], new_rows: list[dict]) -> list[str]:
    """One line per added or removed annotation and per changed field, ordered by annotator and task."""
    def index(rows):
        out: dict[tuple, dict[str, dict]] = {}
        for r in rows:
            out.setdefault(_key(r), {})[r["field"]] = r
        return out

    old, new = index(old_rows), index(new_rows)
    lines = []
    for key in sorted(old.keys() | new.keys()):
        any_row = next(iter((new.get(key) or old.get(key)).values()))
        where = Where(any_row["round"], any_row["task_id"], any_row["article_id"], any_row["annotation_id"],
                      any_row["annotator"])
        if key not in old:
            lines.append(f"added {where()}")
        elif key not in new:
            lines.append(f"removed {where()}")
        else:
            for field in sorted(old[key].keys() | new[key].keys()):
                before, after = _value(old[key].get(field, {})), _value(new[key].get(field, {}))
                if before != after:
                    lines.append(f"changed {where(field)}: {_short(before)} -> {_short(after)}")
    return lines


def describe(old_rows: list[dict], new_rows: list[dict]) -> str:
    lines = changes(old_rows, new_rows)
    if not lines:
        return "the export differs but no annotation or answer did (task data or metadata changed)"
    more = f"; and {len(lines) - SHOWN} more" if len(lines) > SHOWN else ""
    return f"{len(lines)} change(s): " + "; ".join(lines[:SHOWN]) + more
