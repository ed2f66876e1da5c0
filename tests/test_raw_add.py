"""`sikap raw add`: refusals that write nothing, crash leftovers finished by a re-run, a full disk, a
read-only folder, two adds at once, and the first registered copy keeping its place. Real processes, real
file systems (tmpfs mounts need root, as CI has)."""

from __future__ import annotations

import json
import os
import shutil
import time

import pytest

from sikap.raw import read_manifest
from tests.robust_helpers import REPO, fill, one_line_error, rejects, sikap, sikap_popen, small_fs  # noqa: F401

SEEDS = sorted((REPO / "raw" / "seeds").glob("*.txt"))


def _sources(folder, n=4, big=0):
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"berita-{i}.txt"
        p.write_bytes(SEEDS[i % 5].read_bytes() + f"\n(berkas {i})\n".encode())
        out.append(p)
    for i in range(big):
        p = folder / f"arsip-{i}.txt"
        p.write_bytes(SEEDS[i % 5].read_bytes() * 1500)
        out.append(p)
    return out


@pytest.mark.parametrize("name", ["sidecar.yaml", "manifest.json", "README.md", ".hidden.txt", ".manifest.journal"])
def test_reserved_and_hidden_names_are_refused(tmp_path, name):
    src = tmp_path / "in" / name
    src.parent.mkdir()
    src.write_bytes(SEEDS[0].read_bytes())
    ok = _sources(tmp_path / "in2", 1)[0]
    dest = tmp_path / "raw" / "batch"
    res = sikap("raw", "add", ok, src, "--into", dest)
    assert res.returncode == 1
    assert "reserved or hidden name" in one_line_error(res)
    assert not dest.exists()  # refused before anything was written, the good file too


def test_into_an_existing_file_is_refused(tmp_path):
    src = _sources(tmp_path / "in", 1)[0]
    into = tmp_path / "a-file.txt"
    into.write_text("x")
    res = sikap("raw", "add", src, "--into", into)
    assert res.returncode == 1 and "is a file, not a folder" in one_line_error(res)


def test_read_only_folder_gives_one_line(tmp_path, small_fs):
    src = _sources(tmp_path / "in", 1)[0]
    ro = small_fs("1m", ro=True)
    res = sikap("raw", "add", src, "--into", ro / "batch")
    assert res.returncode == 1
    assert "Read-only file system" in one_line_error(res)


def test_full_disk_gives_one_line_and_a_rerun_finishes(tmp_path, small_fs):
    fs = small_fs("8m")
    sources = _sources(tmp_path / "in", 3, big=1)  # the big one (~4-7 MB) does not fit after the filler
    dest = fs / "batch"
    filler = fill(fs, 3_000_000)
    res = sikap("raw", "add", *sources, "--into", dest)
    assert res.returncode == 1
    assert "No space left on device" in one_line_error(res)
    recorded = read_manifest(dest)
    assert set(recorded) == {p.name for p in sources[:3]}  # what landed complete is recorded (journal)
    data_files = {p.name for p in dest.iterdir() if not p.name.startswith(".") and p.name != "manifest.json"}
    assert data_files == set(recorded)
    assert not [p for p in dest.iterdir() if p.name.endswith(".sikap-part")]  # no partial copy left
    filler.unlink()
    again = sikap("raw", "add", *sources, "--into", dest)
    assert again.returncode == 0, again.stderr
    assert set(read_manifest(dest)) == {p.name for p in sources}
    assert sorted(p.name for p in dest.iterdir() if p.name.startswith(".")) == []
    for p in sources:
        assert (dest / p.name).read_bytes() == p.read_bytes()


def test_what_a_killed_add_left_is_finished_by_a_rerun(tmp_path):
    """The state a kill leaves (tests/test_kill.py makes it with real kills): a journal with a torn last
    line, a complete file not yet journaled, a partial hidden file."""
    sources = _sources(tmp_path / "in", 4)
    dest = tmp_path / "raw" / "batch"
    dest.mkdir(parents=True)
    shutil.copyfile(sources[0], dest / sources[0].name)
    shutil.copyfile(sources[1], dest / sources[1].name)
    entry = {"name": sources[0].name, "original_name": sources[0].name, "size": sources[0].stat().st_size,
             "sha256": __import__("hashlib").sha256(sources[0].read_bytes()).hexdigest(),
             "registered": "2026-01-01T00:00:00.000000Z"}
    (dest / ".manifest.journal").write_text(json.dumps(entry) + "\n" + '{"name": "berit')
    (dest / ".berita-2.txt.abc.sikap-part").write_bytes(sources[2].read_bytes()[:100])
    assert set(read_manifest(dest)) == {sources[0].name}  # the journal counts; the torn line does not
    res = sikap("raw", "add", *sources, "--into", dest)
    assert res.returncode == 0, res.stderr
    manifest = json.loads((dest / "manifest.json").read_text())["files"]
    assert [e["name"] for e in manifest] == sorted(p.name for p in sources)
    assert next(e for e in manifest if e["name"] == sources[0].name)["registered"] == entry["registered"]
    assert sorted(p.name for p in dest.iterdir()) == sorted([p.name for p in sources] + ["manifest.json"])


def test_two_adds_into_one_folder_lose_nothing(tmp_path):
    a = _sources(tmp_path / "a", 6, big=2)
    b = [p for p in _sources(tmp_path / "b", 12) if p.name not in {q.name for q in a}][:6]
    for i, p in enumerate(b):
        p.rename(p.with_name(f"lain-{i}.txt"))
    b = sorted((tmp_path / "b").glob("lain-*.txt"))
    dest = tmp_path / "raw" / "batch"
    first = sikap_popen("raw", "add", *a, "--into", dest, "--wait", "120")
    second = sikap_popen("raw", "add", *b, "--into", dest, "--wait", "120")
    outs = [p.communicate(timeout=300) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outs
    assert set(read_manifest(dest)) == {p.name for p in a + b}
    assert "Traceback" not in "".join(o + e for o, e in outs)


def test_a_second_add_without_wait_refuses_naming_the_first(tmp_path):
    from tests.test_locks import _holder

    from sikap.locks import lock_path

    dest = tmp_path / "raw" / "batch"
    dest.mkdir(parents=True)
    holder = _holder(lock_path(dest, folder_lock=True), 60)  # a running add, as far as the lock shows
    try:
        res = sikap("raw", "add", _sources(tmp_path / "in", 1)[0], "--into", dest)
    finally:
        holder.kill()
        holder.wait()
    line = one_line_error(res)
    assert res.returncode == 1 and f"pid {holder.pid}" in line and "--wait" in line
    assert not (dest / "manifest.json").exists()


def test_first_registered_copy_keeps_its_place_and_sidecar(tmp_path):
    raw = tmp_path / "raw"
    src = SEEDS[1]
    assert sikap("raw", "add", src, "--into", raw / "zz-first").returncode == 0
    (raw / "zz-first" / "sidecar.yaml").write_text(f"{src.name}:\n  url: {{value: 'https://example.org/a', source: curated}}\n")
    time.sleep(0.01)
    copy = tmp_path / "copy" / "salinan.txt"
    copy.parent.mkdir()
    copy.write_bytes(src.read_bytes())
    assert sikap("raw", "add", copy, "--into", raw / "aa-later").returncode == 0  # sorts first, added later
    out = tmp_path / "dataset"
    res = sikap("build", "--raw", raw, "--out", out, "-q")
    assert res.returncode == 0, res.stderr
    assert rejects(out)["aa-later/salinan.txt"][0] == "duplicate_file"
    from tests.robust_helpers import articles

    (row,) = articles(out)
    assert row["raw_file"] == f"zz-first/{src.name}" and row["url"] == "https://example.org/a"


def test_a_registered_file_changed_on_disk_is_not_re_registered(tmp_path):
    src = _sources(tmp_path / "in", 1)[0]
    dest = tmp_path / "raw"
    assert sikap("raw", "add", src, "--into", dest).returncode == 0
    (dest / src.name).write_bytes(b"edited")
    src.write_bytes(b"edited")
    res = sikap("raw", "add", src, "--into", dest)
    assert res.returncode == 1 and "changed since it was added" in one_line_error(res)
    assert read_manifest(dest)[src.name]["size"] != len(b"edited")
