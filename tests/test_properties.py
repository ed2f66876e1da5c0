"""Property tests: for any bytes the pipeline does not raise, and every article's offsets point at text
that is in its raw file."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sikap import pipeline
from sikap.build import BuildConfig, steps
from sikap.pipeline.decode import DecodeError, decode_bytes
from sikap.raw import sha256_bytes
from sikap.records import Doc, RawFile, Reject

LINES = st.sampled_from([
    "Istanbul (ANTARA) - Qatar pada Selasa (16/9) mengatakan bahwa serangan udara Israel ke Doha mempercepat pakta.",
    "Baca juga: Qatar kini fokus jaga kedaulatan", "SHARE : :", "Foto: Ilustrasi gedung", "Penulis :", "Aditya Yohan",
    "Copyright © ANTARA 2025", "Join now", "Daftar isi:", "HOME ⁄ Geopolitik", "starsunleash.com – NATO menghadapi keadaan darurat terkait konflik di Ukraina dan Rusia hari ini.",
    "Judul Berita Tentang Pakta Pertahanan", "", "   ", "Senin (8/12/2025)", "Editor: M Razi",
])
TEXT = st.lists(st.one_of(LINES, st.text(max_size=120)), max_size=30).map("\n".join)


def _run(data: bytes):
    raw = RawFile("prop/x.txt", sha256_bytes(data), len(data), data)
    return list(pipeline.run([Doc(raw=raw)], steps(BuildConfig(min_words=5))))


def _check_offsets(data: bytes, records):
    for rec in records:
        if isinstance(rec, Reject):
            assert rec.reason
            continue
        decoded = decode_bytes(data)[0]
        assert 0 <= rec.start <= rec.end <= len(decoded)
        pieces = [decoded[ln.start : ln.end] for ln in rec.kept]
        assert "\n\n".join(pieces) == rec.text
        for ln in rec.lines:
            assert rec.start <= ln.start < ln.end <= rec.end
        for m in rec.meta["target_mentions"]:
            assert rec.text[m["start"] : m["end"]] == m["text"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_gives_articles_or_rejects(text):
    data = text.encode("utf-8")
    _check_offsets(data, _run(data))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_never_raise(data):
    _check_offsets(data, _run(data)) if _decodable(data) else _run(data)


def _decodable(data: bytes) -> bool:
    try:
        decode_bytes(data)
        return True
    except DecodeError:
        return False


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_date_parsers_never_raise(text):
    from sikap.pipeline.extract.dateforms import find_date, find_peg, peg_date

    m = find_peg(text)
    if m is not None:
        peg_date(m, 2025)
    found = find_date(text)
    assert found is None or 0 <= found.start < found.end <= len(text)
