"""`sikap annotate pull`: a round's projects on the annotators' servers -> one immutable, validated snapshot.

Order: find the round's project on every annotator's server (all must record the same round), check
each labeling config, export, check the assignment (each server holds exactly its annotator's articles,
recomputed from the recorded seed), refuse any annotation by someone else than the task's annotator and
any annotation last updated by someone other than its author, refuse personal data, normalize with
pseudonyms, validate (pandera), compare with the snapshot already there, and only then write: into a
staging folder swapped in by renames (sikap.io), so a failure at any step leaves annotations/ as it was.
An unchanged round is not rewritten; a changed one is refused with a list of what changed unless
allow_changed, and then the previous snapshot moves to history/<its export time>/.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sikap.annotation import rounds
from sikap.annotation.checks import check_assignment, check_authors, check_privacy, known_people
from sikap.annotation.client import (Server, Team, check_config, export_json, find_project, round_settings, server_errors,
                                     server_version)
from sikap.annotation.errors import AnnotationError

PSEUDONYM_RULE = "ann- + first 10 hex digits of HMAC-SHA256(SIKAP_PSEUDONYM_SALT, lower-cased e-mail); salt kept outside git"


@dataclass(frozen=True)
class Export:
    """One project as exported, with the people of its server."""

    name: str  # local name of the annotator (or adjudication): never written to a snapshot
    pseudonym: str
    server: Server
    project: object
    data: bytes
    tasks: list
    users: list
    pseudonyms: dict  # user id on that server -> pseudonym


@dataclass(frozen=True)
class PullResult:
    round: int
    path: Path
    status: str  # written | unchanged | replaced
    counts: dict
    seconds: float


def parse(data: bytes, project_id: int, who: str) -> list[dict]:
    try:
        tasks = json.loads(data)
    except ValueError:
        raise AnnotationError("bad_export", f"the export of project {project_id} on {who}'s server is not JSON") from None
    if not isinstance(tasks, list):
        raise AnnotationError("bad_export", f"the export of project {project_id} on {who}'s server is not a list")
    return tasks


def read_export(ls, server: Server, project, name: str, salt: str, pseudonym: str) -> Export:
    """A project's export and its server's users (pseudonym: of the annotator whose project it is)."""
    from sikap.annotation.pseudonyms import user_pseudonyms

    with server_errors(server, "listing users"):
        users = list(ls.users.list())
    data = export_json(ls, server, project.id)
    return Export(name, pseudonym, server, project, data, parse(data, project.id, name), users,
                  user_pseudonyms(users, salt))


def discover(team: Team, round_no: int) -> tuple[dict, dict]:
    """(settings, annotator name -> project) of a round, from every annotator's server that has it."""
    from sikap.annotation.push import check_same_round

    found, unreachable = {}, []
    for name, server in sorted(team.members.items()):
        try:
            with server.connect() as ls:
                project = find_project(ls, server, round_no, required=False)
        except AnnotationError as err:
            if err.code != "unreachable":  # a server that is down may not be in this round; a hung one is a fault
                raise
            unreachable.append(name)
            continue
        if project is not None:
            found[name] = project
    if not found:
        down = f" (not reachable: {', '.join(unreachable)}; `sikap studio up`)" if unreachable else ""
        raise AnnotationError("no_project", f"round {round_no} does not exist: no annotator's server holds a project "
                              f"titled 'sikap round {round_no:02d}'{down} (push it first: `sikap annotate push "
                              f"--round {round_no} --annotators ...`)")
    for name, project in found.items():
        if not round_settings(project).get("annotators"):
            raise AnnotationError("round_mismatch", f"project {project.id} on {name}'s server is titled like round "
                                  f"{round_no} but was not created by `sikap annotate push` (no round settings in "
                                  "its description): rename or delete it")
    settings = round_settings(next(iter(found.values())))
    names = settings["annotators"]
    for name in names:
        if name in unreachable or name not in team.members:
            raise AnnotationError("unreachable", f"round {round_no} is assigned to {name}, whose server does not "
                                  "answer or is not in the team (`sikap studio status`)")
        if name not in found:
            raise AnnotationError("no_project", f"round {round_no} is assigned to {name}, but {name}'s server has no "
                                  "project for it: push the round again with the same annotators, overlap and seed")
    for name, project in found.items():
        if name not in names:
            raise AnnotationError("round_mismatch", f"{name}'s server holds a project for round {round_no}, but the "
                                  f"round's annotators are {', '.join(names)}")
        check_same_round(round_no, name, round_settings(project), settings)
    return settings, found


def table_of(round_no: int, exports: list[Export], adjudication: bool = False):
    from sikap.annotation.normalize import export_rows, to_table, validate

    rows = [r for e in exports for r in export_rows(round_no, e.tasks, e.pseudonyms, adjudication=adjudication)]
    rows.sort(key=lambda r: (r["annotator"], r["task_id"], r["annotation_id"]))
    table = to_table(rows)
    validate(table)
    return table


@dataclass(frozen=True)
class Snapshot:
    settings: dict
    version: str
    exports: list
    table: object


def snapshot(team: Team, round_no: int, salt: str) -> Snapshot:
    """Everything a pull reads from the servers, checked and normalized; nothing is written here."""
    from sikap.annotation.config import labeling_config
    from sikap.annotation.pseudonyms import pseudonym

    settings, projects = discover(team, round_no)
    exports, versions = [], set()
    for name in settings["annotators"]:
        server = team.members[name]
        with server.connect() as ls:
            project = projects[name]
            check_config(project, labeling_config())
            versions.add(server_version(ls, server))
            e = read_export(ls, server, project, name, salt, pseudonym(salt, team.emails[name]))
        registered = {int(u.id): u.email for u in e.users}.get(team.user_ids[name], "")
        if registered.lower() != team.emails[name].lower():
            raise AnnotationError("no_annotator", f"the server of {e.pseudonym} has no user {team.user_ids[name]} with "
                                  "the registered e-mail: the registry and the server disagree")
        exports.append(e)
    people = known_people(team, exports)
    for e in exports:
        check_authors(round_no, e, {team.user_ids[e.name]}, e.pseudonym)
    check_assignment(round_no, settings, exports)
    for e in exports:
        check_privacy(round_no, e, people)
    return Snapshot(settings, ", ".join(sorted(versions)), exports, table_of(round_no, exports))


def counts(exports: list[Export], table) -> dict:
    tasks = [t for e in exports for t in e.tasks]
    anns = [a for t in tasks for a in t.get("annotations") or []]
    return {"tasks": len(tasks), "articles": len({t["data"]["article_id"] for t in tasks}),
            "tasks_annotated": sum(1 for t in tasks if any(not a.get("was_cancelled") for a in t.get("annotations") or [])),
            "annotations": len(anns), "cancelled": sum(1 for a in anns if a.get("was_cancelled")),
            "drafts": sum(len(t.get("drafts") or []) for t in tasks),
            "annotators": len(set(table.column("annotator").to_pylist())), "rows": table.num_rows}


def content_digest(exports: list[Export]) -> str:
    """Identity of a round's data across its exports (blind to order and clock-relative fields)."""
    parts = {e.pseudonym: rounds.content_digest(e.tasks) for e in exports}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def export_name(pseudonym: str) -> str:
    return f"export-{pseudonym}.json.gz"


def manifest(round_no: int, snap: Snapshot, files: dict[str, bytes], now: str) -> dict:
    """What the snapshot is: server, projects, assignment (pseudonyms only), counts, sha256 of each file."""
    from sikap.annotation import assignment as plan
    from sikap.annotation.config import config_hash, labeling_config

    s = snap.settings
    names = {e.name: e.pseudonym for e in snap.exports}
    articles = sorted({t["data"]["article_id"] for e in snap.exports for t in e.tasks})
    assigned = plan.assign(articles, s["annotators"], s["overlap"], s["seed"])
    per = {}
    for row in snap.table.select(["annotation_id", "annotator"]).to_pylist():
        per.setdefault(row["annotator"], set()).add(row["annotation_id"])
    tasks = [t for e in snap.exports for t in e.tasks]
    return {
        "round": round_no,
        "label_studio": {"version": snap.version, "projects": {e.pseudonym: {"project_id": e.project.id,
                                                                             "project_title": e.project.title}
                                                               for e in snap.exports}},
        "config_hash": config_hash(labeling_config()),
        "exported_at": now,
        "exports": {e.pseudonym: {"file": export_name(e.pseudonym), "export_sha256": hashlib.sha256(e.data).hexdigest(),
                                  "content_sha256": rounds.content_digest(e.tasks)} for e in snap.exports},
        "content_sha256": content_digest(snap.exports),
        "assignment": {"rule": "sikap.annotation.assignment (balanced shares, every pair linked), seeded",
                       "seed": s["seed"], "overlap": s["overlap"], "annotators": sorted(names.values()),
                       "articles": {a: sorted(names[p] for p in people) for a, people in sorted(assigned.items())}},
        "selection": {"rule": s.get("selection", "unknown"), "article_ids": articles},
        "dataset_versions": sorted({str(t["data"].get("dataset_version")) for t in tasks}),
        "mentions_model_versions": sorted({t["data"]["mentions_model_version"] for t in tasks
                                           if t["data"].get("mentions_model_version")}),
        "counts": counts(snap.exports, snap.table),
        "annotators": {k: len(v) for k, v in sorted(per.items())},
        "pseudonyms": PSEUDONYM_RULE,
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)} for name, data in files.items()},
    }


def pull(team: Team, round_no: int, root: Path, salt: str, allow_changed: bool = False,
         now: str | None = None) -> PullResult:
    start = time.monotonic()
    snap = snapshot(team, round_no, salt)
    target = rounds.round_dir(root, round_no)
    status, previous = rounds.decide_write(f"round {round_no}", target, content_digest(snap.exports), snap.table, allow_changed)
    if status == "unchanged":
        return PullResult(round_no, target, status, previous["counts"], time.monotonic() - start)
    now = now or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    files = {export_name(e.pseudonym): rounds.gzip_bytes(e.data) for e in snap.exports}
    files[rounds.TABLE] = rounds.table_bytes(snap.table)
    files[rounds.MANIFEST] = rounds.json_bytes(manifest(round_no, snap, files, now))
    keep = previous["exported_at"].replace(":", "").replace("-", "") if previous else None
    rounds.write_snapshot(target, files, keep)
    return PullResult(round_no, target, status, json.loads(files[rounds.MANIFEST])["counts"], time.monotonic() - start)
