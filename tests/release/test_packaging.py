"""The Python package carries code and schema only: the sdist and the wheel hold no file of raw/, dataset/ or
releases/ (texts whose terms forbid redistribution live there), and both carry the MIT LICENSE."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile

from tests.conftest import REPO

FORBIDDEN = ("raw/", "dataset/", "releases/", "annotations/", "curated/", "notebooks/")


def test_sdist_and_wheel_hold_code_and_schema_only(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(".venv*", ".git", "__pycache__", ".pytest_cache",
                                                              ".hypothesis", ".studio", "build", "dist"))
    proc = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir",
                           str(tmp_path / "dist"), str(src)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    (sdist,), (wheel,) = (tmp_path / "dist").glob("*.tar.gz"), (tmp_path / "dist").glob("*.whl")
    sdist_names = [n.split("/", 1)[1] for n in tarfile.open(sdist).getnames() if "/" in n]
    wheel_names = zipfile.ZipFile(wheel).namelist()
    for names in (sdist_names, wheel_names):
        assert [n for n in names if n.startswith(FORBIDDEN) or "/raw/" in n or n.endswith(".parquet") or (n.endswith(".txt") and "dist-info" not in n)] == []
    assert "LICENSE" in sdist_names and "schema/tables.yaml" in sdist_names and "src/sikap/cli.py" in sdist_names
    assert "sikap/_schema/tables.yaml" in wheel_names and any(n.endswith("licenses/LICENSE") for n in wheel_names)
    assert "MIT License" in zipfile.ZipFile(wheel).read(next(n for n in wheel_names if n.endswith("licenses/LICENSE"))).decode()
