"""`sikap annotate pull`: a round's project -> an immutable, validated snapshot in annotations/round-NN/.

Order: find the project, check its labeling config against schema/, export, refuse personal data,
normalize with pseudonyms, validate (pandera), compare with the snapshot already there, and only then
write: into a staging folder beside the round folder, swapped in by renames (sikap.io), so a failure at
any step leaves annotations/ as it was. An unchanged round is not rewritten (its files stay byte-identical);
a changed one needs allow_changed, and the previous snapshot moves to history/<its export time>/.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sikap.annotation import rounds
from sikap.annotation.client import (Server, check_config, export_json, find_project, round_settings, server_errors,
                                     server_version)
from sikap.annotation.config import config_hash
from sikap.annotation.errors import AnnotationError

PSEUDONYM_RULE = "ann- + first 10 hex digits of HMAC-SHA256(SIKAP_PSEUDONYM_SALT, lower-cased e-mail); salt kept outside git"


@dataclass(frozen=True)
class PullResult:
    round: int
    path: Path
    status: str  # written | unchanged | replaced
    counts: dict
    seconds: float


def _parse(data: bytes, project_id: int) -> list[dict]:
    try:
        tasks = json.loads(data)
    except ValueError:
        raise AnnotationError("bad_export", f"the export of project {project_id} is not JSON") from None
    if not isinstance(tasks, list):
        raise AnnotationError("bad_export", f"the export of project {project_id} is not a list of tasks")
    return tasks


def counts(tasks: list[dict], table) -> dict:
    anns = [a for t in tasks for a in t.get("annotations") or []]
    return {"tasks": len(tasks),
            "tasks_annotated": sum(1 for t in tasks if any(not a.get("was_cancelled") for a in t.get("annotations") or [])),
            "annotations": len(anns), "cancelled": sum(1 for a in anns if a.get("was_cancelled")),
            "ground_truth": sum(1 for a in anns if a.get("ground_truth")),
            "predictions": sum(len(t.get("predictions") or []) for t in tasks),
            "drafts": sum(len(t.get("drafts") or []) for t in tasks),
            "annotators": len(set(table.column("annotator").to_pylist())), "rows": table.num_rows}


def manifest(round_no: int, project, version: str, data: bytes, tasks: list[dict], table, files: dict[str, bytes],
             now: str) -> dict:
    settings = round_settings(project)
    per = {}
    for row in table.select(["annotation_id", "annotator"]).to_pylist():
        per.setdefault(row["annotator"], set()).add(row["annotation_id"])
    return {
        "round": round_no,
        "label_studio": {"version": version, "project_id": project.id, "project_title": project.title},
        "config_hash": config_hash(project.label_config),
        "exported_at": now,
        "export_sha256": hashlib.sha256(data).hexdigest(),  # of the bytes as received, before gzip
        "content_sha256": rounds.content_digest(tasks),
        "overlap": project.maximum_annotations,
        "selection": {"rule": settings.get("selection", "unknown (project not created by sikap annotate push)"),
                      "article_ids": sorted({t["data"]["article_id"] for t in tasks})},
        "dataset_versions": sorted({str(t["data"].get("dataset_version")) for t in tasks}),
        "prediction_model_versions": sorted({p.get("model_version") for t in tasks for a in t.get("annotations") or []
                                             for p in [a.get("prediction") or {}] if p.get("model_version")}),
        "counts": counts(tasks, table),
        "annotators": {k: len(v) for k, v in sorted(per.items())},
        "pseudonyms": PSEUDONYM_RULE,
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
                  for name, data in files.items()},
    }


def snapshot(server: Server, round_no: int, salt: str):
    """Everything a pull reads from the server, checked and normalized; nothing is written here."""
    with server.connect() as ls:
        return _snapshot(ls, server, round_no, salt)


def _snapshot(ls, server: Server, round_no: int, salt: str):
    from sikap.annotation.config import labeling_config
    from sikap.annotation.normalize import export_rows, to_table, validate
    from sikap.annotation.pseudonyms import leaked_emails, user_pseudonyms

    project = find_project(ls, server, round_no)
    check_config(project, labeling_config())
    version = server_version(ls, server)
    with server_errors(server, "listing users"):
        users = list(ls.users.list())
    data = export_json(ls, server, project.id)
    leaked = leaked_emails(data, users)
    if leaked:
        raise AnnotationError("personal_data", f"the export of project {project.id} holds {len(leaked)} annotator "
                              "e-mail address(es); nothing written")
    tasks = _parse(data, project.id)
    table = to_table(export_rows(round_no, tasks, user_pseudonyms(users, salt)))
    validate(table)
    return project, version, data, tasks, table


def _write(target: Path, files: dict[str, bytes], keep_previous: str | None) -> None:
    from sikap.io import write_folder

    def keep_history(staged: Path) -> None:
        if not keep_previous:
            return
        if (target / rounds.HISTORY).is_dir():
            shutil.copytree(target / rounds.HISTORY, staged / rounds.HISTORY)
        dest = staged / rounds.HISTORY / keep_previous
        shutil.copytree(target, dest, ignore=lambda d, names: [rounds.HISTORY] if Path(d) == target else [])

    write_folder(target, files, keep_history)


def pull(server: Server, round_no: int, root: Path, salt: str, allow_changed: bool = False,
         now: str | None = None) -> PullResult:
    start = time.monotonic()
    project, version, data, tasks, table = snapshot(server, round_no, salt)
    target = rounds.round_dir(root, round_no)
    previous = rounds.read_manifest(root, round_no) if (target / rounds.MANIFEST).is_file() else None
    status = "written"
    if previous:
        same = (previous.get("content_sha256"), previous.get("config_hash"))
        if same == (rounds.content_digest(tasks), config_hash(project.label_config)):
            rounds.verify(root, round_no)
            return PullResult(round_no, target, "unchanged", previous["counts"], time.monotonic() - start)
        if not allow_changed:
            raise AnnotationError("round_changed", f"round {round_no} changed since its snapshot of "
                                  f"{previous['exported_at']}; pull with --allow-changed to write a new snapshot "
                                  "(the old one is kept under history/)")
        status = "replaced"
    now = now or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    files = {rounds.EXPORT: rounds.gzip_bytes(data), rounds.TABLE: rounds.table_bytes(table)}
    files[rounds.MANIFEST] = rounds.json_bytes(manifest(round_no, project, version, data, tasks, table, files, now))
    keep = previous["exported_at"].replace(":", "").replace("-", "") if previous else None
    _write(target, files, keep)
    return PullResult(round_no, target, status, json.loads(files[rounds.MANIFEST])["counts"], time.monotonic() - start)
