"""Kill harness: `sikap raw add` and `sikap build` killed with SIGKILL at random instants, then checked.

    .venv/bin/python benchmarks/kill.py --adds 60 --builds 60 --files 2500 --out benchmarks/KILL_RESULTS.md

Real processes, real signals, a real file system: each trial starts the command as a subprocess (a fresh
interpreter, exactly as a user types it), sleeps a random time drawn uniformly from [0, 1.1 x the command's
clean run time] and sends SIGKILL to it (the build's workers then die with it), or lets it finish if it
was faster. Then:

raw add (into a fresh folder, from small files and a few large ones so that kills land mid-copy):
- every file the manifest (and the journal of the killed add) records exists with the recorded sha256 and
  size; every data file in the folder is a complete copy of its source (never a truncated one);
- the same command, run again, exits 0 and leaves every file recorded, the journal merged, and no partial,
  journal or lock file behind.
build (alternating between two raw roots, A and B = A plus more files, so old and new differ):
- dataset/ exists and is byte for byte the complete dataset of the previous or of the new raw root;
- no process of the killed build (its pool workers) is left running 10 s after the kill;
- the next build, run again, exits 0, gives the new dataset, and leaves no staging folder, old copy or lock.

tests/test_kill.py runs about ten trials of each (slow tier); the larger run's counts are in
benchmarks/KILL_RESULTS.md (with the command that made them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
def sikap(*args: str) -> list[str]:
    return [sys.executable, "-c", "from sikap.cli import app; app()", *args]


def tree_digest(folder: Path) -> str | None:
    """sha256 over the relative paths and bytes of every file in folder; None when it does not exist."""
    if not folder.is_dir():
        return None
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def run_killed(cmd: list[str], delay: float, env: dict | None = None) -> tuple[bool, int, str, bool]:
    """Start cmd, SIGKILL it after delay seconds unless it ended first: (killed, exit code, stderr, whether
    every process it started was gone within 10 s). stderr goes to a file: a process left behind holding a
    pipe would block its reader."""
    import tempfile

    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env, start_new_session=True)
        try:
            proc.wait(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed = True
        gone = _wait_group_gone(proc.pid)
        err.seek(0)
        return killed, proc.returncode, err.read().decode(errors="replace"), gone


def _wait_group_gone(pgid: int, timeout: float = 10.0) -> bool:
    """Wait until no process of the command's session is left (pool workers end when their driver is
    killed); False, after killing them, if some were still there after timeout seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    os.killpg(pgid, signal.SIGKILL)
    return False


# -- raw add ---------------------------------------------------------------------------------------------


def make_sources(folder: Path, small: int = 60, big: int = 3, big_mb: int = 6) -> list[Path]:
    """Distinct files to add: seed texts with a numbered line (small), and large ones (kills land in copies)."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted((REPO / "raw" / "seeds").glob("*.txt"))
    out = []
    for i in range(small):
        p = folder / f"berita-{i:04d}.txt"
        p.write_bytes(seeds[i % len(seeds)].read_bytes() + f"\n(berkas {i})\n".encode())
        out.append(p)
    for i in range(big):
        p = folder / f"arsip-{i}.txt"
        block = seeds[i % len(seeds)].read_bytes()
        p.write_bytes(block * (big_mb * 1_000_000 // len(block)) + f"(arsip {i})\n".encode())
        out.append(p)
    return out


def check_raw_folder(dest: Path, sources: dict[str, bytes], complete: bool) -> list[str]:
    """What is wrong with a raw folder after an add (complete: after the add that must have finished)."""
    from sikap.raw import read_manifest

    problems = []
    if not dest.exists():
        return ["folder missing"] if complete else []
    entries = read_manifest(dest)
    for name, e in entries.items():
        p = dest / name
        if not p.is_file():
            problems.append(f"{name}: recorded but missing")
            continue
        data = p.read_bytes()
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["size"]:
            problems.append(f"{name}: recorded with other bytes")
    for p in dest.iterdir():
        name = p.name
        if name.startswith(".") or name in ("manifest.json", "sidecar.yaml"):
            continue
        if p.read_bytes() != sources.get(name):
            problems.append(f"{name}: not a complete copy of its source ({p.stat().st_size} bytes)")
    if complete:
        if set(entries) != set(sources):
            problems.append(f"{len(set(sources) - set(entries))} files not recorded after the re-run")
        left = sorted(p.name for p in dest.iterdir() if p.name.startswith("."))
        if left:
            problems.append(f"left behind: {left}")
    return problems


def raw_add_trials(work: Path, n: int, rng: random.Random, sources: list[Path] | None = None) -> dict:
    sources = sources or make_sources(work / "sources")
    data = {p.name: p.read_bytes() for p in sources}
    dest = work / "raw" / "batch"
    cmd = sikap("raw", "add", *map(str, sources), "--into", str(dest))
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    clean = time.perf_counter() - t
    counts, failures = Counter(), []
    for i in range(n):
        shutil.rmtree(dest.parent, ignore_errors=True)
        killed, code, err, gone = run_killed(cmd, rng.uniform(0, 1.1 * clean))
        counts["killed" if killed else "finished before the kill"] += 1
        if not gone:
            failures.append(f"add {i}: processes still running 10 s after the kill")
        if not killed and code != 0:
            failures.append(f"add {i}: exit {code}: {err.strip()[-300:]}")
        after_kill = check_raw_folder(dest, data, complete=not killed)
        if dest.exists():
            names = {p.name for p in dest.iterdir()}
            counts["left files not yet recorded (recorded by the re-run)"] += len(names & set(data)) > len(_registered(dest))
            counts["left a journal (merged by the re-run)"] += ".manifest.journal" in names
            counts["left a partial hidden file (removed by the re-run)"] += any(n.endswith(".sikap-part") for n in names)
        rerun = subprocess.run(cmd, capture_output=True, text=True)
        after_rerun = check_raw_folder(dest, data, complete=True)
        if rerun.returncode != 0:
            failures.append(f"add {i}: re-run exit {rerun.returncode}: {rerun.stderr.strip()[-300:]}")
        for p in after_kill:
            failures.append(f"add {i} after the kill: {p}")
        for p in after_rerun:
            failures.append(f"add {i} after the re-run: {p}")
        if "Traceback" in err + rerun.stderr + rerun.stdout:
            failures.append(f"add {i}: a traceback was printed")
    return {"trials": n, "clean_seconds": round(clean, 2), "counts": dict(counts), "failures": failures}


def _registered(dest: Path) -> dict:
    from sikap.raw import read_manifest

    return read_manifest(dest)


# -- build -----------------------------------------------------------------------------------------------


def make_roots(work: Path, files: int) -> tuple[Path, Path]:
    """Raw root A (the benchmark generator's corpus) and B (A plus one more folder of seed copies)."""
    sys.path.insert(0, str(HERE))
    from generator import generate

    a = work / "corpus"
    if not (a / "raw").is_dir():
        generate(a, files, seed=11, jobs=1)
    b = work / "corpus-b" / "raw"
    if not b.is_dir():
        shutil.copytree(a / "raw", b)
        extra = b / "zz-extra"
        extra.mkdir()
        for p in sorted((REPO / "raw" / "seeds").glob("*.txt")):
            (extra / p.name).write_bytes(p.read_bytes().replace(b"Qatar", b"Katar"))
    return a / "raw", b


def build_trials(work: Path, n: int, rng: random.Random, files: int = 300, workers: int = 2) -> dict:
    raw_a, raw_b = make_roots(work, files)
    out = work / "site" / "dataset"
    expected = {}
    t = time.perf_counter()
    for name, root in (("B", raw_b), ("A", raw_a)):  # A last: the trials start from A's dataset
        subprocess.run(sikap("build", "--raw", str(root), "--out", str(out), "-q", "--workers", str(workers)),
                       check=True, capture_output=True)
        expected[name] = tree_digest(out)
    clean = (time.perf_counter() - t) / 2
    counts, failures = Counter(), []
    current = "A"
    for i in range(n):
        new = "B" if current == "A" else "A"
        root = raw_b if new == "B" else raw_a
        cmd = sikap("build", "--raw", str(root), "--out", str(out), "-q", "--workers", str(workers))
        killed, code, err, gone = run_killed(cmd, rng.uniform(0, 1.1 * clean))
        counts["killed" if killed else "finished before the kill"] += 1
        if not gone:
            failures.append(f"build {i}: processes (pool workers) still running 10 s after the kill")
        state = tree_digest(out)
        if state == expected[current]:
            counts["left the complete old dataset"] += 1
        elif state == expected[new]:
            counts["left the complete new dataset"] += 1
        else:
            failures.append(f"build {i}: dataset/ is {'missing' if state is None else 'neither old nor new'} after the kill")
        staging = sorted(p.name for p in out.parent.iterdir() if p.name != out.name)
        counts["left a staging folder or lock (cleared by the next build)"] += bool(staging)
        if not killed and code != 0:
            failures.append(f"build {i}: exit {code}: {err.strip()[-300:]}")
        rerun = subprocess.run(cmd, capture_output=True, text=True)
        if rerun.returncode != 0:
            failures.append(f"build {i}: re-run exit {rerun.returncode}: {rerun.stderr.strip()[-300:]}")
        if tree_digest(out) != expected[new]:
            failures.append(f"build {i}: the re-run did not give the new dataset")
        left = sorted(p.name for p in out.parent.iterdir() if p.name != out.name)
        if left:
            failures.append(f"build {i}: left behind after the re-run: {left}")
        if "Traceback" in err + rerun.stderr + rerun.stdout:
            failures.append(f"build {i}: a traceback was printed")
        current = new
    return {"trials": n, "files": files, "workers": workers, "clean_seconds": round(clean, 2),
            "counts": dict(counts), "failures": failures}


def report(command: str, adds: dict, builds: dict) -> str:
    def table(res: dict) -> str:
        return "\n".join(f"| {k} | {v} |" for k, v in sorted(res["counts"].items()))

    fails = adds["failures"] + builds["failures"]
    return f"""# Kill harness results

Command: `{command}`

Made by benchmarks/kill.py (what each trial does and checks is in its docstring); nothing here is typed by hand.

## `sikap raw add` ({adds['trials']} trials, SIGKILL at a uniform random instant in [0, 1.1 x {adds['clean_seconds']} s])

| outcome | trials |
|---|---|
{table(adds)}

## `sikap build` ({builds['trials']} trials, {builds['files']} raw files, {builds['workers']} workers, SIGKILL in [0, 1.1 x {builds['clean_seconds']} s])

| outcome | trials |
|---|---|
{table(builds)}

## Failures

{len(fails)} failures{':' if fails else '.'}
{chr(10).join('- ' + f for f in fails)}
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--adds", type=int, default=60)
    ap.add_argument("--builds", type=int, default=60)
    ap.add_argument("--files", type=int, default=2500, help="raw files of the build corpus")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/sikap-kill"))
    ap.add_argument("--out", type=Path, default=HERE / "KILL_RESULTS.md")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    args.work.mkdir(parents=True, exist_ok=True)
    adds = raw_add_trials(args.work / "add", args.adds, rng)
    builds = build_trials(args.work / "build", args.builds, rng, args.files, args.workers)
    command = "python benchmarks/kill.py " + " ".join(argv if argv is not None else sys.argv[1:])
    args.out.write_text(report(command, adds, builds), encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps({"adds": adds, "builds": builds}, indent=2) + "\n")
    print(args.out.read_text())
    return 1 if adds["failures"] or builds["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
