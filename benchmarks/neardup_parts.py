"""How often a part of a text joins its original, and what each LSH threshold costs.

Two measurements behind `NearDuplicates.lsh_threshold` (benchmarks/README.md, near-duplicate settings):

    python benchmarks/neardup_parts.py parts --dataset /tmp/bench-10k-built [--n 400]
    python benchmarks/neardup_parts.py thresholds --corpus /tmp/bench-100k --files 40000

`parts`: for n articles of at least 250 words of a built dataset, a contiguous run of paragraphs covering a
fraction of the words (from a random start, wrapping; seeded) plus a pager line stands in for a second page or
a truncated copy; the pair counts as joined when one LSH band agrees and the estimated containment reaches
the threshold, exactly the build's two tests (`candidate_pairs`, `confirm`).
`thresholds`: the pipeline over the first `files` raw files of a generated corpus (benchmarks/generator.py),
clustered at each threshold; precision, recall and F1 over pairs against the planted near-duplicates, with
candidate counts and clustering CPU time.
Results are printed as Markdown with the command line; nothing is typed by hand.
"""

from __future__ import annotations

import argparse
import glob
import itertools
import random
import sys
import time
from pathlib import Path

THRESHOLDS = (0.3, 0.2, 0.15, 0.1)


def _part(text: str, fraction: float, rng: random.Random) -> str:
    paras = text.split("\n\n")
    total, start, out, words = len(text.split()), rng.randrange(len(paras)), [], 0
    i = start
    while words < fraction * total:
        out.append(paras[i % len(paras)])
        words += len(paras[i % len(paras)].split())
        i += 1
    return "Halaman 2\n\n" + "\n\n".join(out)


def parts(dataset: str, n: int, seed: int) -> None:
    import numpy as np
    import pyarrow.parquet as pq

    from sikap.pipeline.neardup import NearDuplicates

    files = sorted(glob.glob(str(Path(dataset) / "data" / "articles-*.parquet")))
    texts = [t for f in files for t in pq.read_table(f, columns=["text"]).column("text").to_pylist()]
    texts = [t for t in texts if len(t.split()) >= 250][:n]
    print(f"{len(texts)} articles of at least 250 words from {dataset}\n")
    print("| part of the whole | " + " | ".join(f"lsh_threshold {t} ({'x'.join(map(str, NearDuplicates(lsh_threshold=t).bands()))})"
                                           for t in THRESHOLDS) + " |")
    print("|---" * (len(THRESHOLDS) + 1) + "|")
    for fraction in (0.15, 0.2, 0.25, 0.3):
        rng = random.Random(seed)
        flat = [y for t in texts for y in (t, _part(t, fraction, rng))]
        cells = []
        for th in THRESHOLDS:
            nd = NearDuplicates(lsh_threshold=th)
            sig, sizes = nd.signatures(flat)
            keys = nd.band_keys(sig)
            left, right = np.arange(0, len(flat), 2), np.arange(1, len(flat), 2)
            candidate = (keys[left] == keys[right]).any(axis=1)
            joined = candidate & nd.confirm(sig, sizes, left, right)
            cells.append(f"{int(joined.sum())}/{len(texts)}")
        print(f"| {fraction:.0%} | " + " | ".join(cells) + " |")


def thresholds(corpus: str, files: int) -> None:
    import numpy as np
    import pyarrow.parquet as pq

    from sikap.build import BuildConfig, process_files
    from sikap.pipeline.neardup import NearDuplicates
    from sikap.raw import list_raw

    root = Path(corpus) / "raw"
    rows, _ = process_files(root, BuildConfig(), list_raw(root)[:files])
    ids, texts = [r["article_id"] for r in rows], [r["text"] for r in rows]
    truth = {r["article_id"]: r["group"] for r in pq.read_table(Path(corpus) / "truth.parquet").to_pylist()}

    def pairs_of(labels):
        groups: dict = {}
        for i, g in enumerate(labels):
            if g is not None:
                groups.setdefault(g, []).append(i)
        return {(a, b) for m in groups.values() for a, b in itertools.combinations(m, 2)}

    gold = pairs_of([truth.get(a) if truth.get(a) not in (None, -1, "") else None for a in ids])
    print(f"{len(ids)} articles from the first {files} files of {corpus}\n")
    print("| lsh_threshold | bands x rows | candidate pairs | confirmed | precision | recall | F1 | clustering CPU s |")
    print("|---|---|---|---|---|---|---|---|")
    for th in THRESHOLDS:
        nd = NearDuplicates(lsh_threshold=th)
        sig, sizes = nd.signatures(texts)
        keys = nd.band_keys(sig)
        stats: dict = {}
        t = time.process_time()
        roots = nd.cluster_roots(np.arange(len(ids)), lambda k: keys[:, k], sig, sizes, stats)
        cpu = time.process_time() - t
        pred = pairs_of(roots.tolist())
        tp = len(pred & gold)
        p, r = tp / max(1, len(pred)), tp / max(1, len(gold))
        b, rows_ = nd.bands()
        print(f"| {th} | {b}x{rows_} | {stats['candidate_pairs']:,} | {stats['confirmed_pairs']:,} | {p:.3f} | {r:.3f} "
              f"| {2 * p * r / max(1e-9, p + r):.3f} | {cpu:.2f} |")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    a = sub.add_parser("parts")
    a.add_argument("--dataset", required=True, help="a built dataset folder (sikap build --out)")
    a.add_argument("--n", type=int, default=400)
    a.add_argument("--seed", type=int, default=1)
    b = sub.add_parser("thresholds")
    b.add_argument("--corpus", required=True, help="a folder made by benchmarks/generator.py (raw/, truth.parquet)")
    b.add_argument("--files", type=int, default=40000)
    args = ap.parse_args(argv)
    print(f"Command: `python benchmarks/neardup_parts.py {' '.join(sys.argv[1:] if argv is None else argv)}`\n")
    if args.what == "parts":
        parts(args.dataset, args.n, args.seed)
    else:
        thresholds(args.corpus, args.files)


if __name__ == "__main__":
    main()
