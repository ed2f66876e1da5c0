"""sikap eval pool: sets measured in different runs pooled into one results file, each set's figures kept as its
own run gave them, the overall figures summed, every run named; bad input gives a one-line error."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sikap.cli import app
from sikap.evaluate.pool import pool_results, read_results
from sikap.evaluate.report import evaluate_extraction, write_results
from tests.evaluate.test_eval import PAGE, _set


def _run(tmp_path, name: str, truth: dict, page: str = PAGE):
    folder = _set(tmp_path / name, truth, page)
    report = evaluate_extraction([(folder / "pages", folder / "truth.jsonl")], command=f"eval {name}")
    out = tmp_path / f"{name}.json"
    write_results(report, out)
    return out


def test_pooled_figures_are_the_sum_of_each_runs(tmp_path):
    a = _run(tmp_path, "setX", {})
    b = _run(tmp_path, "setY", {"dateline_place": "Bandung"})  # read wrong: one failure in this run only
    pooled = pool_results([read_results(a), read_results(b)], "pool")
    place = pooled["overall"]["dateline_place"]
    assert (place["k"], place["n"]) == (1, 2)
    assert place["failures"] == [{"page": "setY/01", "expected": "Bandung", "got": "Jakarta"}]
    assert pooled["per_set"]["setX"]["dateline_place"]["k"] == 1
    assert [m["command"] for m in pooled["measurements"]] == ["eval setX", "eval setY"]
    # a pool pools again, its runs kept
    again = pool_results([pooled, read_results(_run(tmp_path, "setZ", {}))], "pool again")
    assert [m["sets"] for m in again["measurements"]] == [["setX"], ["setY"], ["setZ"]]
    assert again["overall"]["dateline_place"]["n"] == 3


def test_cli_pools_and_refuses_a_set_given_twice(tmp_path):
    a = _run(tmp_path, "setX", {})
    out = tmp_path / "pool.json"
    runner = CliRunner()
    ok = runner.invoke(app, ["eval", "pool", str(a), str(_run(tmp_path, "setY", {})), "--out", str(out)])
    assert ok.exit_code == 0, ok.output
    assert json.loads(out.read_text())["overall"]["title"]["n"] == 2
    table = out.with_suffix(".md").read_text()
    assert "eval setX" in table and "| title | 2/2 (100%) | 1/1 (100%) | 1/1 (100%) |" in table
    twice = runner.invoke(app, ["eval", "pool", str(a), str(a), "--out", str(tmp_path / "x.json")])
    assert twice.exit_code == 2 and "in two results files" in twice.output and "Traceback" not in twice.output
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    wrong = runner.invoke(app, ["eval", "pool", str(bad), "--out", str(tmp_path / "y.json")])
    assert wrong.exit_code == 2 and "not a results file" in wrong.output
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "y.json").exists()
