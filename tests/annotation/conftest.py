"""A real annotation team on the session's Label Studio servers (tests/studio_fixture.py).

The `walkthrough` fixture runs the commands of annotations/README.md's round walkthrough, as written, up
to the push of round 1 (studio up, five `annotator add`, annotator list, push, status) in a throwaway
checkout: four annotators get servers of their own (copies of the migrated template) and an adjudicator
an account on the main server. Other tests use that team; everything is written under pytest's tmp dirs.

Round 3 is scripted for hand-computed agreement (articles a1..a6 in article_id order; A, B, C = ayu,
budi, citra with overlap 3, so each sees all six; each annotation posted with the annotator's own token):
  stance_israel  A = B = C:  against, against, neutral, against, neutral, not_mentioned   (C skips a6)
  stance_qatar   a1 fff  a2 ffn  a3 nnn  a4 fna  a5 mmm  a6 m n    (f favor, n neutral, a against,
                 m not_mentioned; C skipped a6)
  topics         identical for A, B, C (TOPICS below)
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.studio_fixture import REPO, TEST_PASSWORD, TEST_TOKEN, TEST_USERNAME, cache_root

SALT = "sikap-test-pseudonym-salt"
README = REPO / "annotations" / "README.md"
ISRAEL = ["against", "against", "neutral", "against", "neutral", "not_mentioned"]
QATAR = {"A": ["favor", "favor", "neutral", "favor", "not_mentioned", "not_mentioned"],
         "B": ["favor", "favor", "neutral", "neutral", "not_mentioned", "neutral"],
         "C": ["favor", "neutral", "neutral", "against", "not_mentioned", None]}  # None: C skips a6
TOPICS = [["defence_pact", "strike_on_doha"], ["summit_diplomacy", "gaza_mediation"], ["strike_on_doha"],
          ["defence_pact", "strike_on_doha"], ["nato_israel", "palestine_recognition"], ["nato_ukraine"]]
CONFIDENCE = {"A": "high", "B": "medium", "C": "low"}
SCRIPTED = {"A": "ayu", "B": "budi", "C": "citra"}
SCRIPTED_ROUND = 3


def choice(name: str, *values: str) -> dict:
    return {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": list(values)}}


def span(target: str, start: int, end: int, text: str, name: str = "evidence") -> dict:
    return {"id": f"{name}-{target}-{start}", "from_name": name, "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text, "labels": [target]}}


def comment(text: str) -> dict:
    return {"from_name": "comment", "to_name": "text", "type": "textarea", "value": {"text": [text]}}


def readme_commands() -> list[str]:
    """The `sikap` commands of the README's round walkthrough, in order, as written (prefix and comments cut)."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Running a round, end to end", 1)[1].split("\n## ", 1)[0]
    out = []
    for block in re.findall(r"```bash\n(.*?)```", section, flags=re.S):
        for line in block.splitlines():
            line = line.split("  #", 1)[0].strip()
            if line.startswith(".venv/bin/sikap "):
                out.append(line.removeprefix(".venv/bin/"))
    return out


@dataclass
class Member:
    name: str
    url: str
    email: str
    password: str
    token: str


@dataclass
class Walkthrough:
    env: dict
    root: Path
    outputs: list = field(default_factory=list)  # (command, output)
    members: dict = field(default_factory=dict)  # name -> Member
    _http: list = field(default_factory=list, repr=False)

    def run(self, command: str, ok: bool = True):
        from typer.testing import CliRunner

        from sikap.cli import app

        args = shlex.split(command)
        assert args[0] == "sikap", command
        result = CliRunner().invoke(app, args[1:], env=self.env)
        assert result.exception is None or isinstance(result.exception, SystemExit), (command, result.exception)
        assert "Traceback" not in result.output
        if ok:
            assert result.exit_code == 0, f"{command}\n{result.output}"
        self.outputs.append((command, result.output))
        return result

    def settings(self):
        from sikap.studio import server

        return server.load_settings(root=self.root, environ=self.env)

    def team(self, timeout: float = 30):
        """The library's view of the team (the same registry the CLI reads)."""
        import os
        from unittest import mock

        from sikap.annotation.commands import team_from_env

        with mock.patch.dict(os.environ, self.env):
            return team_from_env(timeout)

    def client(self, name: str, token: str | None = None):
        """An SDK client as `name` on their own server (or with another token there)."""
        import httpx
        from label_studio_sdk import LabelStudio

        member = self.members[name]
        http = httpx.Client(timeout=30, follow_redirects=True)
        self._http.append(http)
        return LabelStudio(base_url=member.url, api_key=token or member.token, timeout=30, max_retries=0,
                           httpx_client=http)

    def admin(self, name: str):
        return self.client(name, TEST_TOKEN)

    def assignment(self, round_no: int = 1) -> dict:
        """article_id -> annotators of a round, recomputed from the settings its projects record."""
        from sikap.annotation.assignment import assign
        from sikap.annotation.client import round_settings

        s = round_settings(project_of(self.admin(next(iter(self.members))), round_no))
        articles = set()
        for name in s["annotators"]:
            articles |= set(task_ids(self.admin(name), project_of(self.admin(name), round_no).id))
        return assign(sorted(articles), s["annotators"], s["overlap"], s["seed"])

    def close(self) -> None:
        while self._http:
            self._http.pop().close()


def parse_added(output: str) -> dict:
    """What `sikap studio annotator add` printed: address, login, password, token."""
    found = dict(re.findall(r"^  (login|password|token)\s+(\S+)", output, flags=re.M))
    url = re.search(r" at (http://127\.0\.0\.1:\d+)", output).group(1)
    return {"url": url, "email": found["login"], "password": found["password"], "token": found["token"]}


def checkout(tmp: Path, dataset: Path) -> Path:
    """A throwaway checkout: schema, curated facts, raw seeds and the built seed dataset."""
    root = tmp / "checkout"
    for name in ("schema", "curated", "raw"):
        shutil.copytree(REPO / name, root / name)
    shutil.copytree(dataset, root / "dataset")
    return root


@pytest.fixture(scope="session")
def seed_dataset(seed_build) -> Path:
    return seed_build[1]


@pytest.fixture(scope="session")
def walkthrough(label_studio, label_studio_settings, seed_dataset, tmp_path_factory):
    """The README's walkthrough up to the push of round 1, run as written in a throwaway checkout."""
    from sikap.studio import team

    root = checkout(tmp_path_factory.mktemp("walkthrough"), seed_dataset)
    env = {"SIKAP_ROOT": str(root), "SIKAP_LS_USERNAME": TEST_USERNAME, "SIKAP_LS_PASSWORD": TEST_PASSWORD,
           "SIKAP_LS_TOKEN": TEST_TOKEN, "SIKAP_LS_BIN": str(label_studio_settings.bin),
           "SIKAP_LS_DATA_DIR": str(label_studio.data_dir), "SIKAP_LS_CACHE": str(cache_root()),
           "SIKAP_PSEUDONYM_SALT": SALT, "SIKAP_LS_URL": "", "SIKAP_LS_PORT": ""}
    w = Walkthrough(env, root)
    try:
        for command in readme_commands():
            result = w.run(command)
            if command.startswith("sikap studio annotator add"):
                name = command.split()[4]
                w.members[name] = Member(name, **parse_added(result.output))
            if command.startswith("sikap annotate status"):
                break  # the next README step is annotating in the browser
        yield w
    finally:
        w.close()
        team.stop_all(w.settings())


@pytest.fixture(scope="session")
def studio_team(walkthrough):
    return walkthrough.team()


def task_ids(ls, project_id: int) -> dict[str, int]:
    import json

    tasks = json.loads(b"".join(ls.projects.exports.download_sync(project_id, export_type="JSON",
                                                                   download_all_tasks=True)))
    return {t["data"]["article_id"]: t["id"] for t in tasks}


def post(ls, task_id: int, result: list, **extra):
    """An annotation posted by whoever owns the client's token (completed_by and updated_by: that user)."""
    return ls.annotations.create(id=task_id, result=result, **extra)


def project_of(ls, round_no: int, adjudication: bool = False):
    from sikap.annotation.client import project_title

    title = project_title(round_no, adjudication)
    return next(p for p in ls.projects.list() if p.title == title)


@dataclass
class Round:
    number: int
    articles: list[str]  # a1..a6
    tasks: dict  # (annotator key, article_id) -> task id
    projects: dict  # annotator key -> project id
    push: object
    evidence: dict  # the one evidence span posted (A, a1, israel)


@pytest.fixture(scope="session")
def round3(walkthrough, studio_team, seed_build, seed_dataset) -> Round:
    from sikap.annotation.push import push

    pushed = push(studio_team, seed_dataset, SCRIPTED_ROUND, list(SCRIPTED.values()), overlap=3)
    by_id = {r["article_id"]: r for r in seed_build[0].tables["articles"].to_pylist()}
    articles = sorted(by_id)
    mention = next(m for m in by_id[articles[0]]["target_mentions"] if m["target"] == "israel")
    evidence = {"start": mention["start"], "end": mention["end"], "text": mention["text"]}
    tasks, projects = {}, {}
    for key, name in SCRIPTED.items():
        ls = walkthrough.client(name)
        projects[key] = pushed.projects[name]["project_id"]
        ids = task_ids(ls, projects[key])
        for i, article in enumerate(articles):
            tasks[(key, article)] = ids[article]
            if QATAR[key][i] is None:
                post(ls, ids[article], [], was_cancelled=True, lead_time=4.0)
                continue
            result = [choice("topics", *TOPICS[i]), choice("stance_israel", ISRAEL[i]),
                      choice("stance_qatar", QATAR[key][i]), choice("confidence", CONFIDENCE[key])]
            if key == "A" and i == 0:
                result.append(span("israel", **evidence))
            if key == "B" and i == 3:
                result.append(comment("framing toward Qatar is ambiguous"))
            post(ls, ids[article], result, lead_time=10.0 + i)
    return Round(SCRIPTED_ROUND, articles, tasks, projects, pushed, evidence)


@pytest.fixture(scope="session")
def pulled(round3, studio_team, tmp_path_factory):
    """(annotations root, PullResult) of round 3 pulled into a temporary folder."""
    from sikap.annotation.pull import pull

    root = tmp_path_factory.mktemp("annotations") / "annotations"
    return root, pull(studio_team, SCRIPTED_ROUND, root, SALT)


@pytest.fixture(scope="session")
def round3_rows(pulled) -> list[dict]:
    from sikap.annotation.rounds import read_table

    return read_table(pulled[0], SCRIPTED_ROUND).to_pylist()


@pytest.fixture(scope="session")
def adjudicated(round3, pulled, walkthrough, studio_team, tmp_path_factory):
    """Round 3's ties pushed to its adjudication project, a4's stance_qatar decided (favor) by the
    adjudicator eko with his own token, a6 left undecided, the decisions pulled: (root, push, pull)."""
    from sikap.annotation.adjudication import pull_adjudication, push_adjudication
    from sikap.annotation.gold import MIN_SHARE

    root = tmp_path_factory.mktemp("adjudicated") / "annotations"
    shutil.copytree(pulled[0], root)
    pushed = push_adjudication(studio_team, root, SCRIPTED_ROUND, MIN_SHARE)
    eko = walkthrough.client("eko")
    tasks = task_ids(eko, pushed["project_id"])
    post(eko, tasks[round3.articles[3]], [choice("stance_qatar", "favor")], lead_time=30.0)  # a4; a6 stays open
    return root, pushed, pull_adjudication(studio_team, SCRIPTED_ROUND, root, SALT), tasks


def tree_bytes(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def tree_names(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) if folder.exists() else []
