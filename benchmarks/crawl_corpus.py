"""A synthetic crawled corpus for benchmarks: HTML pages, WARC.gz archives and a crawler JSONL export, made
deterministically from raw/seeds (the article text comes from generator.py's sentence pools).

    python benchmarks/crawl_corpus.py --pages 2000 --out /tmp/crawl-2k          # pages, archives, export
    python benchmarks/crawl_corpus.py --warc-mb 1024 --out /tmp/crawl-1g         # one archive of ~1 GB

Each article is rendered in one of four page layouts seen on Indonesian news sites (a portal with Open
Graph, JSON-LD NewsArticle, a <time> byline, share widget, related list and footer; a wire page with the
text in <br>-separated runs, credits and an AI notice; a portal with a <strong> dateline, "Baca juga" in
a table and a sign-off; a WordPress blog with a URL date only), padded with the scripts, styles and menus
that make real pages 50-100 KB. Of `--pages`: 20% are saved as single .html files, 70% go into WARC.gz
archives of 500 responses (each response after its request record, plus a 404 and an image response per
archive), 10% into a JSONL export (half news-please lines with text only, half url+html lines).

Writes `<out>/raw/...` (with manifests, as `sikap raw add` would) and `<out>/corpus.json` (counts: the
articles a build should find, the pages by layout).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import random
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generator import SECTIONS, Article, load_seeds, make_article, mutate  # noqa: E402

SITES = {"portal": "wartanusa{}.co.id", "wire": "www.antaranews.com", "detik": "news.detik.com", "blog": "kabar{}.blogspot.com"}
PER_WARC = 500
_PAD_JS = "".join(f"window.ad_slot_{i}=function(a,b){{return (a*{i}+b)%97;}};" for i in range(600))
_PAD_CSS = "".join(f".c{i}{{margin:{i % 9}px;padding:{i % 7}px;color:#{i * 4099 % 0xFFFFFF:06x}}}" for i in range(500))


def _e(s: str) -> str:
    return htmlmod.escape(s, quote=True)


def _slug(title: str) -> str:
    return "-".join(w.lower().strip(".,:;“”\"'") for w in title.split()[:8])


def _date(a: Article) -> dt.date:
    return dt.date(*a.date)


def _menu(rng: random.Random) -> str:
    items = SECTIONS + ["Indeks", "Foto", "Video", "Infografis", "Opini", "Gaya Hidup", "Otomotif", "Tekno"]
    return "".join(f'<li><a href="/{_slug(s)}">{_e(s)}</a></li>' for s in items * 3)


def _teasers(rng: random.Random, pool: list[str], n: int) -> list[str]:
    return [" ".join(rng.choice(pool).split()[:9]).rstrip(".,") for _ in range(n)]


def _head(title: str, extra: str) -> str:
    return (f'<head><meta charset="utf-8"><title>{_e(title)}</title>{extra}'
            f"<style>{_PAD_CSS}</style><script>{_PAD_JS}</script></head>")


def portal(a: Article, rng: random.Random, pool: list[str], url: str) -> str:
    d = _date(a)
    iso = f"{d.isoformat()}T{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:00+07:00"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                     "datePublished": iso, "author": [{"@type": "Person", "name": a.author}],
                     "publisher": {"@type": "Organization", "name": "Warta Nusa"}}, ensure_ascii=False)
    meta = (f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="Warta Nusa">'
            f'<meta property="og:title" content="{_e(a.title)}"><meta property="article:published_time" content="{iso}">'
            f'<script type="application/ld+json">{ld}</script>')
    paras = "".join(f"<p>{_e(p)}</p>" for p in [f"{a.place} - {a.paragraphs[0]}"] + a.paragraphs[1:])
    related = "".join(f"<li><a href='/x'>{_e(t)}</a> <span>{d.day} {d.month}</span></li>" for t in _teasers(rng, pool, 5))
    return (f"<!DOCTYPE html><html lang='id'>{_head(a.title, meta)}<body><header><nav><ul>{_menu(rng)}</ul></nav></header>"
            f"<main><article><h1>{_e(a.title)}</h1><div class='byline'>Penulis: {_e(a.author)} "
            f"<time datetime='{iso}'>{d.day}/{d.month}/{d.year}</time></div>"
            f"<div class='share'>Bagikan: <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>"
            f"<div class='content'>{paras}</div><div class='editor'>Editor: {_e(a.editor)}</div></article>"
            f"<section class='related'><h3>Berita Terkait</h3><ul>{related}</ul></section></main>"
            f"<footer><p>Tentang Kami | Redaksi | Pedoman Media Siber</p><p>© {d.year} Warta Nusa</p></footer></body></html>")


def wire(a: Article, rng: random.Random, pool: list[str], url: str) -> str:
    d = _date(a)
    meta = f'<meta property="article:published_time" content="{d.isoformat()}T10:00:00+07:00"><meta property="og:url" content="{url}">'
    body = "<br><br>".join(_e(p) for p in [f"{a.place} (ANTARA) - {a.paragraphs[0]}"] + a.paragraphs[1:])
    side = "".join(f"<li><a>{_e(t)}</a></li>" for t in _teasers(rng, pool, 6))
    return (f"<!doctype html><html>{_head(a.title, meta)}<body><div class='topbar'><ul>{_menu(rng)}</ul></div>"
            f"<div class='detail'><h1>{_e(a.title)}</h1><div class='info'>{d.day} {d.month} {d.year} 10:00 WIB</div>"
            f"<div class='post-content'>{body}<br><br><p class='small'>Pewarta: {_e(a.author)}<br>Editor: {_e(a.editor)}"
            f"<br>Copyright © ANTARA {d.year}</p></div></div><div class='sidebar'><h3>Terpopuler</h3><ul>{side}</ul></div>"
            f"<footer>Kantor Berita ANTARA · Tentang Kami · Kontak</footer></body></html>")


def detik(a: Article, rng: random.Random, pool: list[str], url: str) -> str:
    d = _date(a)
    meta = (f'<meta name="author" content="{_e(a.author)} - detikNews"><meta name="publishdate" '
            f'content="{d.year}/{d.month:02d}/{d.day:02d} 09:00:00"><meta property="og:url" content="{url}">')
    ps = [f"<p><strong>{_e(a.place)}</strong> - {_e(a.paragraphs[0])}</p>"] + [f"<p>{_e(p)}</p>" for p in a.paragraphs[1:]]
    ps.insert(3, f"<table class='linksisip'><tr><td><b>Baca juga:</b> <a>{_e(_teasers(rng, pool, 1)[0])}</a></td></tr></table>")
    return (f"<!DOCTYPE html><html>{_head(a.title, meta)}<body><div class='header'><ul>{_menu(rng)}</ul></div>"
            f"<article><h1>{_e(a.title)}</h1><div class='detail__author'>{_e(a.author)} - detikNews</div>"
            f"<div class='detail__body-text'>{''.join(ps)}<p>(abc/def)</p></div></article>"
            f"<div class='box'><h2>Berita Terkait</h2><ul>{''.join(f'<li><a>{_e(t)}</a></li>' for t in _teasers(rng, pool, 4))}</ul></div>"
            f"<div class='footer'>detikcom - Redaksi | Pedoman Media Siber | Karir</div></body></html>")


def blog(a: Article, rng: random.Random, pool: list[str], url: str) -> str:
    paras = "".join(f"<p>{_e(p)}</p>" for p in a.paragraphs)
    return (f"<!DOCTYPE html><html>{_head(a.title, '')}<body><div id='menu'><ul>{_menu(rng)}</ul></div>"
            f"<div class='post'><h2 class='post-title'>{_e(a.title)}</h2><div class='entry'>{paras}</div>"
            f"<div class='share-post'>Share this: <a>Facebook</a> <a>Twitter</a></div>"
            f"<div class='related-posts'><h3>Artikel Terkait</h3><ul>{''.join(f'<li><a>{_e(t)}</a></li>' for t in _teasers(rng, pool, 3))}</ul></div></div>"
            f"<div id='footer'>Copyright © {a.date[0]} | Powered by Blogger</div></body></html>")


LAYOUTS = {"portal": portal, "wire": wire, "detik": detik, "blog": blog}


def page(rng: random.Random, pool: list[str], k: int) -> tuple[str, str, str, str, Article]:
    """(layout, url, html, plain text, article) of page k."""
    a = make_article(rng, pool)
    layout = rng.choice(list(LAYOUTS))
    d = _date(a)
    host = SITES[layout].format(rng.randrange(30))
    path = {"portal": f"/{_slug(rng.choice(SECTIONS))}/{d.year}/{d.month:02d}/{d.day:02d}/{_slug(a.title)}",
            "wire": f"/berita/{5_000_000 + k}/{_slug(a.title)}", "detik": f"/internasional/d-{8_000_000 + k}/{_slug(a.title)}",
            "blog": f"/{d.year}/{d.month:02d}/{_slug(a.title)}.html"}[layout]
    url = f"https://{host}{path}"
    text = "\n\n".join([a.title, f"{a.place} - {a.paragraphs[0]}"] + a.paragraphs[1:])
    return layout, url, LAYOUTS[layout](a, rng, pool, url), text, a


def _warc_writer(fh, gz: bool = True):
    from warcio.warcwriter import WARCWriter

    return WARCWriter(fh, gzip=gz)


def write_response(w, url: str, body: bytes, status: str, ctype: str, when: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders

    from urllib.parse import urlsplit

    parts = urlsplit(url)
    def headers(kind: str) -> dict:  # a record id from the URL, not a random uuid: the same corpus, the same bytes
        return {"WARC-Date": when, "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + url)}>"}

    req = StatusAndHeaders(f"GET {parts.path or '/'}{'?' + parts.query if parts.query else ''} HTTP/1.1",
                           [("Host", parts.netloc), ("User-Agent", "sikap-bench")], is_http_request=True)
    w.write_record(w.create_warc_record(url, "request", http_headers=req, warc_headers_dict=headers("request")))
    hdr = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hdr,
                                        warc_headers_dict=headers("response")))


def _manifest(folder: Path) -> None:
    files = []
    for p in sorted(folder.iterdir()):
        if p.is_file() and p.name != "manifest.json":
            h, size = hashlib.sha256(), 0
            with open(p, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    h.update(chunk)
                    size += len(chunk)
            files.append({"name": p.name, "original_name": p.name, "sha256": h.hexdigest(), "size": size})
    (folder / "manifest.json").write_text(json.dumps({"files": files}, indent=2) + "\n", encoding="utf-8")


def _pool(seed: int) -> tuple[random.Random, list[str]]:
    seeds = load_seeds()
    rng = random.Random(f"sikap-crawl-{seed}")
    return rng, [mutate(rng.choice(seeds.sentences), rng, seeds, 0.35) for _ in range(2_500)]


def generate(out: Path, pages: int, seed: int = 7) -> dict:
    """Pages, archives and export (see the module docstring); returns the summary written to corpus.json."""
    rng, pool = _pool(seed)
    raw = out / "raw"
    folders = {k: raw / k for k in ("pages", "warc", "export")}
    for f in folders.values():
        f.mkdir(parents=True, exist_ok=True)
    layouts: dict[str, int] = {}
    counts = {"html_files": 0, "warc_responses": 0, "jsonl_lines": 0, "not_pages": 0}
    warc_fh = writer = None
    n_warc = in_warc = 0
    jsonl = open(folders["export"] / "news-please.jsonl", "w", encoding="utf-8")
    for k in range(pages):
        layout, url, html, text, a = page(rng, pool, k)
        layouts[layout] = layouts.get(layout, 0) + 1
        when = f"{a.date[0]}-{a.date[1]:02d}-{a.date[2]:02d}T12:00:00Z"
        r = rng.random()
        if r < 0.2:
            (folders["pages"] / f"p{k:06d}.html").write_bytes(html.encode("utf-8"))
            counts["html_files"] += 1
        elif r < 0.9:
            if writer is None:
                warc_fh = open(folders["warc"] / f"crawl-{n_warc:04d}.warc.gz", "wb")
                writer = _warc_writer(warc_fh)
                write_response(writer, url + "?missing", b"<html><body>Halaman tidak ditemukan</body></html>",
                               "404 Not Found", "text/html", when)
                write_response(writer, url + ".png", b"\x89PNG\r\n\x1a\n" + bytes(200), "200 OK", "image/png", when)
                counts["not_pages"] += 2
            write_response(writer, url, html.encode("utf-8"), "200 OK", "text/html; charset=UTF-8", when)
            counts["warc_responses"] += 1
            in_warc += 1
            if in_warc == PER_WARC:
                warc_fh.close()
                writer, in_warc, n_warc = None, 0, n_warc + 1
        else:
            if k % 2:  # news-please's own fields
                rec = {"url": url, "date_download": when.replace("T", " ").rstrip("Z"), "title": a.title,
                       "authors": [a.author], "source_domain": url.split("/")[2], "language": "id", "maintext": text}
            else:  # a plain crawl dump: the page as fetched (the html-lines preset)
                rec = {"url": url, "fetched_at": when, "html": html}
            jsonl.write(json.dumps(rec, ensure_ascii=False) + "\n")
            counts["jsonl_lines"] += 1
    if warc_fh is not None:
        warc_fh.close()
    jsonl.close()
    for f in folders.values():
        _manifest(f)
    summary = {"pages": pages, "seed": seed, "layouts": layouts, **counts,
               "bytes": sum(p.stat().st_size for p in raw.rglob("*") if p.is_file())}
    (out / "corpus.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


def big_warc(out: Path, megabytes: int, seed: int = 7, gz: bool = True) -> dict:
    """One WARC.gz (or, gz=False, plain WARC) of about `megabytes` MB on disk under <out>/raw/big/, for the
    flat-memory measure."""
    rng, pool = _pool(seed)
    folder = out / "raw" / "big"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"big-{megabytes}mb.warc{'.gz' if gz else ''}"
    n = 0
    with open(path, "wb") as fh:
        w = _warc_writer(fh, gz)
        while fh.tell() < megabytes * 1_000_000:
            layout, url, html, _, a = page(rng, pool, n)
            write_response(w, url, html.encode("utf-8"), "200 OK", "text/html; charset=UTF-8", "2025-09-18T12:00:00Z")
            n += 1
    _manifest(folder)
    return {"path": str(path), "responses": n, "bytes": path.stat().st_size}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--pages", type=int, default=0)
    ap.add_argument("--warc-mb", type=int, default=0)
    ap.add_argument("--plain", action="store_true", help="--warc-mb writes an uncompressed WARC")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    if args.pages:
        print(json.dumps(generate(args.out, args.pages, args.seed), indent=2))
    if args.warc_mb:
        print(json.dumps(big_warc(args.out, args.warc_mb, args.seed, not args.plain), indent=2))


if __name__ == "__main__":
    main()
