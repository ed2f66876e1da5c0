"""The benchmark runs end to end at the CI size (10k files) and writes a sane RESULTS.md. No timing asserts."""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))


@pytest.mark.slow
def test_benchmark_at_10k_writes_results(tmp_path):
    import run

    out = run.main(["--sizes", "10000", "--work", str(tmp_path / "work"), "--out", str(tmp_path / "RESULTS.md"),
                    "--no-profile"])
    text = out.read_text(encoding="utf-8")
    for heading in ("## Machine", "## Targets", "## End to end", "## Per stage", "## Near-duplicates", "## Loading"):
        assert heading in text
    data = json.loads(out.with_suffix(".json").read_text())
    r = data["results"][0]
    assert r["n_files"] == 10_000
    assert r["build"]["articles"] > 9_000
    assert r["build_wall_s"] > 0 and r["peak_rss"] > 0 and r["io_floor"]["seconds"] > 0
    assert 0.9 <= r["dedup"]["f1"] <= 1.0
    cmp = r["dedup_compare"]
    assert {"datasketch-baseline", "sikap-datasketch", "sikap-rensa"} <= set(cmp)
    assert cmp["sikap-datasketch"]["f1"] == pytest.approx(cmp["datasketch-baseline"]["f1"])  # same clusters
    assert r["load"]["rows"] == r["build"]["articles"]
    assert data["help_s"] > 0
    assert not (tmp_path / "work" / "corpus-10000").exists()  # the corpus is cleaned up
    verdicts = text.split("## Targets", 1)[1].split("## End to end", 1)[0]
    assert "dedup F1 at least 0.95 | %.4f | met" % r["dedup"]["f1"] in verdicts  # computed from this run
    out.write_text(text.replace(verdicts, "\n"))  # --retarget puts the section back from the JSON
    run.main(["--out", str(out), "--retarget"])
    assert out.read_text(encoding="utf-8") == text
