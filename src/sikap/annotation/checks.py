"""What a pull checks before anything is written, beyond the schema: the assignment, the authors, privacy.

A server cannot stop its admin, or a second account, from posting or editing in an annotator's project;
these checks make sure that nothing of the kind is ever credited to the annotator. Each refusal names the
round, the task, the article, the annotation, the pseudonym of whoever did it and the fields it answers.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from sikap.annotation.errors import AnnotationError
from sikap.annotation.normalize import Where, answered_fields

if TYPE_CHECKING:
    from sikap.annotation.client import Team
    from sikap.annotation.pull import Export


def check_assignment(round_no: int, settings: dict, exports: list[Export]) -> None:
    """Each server holds exactly the articles the recorded seed assigns to its annotator."""
    from sikap.annotation import assignment as plan

    held = {e.name: {t["data"].get("article_id"): t for t in e.tasks} for e in exports}
    articles = sorted({a for h in held.values() for a in h})
    if hashlib.sha256("\n".join(articles).encode()).hexdigest() != settings.get("articles_sha256"):
        raise AnnotationError("unassigned", f"round {round_no}: the annotators' projects hold {len(articles)} articles, "
                              f"not the {settings.get('articles')} pushed (a task was deleted or added by hand)")
    assigned = plan.assign(articles, settings["annotators"], settings["overlap"], settings["seed"])
    if plan.digest(assigned) != settings.get("assignment_sha256"):
        raise AnnotationError("unassigned", f"round {round_no}: the recorded seed no longer gives the pushed "
                              "assignment (was the round pushed by another sikap version?)")
    per = plan.per_annotator(assigned)
    for e in exports:
        for article, t in sorted(held[e.name].items()):
            if article not in per.get(e.name, []):
                raise AnnotationError("unassigned", f"{Where(round_no, t['id'], article)()} on the server of "
                                      f"{e.pseudonym} is not assigned to {e.pseudonym}")
        for article in per.get(e.name, []):
            if article not in held[e.name]:
                raise AnnotationError("unassigned", f"round {round_no}: article_id {article} is assigned to "
                                      f"{e.pseudonym} but missing from their server (task deleted?)")


def check_authors(round_no: int, e: Export, allowed: set[int], whose: str) -> None:
    """Refuse annotations by anyone not allowed on this project, or last updated by someone else."""
    def who(user) -> str:
        user = user.get("id") if isinstance(user, dict) else user
        return e.pseudonyms.get(user, f"user {user} (unknown)")

    for t in sorted(e.tasks, key=lambda t: t["id"]):
        for a in sorted(t.get("annotations") or [], key=lambda a: a["id"]):
            author = a.get("completed_by")
            author = author.get("id") if isinstance(author, dict) else author
            where = Where(round_no, t["id"], t["data"].get("article_id"), a["id"], who(author))
            fields = ", ".join(answered_fields(a.get("result")))
            if author not in allowed:
                raise AnnotationError("unassigned", f"{where()} (fields {fields}): this task is assigned to {whose} "
                                      "only; remove the annotation in Label Studio, then pull again")
            editor = a.get("updated_by")
            editor = editor.get("id") if isinstance(editor, dict) else editor
            if editor is not None and editor != author:
                raise AnnotationError("edited_by_other", f"{where()} (fields {fields}) was last updated by "
                                      f"{who(editor)}, not by its author: only {who(author)} may change it; "
                                      "restore it or have the author submit it again")


def check_privacy(round_no: int, e: Export, people: list) -> None:
    """No user's e-mail anywhere in the export; no user's e-mail, username or name in a comment."""
    from sikap.annotation.pseudonyms import free_text, identity_in, leaked_emails

    for t in sorted(e.tasks, key=lambda t: t["id"]):
        for a in sorted(t.get("annotations") or [], key=lambda a: a["id"]):
            author = a.get("completed_by")
            where = Where(round_no, t["id"], t["data"].get("article_id"), a["id"],
                          e.pseudonyms.get(author.get("id") if isinstance(author, dict) else author))
            for field, text in free_text(a.get("result")):
                hit = identity_in(text, people)
                if hit:
                    raise AnnotationError("personal_data", f"{where(field)} holds the {hit[1]} of a Label Studio user "
                                          "(a person's identity must not reach the dataset): edit the comment in "
                                          "Label Studio, then pull again; nothing written")
            leaked = leaked_emails(json.dumps(a, ensure_ascii=False).encode("utf-8"), people)
            if leaked:
                raise AnnotationError("personal_data", f"{where()} holds {len(leaked)} user e-mail address(es); "
                                      "nothing written")
    if leaked_emails(e.data, people):
        raise AnnotationError("personal_data", f"round {round_no}: the export of project {e.project.id} on the server "
                              f"of {e.pseudonym} holds a user's e-mail address outside the annotations (task data?); "
                              "nothing written")


def known_people(team: Team, exports: list[Export]) -> list:
    """Everyone whose identity must not reach a snapshot: the users of the servers read, and every team
    member of the registry (name, e-mail, and the username Label Studio derives from the e-mail)."""
    from types import SimpleNamespace

    members = [SimpleNamespace(email=email, username=email.split("@")[0], first_name=name, last_name="")
               for name, email in sorted(team.emails.items())]
    return [u for e in exports for u in e.users] + members
