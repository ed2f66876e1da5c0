"""CPU per article of each pipeline step, and of the same steps at another revision, measured side by side.

    python benchmarks/step_cpu.py --raw /tmp/b10k/raw                                  # this tree
    python benchmarks/step_cpu.py --raw /tmp/b10k/raw --base main mark_boilerplate     # main vs this tree

On a shared machine a step's time wanders by a third from one run to the next, so two runs made minutes
apart cannot tell a 5% change. Here both versions live in one process (the base revision's `src/sikap` is
exported with `git archive` and imported as the package `sikapbase`) and each round times the base and
this tree on the same sample, in alternating order (the second of a pair comes out ~10% slower): a fresh deep copy of the step's input, every bounded lru_cache of both
emptied first (a cache warmed by the previous round would flatter the second), `time.process_time`. The
figure is the minimum over the rounds, per article, for the step alone (its input is made once, by the
steps before it).
"""

from __future__ import annotations

import argparse
import copy
import gc
import importlib
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def export_base(rev: str, into: Path) -> None:
    """src/sikap at `rev`, as the package sikapbase (its absolute imports renamed) in `into`."""
    archive = into / "base.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src/sikap"], stdout=fh, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    (into / "src" / "sikap").rename(into / "sikapbase")
    for py in (into / "sikapbase").rglob("*.py"):
        text = py.read_text(encoding="utf-8")
        text = re.sub(r"\b(from|import) sikap(?=[. ]|$)", r"\1 sikapbase", text, flags=re.M)
        py.write_text(text, encoding="utf-8")


def prepare(package: str, raw: Path, files: int, sample: int) -> tuple:
    """(pipeline module, steps, input of each step: `sample` records) for `package` on the first `files` files."""
    pipeline = importlib.import_module(f"{package}.pipeline")
    rawmod = importlib.import_module(f"{package}.raw")
    build = importlib.import_module(f"{package}.build")
    records = importlib.import_module(f"{package}.records")
    steps = build.steps(build.BuildConfig())
    rels = rawmod.list_raw(raw)
    list(pipeline.run([records.Doc(raw=r) for r in rawmod.iter_raw(raw, [], rels[files:files + 20])], steps))
    batch = [records.Doc(raw=r) for r in rawmod.iter_raw(raw, [], rels[:files])]
    inputs = []
    for step in steps:
        # A snapshot: the steps change records in place (extract_credits pops what mark_boilerplate left), so
        # the records as they reach a step are copied before the next steps run.
        inputs.append(copy.deepcopy([r for r in batch if not isinstance(r, records.Reject)][:sample]))
        batch = list(pipeline._apply(step, batch, None))
    return pipeline, steps, inputs


def clear_caches() -> None:
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").split(".")[0] in ("sikap", "sikapbase"):
            for value in list(vars(module).values()):
                params = getattr(value, "cache_parameters", None)
                if params is not None and params()["maxsize"] is not None:
                    value.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--raw", type=Path, required=True, help="a raw/ folder (e.g. a generated corpus)")
    parser.add_argument("--files", type=int, default=1000, help="files run through the steps before")
    parser.add_argument("--sample", type=int, default=600, help="records each step is timed on")
    parser.add_argument("--reps", type=int, default=12, help="rounds; the minimum is reported")
    parser.add_argument("--base", help="a git revision to compare with (e.g. main)")
    parser.add_argument("steps", nargs="*", help="step names (default: all)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    tmp = tempfile.TemporaryDirectory()
    versions = ["sikap"]
    if args.base:
        export_base(args.base, Path(tmp.name))
        sys.path.insert(0, tmp.name)
        versions.insert(0, "sikapbase")
    prepared = {v: prepare(v, args.raw, args.files, args.sample) for v in versions}
    pipeline, steps, _ = prepared["sikap"]
    totals = dict.fromkeys(versions, 0.0)
    for k, step in enumerate(steps):
        name = pipeline.step_name(step)
        if args.steps and name not in args.steps:
            continue
        best = dict.fromkeys(versions, float("inf"))
        for rep in range(args.reps):
            for v in (versions if rep % 2 == 0 else versions[::-1]):  # whichever runs second comes out slower
                mod, vsteps, inputs = prepared[v]
                batch = copy.deepcopy(inputs[k])
                clear_caches()
                gc.collect()
                start = time.process_time()
                list(mod._apply(vsteps[k], batch, None))
                best[v] = min(best[v], (time.process_time() - start) / max(1, len(batch)))
        cells = "  ".join(f"{'base' if v == 'sikapbase' else 'this'} {1e6 * best[v]:7.0f} µs" for v in versions)
        print(f"{name:22s} {cells}", flush=True)
        for v in versions:
            totals[v] += best[v]
    cells = "  ".join(f"{'base' if v == 'sikapbase' else 'this'} {1e6 * totals[v]:7.0f} µs" for v in versions)
    print(f"{'total':22s} {cells}")


if __name__ == "__main__":
    main()
