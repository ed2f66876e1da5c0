"""Blind annotation, proved against the real servers: four annotators, overlap 2 (round 2).

Through each annotator's own token, the tasks they reach are exactly their assigned ones, and every
endpoint the labeling UI uses shows no annotation of anyone else: on their own server there is none to
show, and every other server refuses their token. The admin's token at the same addresses gets the same
objects (200), so the refusals are not an artefact of wrong ids.
"""

from __future__ import annotations

import json

import httpx
import pytest

from sikap.annotation.push import push
from tests.annotation.conftest import choice, comment, post, project_of, task_ids
from tests.studio_fixture import TEST_TOKEN

pytestmark = pytest.mark.studio
TEAM = ["ayu", "budi", "citra", "dewi"]


def ui_paths(project: int, task: int, annotation: int) -> list[str]:
    """What the Label Studio front end calls to list projects and tasks and to open a task for labeling."""
    return ["/api/projects/", f"/api/projects/{project}/", f"/api/projects/{project}/next",
            f"/api/tasks?project={project}", f"/api/dm/views?project={project}", f"/api/tasks/{task}/",
            f"/api/tasks/{task}/annotations/", f"/api/annotations/{annotation}/",
            f"/api/projects/{project}/export?exportType=JSON"]


@pytest.fixture(scope="module")
def round2(walkthrough, studio_team, seed_dataset):
    """Round 2 pushed to the four, and every annotator's answer on every one of their tasks, own token."""
    pushed = push(studio_team, seed_dataset, 2, TEAM, overlap=2)
    objects = {}
    for name in TEAM:
        ls = walkthrough.client(name)
        project = project_of(ls, 2).id
        for article, task in task_ids(ls, project).items():
            ann = post(ls, task, [choice("stance_qatar", "favor"), comment(f"round 2 note {name}-{task}")])
            objects.setdefault(name, []).append((project, task, ann.id, f"round 2 note {name}-{task}"))
    return pushed, objects


_CLIENTS: dict[str, httpx.Client] = {}


def _get(url: str, token: str, path: str) -> httpx.Response:
    client = _CLIENTS.setdefault(url, httpx.Client(timeout=30))
    return client.get(url + path, headers={"Authorization": f"Token {token}"})


@pytest.fixture(scope="module", autouse=True)
def _close_clients():
    yield
    while _CLIENTS:
        _CLIENTS.popitem()[1].close()


def _authors(data) -> set:
    """Every completed_by found anywhere in a JSON answer."""
    found = set()
    if isinstance(data, dict):
        if "completed_by" in data:
            c = data["completed_by"]
            found.add(c.get("id") if isinstance(c, dict) else c)
        for v in data.values():
            found |= _authors(v)
    elif isinstance(data, list):
        for v in data:
            found |= _authors(v)
    return found


def test_each_annotator_reaches_exactly_their_assigned_tasks(round2, walkthrough, studio_team):
    pushed, _ = round2
    for name in TEAM:
        member = walkthrough.members[name]
        projects = _get(member.url, member.token, "/api/projects/").json()["results"]
        assert {p["title"] for p in projects} >= {"sikap round 01", "sikap round 02"}
        project = next(p["id"] for p in projects if p["title"] == "sikap round 02")
        tasks = _get(member.url, member.token, f"/api/tasks?project={project}&page_size=100").json()["tasks"]
        assigned = sorted(a for a, people in pushed.assignment.items() if name in people)
        assert sorted(t["data"]["article_id"] for t in tasks) == assigned


def test_no_endpoint_shows_another_annotators_annotation(round2, walkthrough, studio_team):
    """Every UI endpoint, on one's own server and on the next annotator's (ayu -> budi -> citra -> dewi -> ayu)."""
    _, objects = round2
    for i, name in enumerate(TEAM):
        me, mine = walkthrough.members[name], studio_team.user_ids[name]
        project, task, ann, _ = objects[name][0]  # own server: only own annotations, whatever the endpoint
        for path in ui_paths(project, task, ann):
            answer = _get(me.url, me.token, path)
            assert answer.status_code in (200, 404), (name, path, answer.status_code)
            if answer.status_code == 200:
                assert _authors(answer.json()) <= {mine}, (name, path)
        other = TEAM[(i + 1) % len(TEAM)]
        them = walkthrough.members[other]
        project, task, ann, note = objects[other][0]
        for path in ui_paths(project, task, ann):
            refused = _get(them.url, me.token, path)
            assert refused.status_code == 401, (name, other, path, refused.status_code)
            assert note not in refused.text
        seen = _get(them.url, TEST_TOKEN, f"/api/annotations/{ann}/")  # the same address, admin token: 200
        assert seen.status_code == 200 and note in json.dumps(seen.json())
    for name in TEAM:  # and a token is refused by every other server, not only the next one
        for other in TEAM:
            if other != name:
                them = walkthrough.members[other]
                assert _get(them.url, walkthrough.members[name].token, "/api/projects/").status_code == 401


def test_an_annotators_server_holds_nobody_elses_work(round2, walkthrough, studio_team):
    for name in TEAM:
        ls = walkthrough.admin(name)
        users = {u.id: u.email for u in ls.users.list()}
        assert set(users.values()) == {walkthrough.members[name].email, "admin@sikap.local"}
        for project in ls.projects.list():
            tasks = json.loads(b"".join(ls.projects.exports.download_sync(project.id, export_type="JSON",
                                                                           download_all_tasks=True)))
            assert _authors(tasks) <= {studio_team.user_ids[name]}


def test_one_server_is_not_blind(label_studio):
    """Why sikap gives each annotator a server: two users of one server (the community edition's default,
    one organization) read and edit each other's annotations, and the edit is credited to the author."""
    from sikap.studio import accounts

    url, admin = label_studio.url, label_studio.token
    x = accounts.signup(url, admin, "x.trial@example.org", "x-trial-password-1")
    y = accounts.signup(url, admin, "y.trial@example.org", "y-trial-password-1")
    config = '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="a"/>' \
             '<Choice value="b"/></Choices></View>'
    project = accounts.api(url, admin, "/api/projects/", "POST", {"title": "one server trial", "label_config": config})
    imported = httpx.post(f"{url}/api/projects/{project['id']}/import?return_task_ids=true",
                          headers={"Authorization": f"Token {admin}"}, json=[{"data": {"text": "hello"}}], timeout=30)
    task = imported.json()["task_ids"][0]
    result = [{"from_name": "c", "to_name": "text", "type": "choices", "value": {"choices": ["a"]}}]
    mine = httpx.post(f"{url}/api/tasks/{task}/annotations/", headers={"Authorization": f"Token {y.token}"},
                      json={"result": result}, timeout=30).json()
    seen = _get(url, x.token, f"/api/tasks/{task}/annotations/")
    assert seen.status_code == 200 and [a["id"] for a in seen.json()] == [mine["id"]]  # x reads y's answer
    edited = httpx.patch(f"{url}/api/annotations/{mine['id']}/", headers={"Authorization": f"Token {x.token}"},
                         json={"result": [{**result[0], "value": {"choices": ["b"]}}]}, timeout=30)
    assert edited.status_code == 200  # and changes it
    after = _get(url, admin, f"/api/annotations/{mine['id']}/").json()
    assert (after["completed_by"], after["updated_by"]) == (y.user_id, x.user_id)  # credited to y
