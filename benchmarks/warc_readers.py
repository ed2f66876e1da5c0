"""Which WARC reader sikap uses, by measurement: fastwarc or warcio, on the same archives.

    python benchmarks/warc_readers.py --mb 200 --work /tmp/warc-readers      # -> WARC_READERS.md (+ .json)

Makes one WARC.gz of about --mb MB with crawl_corpus.py and the same archive uncompressed, then reads each
with both libraries the way sikap.formats.warc needs: every record's type, offset and WARC headers, and for
each response its HTTP status, Content-Type and whole payload (transfer and content encodings undone).
Best of --repeat runs, one process, nothing else running. Memory: peak RSS of a fresh process per reader.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_fastwarc(path: str) -> tuple[int, int]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = nbytes = 0
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh, parse_http=True, auto_decode="all"):
            n += 1
            rec.headers.get("WARC-Target-URI"), rec.headers.get("WARC-Date"), rec.stream_pos
            if rec.record_type == WarcRecordType.response:
                rec.http_headers.status_code, rec.http_content_type
                nbytes += len(rec.reader.read())
    return n, nbytes


def read_warcio(path: str) -> tuple[int, int]:
    from warcio.archiveiterator import ArchiveIterator

    n = nbytes = 0
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            n += 1
            rec.rec_headers.get_header("WARC-Target-URI"), rec.rec_headers.get_header("WARC-Date"), it.get_record_offset()
            if rec.rec_type == "response":
                rec.http_headers.get_statuscode(), rec.http_headers.get_header("Content-Type")
                nbytes += len(rec.content_stream().read())
    return n, nbytes


READERS = {"fastwarc": read_fastwarc, "warcio": read_warcio}


def _peak_rss(reader: str, path: str) -> int:
    code = (f"import sys, resource; sys.path.insert(0, {str(HERE)!r}); import warc_readers as w; "
            f"w.READERS[{reader!r}]({path!r}); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) * 1024


def measure(work: Path, mb: int, repeat: int) -> dict:
    import crawl_corpus

    info = crawl_corpus.big_warc(work, mb)
    gz = Path(info["path"])
    plain = gz.with_suffix("")  # .warc
    with gzip.open(gz, "rb") as src, open(plain, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    results = {}
    for label, path in (("warc.gz", gz), ("warc", plain)):
        for name, fn in READERS.items():
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                n, nbytes = fn(str(path))
                times.append(time.perf_counter() - t)
            best = min(times)
            results[f"{name} {label}"] = {"seconds": best, "records": n, "payload_mb": nbytes / 1e6,
                                          "file_mb": path.stat().st_size / 1e6, "records_per_s": n / best,
                                          "file_mb_per_s": path.stat().st_size / 1e6 / best,
                                          "peak_rss_mb": _peak_rss(name, str(path)) / 1e6}
    versions = {}
    for mod in ("fastwarc", "warcio"):
        from importlib.metadata import version

        versions[mod] = version(mod)
    return {"archive": info, "results": results, "versions": versions, "repeat": repeat,
            "python": platform.python_version(), "machine": platform.machine()}


def render(data: dict, command: str) -> str:
    rows = "\n".join(f"| {k} | {v['file_mb']:.0f} | {v['records']} | {v['seconds']:.2f} | {v['records_per_s']:,.0f} | "
                     f"{v['file_mb_per_s']:.0f} | {v['peak_rss_mb']:.0f} |" for k, v in data["results"].items())
    r = data["results"]
    ratio_gz = r["warcio warc.gz"]["seconds"] / r["fastwarc warc.gz"]["seconds"]
    ratio = r["warcio warc"]["seconds"] / r["fastwarc warc"]["seconds"]
    return f"""# WARC readers: fastwarc or warcio

Command: `{command}` (fastwarc {data['versions']['fastwarc']}, warcio {data['versions']['warcio']}, Python
{data['python']}, best of {data['repeat']}). Every record's headers and offset, every response's status,
Content-Type and decoded payload: what sikap.formats.warc needs of a reader.

| reader and file | file MB | records | seconds | records/s | file MB/s | peak RSS MB |
|---|---|---|---|---|---|---|
{rows}

warcio takes {ratio_gz:.1f}x fastwarc's time on the WARC.gz and {ratio:.1f}x on the uncompressed WARC.
"""


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/warc-readers"))
    ap.add_argument("--out", type=Path, default=HERE / "WARC_READERS.md")
    args = ap.parse_args(argv)
    shutil.rmtree(args.work, ignore_errors=True)
    data = measure(args.work, args.mb, args.repeat)
    command = "python benchmarks/warc_readers.py " + " ".join(argv if argv is not None else sys.argv[1:])
    args.out.write_text(render(data, command.strip()), encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(args.work, ignore_errors=True)
    print(args.out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
