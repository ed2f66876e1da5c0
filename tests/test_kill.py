"""The bounded kill test: `sikap raw add` and `sikap build` killed with SIGKILL at random instants, about
ten times each (benchmarks/kill.py does the trials and checks; its larger run's counts are in
benchmarks/KILL_RESULTS.md). Every run leaves the manifest consistent with the files and dataset/ either
the complete old or the complete new one; the next run completes and leaves no staging folder."""

from __future__ import annotations

import random
import sys

import pytest

from tests.robust_helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import kill  # noqa: E402


@pytest.mark.slow
def test_raw_add_survives_kill_9(tmp_path):
    res = kill.raw_add_trials(tmp_path, 10, random.Random(11))
    assert res["failures"] == []
    assert res["counts"]["killed"] >= 5  # most trials really were killed mid-run


@pytest.mark.slow
def test_build_survives_kill_9(tmp_path):
    res = kill.build_trials(tmp_path, 10, random.Random(12), files=150, workers=1)
    assert res["failures"] == []
    assert res["counts"]["killed"] >= 5
    assert res["counts"].get("left the complete old dataset", 0) >= 1
