"""Benchmarks of the build on synthetic corpora: one run measures everything and writes RESULTS.md.

    .venv/bin/python benchmarks/run.py --sizes 10000 100000 1000000 --work /tmp/sikap-bench

Per size N (raw files; about 1.04 N articles): corpus generation; the I/O floor (read every raw file, write
the same article Parquet shards with no processing); the end-to-end build (`sikap build` in a subprocess,
wall time and peak RSS of its whole process tree, polled every 0.1 s); seconds per stage (summed over
workers, so CPU-seconds) with articles/s and MB/s; near-duplicate precision/recall/F1 against the
generator's truth; the dedup alone on the same texts for sikap's backends and a plain datasketch
MinHash + MinHashLSH baseline (single process each; the baseline only up to --baseline-max articles);
load_dataset cold and warm beside pyarrow.parquet.read_table of the same files. Once: `sikap --help`.
Nothing here is hard-coded: every figure in RESULTS.md comes from this run.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

BUILD_SCRIPT = """
import json, sys, time
from pathlib import Path
from sikap.build import BuildConfig
from sikap.stream import build_dataset
t = time.perf_counter()
r = build_dataset(Path(sys.argv[1]), Path(sys.argv[2]), BuildConfig(**json.loads(sys.argv[4])), sys.argv[3])
out = {"seconds": time.perf_counter() - t, "articles": r.articles_count(), "files": r.files,
       "timings": dict(r.timings), "info": r.info, "rejects": r.tables["rejects"].num_rows}
Path(sys.argv[5]).write_text(json.dumps(out, default=str))
"""


def _rss_anon(pid: int) -> int:
    """Anonymous resident memory (RssAnon): RSS without file pages (memory-mapped signatures, which the kernel
    can drop at any time)."""
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) * 1024
    return 0


def run_measured(cmd: list[str], env=None, series: list | None = None) -> tuple[float, int]:
    """(wall seconds, peak RSS in bytes of the process and all its descendants); `series` gets (t, rss)."""
    import psutil

    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [ps] + ps.children(recursive=True)
            rss = anon = 0
            for p in procs:
                try:
                    rss += p.memory_info().rss
                    anon += _rss_anon(p.pid)
                except (psutil.Error, OSError):
                    pass
            peak = max(peak, rss)
            if series is not None:
                series.append((time.perf_counter() - t, rss, anon))
        except psutil.Error:
            pass
        time.sleep(0.1)
    wall = time.perf_counter() - t
    if proc.returncode:
        raise RuntimeError(f"{cmd[:3]} failed with exit code {proc.returncode}")
    return wall, peak


def io_floor(raw: Path, dataset: Path) -> dict:
    """Read every raw file; write the built article shards again with the build's Parquet options."""
    import pyarrow.parquet as pq

    from sikap.raw import list_raw
    from sikap.publish import write_parquet

    t = time.perf_counter()
    nbytes = 0
    for rel in list_raw(raw):
        with open(raw / rel, "rb") as fh:
            nbytes += len(fh.read())
    read_s = time.perf_counter() - t
    write_s = 0.0
    tmp = dataset.parent / "io-floor"
    tmp.mkdir(exist_ok=True)
    for shard in sorted(dataset.glob("data/articles-*.parquet")):
        table = pq.read_table(shard)
        t = time.perf_counter()
        write_parquet(table, tmp / shard.name)
        write_s += time.perf_counter() - t
        del table
    shutil.rmtree(tmp)
    return {"read_s": read_s, "write_s": write_s, "seconds": read_s + write_s, "raw_bytes": nbytes}


def dedup_quality(work: Path, dataset: Path) -> dict:
    import pyarrow.parquet as pq

    truth = pq.read_table(work / "truth.parquet", columns=["article_id", "group"]).to_pydict()
    group = dict(zip(truth["article_id"], truth["group"]))
    files = sorted(glob.glob(str(dataset / "data" / "articles-*.parquet")))
    built = pq.ParquetDataset(files).read(columns=["article_id", "near_dup_cluster"]).to_pydict()
    clusters = {a: c for a, c in zip(built["article_id"], built["near_dup_cluster"]) if a in group}
    return prf({a: group[a] or a for a in clusters}, clusters) | {"evaluated": len(clusters),
                                                                   "not_in_truth": len(built["article_id"]) - len(clusters)}


def prf(truth: dict, predicted: dict) -> dict:
    """Pairwise precision/recall/F1 of a clustering (pairs of articles put together)."""
    def pairs(counter):
        return sum(n * (n - 1) // 2 for n in counter.values())

    t = pairs(collections.Counter(truth.values()))
    p = pairs(collections.Counter(predicted.values()))
    tp = pairs(collections.Counter((truth[a], predicted[a]) for a in predicted))
    precision = tp / p if p else 1.0
    recall = tp / t if t else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": t, "predicted_pairs": p}


def datasketch_baseline(ids: list[str], texts: list[str], nd) -> dict[str, str]:
    """The plain way: a datasketch MinHash per text, MinHashLSH insert and query, containment, union-find
    (sikap's own union_find_roots: the clustering step is not what is compared)."""
    from datasketch import MinHash, MinHashLSH

    import numpy as np

    from sikap.pipeline.minhash import shingles
    from sikap.pipeline.neardup import union_find_roots

    lsh = MinHashLSH(threshold=nd.lsh_threshold, num_perm=nd.num_perm)
    sigs, sizes = {}, {}
    for aid, text in zip(ids, texts):
        sh = shingles(text, nd.shingle_size)
        m = MinHash(num_perm=nd.num_perm, seed=nd.seed)
        m.update_batch([s.encode("utf-8") for s in sh])
        sigs[aid], sizes[aid] = m, len(sh)
        if sh:
            lsh.insert(aid, m)
    index = {aid: k for k, aid in enumerate(ids)}
    pairs = []
    for aid in ids:
        if not sizes[aid]:
            continue
        for other in lsh.query(sigs[aid]):
            if other > aid and nd.estimated_containment(sigs[aid], sigs[other], sizes[aid], sizes[other]) >= nd.containment:
                pairs.append((index[aid], index[other]))
    left, right = (np.array(side, dtype=np.int64) for side in zip(*pairs)) if pairs else (np.zeros(0, np.int64),) * 2
    rank = np.argsort(np.argsort(np.array(ids)))  # the smallest article_id of a cluster is its root
    roots = union_find_roots(len(ids), left, right, rank)
    return {aid: ids[r] for aid, r in zip(ids, roots.tolist())}


def dedup_compare(work: Path, dataset: Path, limit: int, baseline_max: int) -> dict:
    """Dedup alone on the built texts (first `limit` articles in article_id order): texts/s and P/R/F1."""
    import numpy as np
    import pyarrow.parquet as pq

    from sikap.pipeline.neardup import NearDuplicates

    truth = pq.read_table(work / "truth.parquet", columns=["article_id", "group"]).to_pydict()
    group = dict(zip(truth["article_id"], truth["group"]))
    # The first `limit` articles in raw-file order: whole folders, so whole generator groups (a group lives in
    # one folder); a subset in article_id order would cut groups and understate recall.
    files = sorted(glob.glob(str(dataset / "data" / "articles-*.parquet")))
    keys = pq.ParquetDataset(files).read(columns=["article_id", "raw_file"]).to_pydict()
    chosen = {a for _, a in sorted((f, a) for a, f in zip(keys["article_id"], keys["raw_file"]) if a in group)[:limit]}
    del keys
    ids, texts = [], []
    for shard in files:
        t = pq.read_table(shard, columns=["article_id", "text"]).to_pydict()
        for a, x in zip(t["article_id"], t["text"]):
            if a in chosen:
                ids.append(a)
                texts.append(x)
    nbytes = sum(len(x.encode()) for x in texts)
    truth_map = {a: group[a] or a for a in ids}
    out = {"articles": len(ids), "mb": nbytes / 1e6}
    for backend in ("datasketch", "rensa"):
        nd = NearDuplicates(backend=backend)
        t = time.perf_counter()
        sig, sizes = nd.signatures(texts)
        keys = nd.band_keys(sig)
        t_sig = time.perf_counter() - t
        stats: dict = {}
        roots = nd.cluster_roots(np.arange(len(ids)), lambda k: keys[:, k], sig, sizes, stats)
        secs = time.perf_counter() - t
        pred = {a: ids[r] for a, r in zip(ids, roots.tolist())}
        out[f"sikap-{backend}"] = {"seconds": secs, "signature_s": t_sig, "per_s": len(ids) / secs, **stats,
                                   **prf(truth_map, pred)}
    if len(ids) <= baseline_max:
        t = time.perf_counter()
        pred = datasketch_baseline(ids, texts, NearDuplicates())
        secs = time.perf_counter() - t
        out["datasketch-baseline"] = {"seconds": secs, "per_s": len(ids) / secs, **prf(truth_map, pred)}
    return out


def load_times(dataset: Path, tmp: Path) -> dict:
    """load_dataset cold (empty cache) and warm, beside pyarrow.parquet.read_table of the same files."""
    code = f"""
import glob, json, time, os
t = time.perf_counter()
from datasets import load_dataset
import pyarrow.parquet as pq
imp = time.perf_counter() - t
files = sorted(glob.glob("{dataset}/data/articles-*.parquet"))
t = time.perf_counter(); tab = pq.read_table(files); rt = time.perf_counter() - t; n = tab.num_rows; del tab
t = time.perf_counter(); ds = load_dataset("{dataset}", cache_dir="{tmp}"); cold = time.perf_counter() - t; del ds
t = time.perf_counter(); ds = load_dataset("{dataset}", cache_dir="{tmp}"); warm = time.perf_counter() - t
assert ds["train"].num_rows == n
print(json.dumps({{"import_s": imp, "read_table_s": rt, "cold_s": cold, "warm_s": warm, "rows": n}}))
"""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_UPDATE_DOWNLOAD_COUNTS": "0"}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    shutil.rmtree(tmp, ignore_errors=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def help_startup(runs: int = 7) -> float:
    exe = Path(sys.executable).with_name("sikap")
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "sikap.cli", "--help"]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def machine() -> dict:
    import importlib.metadata as md

    import psutil

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for pkg in ("sikap", "pyarrow", "polars", "pandera", "datasets", "datasketch", "rensa", "dask", "distributed",
                "numpy", "py3langid", "ftfy"):
        try:
            versions[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            versions[pkg] = "-"
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "os": platform.platform(), "versions": versions}


def bench_size(n: int, work: Path, engine: str, baseline_max: int, config: dict, log) -> dict:
    from generator import generate

    corpus = work / f"corpus-{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    log(f"[{n}] generating {n} files")
    gen = generate(corpus, n)
    raw, dataset = corpus / "raw", corpus / "dataset"
    log(f"[{n}] building ({engine})")
    stats_file = corpus / "build.json"
    series: list = []
    wall, peak = run_measured([sys.executable, "-c", BUILD_SCRIPT, str(raw), str(dataset), engine, json.dumps(config),
                               str(stats_file)], series=series)
    build = json.loads(stats_file.read_text())
    # Peak RSS per phase: the phases ran back to back and ended `startup` before the process did.
    ph = build["info"]["phases"]
    bounds, at = {}, wall - build["seconds"]  # interpreter start-up and imports come first
    for name in ("plan", "map", "neardup", "shards", "card", "swap"):
        bounds[name] = (at, at + ph.get(name, 0.0))
        at += ph.get(name, 0.0)
    peak_by_phase = {name: max([r for t, r, _ in series if lo <= t <= hi] or [0]) for name, (lo, hi) in bounds.items()}
    peak_anon = max([a for _, _, a in series] or [0])
    log(f"[{n}] built {build['articles']} articles in {wall:.1f} s; I/O floor")
    floor = io_floor(raw, dataset)
    log(f"[{n}] dedup quality and comparison")
    quality = dedup_quality(corpus, dataset)
    compare = dedup_compare(corpus, dataset, limit=min(build["articles"], 100_000), baseline_max=baseline_max)
    log(f"[{n}] load_dataset")
    loads = load_times(dataset, work / "hf-cache")
    out = {"n_files": n, "loadavg_after": os.getloadavg(), "peak_rss_by_phase": peak_by_phase, "peak_rss_anon": peak_anon, "generation": gen, "build_wall_s": wall, "peak_rss": peak, "build": build, "io_floor": floor,
           "dedup": quality, "dedup_compare": compare, "load": loads,
           "parquet_bytes": sum(p.stat().st_size for p in dataset.glob("data/articles-*.parquet"))}
    shutil.rmtree(corpus, ignore_errors=True)
    return out


def fmt_s(x: float) -> str:
    return f"{x:.2f} s" if x < 100 else f"{x:.0f} s"


TARGETS_HEADING = "## Targets"


def targets(results: list[dict], help_s: float) -> list[str]:
    """The issue's targets against this run's figures: every verdict is computed, none typed."""
    by_n = {r["n_files"]: r for r in results}
    rows = []

    def row(target: str, figure: str, ok: bool | None) -> None:
        rows.append(f"| {target} | {figure} | {'—' if ok is None else ('met' if ok else '**missed**')} |")

    big = by_n.get(1_000_000)
    row("1M files end to end in at most 300 s", fmt_s(big["build_wall_s"]) if big else "not run",
        big["build_wall_s"] <= 300 if big else None)
    row("1M files: peak RSS at most 2 GB", f"{big['peak_rss'] / 2**30:.2f} GB (process tree)" if big else "not run",
        big["peak_rss"] <= 2 * 2**30 if big else None)
    mid = by_n.get(100_000)
    row("100k files in at most 30 s", fmt_s(mid["build_wall_s"]) if mid else "not run",
        mid["build_wall_s"] <= 30 if mid else None)
    for r in results:
        x = r["build_wall_s"] / r["io_floor"]["seconds"]
        row(f"{r['n_files']} files: within 6x of the I/O floor", f"{x:.1f}x", x <= 6)
    for r in results:
        f1 = r["dedup"]["f1"]
        row(f"{r['n_files']} files: dedup F1 at least 0.95", f"{f1:.4f}", f1 >= 0.95)
    for r in results:
        c = r["dedup_compare"]
        x = c["sikap-rensa"]["per_s"] / c["datasketch-baseline"]["per_s"]
        row(f"{r['n_files']} files: dedup throughput at least 3x datasketch", f"{x:.1f}x (rensa backend, the default)",
            x >= 3)
    for r in results:
        ld = r["load"]
        x = ld["warm_s"] / ld["read_table_s"]
        row(f"{r['n_files']} files: warm load_dataset within 1.5x of read_table", f"{x:.2f}x", x <= 1.5)
    row("`sikap --help` under 0.3 s", f"{help_s:.3f} s", help_s < 0.3)
    return [TARGETS_HEADING, "", "| target | this run | verdict |", "|---|---|---|", *rows, ""]


def retarget(out: Path) -> None:
    """Put the computed Targets section into an existing RESULTS.md, from the RESULTS.json of the same run."""
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    text = out.read_text(encoding="utf-8")
    section = "\n".join(targets(data["results"], data["help_s"])) + "\n"
    if TARGETS_HEADING in text:
        start = text.index(TARGETS_HEADING)
        end = text.index("\n## ", start + 1) + 1
        text = text[:start] + section + text[end:]
    else:
        at = text.index("## End to end")
        text = text[:at] + section + text[at:]
    out.write_text(text, encoding="utf-8")


def render(results: list[dict], mach: dict, help_s: float, command: str, profile: str | None) -> str:
    v = mach["versions"]
    lines = ["# Benchmark results", "",
             "Written by `benchmarks/run.py`; every figure below comes from the run recorded here (see the",
             "module docstring for what is measured and how).", "",
             f"Command: `{command}`", "",
             "## Machine", "",
             f"- CPU: {mach['cpu']}, {mach['cores']} cores; RAM {mach['ram_gb']} GB; {mach['os']}",
             f"- Python {mach['python']}; " + ", ".join(f"{k} {val}" for k, val in v.items()),
             "- Raw files are read from the page cache (the corpus was just written); nothing drops caches.",
             "- The machine is shared with other work (test suites of other sessions); 1-minute load averages after",
             "  each size: " + ", ".join(f"{r['n_files']} files: {r['loadavg_after'][0]:.1f}" for r in results)
             + " (2 cores: above 2 means the build competed for CPU).", "",
             f"`sikap --help` start-up (median of 7): **{help_s:.3f} s** (target < 0.3 s: "
             f"{'met' if help_s < 0.3 else 'missed'})", "",
             *targets(results, help_s),
             "## End to end", "",
             "| files | articles | raw MB | build wall | articles/s | MB/s | peak RSS (tree) | of it anonymous | I/O floor | x floor | shards |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        b, f = r["build"], r["io_floor"]
        mb = r["build"]["info"]["bytes_in"] / 1e6
        mark = " (earlier run¹)" if r.get("from_earlier_run") else ""
        lines.append(f"| {r['n_files']}{mark} | {b['articles']} | {mb:.0f} | {fmt_s(r['build_wall_s'])} | "
                     f"{b['articles'] / r['build_wall_s']:.0f} | {mb / r['build_wall_s']:.1f} | "
                     f"{r['peak_rss'] / 2**30:.2f} GB | {r.get('peak_rss_anon', 0) / 2**30:.2f} GB | {fmt_s(f['seconds'])} (read {f['read_s']:.1f} + write "
                     f"{f['write_s']:.1f}) | {r['build_wall_s'] / f['seconds']:.1f} | {b['info']['shards']} |")
    earlier = [r for r in results if r.get("from_earlier_run")]
    if earlier:
        lines += ["", "¹ Taken, with every figure of that size, from an earlier run (`--keep`) of: `"
                  + earlier[0]["from_earlier_run"] + "`; the code may have changed since (see the report)."]
    lines += ["", "Build phases (wall seconds in the driver; peak RSS of the process tree during the phase):", "",
              "| files | plan | map (pipeline, workers) | near-dup clustering | shard writing | card |", "|---|---|---|---|---|---|"]
    for r in results:
        ph = r["build"]["info"]["phases"]
        pk = r.get("peak_rss_by_phase", {})

        def cell(name):
            mem = f" ({pk[name] / 2**30:.2f} GB)" if pk.get(name) else ""
            return f"{ph[name]:.1f} s{mem}"

        lines.append(f"| {r['n_files']} | {cell('plan')} | {cell('map')} | {cell('neardup')} | {cell('shards')} | "
                     f"{cell('card')} |")
    lines += ["", "## Per stage", "",
              "CPU-seconds per stage summed over the worker processes; articles/s and MB/s (of raw input) are what one",
              "core does in that stage alone.", ""]
    for r in results:
        b = r["build"]
        mb = b["info"]["bytes_in"] / 1e6
        lines += [f"### {r['n_files']} files, {b['articles']} articles", "", "| stage | CPU s | share | articles/s | MB/s |",
                  "|---|---|---|---|---|"]
        total = sum(b["timings"].values())
        for stage, secs in sorted(b["timings"].items(), key=lambda kv: -kv[1]):
            if secs <= 0:
                continue
            lines.append(f"| {stage} | {secs:.1f} | {100 * secs / total:.1f}% | {b['articles'] / secs:.0f} | {mb / secs:.1f} |")
        lines.append("")
    lines += ["## Near-duplicates", "",
              "Against the generator's groups (pairwise precision/recall over the articles both know):", "",
              "| files | evaluated | precision | recall | F1 | candidate pairs | confirmed |", "|---|---|---|---|---|---|---|"]
    for r in results:
        d, info = r["dedup"], r["build"]["info"]
        lines.append(f"| {r['n_files']} | {d['evaluated']} | {d['precision']:.4f} | {d['recall']:.4f} | {d['f1']:.4f} | "
                     f"{info.get('candidate_pairs', '-')} | {info.get('confirmed_pairs', '-')} |")
    lines += ["", "Dedup alone, single process, on the same built texts (up to 100k per size): sikap's backends beside a",
              "plain datasketch MinHash + MinHashLSH baseline (the previous implementation).", "",
              "| files | texts | implementation | seconds | texts/s | x baseline | precision | recall | F1 |",
              "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        c = r["dedup_compare"]
        base = c.get("datasketch-baseline")
        for name in ("datasketch-baseline", "sikap-datasketch", "sikap-rensa"):
            if name not in c:
                continue
            x = c[name]
            ratio = f"{x['per_s'] / base['per_s']:.1f}" if base else "-"
            lines.append(f"| {r['n_files']} | {c['articles']} | {name} | {x['seconds']:.1f} | {x['per_s']:.0f} | {ratio} | "
                         f"{x['precision']:.4f} | {x['recall']:.4f} | {x['f1']:.4f} |")
    lines += ["", "## Loading", "", "| files | rows | Parquet MB | read_table | load_dataset cold | warm | warm / read_table |",
              "|---|---|---|---|---|---|---|"]
    for r in results:
        ld = r["load"]
        lines.append(f"| {r['n_files']} | {ld['rows']} | {r['parquet_bytes'] / 1e6:.0f} | {ld['read_table_s']:.2f} s | "
                     f"{ld['cold_s']:.2f} s | {ld['warm_s']:.2f} s | {ld['warm_s'] / ld['read_table_s']:.2f} |")
    lines += ["", "## Corpus generation", "", "| files | MB | seconds | files/s | groups | expected articles |", "|---|---|---|---|---|---|"]
    for r in results:
        g = r["generation"]
        lines.append(f"| {g['files']} | {g['bytes'] / 1e6:.0f} | {g['seconds']:.1f} | {g['files'] / g['seconds']:.0f} | "
                     f"{g['groups']} | {g['articles_expected']} |")
    if profile:
        lines += ["", "## Profile", "", profile]
    lines += ["", "## Raw figures", "", "```json", json.dumps(results, indent=1, default=str), "```", ""]
    return "\n".join(lines)


def profile_partition(work: Path, files: int = 1000) -> str:
    """pyinstrument over the steps of one partition, in this process (where the time goes, per call)."""
    from generator import generate
    from pyinstrument import Profiler

    from sikap.build import BuildConfig, process_files
    from sikap.raw import list_raw

    corpus = work / "profile-corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    generate(corpus, files, jobs=1)
    process_files(corpus / "raw", BuildConfig(), rels=list_raw(corpus / "raw")[:20])
    prof = Profiler(interval=0.001)
    prof.start()
    rows, _ = process_files(corpus / "raw", BuildConfig())
    prof.stop()
    shutil.rmtree(corpus, ignore_errors=True)
    text = prof.output_text(unicode=False, color=False, show_all=False)
    keep = [ln for ln in text.splitlines() if ln.strip()][:60]
    return (f"pyinstrument, one partition of {files} files ({len(rows)} articles) in one process, warm:\n\n```\n"
            + "\n".join(keep) + "\n```")


def main(argv=None) -> Path:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--work", type=Path, default=Path("/tmp/sikap-bench"))
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument("--engine", default="local")
    ap.add_argument("--baseline-max", type=int, default=100_000, help="largest text count for the datasketch baseline")
    ap.add_argument("--shard-rows", type=int, default=20_000)
    ap.add_argument("--keep", type=Path, help="an earlier RESULTS.json: sizes not run now are taken from it (marked)")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--retarget", action="store_true",
                    help="only recompute the Targets section of --out from its RESULTS.json (no run)")
    args = ap.parse_args(argv)
    if args.retarget:
        retarget(args.out)
        return args.out
    args.work.mkdir(parents=True, exist_ok=True)

    def log(msg):
        print(time.strftime("%H:%M:%S"), msg, file=sys.stderr, flush=True)

    command = "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    mach = machine()
    help_s = help_startup()
    results = []
    for n in args.sizes:
        results.append(bench_size(n, args.work, args.engine, args.baseline_max, {"shard_rows": args.shard_rows}, log))
        partial = render(results, mach, help_s, command, None)
        (args.work / "RESULTS.partial.md").write_text(partial, encoding="utf-8")
    if args.keep and args.keep.exists():
        earlier = json.loads(args.keep.read_text())
        done = {r["n_files"] for r in results}
        for r in earlier["results"]:
            if r["n_files"] not in done:
                r["from_earlier_run"] = earlier.get("command", str(args.keep))
                results.append(r)
        results.sort(key=lambda r: r["n_files"])
    profile = None if args.no_profile else profile_partition(args.work)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(results, mach, help_s, command, profile), encoding="utf-8")
    (args.out.with_suffix(".json")).write_text(json.dumps({"machine": mach, "help_s": help_s, "command": command,
                                                           "results": results},
                                                          indent=1, default=str), encoding="utf-8")
    log(f"wrote {args.out}")
    return args.out


if __name__ == "__main__":
    main()
