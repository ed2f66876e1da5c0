"""Release commands: each has a --help with an example; `import sikap` and `sikap --help` stay light."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from sikap.cli import app

runner = CliRunner()


def test_every_release_command_has_an_example():
    for command in ("release", "diff", "verify", "export", "hydrate"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, command


def test_import_sikap_is_light_and_load_is_lazy():
    code = ("import sys, sikap; heavy = [m for m in ('pyarrow', 'datasets', 'mlcroissant', 'polars') if m in sys.modules];"
            "assert callable(sikap.load); print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_verify_outside_a_release_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("SIKAP_ROOT", str(tmp_path))
    (tmp_path / "dataset").mkdir()
    (tmp_path / "dataset/README.md").write_text("---\npretty_name: x\n---\n")
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 1 and "error[no_release]" in result.output and "Traceback" not in result.output
