"""The public export withholds every text it must (no sentence of one appears in any file), loads with
`load_dataset`, and `sikap hydrate` restores byte-identical texts from the raw files, refusing tampered ones."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from sikap.release.errors import ReleaseError
from sikap.release.export import export_public
from sikap.release.hydrate import hydrate
from tests.release.conftest import cli_env, sikap_cli


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if len(p.strip()) >= 25]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _everything(folder) -> str:
    """Every file of the export, as raw bytes decoded leniently and, for Parquet, every decoded value."""
    chunks = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            chunks.append(path.read_bytes().decode("utf-8", errors="replace"))
            if path.suffix == ".parquet":
                chunks.extend(s for row in pq.read_table(path).to_pylist() for s in _strings(row))
    return "\n".join(chunks)


@pytest.fixture(scope="module")
def originals(released):
    table = pq.read_table(released[0] / "dataset/data/articles-00000-of-00001.parquet")
    return {r["article_id"]: r for r in table.to_pylist()}


def test_default_export_withholds_every_text(released, originals, tmp_path):
    proc = sikap_cli(released[0], tmp_path / "cache", "export", "--public", str(tmp_path / "public"))
    assert proc.returncode == 0, proc.stderr
    everything = _everything(tmp_path / "public")
    sentences = [s for r in originals.values() for s in _sentences(r["text"])]
    assert len(sentences) > 50
    leaked = [s for s in sentences if s in everything]
    assert leaked == []
    rows = pq.read_table(tmp_path / "public/data/articles-00000-of-00001.parquet").to_pylist()
    assert all(r["text_withheld"] and r["text"] is None for r in rows)  # every seed source is metadata_only or unknown
    for r in rows:
        o = originals[r["article_id"]]
        assert r["segments"] == o["segments"] and r["raw_sha256"] == o["raw_sha256"]
        assert r["source_id"] == o["source_id"] and r["authors"] == o["authors"]


def test_share_unknown_still_withholds_antara(released, originals, tmp_path):
    report = export_public(released[0] / "dataset", tmp_path / "public", share_unknown=True)
    assert report.withheld_sources == ("antara",)
    everything = _everything(tmp_path / "public")
    for r in originals.values():
        found = [s in everything for s in _sentences(r["text"])]
        if r["source_id"] == "antara":
            assert not any(found)
        elif r["source_id"] is not None:
            assert all(found)  # positive control: shared texts are really there


def test_export_loads_and_hydrate_restores_byte_identical_text(released, originals, tmp_path):
    public = tmp_path / "public"
    export_public(released[0] / "dataset", public)
    code = ("import json,sys; from datasets import load_dataset; d=load_dataset(sys.argv[1])['train'];"
            "print(json.dumps({'n': d.num_rows, 'withheld': sum(d['text_withheld']), 'sha': d['text_sha256'][0]}))")
    proc = subprocess.run([sys.executable, "-c", code, str(public)], env=cli_env(released[0], tmp_path / "c"),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout.splitlines()[-1])["withheld"] == 6
    proc = sikap_cli(released[0], tmp_path / "c2", "hydrate", str(public), "--raw", str(released[0] / "raw"))
    assert proc.returncode == 0, proc.stderr
    rows = pq.read_table(public / "data/articles-00000-of-00001.parquet").to_pylist()
    assert len(rows) == len(originals)
    for r in rows:
        assert r["text"].encode("utf-8") == originals[r["article_id"]]["text"].encode("utf-8")
        assert not r["text_withheld"]


def test_hydrate_refuses_a_tampered_raw_file(released, tmp_path):
    public = tmp_path / "public"
    export_public(released[0] / "dataset", public)
    before = {p: p.read_bytes() for p in public.rglob("*") if p.is_file()}
    raw = tmp_path / "raw"
    shutil.copytree(released[0] / "raw", raw)
    victim = raw / "seeds/001_3e2786e0e816b5c4.txt"
    data = bytearray(victim.read_bytes())
    data[100] ^= 0x20
    victim.write_bytes(bytes(data))
    with pytest.raises(ReleaseError) as err:
        hydrate(public, raw)
    assert err.value.code == "raw_mismatch" and "001_3e2786e0e816b5c4" in err.value.message
    assert {p: p.read_bytes() for p in public.rglob("*") if p.is_file()} == before  # nothing written
    proc = sikap_cli(released[0], tmp_path / "c", "hydrate", str(public), "--raw", str(raw))
    assert proc.returncode == 1 and proc.stderr.startswith("error[raw_mismatch]") and "Traceback" not in proc.stderr
