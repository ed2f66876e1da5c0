"""Where a build's time goes: wall time of each phase and CPU seconds of each step summed over the workers,
for one build of RAW into OUT by the sikap found on the path (PYTHONPATH=<tree>/src picks a revision).

    PYTHONPATH=src .venv/bin/python benchmarks/build_phases.py /tmp/bench-100k/raw /tmp/o100-new
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main(argv: list[str]) -> None:
    import sikap
    from sikap.build import BuildConfig
    from sikap.stream import build_dataset

    raw, out = Path(argv[0]), Path(argv[1])
    t = time.perf_counter()
    result = build_dataset(raw, out, BuildConfig())
    print(f"sikap {Path(sikap.__file__).parent}: wall {time.perf_counter() - t:.1f} s, {result.articles_count()} articles")
    print("phases (wall s):", {k: round(v, 1) for k, v in result.info.get("phases", {}).items()})
    steps = sorted(result.timings.items(), key=lambda kv: -kv[1])
    print("steps (CPU s, all workers):", [(k, round(v, 1)) for k, v in steps if v >= 0.1])


if __name__ == "__main__":  # the local engine's workers import this module: no build at import
    main(sys.argv[1:])
