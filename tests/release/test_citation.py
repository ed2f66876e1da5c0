"""CITATION.cff validates against the official CFF 1.2.0 schema (what `cffconvert --validate` checks;
cffconvert itself pins jsonschema<4 and cannot be installed beside label-studio-sdk)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from sikap.release.citation import cff_errors


def test_release_citation_is_valid(released):
    text = (released[0] / "CITATION.cff").read_text()
    assert cff_errors(text) == []
    assert "version: 0.1.0" in text and "date-released: '2025-11-21'" in text and "type: dataset" in text


def test_invalid_citations_fail():
    assert cff_errors("cff-version: 1.2.0\nmessage: hi\ntitle: x\n")  # no authors
    bad_date = "cff-version: 1.2.0\nmessage: m\ntitle: t\nauthors: [{name: a}]\ndate-released: 21-11-2025\n"
    assert any("date-released" in e for e in cff_errors(bad_date))


CFFCONVERT = os.environ.get("SIKAP_CFFCONVERT") or shutil.which("cffconvert")


@pytest.mark.skipif(not CFFCONVERT, reason="cffconvert not installed (set SIKAP_CFFCONVERT to a cffconvert in its own venv)")
def test_cffconvert_validate_passes(released):
    proc = subprocess.run([CFFCONVERT, "--validate", "-i", str(released[0] / "CITATION.cff")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
