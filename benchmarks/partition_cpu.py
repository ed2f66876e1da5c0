"""CPU per article of each step as a build's worker spends it: steps over whole partitions, in a process
already warm (models loaded, caches filled by a first partition), by the sikap found on the path.

    PYTHONPATH=<tree>/src .venv/bin/python benchmarks/partition_cpu.py /tmp/bench-100k/raw --files 2000 --at 5000

step_cpu.py times one step at a time on a sample; here the steps interleave as in a build (256 records
through every step, then the next 256), so a step's figure includes the cache misses the other steps cause
it, and cached verdicts of repeated lines count as they do over a real partition. Run two revisions one
after the other, twice, alternating, and compare like with like: a shared machine drifts.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path


def main() -> None:
    from sikap.build import BuildConfig, process_files
    from sikap.raw import list_raw

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("--files", type=int, default=2000, help="files of the measured partition")
    parser.add_argument("--at", type=int, default=5000, help="index of its first file")
    parser.add_argument("--warm", type=int, default=500, help="files run first to warm the process")
    args = parser.parse_args()
    rels = list_raw(args.raw)
    process_files(args.raw, BuildConfig(), rels[:args.warm], {})
    gc.disable()  # as run_partition does
    start = time.process_time()
    rows, part = process_files(args.raw, BuildConfig(), rels[args.at:args.at + args.files], {})
    cpu = time.process_time() - start
    gc.enable()
    print(f"{len(rows)} articles, {1e6 * cpu / len(rows):.0f} µs CPU an article")
    for name, seconds in sorted(part.timings.items(), key=lambda kv: -kv[1]):
        if seconds * 1e6 / len(rows) >= 1:
            print(f"  {name:22s} {1e6 * seconds / len(rows):6.0f} µs")


if __name__ == "__main__":
    main()
