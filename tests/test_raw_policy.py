"""What a build does with raw entries that are not plain registered files: links, loops, special files,
missing and hidden files, corrupt manifests and sidecars, unreadable files. Each gives a reject row with
a reason code or one line naming the file, never a traceback, never silence."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys

import pytest

from tests.conftest import tree_bytes
from tests.robust_helpers import articles, cli, one_line_error, rejects

SEED = "seeds/001_3e2786e0e816b5c4.txt"


def _build(raw_root, tmp_path):
    out = tmp_path / "dataset"
    return cli("build", "--raw", raw_root, "--out", out, "-q"), out


def test_links_loops_and_special_files_are_rejected_with_codes(raw_root, tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("RAHASIA di luar raw\n" * 50)
    odd = raw_root / "odd"
    odd.mkdir()
    (odd / "outside.txt").symlink_to(secret)
    (odd / "loop-a.txt").symlink_to(odd / "loop-b.txt")
    (odd / "loop-b.txt").symlink_to(odd / "loop-a.txt")
    (odd / "dangling.txt").symlink_to(odd / "nowhere.txt")
    (odd / "folder-link").symlink_to(raw_root / "seeds", target_is_directory=True)
    (odd / "outside-folder").symlink_to(secret.parent, target_is_directory=True)
    (odd / "inside.txt").symlink_to(raw_root / SEED)  # inside the raw root: read, and a copy of the seed
    os.mkfifo(odd / "fifo.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(odd / "socket.txt"))
    try:
        res, out = _build(raw_root, tmp_path)
    finally:
        sock.close()
    assert res.returncode == 0, res.stderr
    got = {k: v[0] for k, v in rejects(out).items()}
    assert got == {"odd/outside.txt": "symlink_outside", "odd/loop-a.txt": "symlink_loop",
                   "odd/loop-b.txt": "symlink_loop", "odd/dangling.txt": "broken_symlink",
                   "odd/folder-link": "symlinked_folder", "odd/outside-folder": "symlink_outside",
                   "odd/inside.txt": "duplicate_file", "odd/fifo.txt": "special_file", "odd/socket.txt": "special_file"}
    assert all(v[1] is None for k, v in rejects(out).items() if k != "odd/inside.txt")  # bytes never read
    rows = articles(out)
    assert len(rows) == 6
    assert not any("RAHASIA" in (r["text"] + (r["title"] or "")) for r in rows)


def test_missing_registered_file_is_a_reject_with_its_recorded_hash(raw_root, tmp_path):
    data = (raw_root / SEED).read_bytes()
    (raw_root / SEED).unlink()
    res, out = _build(raw_root, tmp_path)
    assert res.returncode == 0, res.stderr
    assert rejects(out)[SEED][:2] == ("missing_file", hashlib.sha256(data).hexdigest())
    assert len(articles(out)) == 5


def test_hidden_files_nobody_registered_are_not_data(raw_root, tmp_path):
    (raw_root / "seeds" / ".DS_Store").write_bytes(b"\0\1binary")
    (raw_root / "seeds" / ".catatan.txt").write_bytes((raw_root / SEED).read_bytes().replace(b"Qatar", b"Katar"))
    res, out = _build(raw_root, tmp_path)
    assert res.returncode == 0 and "not in a manifest" not in res.stdout
    assert rejects(out) == {} and len(articles(out)) == 6


@pytest.mark.parametrize("text,where", [
    ('{"files": [\n  {"name": "a.txt",\n  "sha256": }\n]}', "line 3"),
    ('{"files": [{"name": "a.txt", "sha256": "xyz", "size": 3}]}', "line 1"),
    ('{"files": [\n{"name": "sidecar.yaml", "sha256": "' + "0" * 64 + '", "size": 3}\n]}', "line 2"),
    ("[1, 2]", "line 1"),
    ("\udcff", ""),
])
def test_corrupt_manifest_gives_one_line_naming_it(raw_root, tmp_path, text, where):
    res, out = _build(raw_root, tmp_path)
    before = tree_bytes(out)
    (raw_root / "seeds" / "manifest.json").write_bytes(text.encode("utf-8", "surrogateescape"))
    res, _ = _build(raw_root, tmp_path)
    line = one_line_error(res)
    assert res.returncode == 1 and "seeds/manifest.json" in line and where in line, line
    assert tree_bytes(out) == before and sorted(p.name for p in tmp_path.iterdir()) == ["dataset", "raw"]


@pytest.mark.parametrize("text,where", [
    ("001_3e2786e0e816b5c4.txt:\n  url: {value: [unclosed\n  retrieved: x\n", "line 3"),
    ("Jakarta - Pemerintah Indonesia pada Rabu menyatakan dukungan.\n", "line 1"),  # a raw text saved as sidecar
    ("001_3e2786e0e816b5c4.txt:\n  retrieved: {value: kemarin}\n", "line 1"),
    ("001_3e2786e0e816b5c4.txt: [1, 2]\n", "line 1"),
])
def test_corrupt_sidecar_gives_one_line_naming_it(raw_root, tmp_path, text, where):
    (raw_root / "seeds" / "sidecar.yaml").write_text(text)
    res, out = _build(raw_root, tmp_path)
    line = one_line_error(res)
    assert res.returncode == 1 and "seeds/sidecar.yaml" in line and where in line, line
    assert not out.exists()


def test_yaml_bomb_in_a_sidecar_is_harmless(raw_root, tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    (raw_root / "seeds" / "sidecar.yaml").write_text(bomb)
    res, out = _build(raw_root, tmp_path)
    assert "Traceback" not in res.stdout + res.stderr
    assert res.returncode in (0, 1)
    if res.returncode:
        one_line_error(res)


def _run_as_nobody_works() -> bool:
    res = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c",
                          "import sikap.cli"], capture_output=True)
    return res.returncode == 0


def test_unreadable_raw_file_is_named(tmp_path_factory):
    """A file the build's user may not read. Root reads everything, so as root the build runs as `nobody`
    (setpriv); the folders are made world-readable for it."""
    import tempfile

    base = tempfile.mkdtemp(prefix="sikap-unreadable-")
    try:
        os.chmod(base, 0o777)
        raw = os.path.join(base, "raw")
        shutil.copytree(os.path.join(os.path.dirname(__file__), "..", "raw", "seeds"), os.path.join(raw, "seeds"))
        for folder, dirs, files in os.walk(base):
            os.chmod(folder, 0o777)
            for f in files:
                os.chmod(os.path.join(folder, f), 0o644)
        os.chmod(os.path.join(raw, SEED), 0o000)
        cmd = [sys.executable, "-c", "from sikap.cli import app; app()", "build", "--raw", raw, "--out",
               os.path.join(base, "dataset"), "-q"]
        if os.geteuid() == 0:
            if not _run_as_nobody_works():
                pytest.skip("cannot run the build as nobody here (setpriv, or the interpreter is not readable by nobody)")
            cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                             env={**os.environ, "NUMBA_CACHE_DIR": os.path.join(base, "numba")})
        line = one_line_error(res)
        assert res.returncode == 1 and SEED in line and "Permission denied" in line, line
        assert not os.path.exists(os.path.join(base, "dataset"))
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_a_hidden_file_a_manifest_lists_is_built(raw_root, tmp_path):
    """Older `raw add` recorded hidden names (now refused): what a manifest lists is data, so it is built."""
    import json

    data = (raw_root / SEED).read_bytes().replace(b"Qatar", b"Katar")
    (raw_root / "seeds" / ".tersembunyi.txt").write_bytes(data)
    path = raw_root / "seeds" / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["files"].append({"name": ".tersembunyi.txt", "original_name": ".tersembunyi.txt",
                              "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
    path.write_text(json.dumps(manifest))
    res, out = _build(raw_root, tmp_path)
    assert res.returncode == 0, res.stdout
    assert "seeds/.tersembunyi.txt" in {r["raw_file"] for r in articles(out)}


def test_raw_reason_codes_are_catalogued():
    """The codes sikap.raw hands to check_raw are in schema/reasons.yaml under that step."""
    import re
    from pathlib import Path

    import sikap.raw
    from sikap.schema import load

    codes = set(re.findall(r'\(\s*"([a-z_]+)",\s*f?"', Path(sikap.raw.__file__).read_text()))
    codes |= set(re.findall(r'return "([a-z_]+)", f"', Path(sikap.raw.__file__).read_text()))
    assert codes == {"missing_file", "special_file", "broken_symlink", "symlink_loop", "symlink_outside",
                     "symlinked_folder"}
    assert codes <= set(load().vocab("reject_reasons").names)


def test_the_plan_is_list_raw_and_first_paths_in_one_pass(raw_root):
    """plan_raw (the build's one pass) gives what list_raw and first_paths_of_copies give, with missing,
    hidden registered, unregistered and registered copies, and links, in the tree."""
    import json

    from sikap.partition import first_paths_of_copies, plan_raw
    from sikap.raw import list_raw

    data = (raw_root / SEED).read_bytes()
    (raw_root / "aa").mkdir()
    (raw_root / "aa" / "copy.txt").write_bytes(data)  # unregistered copy, sorts first
    (raw_root / "zz").mkdir()
    (raw_root / "zz" / "copy2.txt").write_bytes(data)
    (raw_root / "zz" / ".hidden.txt").write_bytes(data)
    (raw_root / "zz" / "manifest.json").write_text(json.dumps({"files": [
        {"name": n, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "registered": "2020-01-01T00:00:00.000000Z"}
        for n in ("copy2.txt", ".hidden.txt", "gone.txt")]}))
    (raw_root / "zz" / "link.txt").symlink_to(raw_root / SEED)
    (raw_root / "seeds" / "004_86afbcc868a21422.txt").unlink()
    rels, missing, first, _ = plan_raw(raw_root)
    listed_missing: list[str] = []
    assert rels == list_raw(raw_root, listed_missing) and sorted(missing) == sorted(listed_missing)
    assert set(missing) == {"zz/gone.txt", "seeds/004_86afbcc868a21422.txt"}
    assert first == first_paths_of_copies(raw_root, rels, missing)
    assert first == {hashlib.sha256(data).hexdigest(): SEED}  # registered before registration times existed


def test_the_plan_stats_only_the_files_that_need_it(raw_root, tmp_path):
    """plan_units with the walk's findings (plan_raw's `unusual`) gives the units and weights of a stat of
    every file: large registered and unregistered files, a link to a large file, a FIFO, a registered file
    gone, another replaced by a folder."""
    from sikap.formats import WEIGHT_BYTES, plan_units
    from sikap.partition import plan_raw
    from sikap.raw import add_files

    big = tmp_path / "besar.txt"
    big.write_bytes((raw_root / SEED).read_bytes() * (3 * WEIGHT_BYTES // (raw_root / SEED).stat().st_size))
    small = tmp_path / "kecil.txt"
    small.write_bytes(b"Berita singkat.\n")
    add_files([big, small], raw_root / "reg")
    (raw_root / "loose").mkdir()
    shutil.copy(big, raw_root / "loose" / "besar2.txt")
    (raw_root / "loose" / "link.txt").symlink_to(raw_root / "reg" / "besar.txt")
    os.mkfifo(raw_root / "loose" / "pipa")
    (raw_root / "reg" / "kecil.txt").unlink()
    (raw_root / "reg" / "kecil.txt").mkdir()
    (raw_root / "seeds" / "004_86afbcc868a21422.txt").unlink()
    rels, _, _, registered = plan_raw(raw_root)
    assert {"reg/besar.txt", "loose/besar2.txt", "loose/link.txt", "loose/pipa", "reg/kecil.txt"} <= set(registered.unusual)
    assert SEED not in registered.unusual
    for most in (1, 1000):
        assert plan_units(raw_root, rels, most, registered.unusual) == plan_units(raw_root, rels, most)
    assert dict(zip(*plan_units(raw_root, rels, 1000, registered.unusual)))["reg/besar.txt"] == 3


def test_a_registered_file_replaced_by_a_folder_is_rejected_and_its_copy_kept(raw_root, tmp_path):
    """Two registered copies of one text; the first registered is then replaced by a folder: it gets a reject
    row and the other copy becomes the article (it must not be dropped as a duplicate of a folder)."""
    import time

    from sikap.partition import plan_raw
    from sikap.raw import add_files

    src = tmp_path / "berita.txt"
    src.write_bytes((raw_root / "seeds" / "002_4ea26994bb646ee5.txt").read_bytes() + b"\nSalinan.\n")
    add_files([src], raw_root / "a")
    time.sleep(0.01)
    add_files([src], raw_root / "b")
    (raw_root / "a" / "berita.txt").unlink()
    (raw_root / "a" / "berita.txt").mkdir()
    rels, _, first, _ = plan_raw(raw_root)
    assert "a/berita.txt" in rels and "a/berita.txt" not in first.values()
    out = tmp_path / "dataset"
    res = cli("build", "--raw", raw_root, "--out", out, "-q")
    assert res.returncode == 0, res.stdout + res.stderr
    assert rejects(out)["a/berita.txt"][0] == "special_file"
    assert any(r["raw_file"] == "b/berita.txt" for r in articles(out))
