"""Benchmark of crawled input: pages/s of the build beside trafilatura alone on the same pages, and peak memory
of archives of growing size.

    python benchmarks/run_crawl.py --pages 2000 --warc-mb 100 1000 --work /tmp/sikap-crawl   # -> RESULTS-crawl.md

1. A corpus of --pages pages from crawl_corpus.py (HTML files, WARC.gz archives, a news-please export).
2. The build (`sikap.stream.build_dataset`, local engine, 1 worker and 2 workers, each in a fresh process: wall
   time and peak RSS of the process tree, run.py's run_measured), as records/s: page records in per second.
3. The floor: trafilatura alone (`bare_extraction` with sikap's options) over the same pages' HTML, one process,
   the HTML already in memory; and sikap's extract step alone (decode, parse, markup facts, main text).
4. Flat memory: one uncompressed WARC per --warc-mb size (MB on disk), each built alone with 2 workers (large
   archives are read in runs of records: sikap.formats.plan_units); peak RSS beside the file size.
Nothing is typed by hand: every figure in RESULTS-crawl.md comes from the run (JSON beside it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import BUILD_SCRIPT, machine, run_measured  # noqa: E402


def pages_of(raw: Path):
    """(RawFile record, kind) of every page record under raw (files, archive responses, export lines)."""
    from sikap.formats import read_records
    from sikap.raw import iter_raw, list_raw
    from sikap.records import RawFile

    for raw_file in iter_raw(raw, [], list_raw(raw)):
        for rec in read_records(raw_file, str(raw / raw_file.path)):
            if isinstance(rec, RawFile) and rec.record is not None:
                yield rec


def floors(raw: Path) -> dict:
    """Seconds for trafilatura alone and for sikap's extract step alone over every HTML page record."""
    import trafilatura

    from sikap.formats.html import OPTIONS, decode_html, main_text, markup_facts, parse

    htmls = [rec for rec in pages_of(raw) if rec.record.kind == "html"]
    texts = [decode_html(r.data, r.record.charset)[0] for r in htmls]
    t = time.perf_counter()
    for html in texts:
        trafilatura.bare_extraction(html, **OPTIONS)
    alone = time.perf_counter() - t
    t = time.perf_counter()
    for r in htmls:
        tree = parse(decode_html(r.data, r.record.charset)[0])
        markup_facts(tree)
        main_text(tree)
    step = time.perf_counter() - t
    mb = sum(len(r.data) for r in htmls) / 1e6
    return {"html_pages": len(htmls), "html_mb": mb, "trafilatura_s": alone, "extract_step_s": step,
            "loadavg_after": os.getloadavg()[0],
            "trafilatura_pages_per_s": len(htmls) / alone, "extract_step_pages_per_s": len(htmls) / step}


def build(raw: Path, out: Path, workers: int) -> dict:
    stats = out.parent / f"build-{out.name}.json"
    config = {"workers": workers}
    wall, peak = run_measured([sys.executable, "-c", BUILD_SCRIPT, str(raw), str(out), "local", json.dumps(config), str(stats)])
    info = json.loads(stats.read_text())
    shutil.rmtree(out, ignore_errors=True)
    return {"workers": workers, "wall_s": wall, "peak_rss": peak, "articles": info["articles"], "files": info["files"],
            "rejects": info["rejects"], "timings": info["timings"], "loadavg_after": os.getloadavg()[0]}


def bench(work: Path, pages: int, warc_mb: list[int], log) -> dict:
    import crawl_corpus

    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    log(f"generating {pages} pages")
    gen = crawl_corpus.generate(corpus, pages)
    records = gen["html_files"] + gen["warc_responses"] + gen["jsonl_lines"]
    runs = []
    for workers in (1, 2):
        log(f"building with {workers} worker(s)")
        runs.append(build(corpus / "raw", corpus / f"dataset-{workers}", workers) | {"records": records})
    log("floors: trafilatura alone, extract step alone")
    floor = floors(corpus / "raw")
    shutil.rmtree(corpus, ignore_errors=True)
    big = []
    for mb in warc_mb:
        folder = work / f"warc-{mb}"
        shutil.rmtree(folder, ignore_errors=True)
        log(f"writing a {mb} MB WARC")
        info = crawl_corpus.big_warc(folder, mb, gz=False)
        log(f"building it ({info['responses']} responses)")
        big.append({"mb": mb, **info, **build(folder / "raw", folder / "dataset", 2)})
        shutil.rmtree(folder, ignore_errors=True)
    return {"pages": pages, "generation": gen, "builds": runs, "floor": floor, "big": big, "machine": machine()}


def render(data: dict, command: str) -> str:
    f = data["floor"]
    rows = "\n".join(f"| sikap build, {b['workers']} worker{'s' if b['workers'] > 1 else ''} | {b['records']} | "
                     f"{b['wall_s']:.1f} | {b['records'] / b['wall_s']:.1f} | {b['peak_rss'] / 1e9:.2f} | {b['loadavg_after']:.1f} |"
                     for b in data["builds"])
    stage = data["builds"][0]["timings"]
    top = sorted(stage.items(), key=lambda kv: -kv[1])[:8]
    stages = "\n".join(f"| {k} | {v:.1f} |" for k, v in top)
    big = "\n".join(f"| {b['bytes'] / 1e6:.0f} | {b['responses']} | {b['articles']} | {b['wall_s']:.0f} | "
                    f"{b['responses'] / b['wall_s']:.1f} | {b['peak_rss'] / 1e9:.2f} | {b['loadavg_after']:.1f} |" for b in data["big"])
    m = data["machine"]
    return f"""# Crawled input benchmark

Command: `{command}`. Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB, Python {m['python']}.
Corpus: {data['pages']} pages by crawl_corpus.py ({data['generation']['html_files']} HTML files,
{data['generation']['warc_responses']} WARC.gz responses, {data['generation']['jsonl_lines']} news-please lines;
{data['generation']['bytes'] / 1e6:.0f} MB on disk).

## Records per second, beside trafilatura alone

| what | records | seconds | records/s | peak RSS GB | load after |
|---|---|---|---|---|---|
{rows}
| trafilatura alone (1 process, HTML in memory) | {f['html_pages']} | {f['trafilatura_s']:.1f} | {f['trafilatura_pages_per_s']:.1f} | - | {f['loadavg_after']:.1f} |
| sikap's extract step alone (decode, parse, markup facts, main text) | {f['html_pages']} | {f['extract_step_s']:.1f} | {f['extract_step_pages_per_s']:.1f} | - | |

The build's wall time includes interpreter start-up, the plan, near-duplicates, shards and the card. "load
after" is the 1-minute load average when the measure ended: other work on this shared 2-core machine slows
every figure taken while it is above about 2.
Busiest stages of the 1-worker build (seconds):

| stage | seconds |
|---|---|
{stages}

## Memory with archive size (2 workers, one uncompressed WARC)

| WARC MB | responses | articles | seconds | records/s | peak RSS GB | load after |
|---|---|---|---|---|---|---|
{big}
"""


def main(argv=None) -> Path:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--warc-mb", type=int, nargs="*", default=[100])
    ap.add_argument("--work", type=Path, default=Path("/tmp/sikap-crawl"))
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS-crawl.md")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)

    def log(msg):
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)

    data = bench(args.work, args.pages, args.warc_mb, log)
    command = "python benchmarks/run_crawl.py " + " ".join(argv if argv is not None else sys.argv[1:])
    args.out.write_text(render(data, command.strip()), encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    return args.out


if __name__ == "__main__":
    main()
