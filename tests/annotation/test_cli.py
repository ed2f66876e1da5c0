"""`sikap annotate ...` and `sikap studio ...` through the real `sikap` app: thin commands, exit codes, and
every refusal as one line that names what a person needs to find it in Label Studio."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from sikap.annotation.pseudonyms import pseudonym
from sikap.annotation.push import push
from sikap.cli import app
from tests.annotation.conftest import SALT, choice, comment, post, project_of, task_ids, tree_bytes, tree_names
from tests.studio_fixture import TEST_TOKEN, TEST_USERNAME


def run(env, *args):
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def one_line_error(result, code: str) -> str:
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error [{code}]: "), result.output
    return lines[0]


@pytest.mark.parametrize("command", [["annotate", "push"], ["annotate", "status"], ["annotate", "pull"],
                                     ["annotate", "agreement"], ["annotate", "adjudicate"],
                                     ["studio", "annotator", "add"], ["studio", "annotator", "list"]])
def test_help_has_an_example(command):
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and f"Example: sikap {' '.join(command)}" in " ".join(result.output.split())


def test_sikap_help_imports_nothing_heavy():
    code = ("import sys, sikap.cli; heavy = {'pyarrow', 'polars', 'pandera', 'datasets', 'label_studio_sdk', "
            "'krippendorff', 'crowdkit', 'matplotlib', 'numpy', 'httpx', 'playwright'}; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert "annotate" in CliRunner().invoke(app, ["--help"]).output


def test_studio_status_exits_1_when_no_server_runs(tmp_path):
    env = {"SIKAP_ROOT": str(tmp_path), "SIKAP_LS_DATA_DIR": str(tmp_path / "studio"), "SIKAP_LS_TOKEN": "token-123456"}
    result = run(env, "studio", "status")
    assert (result.exit_code, result.output.strip()) == (1, "not running")


@pytest.mark.studio
def test_push_and_pull_a_round_through_the_cli(walkthrough, round3, tmp_path):
    env, root = walkthrough.env, str(tmp_path / "annotations")
    status = run(env, "annotate", "status", "--round", "3")
    assert status.exit_code == 0 and "every task is done or skipped" in status.output
    assert [ln.split() for ln in status.output.splitlines() if ln.startswith("citra")] == [["citra", "6", "5", "1", "0"]]
    pulled = run(env, "annotate", "pull", "--round", "3", "--annotations", root)
    assert pulled.exit_code == 0 and "18 annotations by 3 people" in pulled.output
    assert "unchanged" in run(env, "annotate", "pull", "--round", "3", "--annotations", root).output
    agreement = run(env, "annotate", "agreement", "--round", "3", "--annotations", root)
    assert [ln.split() for ln in agreement.output.splitlines() if ln.startswith("stance_qatar")] == [
        ["stance_qatar", "alpha", "0.440", "articles", "6", "annotators", "3"]]
    adjudicated = run(env, "annotate", "adjudicate", "--annotations", root)
    assert adjudicated.exit_code == 0 and "gold labels for 6 articles" in adjudicated.output and "tie 2" in adjudicated.output
    assert "gold/gold.parquet" in tree_names(tmp_path / "annotations")


def _round_of_one(walkthrough, studio_team, seed_dataset, number: int, result: list, who: str = "ayu"):
    """Round `number` with one article for ayu; the annotation posted by `who` ('ayu' or 'admin')."""
    push(studio_team, seed_dataset, number, ["ayu"], overlap=1, article_ids=[sorted(seed_dataset_ids(seed_dataset))[0]])
    ls = walkthrough.client("ayu") if who == "ayu" else walkthrough.admin("ayu")
    [(article, task)] = task_ids(ls, project_of(ls, number).id).items()
    return article, task, post(ls, task, result)


def seed_dataset_ids(dataset) -> list[str]:
    import pyarrow.parquet as pq

    return pq.read_table(next((dataset / "data").glob("articles-*.parquet")), columns=["article_id"]).column(0).to_pylist()


@pytest.fixture
def names(walkthrough):
    return {n: pseudonym(SALT, m.email) for n, m in walkthrough.members.items()} | \
        {"admin": pseudonym(SALT, TEST_USERNAME)}


@pytest.mark.studio
def test_every_pull_refusal_names_round_task_article_annotator_and_field(walkthrough, studio_team, seed_dataset,
                                                                          names, tmp_path):
    env, root = walkthrough.env, str(tmp_path / "annotations")

    def refused(number, code):
        return one_line_error(run(env, "annotate", "pull", "--round", str(number), "--annotations", root), code)

    article, task, ann = _round_of_one(walkthrough, studio_team, seed_dataset, 11,
                                       [choice("stance_qatar", "favor"), comment("ask Budi, he knows the outlet")])
    line = refused(11, "personal_data")
    assert f"round 11, task {task} (article_id {article}), annotation {ann.id} by {names['ayu']}, field comment " \
           "holds the username of a Label Studio user" in line
    article, task, ann = _round_of_one(walkthrough, studio_team, seed_dataset, 12, [choice("stance_qatar", "maybe")])
    line = refused(12, "invalid_table")
    assert f"round 12, task {task} (article_id {article}), annotation {ann.id} by {names['ayu']}, field stance_qatar: " \
           "column stance fails" in line and "maybe" in line and "rows [" not in line
    article, task, ann = _round_of_one(walkthrough, studio_team, seed_dataset, 13, [choice("sentiment", "positive")])
    assert f"annotation {ann.id} by {names['ayu']}, field sentiment: result for control 'sentiment'" in refused(13, "unknown_field")
    article, task, ann = _round_of_one(walkthrough, studio_team, seed_dataset, 14, [choice("stance_qatar", "favor")])
    walkthrough.admin("ayu").annotations.update(id=ann.id, result=[choice("stance_qatar", "against")])
    line = refused(14, "edited_by_other")
    assert f"round 14, task {task} (article_id {article}), annotation {ann.id} by {names['ayu']} (fields stance_qatar) " \
           f"was last updated by {names['admin']}, not by its author" in line
    article, task, ann = _round_of_one(walkthrough, studio_team, seed_dataset, 15, [choice("stance_qatar", "favor")],
                                       who="admin")
    line = refused(15, "unassigned")
    assert f"round 15, task {task} (article_id {article}), annotation {ann.id} by {names['admin']} " \
           f"(fields stance_qatar): this task is assigned to {names['ayu']} only" in line
    assert not (tmp_path / "annotations").exists()


@pytest.mark.studio
def test_a_refused_changed_round_lists_what_changed(walkthrough, studio_team, seed_dataset, names, tmp_path):
    env, root = walkthrough.env, str(tmp_path / "annotations")
    article, task, ann = _round_of_one(walkthrough, studio_team, seed_dataset, 17, [choice("stance_qatar", "favor")])
    assert run(env, "annotate", "pull", "--round", "17", "--annotations", root).exit_code == 0
    before = tree_bytes(tmp_path / "annotations")
    walkthrough.client("ayu").annotations.update(id=ann.id, result=[choice("stance_qatar", "neutral")])
    line = one_line_error(run(env, "annotate", "pull", "--round", "17", "--annotations", root), "round_changed")
    assert f"1 change(s): changed round 17, task {task} (article_id {article}), annotation {ann.id} by " \
           f"{names['ayu']}, field stance_qatar: stance favor -> stance neutral" in line
    assert tree_bytes(tmp_path / "annotations") == before
    nothing = run(env, "annotate", "adjudicate", "--push", "--round", "17", "--annotations", root)
    assert "round 17 has no tie" in one_line_error(nothing, "no_adjudication")


@pytest.mark.studio
def test_other_errors_are_one_line_with_a_code(walkthrough, pulled, tmp_path):
    env = walkthrough.env
    root = str(tmp_path / "annotations")
    assert "sikap round 42" in one_line_error(run(env, "annotate", "pull", "--round", "42", "--annotations", root),
                                              "no_project")
    one_line_error(run({**env, "SIKAP_LS_TOKEN": "wrong-token-0123456789"}, "annotate", "pull", "--round", "1",
                       "--annotations", root), "auth_failed")
    one_line_error(run(env, "annotate", "agreement", "--round", "3", "--annotations", root), "no_round")
    assert "nobody is not an annotator" in one_line_error(
        run(env, "annotate", "push", "--round", "30", "--annotators", "ayu,nobody"), "no_annotator")
    assert "overlap 5 needs 1..2" in one_line_error(
        run(env, "annotate", "push", "--round", "30", "--annotators", "ayu,budi", "--overlap", "5"), "bad_assignment")
    assert "seed 1 (now 9)" in one_line_error(run(env, "annotate", "push", "--round", "1", "--annotators",
                                                  "ayu,budi,citra,dewi", "--seed", "9"), "round_mismatch")
    assert not (tmp_path / "annotations").exists()
    ties = tmp_path / "ties"
    shutil.copytree(pulled[0], ties)
    down = run({**env, "SIKAP_LS_URL": "http://127.0.0.1:9"}, "annotate", "adjudicate", "--push", "--annotations", str(ties))
    assert "cannot reach Label Studio of main at http://127.0.0.1:9" in one_line_error(down, "unreachable")
    no_main = {**env, "SIKAP_LS_DATA_DIR": str(tmp_path / "no-studio")}
    one_line_error(run(no_main, "annotate", "adjudicate", "--push", "--annotations", str(ties)), "no_server")
    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen(8)
        url = f"http://127.0.0.1:{hung.getsockname()[1]}"
        late = run({**env, "SIKAP_LS_URL": url}, "annotate", "adjudicate", "--pull", "--timeout", "1",
                   "--annotations", str(ties))
    assert "did not answer within 1 s" in one_line_error(late, "timeout")
    both = run(env, "annotate", "adjudicate", "--push", "--pull")
    assert both.exit_code == 1 and "two steps" in both.output


def test_without_a_team_push_names_the_missing_annotator(tmp_path):
    env = {"SIKAP_ROOT": str(tmp_path), "SIKAP_LS_TOKEN": TEST_TOKEN, "SIKAP_LS_DATA_DIR": str(tmp_path / "studio")}
    result = run(env, "annotate", "push", "--round", "1", "--annotators", "ayu", "--dataset", str(tmp_path))
    assert "annotators: none yet" in one_line_error(result, "no_annotator")  # before anything is read


@pytest.mark.studio
def test_missing_dataset_is_a_one_line_error(walkthrough, tmp_path):
    result = run(walkthrough.env, "annotate", "push", "--round", "30", "--annotators", "ayu", "--overlap", "1",
                 "--dataset", str(tmp_path))
    assert "build it first" in one_line_error(result, "no_dataset")
