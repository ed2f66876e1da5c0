"""`sikap annotate adjudicate --push|--pull`: ties and weak majorities decided in Label Studio.

--push puts every article with a tied or weak-majority field of a pulled round into the project
`sikap round NN adjudication` on the main server (where adjudicators have their accounts): the same
form without required answers, the fields to decide named at the top, and every annotator's answers,
evidence spans and comments shown above the text (as text: Label Studio would copy a prediction into
the adjudicator's new annotation). --pull snapshots the decisions into annotations/adjudication/round-NN/
exactly like a round (checks, pseudonyms, validation, one swap), refusing annotations by anyone who is
not an adjudicator (or the server's admin) and annotations last updated by someone other than their
author. `sikap annotate adjudicate` then makes them gold (method adjudicated).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

from sikap.annotation import config as cfg
from sikap.annotation import rounds
from sikap.annotation.client import Team, check_config, find_project, server_errors
from sikap.annotation.errors import AnnotationError


def open_items(root: Path, round_no: int, min_share: float) -> dict[str, list[str]]:
    """article_id -> fields of the round to decide: ties and majorities below min_share of the votes."""
    from sikap.annotation.adjudicate import needs_adjudication, round_decisions

    out: dict[str, list[str]] = defaultdict(list)
    for d in round_decisions(round_no, rounds.read_table(root, round_no).to_pylist()):
        if needs_adjudication(d, min_share):
            out[d["article_id"]].append(d["field"])
    return dict(out)


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return f"«{text[:limit]}…»" if len(text) > limit else f"«{text}»"


def votes_text(rows: list[dict], fields: list[str]) -> str:
    """Every annotator's answer to each field in question, with their evidence spans and comments."""
    from sikap.annotation.agreement import ABSENT, PRESENT

    lines = []
    by_who = defaultdict(dict)
    for r in rows:
        if not r["cancelled"]:
            by_who[r["annotator"]][r["field"]] = r
    for field in fields:
        lines.append(f"{field}:")
        for who, answers in sorted(by_who.items()):
            if field.startswith(cfg.TOPICS + "."):
                chosen = field.split(".", 1)[1] in (answers.get(cfg.TOPICS) or {}).get("topics", [])
                lines.append(f"  {who}: {PRESENT if chosen else ABSENT}")
                continue
            row = answers.get(field) or {}
            lines.append(f"  {who}: {row.get('stance') or '(no answer)'}")
            lines += [f"      evidence {_quote(e['text'])}" for e in row.get("evidence") or []]
    comments = [(who, a[cfg.COMMENT]["comment"]) for who, a in sorted(by_who.items())
                if (a.get(cfg.COMMENT) or {}).get("comment")]
    lines += ["comments:", *(f"  {who}: {_quote(text, 400)}" for who, text in comments)] if comments else []
    return "\n".join(lines)


def tasks_for(root: Path, round_no: int, items: dict[str, list[str]]) -> list[dict]:
    exports = rounds.read_exports(rounds.round_dir(root, round_no))
    data = {t["data"]["article_id"]: t["data"] for blob in exports.values() for t in json.loads(blob)}
    rows = defaultdict(list)
    for r in rounds.read_table(root, round_no).to_pylist():
        rows[r["article_id"]].append(r)
    out = []
    for article, fields in sorted(items.items()):
        d = data[article]
        out.append({"data": {k: d.get(k) for k in ("article_id", "title", "outlet", "text", "dataset_version",
                                                    cfg.MENTIONS, "mentions_model_version")}
                    | {"round": round_no, "decide": fields, "to_decide": ", ".join(fields),
                       cfg.VOTES: votes_text(rows[article], fields)}})
    return out


def push_adjudication(team: Team, root: Path, round_no: int, min_share: float) -> dict:
    """Create or extend the round's adjudication project; returns counts and the project id."""
    from sikap.annotation.push import ensure_project, import_missing

    if team.main is None:
        raise AnnotationError("no_server", "the main server does not run: `sikap studio up`")
    items = open_items(root, round_no, min_share)
    if not items:
        raise AnnotationError("no_adjudication", f"round {round_no} has no tie and no majority below "
                              f"{min_share:.0%} of the votes: nothing to adjudicate")
    tasks = tasks_for(root, round_no, items)
    settings = {"kind": "adjudication", "min_share": round(min_share, 6),
                "round_table_sha256": rounds.read_manifest(root, round_no)["files"][rounds.TABLE]["sha256"]}
    with team.main.connect() as ls:
        project, created = ensure_project(ls, team.main, round_no, settings, cfg.adjudication_config(), adjudication=True)
        added, already = import_missing(ls, team.main, project.id, tasks)
    return {"project_id": project.id, "created": created, "added": added, "already": already,
            "fields": sum(len(f) for f in items.values())}


def _admin_id(ls, team: Team) -> int:
    with server_errors(team.main, "reading the admin user"):
        return int(ls.users.whoami().id)


def snapshot_adjudication(team: Team, round_no: int, salt: str):
    from sikap.annotation.checks import check_authors, check_privacy, known_people
    from sikap.annotation.pull import read_export, table_of

    if team.main is None:
        raise AnnotationError("no_server", "the main server does not run: `sikap studio up`")
    with team.main.connect() as ls:
        project = find_project(ls, team.main, round_no, adjudication=True)
        check_config(project, cfg.adjudication_config())
        export = read_export(ls, team.main, project, "adjudication", salt, "an adjudicator")
        allowed = {*team.adjudicators.values(), _admin_id(ls, team)}
    check_authors(round_no, export, allowed, "an adjudicator")
    check_privacy(round_no, export, known_people(team, [export]))
    return export, table_of(round_no, [export], adjudication=True)


def pull_adjudication(team: Team, round_no: int, root: Path, salt: str, allow_changed: bool = False,
                      now: str | None = None):
    from sikap.annotation.pull import PullResult

    start = time.monotonic()
    export, table = snapshot_adjudication(team, round_no, salt)
    target = rounds.adjudication_dir(root, round_no)
    digest = rounds.content_digest(export.tasks)
    status, previous = rounds.decide_write(f"the adjudication of round {round_no}", target, digest, table, allow_changed)
    anns = [a for t in export.tasks for a in t.get("annotations") or []]
    counts = {"tasks": len(export.tasks), "annotations": len(anns), "cancelled": sum(bool(a.get("was_cancelled"))
                                                                                      for a in anns),
              "adjudicators": len(set(table.column("annotator").to_pylist())), "rows": table.num_rows}
    if status == "unchanged":
        return PullResult(round_no, target, status, previous["counts"], time.monotonic() - start)
    now = now or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    files = {"export.json.gz": rounds.gzip_bytes(export.data), rounds.TABLE: rounds.table_bytes(table)}
    manifest = {"round": round_no, "kind": "adjudication",
                "label_studio": {"project_id": int(export.project.id), "project_title": export.project.title},
                "config_hash": cfg.config_hash(cfg.adjudication_config()), "exported_at": now,
                "exports": {"adjudication": {"file": "export.json.gz",
                                             "export_sha256": hashlib.sha256(export.data).hexdigest(),
                                             "content_sha256": digest}},
                "content_sha256": digest,
                "asked": {t["data"]["article_id"]: t["data"]["decide"] for t in sorted(export.tasks, key=lambda t: t["id"])},
                "counts": counts,
                "files": {n: {"sha256": hashlib.sha256(d).hexdigest(), "bytes": len(d)} for n, d in files.items()}}
    files[rounds.MANIFEST] = rounds.json_bytes(manifest)
    keep = previous["exported_at"].replace(":", "").replace("-", "") if previous else None
    rounds.write_snapshot(target, files, keep)
    return PullResult(round_no, target, status, counts, time.monotonic() - start)

