"""A synthetic corpus of Indonesian news files for benchmarks, made deterministically from raw/seeds.

    python benchmarks/generator.py --files 100000 --out /tmp/bench-100k [--seed 7] [--jobs 2]

Writes `<out>/raw/b0000/…` (1,000 files and a manifest.json per folder, like `sikap raw add` would),
`<out>/truth.parquet` (one row per article the pipeline should find: article_id, raw_file, article_index,
group, kind) and `<out>/corpus.json` (parameters and counts).

How the text is made: the seeds' body sentences are cut out; each folder draws a pool of sentences in
which every word is, with probability `mutate`, replaced by another seed word, and names, places and
numbers are replaced from lists; articles are 9-16 paragraphs of pool sentences. Two unrelated articles
therefore share almost no 5-word shingle, while the text keeps the seeds' vocabulary, punctuation and
length. Each file is laid out like one of the seeds (portal with breadcrumb and credits, wire copy with
dateline, editor and AI notice, blog with a table of contents and channel ad, regional site with a news
peg, two articles in one file), with the seeds' kinds of boilerplate.

Near-duplicate groups (ground truth `group`): an original plus 1-3 variants placed elsewhere in the same
block of folders: `exact` (the same text, other ad and share lines), `chrome` (another site's layout and
outlet), `truncated` (the first 45-75% of the paragraphs), `paged` (the article split over two files; the
group keeps the full original, which joins the pages), `edited` (3-6 words changed). Some files are byte
copies of another file (`duplicate_file` rejects, not articles) and a few are junk (HTML, empty, too
short) so the rejects table is exercised.

Folders are independent units of work (a seed per folder), so generation runs in parallel and any
--jobs gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "raw" / "seeds"
PER_DIR = 1_000

FIRST = ["Aditya", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kartika", "Lestari",
         "Muhammad", "Nurul", "Putri", "Rizky", "Sari", "Taufik", "Utami", "Wahyu", "Yusuf", "Zainal", "Agus",
         "Bayu", "Dian", "Fitri", "Hadi", "Irfan", "Kurnia", "Mega", "Nanda", "Reza", "Siti", "Teguh", "Wulan"]
LAST = ["Yohan", "Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Nugroho", "Siregar", "Nasution", "Lubis",
        "Harahap", "Sembiring", "Simanjuntak", "Rahman", "Setiawan", "Kusuma", "Firmansyah", "Ramadhan", "Gunawan",
        "Hakim", "Maulana", "Permana", "Rahmawati", "Susanto", "Utomo", "Wibowo", "Halim", "Riswan", "Tanjung"]
PLACES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar", "Yogyakarta",
          "Doha", "Gaza", "Ankara", "Istanbul", "Kairo", "Amman", "Riyadh", "Teheran", "Brussel", "Kyiv", "Moskow",
          "Washington", "New York", "Jenewa", "Beirut", "Tel Aviv", "Yerusalem", "Berlin", "Paris", "London"]
SECTIONS = ["Geopolitik", "Internasional", "Dunia", "Politik", "Pertahanan", "Timur Tengah", "Global", "Nasional"]
AGENCIES = ["Anadolu", "Reuters", "AFP", "Xinhua", "Sputnik", "Kyodo"]
KNOWN_PORTALS = ["Pantau"]  # brand lines the sources registry knows
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
_WORD = re.compile(r"\w+|\W+")
_NUM = re.compile(r"\d")


@dataclass(frozen=True)
class Seeds:
    sentences: tuple[str, ...]
    words: tuple[str, ...]


def load_seeds(folder: Path = SEEDS) -> Seeds:
    sentences, words = [], set()
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line.split()) < 12:  # headers, credits, chrome: not body text
                continue
            line = re.sub(r"^[^–\-]{2,40}\s[–-]\s", "", line)  # drop the seed's own dateline
            for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", line):
                if len(s.split()) >= 6:
                    sentences.append(s.strip())
            words.update(re.findall(r"\b[a-z]{4,}\b", line))
    return Seeds(tuple(sentences), tuple(sorted(words)))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def mutate(sentence: str, rng: random.Random, seeds: Seeds, rate: float) -> str:
    out = []
    for tok in _WORD.findall(sentence):
        if tok[0].isalnum():
            if _NUM.search(tok):
                tok = str(rng.randrange(2, 99_999)) if len(tok) > 2 else str(rng.randrange(1, 31))
            elif tok[0].isupper() and rng.random() < 0.6:
                tok = rng.choice(PLACES) if rng.random() < 0.4 else rng.choice(LAST)
            elif rng.random() < rate:
                tok = rng.choice(seeds.words)
        out.append(tok)
    return "".join(out)


@dataclass
class Article:
    title: str
    paragraphs: list[str]
    place: str
    author: str
    editor: str
    date: tuple[int, int, int]  # y, m, d


def make_article(rng: random.Random, pool: list[str]) -> Article:
    n = rng.randrange(9, 17)
    paragraphs = [" ".join(rng.choice(pool) for _ in range(rng.choice((1, 1, 2)))) for _ in range(n)]
    title_words = rng.choice(pool).rstrip(".”").split()[: rng.randrange(6, 12)]
    title = " ".join(w.capitalize() if i == 0 else w for i, w in enumerate(title_words)).rstrip(",;:.")
    y, m, d = 2025, rng.randrange(1, 13), rng.randrange(1, 29)
    return Article(title, paragraphs, rng.choice(PLACES), _name(rng), _name(rng), (y, m, d))


def _weekday(y: int, m: int, d: int) -> str:
    import datetime as dt

    return WEEKDAYS[dt.date(y, m, d).weekday()]


def _peg(a: Article) -> str:
    y, m, d = a.date
    return f"pada {_weekday(y, m, d)} ({d}/{m}/{y})"


# -- layouts: one per kind of seed -------------------------------------------------------------------------

def portal(a: Article, rng: random.Random, site: str) -> str:
    brand = site.split(".")[0].capitalize()
    head = [rng.choice(["billboard mobile", "leaderboard", "advertisement", "iklan"]), f"{brand} Flash",
            f"HOME  ⁄  {rng.choice(SECTIONS)}", "", a.title, "", f"Oleh {a.author}",
            rng.choice(["SHARE   :", "Bagikan", "Share this"]), "", a.title,
            f"Foto: (Sumber: Ilustrasi - {rng.choice(PLACES)}. {rng.choice(AGENCIES)}/py)", ""]
    body = [f"{brand} - {a.paragraphs[0]}"] + a.paragraphs[1:]
    return "\n".join(head + "\n\n".join(body).split("\n") + ["", "Penulis :", a.author])


def wire(a: Article, rng: random.Random, site: str) -> str:
    outlet = "ANTARA" if site == "antara" else site
    lines = [f"{a.place} ({outlet}) - {a.paragraphs[0]}"]
    for i, p in enumerate(a.paragraphs[1:]):
        lines.append(p)
        if i == 3:
            lines.append(f"Baca juga: {rng.choice(a.paragraphs)[:60].rstrip()}")
    y = a.date[0]
    lines += [f"Sumber: {rng.choice(AGENCIES)}", f"Penerjemah: {a.author}", f"Editor: {a.editor}",
              f"Copyright © {outlet} {y}",
              f"Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web "
              f"ini tanpa izin tertulis dari Kantor Berita {outlet}."]
    return "\n".join(lines)


def blog(a: Article, rng: random.Random, site: str) -> str:
    return "\n".join([a.title, "", "Daftar isi:"] + a.paragraphs +
                     [f"Join channel telegram {site} agar tidak ketinggalan berita terbaru lainnya", "Join now"])


def regional(a: Article, rng: random.Random, site: str) -> str:
    first = f"{a.place} ({site}) – Dikutip dari {rng.choice(AGENCIES)}, {a.paragraphs[0]}"
    body = a.paragraphs[1:]
    body[0] = f"{body[0]} Hal itu disampaikan {_peg(a)}."
    return "\n".join([rng.choice(SECTIONS), a.title, "", first] + body + ["", "", ""])


def domain_style(a: Article, site: str) -> str:
    return "\n\n".join([a.title, f"{site} – {a.paragraphs[0]}"] + a.paragraphs[1:])


LAYOUTS = {"portal": portal, "wire": wire, "blog": blog, "regional": regional}


def site_for(layout: str, rng: random.Random) -> str:
    if layout == "portal":
        return rng.choice(KNOWN_PORTALS + [f"warta{rng.randrange(40)}.id"])
    if layout == "wire":
        return rng.choice(["antara", f"kabar{rng.randrange(40)}"])
    if layout == "blog":
        return f"berita{rng.randrange(40)}.com"
    return rng.choice(["usmnews", f"lokal{rng.randrange(40)}"])


def render(a: Article, rng: random.Random, layout: str | None = None) -> tuple[str, str]:
    layout = layout or rng.choice(list(LAYOUTS))
    return LAYOUTS[layout](a, rng, site_for(layout, rng)), layout


# -- near-duplicate variants -----------------------------------------------------------------------------

def variants(a: Article, layout: str, rng: random.Random, seeds: Seeds) -> list[tuple[str, list[str]]]:
    """(kind, [file texts]) for 1-3 variants of an article."""
    out = []
    for kind in rng.sample(["exact", "chrome", "truncated", "paged", "edited"], rng.randrange(1, 4)):
        if kind == "exact":
            out.append((kind, [render(a, rng, layout)[0]]))
        elif kind == "chrome":
            out.append((kind, [render(a, rng, rng.choice([x for x in LAYOUTS if x != layout]))[0]]))
        elif kind == "truncated":
            keep = max(4, int(len(a.paragraphs) * rng.uniform(0.45, 0.75)))
            out.append((kind, [render(_replace(a, a.paragraphs[:keep]), rng)[0]]))
        elif kind == "paged":
            half = len(a.paragraphs) // 2
            p1 = _replace(a, a.paragraphs[:half])
            p2 = _replace(a, a.paragraphs[half:])
            lay = rng.choice(["portal", "blog"])
            out.append((kind, [render(p1, rng, lay)[0] + "\nHalaman 1 dari 2",
                               blog(p2, rng, site_for("blog", rng)) + "\nHalaman 2 dari 2"]))
        else:
            paragraphs = list(a.paragraphs)
            for _ in range(rng.randrange(3, 7)):
                i = rng.randrange(len(paragraphs))
                words = paragraphs[i].split(" ")
                j = rng.randrange(len(words))
                words[j] = rng.choice(seeds.words)
                paragraphs[i] = " ".join(words)
            out.append((kind, [render(_replace(a, paragraphs), rng, layout)[0]]))
    return out


def _replace(a: Article, paragraphs: list[str]) -> Article:
    return Article(a.title, paragraphs, a.place, a.author, a.editor, a.date)


# -- one folder -----------------------------------------------------------------------------------------------

def make_folder(args: tuple) -> dict:
    """Write one folder of `count` files; return its truth rows and counts."""
    out, index, count, seed, mutate_rate = args
    seeds = load_seeds()
    rng = random.Random(f"sikap-bench-{seed}-{index}")
    pool = [mutate(rng.choice(seeds.sentences), rng, seeds, mutate_rate) for _ in range(2_500)]
    files: list[tuple[str, list[tuple[str | None, str]]]] = []  # (text, [(group, kind) per article])
    group_n = 0
    while len(files) < count:
        r = rng.random()
        if r < 0.08:  # two articles in one file, the starsunleash way
            site = f"{rng.choice(['starsunleash', 'kabarnusa', 'dunia'])}{rng.randrange(20)}.com"
            a, b = make_article(rng, pool), make_article(rng, pool)
            files.append((domain_style(a, site) + "\n\n" + domain_style(b, site),
                          [(None, "single"), (None, "single")]))
            continue
        if r < 0.085 and files:  # a byte copy of an earlier file: a duplicate_file reject
            files.append((rng.choice(files)[0], []))
            continue
        if r < 0.088:
            files.append((rng.choice(["", "<!DOCTYPE html><html><body><p>Berita</p></body></html>",
                                      "Judul saja tanpa isi."]), []))
            continue
        a = make_article(rng, pool)
        text, layout = render(a, rng)
        if rng.random() < 0.2:
            group = f"g{index:05d}-{group_n}"
            group_n += 1
            files.append((text, [(group, "original")]))
            for kind, texts in variants(a, layout, rng, seeds):
                for t in texts:
                    files.append((t, [(group, kind)]))
        else:
            files.append((text, [(None, "single")]))
    files = files[:count]
    order = list(range(len(files)))
    rng.shuffle(order)
    folder = Path(out) / "raw" / f"b{index:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    manifest, truth, seen = [], [], set()
    nbytes = 0
    for k, i in enumerate(order):
        text, arts = files[i]
        data = text.encode("utf-8")
        name = f"f{k:04d}.txt"
        with open(folder / name, "wb") as fh:
            fh.write(data)
        nbytes += len(data)
        digest = hashlib.sha256(data).hexdigest()
        manifest.append({"name": name, "original_name": name, "sha256": digest, "size": len(data)})
        if digest in seen:
            continue  # a byte copy: the build rejects it as duplicate_file
        seen.add(digest)
        for j, (group, kind) in enumerate(arts):
            truth.append({"article_id": f"{digest[:16]}-{j:02d}", "raw_file": f"b{index:04d}/{name}",
                          "article_index": j, "group": group, "kind": kind})
    (folder / "manifest.json").write_text(json.dumps({"files": manifest}, indent=2) + "\n", encoding="utf-8")
    return {"truth": truth, "bytes": nbytes, "files": len(files)}


def generate(out: Path, n_files: int, seed: int = 7, jobs: int = 0, mutate_rate: float = 0.35) -> dict:
    """Write the corpus (see the module docstring); return its summary (also written as corpus.json)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    t0 = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    folders = [(str(out), i, min(PER_DIR, n_files - i * PER_DIR), seed, mutate_rate)
               for i in range(-(-n_files // PER_DIR))]
    jobs = jobs or os.cpu_count() or 1
    truth, nbytes, files = [], 0, 0
    if jobs == 1 or len(folders) == 1:
        results = map(make_folder, folders)
        pool = None
    else:
        pool = ProcessPoolExecutor(jobs)
        results = pool.map(make_folder, folders, chunksize=4)
    # Duplicate-file copies across folders cannot happen (copies stay in their folder), so per-folder truth
    # is global truth; byte copies between folders are left to chance (sha256 collisions aside, none).
    for res in results:
        truth.extend(res["truth"])
        nbytes += res["bytes"]
        files += res["files"]
    if pool:
        pool.shutdown()
    table = pa.Table.from_pylist(truth, schema=pa.schema([("article_id", pa.string()), ("raw_file", pa.string()),
                                                          ("article_index", pa.int32()), ("group", pa.string()),
                                                          ("kind", pa.string())]))
    pq.write_table(table, out / "truth.parquet", compression="zstd")
    kinds: dict[str, int] = {}
    for row in truth:
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
    summary = {"files": files, "bytes": nbytes, "articles_expected": len(truth), "seed": seed,
               "mutate": mutate_rate, "groups": len({r["group"] for r in truth if r["group"]}), "kinds": kinds,
               "seconds": round(time.perf_counter() - t0, 2), "jobs": jobs}
    (out / "corpus.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=0)
    args = ap.parse_args(argv)
    print(json.dumps(generate(args.out, args.files, args.seed, args.jobs), indent=2))


if __name__ == "__main__":
    main()
