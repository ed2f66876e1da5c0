"""Crawled inputs written by the tests: a WARC with warcio holding the fixture pages, a 404, an image, a
revisit and the records that are not pages; a crawler JSON Lines export; damaged copies of both."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "crawl"

PORTAL_URL = ("https://www.wartateluk.co.id/internasional/2025/09/18/"
              "qatar-dan-amerika-serikat-bahas-perluasan-kerja-sama-pertahanan")
WIRE_URL = "https://www.antaranews.com/berita/5123456/indonesia-dorong-gencatan-senjata-permanen-di-gaza"
DETIK_URL = "https://news.detik.com/internasional/d-8123456/nato-tegaskan-dukungan-jangka-panjang-bagi-ukraina"
BLOG_URL = "https://beritanusa.id/2025/09/12/warga-doha-kembali-beraktivitas.html"  # the page's <time> says the 13th
MISSING_URL = "https://www.wartateluk.co.id/internasional/tidak-ada"

# Text of the fixture pages that is navigation, share widgets, related and popular lists, captions or footers:
# none of it may reach an article.
CHROME = [
    "Indeks Berita", "Cari berita", "ADVERTISEMENT", "Bagikan", "Salin tautan", "Suasana kawasan pemerintahan",
    "Harga Minyak Naik", "KTT Darurat Liga Arab", "Timnas Menang Tipis", "Rupiah Menguat", "Tentang Kami",
    "Pedoman Media Siber", "Jl. Merdeka", "redaksi@wartateluk", "Hak cipta", "Emir Qatar Terima Kunjungan",
    "Tag:", "Terpopuler", "Berita Terkait", "Top News", "harga emas", "cuaca ekstrem", "Menlu bertemu duta besar",
    "Bantuan kemanusiaan Indonesia tiba", "Kebijakan Privasi", "Wisma ANTARA", "DPR minta pemerintah",
    "detikTV", "Rusia Kecam Latihan", "Zelensky Minta", "Viral Antrean", "Kotak Pos", "AP Photo", "komentar",
    "Diposting oleh", "Share this", "Pinterest", "Mengenal Souq Waqif", "Tips Aman", "Semoga keadaan",
    "Powered by", "Café Themes", "Dilarang keras", "Copyright",
]


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _chunked(body: bytes, size: int = 700) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size]) for i in range(0, len(body), size)) + b"0\r\n\r\n"


def warc_bytes(gz: bool = True) -> tuple[bytes, list[int]]:
    """A crawl of the fixture pages; returns the bytes and the offset of every record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    ids = iter(range(1, 1000))
    w._make_warc_id = lambda *_: f"<urn:uuid:00000000-0000-4000-8000-{next(ids):012d}>"  # the same bytes every time
    w.curr_warc_date = lambda: "2025-09-20T00:00:00Z"
    offsets = []

    def put(rec):
        offsets.append(buf.tell())
        w.write_record(rec)

    def response(url, body, ctype="text/html; charset=utf-8", status="200 OK", when="2025-09-18T03:00:00Z", extra=()):
        req = StatusAndHeaders(f"GET /{url.split('/', 3)[-1]} HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
        put(w.create_warc_record(url, "request", http_headers=req, warc_headers_dict={"WARC-Date": when}))
        hdr = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
        put(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hdr,
                                 warc_headers_dict={"WARC-Date": when}))

    put(w.create_warcinfo_record("crawl.warc", {"software": "sikap tests", "format": "WARC File Format 1.1"}))
    response(PORTAL_URL, page("portal.html"))
    response(WIRE_URL, _chunked(gzip.compress(page("wire.html"), mtime=0)),
             extra=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")], when="2025-09-19T08:00:00Z")
    response(DETIK_URL, page("detik.html"), when="2025-09-17T05:00:00Z")
    response(BLOG_URL, page("blog-cp1252.html"), ctype="text/html", when="2025-09-14T01:00:00Z")
    response(MISSING_URL, b"<html><body><h1>404</h1><p>Halaman tidak ditemukan</p></body></html>", status="404 Not Found")
    response("https://cdn.wartateluk.co.id/foto/2025/09/18/doha.jpg", b"\xff\xd8\xff\xe0" + bytes(300), ctype="image/jpeg")
    put(w.create_revisit_record(PORTAL_URL, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                refers_to_uri=PORTAL_URL, refers_to_date="2025-09-18T03:00:00Z"))
    put(w.create_warc_record(PORTAL_URL, "metadata", payload=io.BytesIO(b"outlinks: 12"),
                             warc_content_type="application/warc-fields"))
    return buf.getvalue(), offsets


# Record ordinals in warc_bytes(): 0 warcinfo, 1-2 portal, 3-4 wire, 5-6 detik, 7-8 blog, 9-10 404, 11-12 image,
# 13 revisit, 14 metadata.
RESPONSES = {"portal": 2, "wire": 4, "detik": 6, "blog": 8}


def corrupt_warc(gz: bool) -> bytes:
    """The crawl with the wire response (record 4) damaged: its gzip member garbled, or its header line."""
    data, offsets = warc_bytes(gz)
    data = bytearray(data)
    at = offsets[RESPONSES["wire"]]
    if gz:
        data[at + 30: at + 90] = bytes(60)
    else:
        data[at: at + 8] = b"WARX/9.9"
    return bytes(data)


def truncated_warc() -> bytes:
    """The crawl cut in the middle of the blog response (a download that stopped)."""
    data, offsets = warc_bytes(True)
    at = offsets[RESPONSES["blog"]]
    return data[: at + (offsets[RESPONSES["blog"] + 1] - at) // 2]


NEWS_PLEASE = [
    {"url": "https://www.kabarteluk.id/dunia/2025/09/20/qatar-tuan-rumah-pertemuan-mediator",
     "date_download": "2025-09-20 07:15:00", "date_publish": "2025-09-20 06:00:00", "language": "id",
     "title": "Qatar Tuan Rumah Pertemuan Para Mediator Gaza", "authors": ["Sari Wulandari"],
     "source_domain": "www.kabarteluk.id",
     "maintext": "Doha - Qatar menjadi tuan rumah pertemuan para mediator gencatan senjata Gaza pada Sabtu, "
                 "yang dihadiri utusan Mesir dan Amerika Serikat. Pertemuan itu membahas jaminan keamanan bagi "
                 "para perunding setelah serangan udara ke ibu kota Qatar pekan lalu.\n"
                 "Para utusan sepakat melanjutkan perundingan di tempat yang sama bulan depan, meskipun sejumlah "
                 "pihak meminta lokasi alternatif demi keselamatan delegasi yang hadir."},
    {"url": "https://www.kabarteluk.id/dunia/2025/09/21/nato-bahas-pertahanan-udara",
     "date_download": "2025-09-21 09:00:00", "date_publish": None, "language": "id",
     "title": "NATO Bahas Pertahanan Udara Sisi Timur", "authors": [], "source_domain": "www.kabarteluk.id",
     "maintext": "Brussel - Para menteri pertahanan negara anggota NATO membahas penguatan pertahanan udara di "
                 "sisi timur aliansi setelah beberapa pesawat nirawak memasuki wilayah udara negara anggota.\n"
                 "Sejumlah negara mendesak agar sistem pertahanan udara tambahan segera ditempatkan di perbatasan, "
                 "sementara negara lain meminta pembagian biaya yang lebih adil di antara anggota."},
]


def jsonl_bytes() -> bytes:
    """A crawler export: two news-please lines, a line with a page's HTML, a line that is not JSON, a JSON
    array, a line no preset fits, and a blank line."""
    html_line = {"url": DETIK_URL, "html": page("detik.html").decode("utf-8"), "fetched_at": "2025-09-17T05:00:00Z"}
    lines = [json.dumps(NEWS_PLEASE[0], ensure_ascii=False), "{\"url\": \"https://x.id/a\", \"maintext\": ",
             json.dumps(NEWS_PLEASE[1], ensure_ascii=False), "[1, 2, 3]", "",
             json.dumps({"id": 7, "body_text": "tanpa peta"}), json.dumps(html_line, ensure_ascii=False)]
    return ("\n".join(lines) + "\n").encode("utf-8")


# Line numbers (from 0) in jsonl_bytes().
LINES = {"first": 0, "not_json": 1, "second": 2, "array": 3, "blank": 4, "unmapped": 5, "html": 6}
