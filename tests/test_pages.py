"""Crawled pages through the pipeline: no chrome in articles; url, date with its basis, outlet by domain and
author filled from page facts with provenance; the text's values win and conflicts stay visible."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from sikap import pipeline
from sikap.build import BuildConfig, steps
from sikap.formats import fact, read_records
from sikap.pipeline.pages import apply_page_facts
from sikap.records import Doc, RawFile, Record, Reject
from tests.formats.crawl import (BLOG_URL, CHROME, DETIK_URL, PORTAL_URL, RESPONSES, jsonl_bytes, page, warc_bytes)


def raw_file(name: str, data: bytes) -> RawFile:
    return RawFile(name, hashlib.sha256(data).hexdigest(), len(data), data)


def run(*raws: RawFile) -> list:
    docs = [Doc(raw=r) for raw in raws for r in read_records(raw) if isinstance(r, RawFile)]
    return list(pipeline.run(docs, steps(BuildConfig())))


@pytest.fixture(scope="module")
def crawled():
    """Every article of the fixture pages as files, of the WARC and of the JSONL export, by name."""
    files = [raw_file(f"pages/{n}", page(n)) for n in ("portal.html", "wire.html", "detik.html", "blog-cp1252.html", "no-text.html")]
    out = run(*files, raw_file("crawl/crawl.warc.gz", warc_bytes(True)[0]), raw_file("export/np.jsonl", jsonl_bytes()))
    docs = {}
    for d in out:
        if isinstance(d, Doc):
            rec = d.raw.record
            docs[d.raw.path + ("" if rec.index is None else f"#{rec.index}")] = d
    return docs, [r for r in out if isinstance(r, Reject)]


def _prov(doc: Doc, field: str) -> list[tuple[str, str]]:
    return [(p["method"], p["evidence"]) for p in doc.provenance if p["field"] == field]


def test_navigation_share_related_and_footer_never_reach_an_article(crawled):
    docs, rejects = crawled
    assert len(docs) == 11  # 4 files + 4 WARC responses + 3 JSONL lines
    for key, d in docs.items():
        leaked = [c for c in CHROME if c in d.text]
        assert not leaked, (key, leaked)
    assert ("pages/no-text.html", "too_short") in {(r.raw_file, r.reason) for r in rejects}


def test_page_facts_fill_url_date_outlet_and_author_with_provenance(crawled):
    docs, _ = crawled
    d = docs[f"crawl/crawl.warc.gz#{RESPONSES['portal']}"]
    m = d.meta
    assert m["url"] == PORTAL_URL and _prov(d, "url") == [("warc", f"WARC-Target-URI: {PORTAL_URL}")]
    assert m["canonical_url"] == PORTAL_URL
    assert m["retrieved"] == dt.date(2025, 9, 18) and _prov(d, "retrieved")[0][0] == "warc"
    assert (m["published_date"], m["date_precision"], m["date_basis"]) == (dt.date(2025, 9, 18), "day", "html_meta")
    assert m["date_evidence"] == "JSON-LD NewsArticle.datePublished '2025-09-18T09:30:00+07:00'"
    assert _prov(d, "published_date") == [("html_meta", m["date_evidence"])]  # the URL agrees: no conflict noted
    assert m["source_id"] == "wartateluk.co.id" and _prov(d, "source_id")[0][0] == "url"
    assert m["_discovered"]["wartateluk.co.id"].startswith("crawl/crawl.warc.gz: host www.wartateluk.co.id")
    assert m["authors"] == ["Rina Marlina"] and _prov(d, "authors")[0][0] == "html_meta"
    assert m["title"] == "Qatar dan Amerika Serikat Bahas Perluasan Kerja Sama Pertahanan di Doha"
    assert m["page_facts"]["extractor"]["value"].startswith("trafilatura 2.")
    assert m["article_id"] == f"{d.raw.sha256[:16]}-r{RESPONSES['portal']}-00"
    wire = docs[f"crawl/crawl.warc.gz#{RESPONSES['wire']}"]
    assert wire.meta["source_id"] == "antara" and _prov(wire, "source_id")[0][0] == "dateline"  # the text's own
    assert wire.meta["authors"] == ["Dewi Kartika"] and wire.meta["editors"] == ["Hendra Wijaya"]
    detik = docs[f"crawl/crawl.warc.gz#{RESPONSES['detik']}"]
    assert detik.meta["source_id"] == "detiknews" and detik.meta["authors"] == ["Fajar Pratama"]


def test_page_and_url_dates_that_disagree_are_both_kept(crawled):
    docs, _ = crawled
    blog = docs[f"crawl/crawl.warc.gz#{RESPONSES['blog']}"]
    assert blog.meta["url"] == BLOG_URL and blog.encoding == "cp1252"
    assert blog.meta["published_date"] == dt.date(2025, 9, 13) and blog.meta["date_basis"] == "html_meta"
    conflicts = [e for method, e in _prov(blog, "published_date") if method == "conflict:url"]
    assert conflicts == [f"/2025/09/12 in {BLOG_URL} (gives 2025-09-12; kept 2025-09-13 (html_meta))"]
    assert blog.meta["source_id"] == "beritanusa.id"


def test_crawler_records_give_facts_with_their_basis(crawled):
    docs, _ = crawled
    first, second, html = (docs[f"export/np.jsonl#{i}"] for i in (0, 2, 6))
    assert first.meta["published_date"] == dt.date(2025, 9, 20) and first.meta["date_basis"] == "crawler_record"
    assert first.meta["title"] == "Qatar Tuan Rumah Pertemuan Para Mediator Gaza"
    assert _prov(first, "title")[0] == ("crawler_record", "news-please field title: Qatar Tuan Rumah Pertemuan Para Mediator Gaza")
    assert first.meta["authors"] == ["Sari Wulandari"] and first.meta["retrieved"] == dt.date(2025, 9, 20)
    assert first.meta["source_id"] == "kabarteluk.id" and first.raw.record.facts.get("extractor") is None
    assert (second.meta["published_date"], second.meta["date_basis"]) == (dt.date(2025, 9, 21), "url")
    assert html.meta["url"] == DETIK_URL and html.meta["published_date"] == dt.date(2025, 9, 17)


def _doc(url: str, **meta) -> Doc:
    facts = {"url": fact(url, "warc", f"WARC-Target-URI: {url}"),
             "html_date": fact(dt.date(2025, 9, 13), "html_meta", "<time datetime='2025-09-13'>", precision="day")}
    raw = RawFile("c.warc", "0" * 64, 1, b"x", record=Record("html", "1" * 64, 3, 0, facts))
    d = Doc(raw=raw, index=0)
    d.meta.update(published_date=None, date_precision="unknown", date_evidence=None, source_id=None, authors=[])
    d.meta.update(meta)
    return d


def test_the_texts_stated_date_and_outlet_win_and_conflicts_are_noted():
    d = apply_page_facts(_doc("https://www.wartateluk.co.id/a/2025/09/12/b", published_date=dt.date(2025, 9, 16),
                              date_precision="day", date_basis="date line", source_id="antara"))
    assert d.meta["published_date"] == dt.date(2025, 9, 16) and d.meta["source_id"] == "antara"
    notes = {(p["field"], p["method"]): p["evidence"] for p in d.provenance}
    assert notes[("published_date", "conflict:html_meta")].endswith("kept 2025-09-16 (date line))")
    assert notes[("published_date", "conflict:url")].startswith("/2025/09/12 in https://www.wartateluk.co.id")
    assert "gives wartateluk.co.id; kept antara" in notes[("source_id", "conflict:url")]


def test_month_precision_dates_do_not_conflict_with_a_day_in_that_month():
    d = apply_page_facts(_doc("https://kabar.blogspot.com/2025/09/judul.html"))
    assert d.meta["published_date"] == dt.date(2025, 9, 13)
    assert not [p for p in d.provenance if p["method"].startswith("conflict:")]


def test_a_text_dump_is_left_alone():
    d = Doc(raw=raw_file("a.txt", b"teks"))
    assert apply_page_facts(d).meta == {} and d.provenance == []


def test_a_page_over_the_size_limit_or_without_text_is_rejected():
    big = raw_file("big.html", b"<html><body>" + b"<p>kata kata</p>" * 400_000 + b"</body></html>")
    empty = raw_file("empty.html", b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>")
    out = run(big, empty)
    assert [(r.step, r.reason) for r in out] == [("extract_html", "page_too_large"), ("extract_html", "no_main_text")]


# -- the same article as a text dump and as an HTML page -----------------------------------------------------

FIELDS = ("text", "title", "dateline_place", "published_date", "date_precision", "source_id", "authors", "editors",
          "attributions", "language")
# What the two paths give differently through the extraction steps of this branch, and why. The lead re-runs
# this test after merging the extraction rules (issue 10): each entry the new rules close makes the test fail
# until it is removed here.
KNOWN_DIFFERENCES = {
    "source_id": "the dump names no outlet; the page's URL gives wartateluk.co.id (outlet by domain)",
    "editors": "trafilatura leaves the 'Editor:' line below the article body out of the main text",
}


def test_same_article_as_dump_and_as_page():
    dump, html = run(raw_file("a/portal.txt", page("portal.txt")),
                     raw_file("a/portal.html", page("portal.html")))
    diffs = {}
    for f in FIELDS:
        a = dump.text if f == "text" else dump.meta.get(f)
        b = html.text if f == "text" else html.meta.get(f)
        if a != b:
            diffs[f] = (a, b)
    assert set(diffs) == set(KNOWN_DIFFERENCES), {k: v for k, v in diffs.items() if k not in KNOWN_DIFFERENCES}
    assert dump.meta["published_date"] == html.meta["published_date"] == dt.date(2025, 9, 18)
    # the same day: the dump states it in its date line, the page in its markup (trafilatura leaves the date line out)
    assert (dump.meta["date_basis"], html.meta["date_basis"]) == ("date_line", "html_meta")
    assert dump.meta["dateline_place"] == html.meta["dateline_place"] == "Doha"
    assert diffs["source_id"][1] == "wartateluk.co.id"
    assert diffs["editors"] == (["Bambang Sutrisno"], [])
    assert dump.meta["title"] == html.meta["title"] and dump.meta["authors"] == html.meta["authors"] == ["Rina Marlina"]


def test_markup_in_a_crawlers_text_field_is_still_an_html_document():
    line = b'{"url": "https://a.id/x", "maintext": "<div><p>satu</p><p>dua</p><script>x()</script></div>", "date_download": "2025-09-01"}\n'
    (rej,) = run(raw_file("e.jsonl", line))
    assert (rej.step, rej.reason, rej.record_index) == ("reject_markup", "html_document", 0)
