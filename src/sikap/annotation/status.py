"""`sikap annotate status`: where a round stands, read live from the annotators' servers.

Per annotator: tasks assigned, done (submitted), skipped, left. Per article: the votes so far out of
the overlap. And the tasks that block adjudication: every assigned task not yet submitted or skipped,
since a decision taken before all votes are in would be taken on part of them. Names are shown here
(a local console), never written to a file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sikap.annotation.client import Team, export_json
from sikap.annotation.pull import discover


@dataclass
class RoundStatus:
    round: int
    overlap: int
    annotators: dict = field(default_factory=dict)  # name -> {"assigned", "done", "skipped", "left"}
    articles: dict = field(default_factory=dict)  # article_id -> {"done", "skipped", "assigned"}
    blocking: list = field(default_factory=list)  # (name, task id, article_id)

    @property
    def complete(self) -> bool:
        return not self.blocking


def round_status(team: Team, round_no: int) -> RoundStatus:
    settings, projects = discover(team, round_no)
    out = RoundStatus(round_no, settings["overlap"])
    for name in settings["annotators"]:
        server = team.members[name]
        with server.connect() as ls:
            tasks = json.loads(export_json(ls, server, projects[name].id))
        counts = {"assigned": len(tasks), "done": 0, "skipped": 0, "left": 0}
        for t in sorted(tasks, key=lambda t: t["id"]):
            article = out.articles.setdefault(t["data"]["article_id"], {"assigned": 0, "done": 0, "skipped": 0})
            article["assigned"] += 1
            anns = t.get("annotations") or []
            if any(not a.get("was_cancelled") for a in anns):
                state = "done"
            elif anns:
                state = "skipped"
            else:
                state = "left"
                out.blocking.append((name, t["id"], t["data"]["article_id"]))
            counts[state] += 1
            if state != "left":
                article[state] += 1
        out.annotators[name] = counts
    return out
