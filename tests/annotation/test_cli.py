"""`sikap annotate ...` through the real `sikap` app: thin commands, one-line errors, exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from sikap.cli import app
from tests.annotation.conftest import SALT, tree_names


@pytest.fixture
def env(label_studio):
    return {"SIKAP_LS_URL": label_studio.url, "SIKAP_LS_TOKEN": label_studio.token, "SIKAP_PSEUDONYM_SALT": SALT}


def run(env, *args):
    result = CliRunner().invoke(app, ["annotate", *args], env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def _one_line_error(result, code: str) -> str:
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error [{code}]: "), result.output
    return lines[0]


@pytest.mark.parametrize("command", ["push", "pull", "agreement", "adjudicate"])
def test_help_has_an_example(command):
    result = CliRunner().invoke(app, ["annotate", command, "--help"])
    assert result.exit_code == 0 and "Example: sikap annotate" in " ".join(result.output.split())


def test_sikap_help_imports_nothing_heavy():
    code = ("import sys, sikap.cli; heavy = {'pyarrow', 'polars', 'pandera', 'datasets', 'label_studio_sdk', "
            "'krippendorff', 'crowdkit', 'matplotlib', 'numpy', 'httpx'}; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert "annotate" in CliRunner().invoke(app, ["--help"]).output


@pytest.mark.studio
def test_round_through_the_cli(env, round1, seed_dataset, tmp_path):
    root = str(tmp_path / "annotations")
    pushed = run(env, "push", "--round", "1", "--dataset", str(seed_dataset))
    assert pushed.exit_code == 0 and "0 tasks added" in pushed.output and "6 already there" in pushed.output
    pulled = run(env, "pull", "--round", "1", "--annotations", root)
    assert pulled.exit_code == 0 and "19 annotations by 4 annotators" in pulled.output
    again = run(env, "pull", "--round", "1", "--annotations", root)
    assert again.exit_code == 0 and "unchanged" in again.output
    agreement = run(env, "agreement", "--round", "1", "--annotations", root)
    assert agreement.exit_code == 0
    assert [ln.split() for ln in agreement.output.splitlines() if ln.startswith("stance_qatar")] == [
        ["stance_qatar", "alpha", "0.440", "articles", "6", "annotators", "3"]]
    adjudicated = run(env, "adjudicate", "--annotations", root)
    assert adjudicated.exit_code == 0 and "gold labels for 6 articles" in adjudicated.output
    assert "tie 1" in adjudicated.output and "ground_truth 1" in adjudicated.output
    assert "gold/gold.parquet" in tree_names(tmp_path / "annotations")


@pytest.mark.studio
def test_errors_are_one_line_with_a_code(env, tmp_path):
    root = str(tmp_path / "annotations")
    line = _one_line_error(run(env, "pull", "--round", "42", "--annotations", root), "no_project")
    assert "sikap round 42" in line
    _one_line_error(run({**env, "SIKAP_LS_TOKEN": "wrong-token-0123456789"}, "pull", "--round", "1",
                        "--annotations", root), "auth_failed")
    _one_line_error(run(env, "agreement", "--round", "3", "--annotations", root), "no_round")
    _one_line_error(run({**env, "SIKAP_LS_URL": "http://127.0.0.1:9"}, "pull", "--round", "1",
                        "--annotations", root), "unreachable")
    assert not (tmp_path / "annotations").exists()


def test_missing_dataset_is_a_one_line_error(env, tmp_path):
    _one_line_error(run(env, "push", "--round", "1", "--dataset", str(tmp_path)), "no_dataset")
