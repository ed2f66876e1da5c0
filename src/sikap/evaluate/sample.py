"""Draw a random sample of raw files for reading by hand, with a blank truth file to fill.

The pages are copied byte for byte (the pipeline will read exactly what the reader reads), numbered in
the sample's order, and listed with their raw path and sha256 in index.tsv so that the sample can be
traced back and drawn again: the same raw root, n and seed give the same sample.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from sikap.evaluate.truth import REQUIRED

BLANK = {"title": None, "published_date": None, "date_evidence": None, "dateline_place": None, "outlet": None,
         "outlet_evidence": None, "authors": [], "editors": [], "translators": [], "attributions": [],
         "boilerplate_lines": [], "body_first_sentence": None, "body_last_sentence": None, "notes": ""}


class SampleError(ValueError):
    pass


def draw_sample(raw_root: Path, n: int, seed: int, out: Path) -> list[dict]:
    """Write out/pages/NN.txt, out/index.tsv and out/truth.jsonl (blank rows); return the index rows.
    Refuses an out folder that already holds files: a sample is somebody's reading, never overwritten."""
    from sikap.io import atomic_write_bytes
    from sikap.raw import list_raw, sha256_bytes

    if n < 1:
        raise SampleError("--n must be at least 1")
    if out.exists() and any(out.iterdir()):
        raise SampleError(f"{out} is not empty: a sample folder holds a person's reading and is never overwritten")
    files = list_raw(raw_root)
    if not files:
        raise SampleError(f"no raw files under {raw_root}")
    chosen = random.Random(seed).sample(files, min(n, len(files)))
    width = max(2, len(str(len(chosen))))
    (out / "pages").mkdir(parents=True, exist_ok=True)
    rows, truth = [], []
    for k, rel in enumerate(chosen, 1):
        nn = str(k).zfill(width)
        data = (raw_root / rel).read_bytes()
        atomic_write_bytes(out / "pages" / f"{nn}.txt", data)
        rows.append({"nn": nn, "raw_file": rel, "sha256": sha256_bytes(data)})
        truth.append(json.dumps({"nn": nn, "language": None, **BLANK}, ensure_ascii=False))
    assert set(REQUIRED) <= set(json.loads(truth[0]))
    index = "nn\traw_file\tsha256\n" + "".join(f"{r['nn']}\t{r['raw_file']}\t{r['sha256']}\n" for r in rows)
    atomic_write_bytes(out / "index.tsv", index.encode())
    atomic_write_bytes(out / "truth.jsonl", ("\n".join(truth) + "\n").encode())
    atomic_write_bytes(out / "SAMPLE.md", (
        f"Sample of {len(rows)} raw files from {raw_root} (seed {seed}), drawn by `sikap eval sample`.\n"
        "Read every page and fill truth.jsonl: the conventions are in the sikap repository's evaluation/README.md.\n"
        "Then: `sikap eval extraction --set .`\n").encode())
    return rows
