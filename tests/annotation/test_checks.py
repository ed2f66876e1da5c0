"""The pull's assignment check on exports made by hand (no server): exactly the assigned tasks, per server."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sikap.annotation.assignment import per_annotator
from sikap.annotation.checks import check_assignment
from sikap.annotation.errors import AnnotationError
from sikap.annotation.push import round_plan

ARTICLES = [f"{i:016x}-00" for i in range(5)]


def _exports(held: dict[str, list[str]]):
    return [SimpleNamespace(name=n, pseudonym=f"ann-{n * 10}"[:14], tasks=[{"id": i + 1, "data": {"article_id": a}}
                                                                          for i, a in enumerate(arts)])
            for n, arts in held.items()]


@pytest.fixture
def plan():
    settings, assigned = round_plan(ARTICLES, ["x", "y"], 1, 1, "listed article_ids", "v")
    return settings, per_annotator(assigned)


def test_exactly_the_assigned_tasks_pass(plan):
    settings, per = plan
    check_assignment(1, settings, _exports(per))


def test_a_task_on_the_wrong_server_is_named(plan):
    settings, per = plan
    moved = {"x": per["x"] + per["y"][:1], "y": per["y"][1:]}
    with pytest.raises(AnnotationError) as err:
        check_assignment(1, settings, _exports(moved))
    assert err.value.code == "unassigned"
    assert f"(article_id {per['y'][0]}) on the server of ann-xxxxxxxxxx is not assigned to ann-xxxxxxxxxx" \
        in err.value.message


def test_a_deleted_task_is_refused(plan):
    settings, per = plan
    with pytest.raises(AnnotationError) as err:
        check_assignment(1, settings, _exports({"x": per["x"][1:], "y": per["y"]}))
    assert err.value.code == "unassigned" and "hold 4 articles, not the 5 pushed" in err.value.message
