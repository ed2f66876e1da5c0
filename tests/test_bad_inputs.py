"""Bad input, each on a temporary raw root beside the seeds: a correct article or a coded reject, never a
traceback; and a failed build leaves the previous dataset byte-identical."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sikap.cli import app
from tests.conftest import tree_bytes

SEED = "seeds/001_3e2786e0e816b5c4.txt"
ARTICLE = (
    "Jakarta - Pemerintah Indonesia pada Rabu (17/9/2025) menyatakan dukungan terhadap upaya mediasi Qatar "
    "dalam konflik Gaza dan menyerukan penghentian serangan terhadap warga sipil di kawasan tersebut. "
    "Menteri Luar Negeri mengatakan bahwa Indonesia akan terus mendorong solusi dua negara bagi Palestina "
    "dan meminta semua pihak menahan diri agar situasi di Timur Tengah tidak semakin memburuk.\n"
    "Pernyataan itu disampaikan setelah pertemuan dengan duta besar negara-negara Teluk di Jakarta.\n"
)


def _build(raw_root, tmp_path):
    out = tmp_path / "dataset"
    result = CliRunner().invoke(app, ["build", "--raw", str(raw_root), "--out", str(out), "-q"])
    return result, out


def _rejects(out):
    import pyarrow.parquet as pq

    return {(r["raw_file"], r["reason"]) for r in pq.read_table(next((out / "data").glob("rejects-*"))).to_pylist()}


def _articles(out):
    """Articles keyed by raw file and index within it."""
    import pyarrow.parquet as pq

    rows = pq.read_table(next((out / "data").glob("articles-*"))).to_pylist()
    return {(r["raw_file"] if r["article_index"] == 0 else f"{r['raw_file']}#{r['article_index']}"): r for r in rows}


CASES = {
    "empty.txt": (b"", "empty_file"),
    "blank.txt": (b"   \n\t\n  \n", "blank_text"),
    "nul.txt": (b"Berita\x00\x00\x01\x02 biner", "binary_content"),
    "invalid-utf8.txt": ("Qatar dan AS – kerja sama".encode() + b"\xff\xfe ok", "invalid_utf8"),
    "page.html": (b"<!DOCTYPE html><html><head><title>x</title></head><body><p>Qatar</p></body></html>", "too_short"),
    "short.txt": (b"Qatar dan Amerika Serikat.", "too_short"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_becomes_a_coded_reject(raw_root, tmp_path, name):
    data, reason = CASES[name]
    (raw_root / "bad").mkdir()
    (raw_root / "bad" / name).write_bytes(data)
    result, out = _build(raw_root, tmp_path)
    assert result.exit_code == 0, result.output
    assert (f"bad/{name}", reason) in _rejects(out)
    assert len(_articles(out)) == 6


def test_file_over_the_size_limit_is_rejected(raw_root, tmp_path):
    (raw_root / "big").mkdir()
    (raw_root / "big" / "dump.txt").write_bytes((ARTICLE * 20_000).encode()[:20_000_000])
    result, out = _build(raw_root, tmp_path)
    assert result.exit_code == 0, result.output
    assert ("big/dump.txt", "file_too_large") in _rejects(out)


@pytest.mark.parametrize(
    "name,data,encoding,fix",
    [
        ("cp1252.txt", ARTICLE.replace("Menteri", "Menteri Café").encode("cp1252"), "cp1252", None),
        ("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode(), "utf-8", "bom"),
        ("crlf.txt", ARTICLE.replace("\n", "\r\n").encode(), "utf-8", "crlf"),
        ("mojibake.txt", ARTICLE.replace("Menteri", "Menteri CafÃ©").encode(), "utf-8", "mojibake"),
    ],
)
def test_other_encodings_decode_to_a_correct_article(raw_root, tmp_path, name, data, encoding, fix):
    (raw_root / "enc").mkdir()
    (raw_root / "enc" / name).write_bytes(data)
    result, out = _build(raw_root, tmp_path)
    assert result.exit_code == 0, result.output
    row = _articles(out)[f"enc/{name}"]
    assert row["encoding"] == encoding
    if fix:
        assert fix in row["decode_fixes"]
    assert "\r" not in row["text"] and "\ufeff" not in row["text"]
    assert "Pemerintah Indonesia" in row["text"]
    if name in ("cp1252.txt", "mojibake.txt"):
        assert "Café" in row["text"]
    assert row["event_date"].isoformat() == "2025-09-17"  # the news peg "Rabu (17/9/2025)": an event date
    assert row["published_date"] is None


def test_same_article_under_two_names(raw_root, tmp_path):
    (raw_root / "again").mkdir()
    (raw_root / "again" / "copy-of-001.txt").write_bytes((raw_root / SEED).read_bytes())
    result, out = _build(raw_root, tmp_path)
    assert result.exit_code == 0, result.output
    # "again/" sorts first, but the registered original keeps its place: the unregistered copy is the duplicate
    assert _rejects(out) == {("again/copy-of-001.txt", "duplicate_file")}
    assert len(_articles(out)) == 6


def test_failed_build_leaves_previous_dataset_identical(raw_root, tmp_path):
    result, out = _build(raw_root, tmp_path)
    assert result.exit_code == 0
    before = tree_bytes(out)
    (raw_root / SEED).write_bytes(b"edited after the manifest was written")
    result, _ = _build(raw_root, tmp_path)
    assert result.exit_code == 1
    assert "changed" in result.output and "Traceback" not in result.output
    assert tree_bytes(out) == before
    assert not list(tmp_path.glob("dataset.tmp-*"))


def test_interrupted_write_leaves_previous_dataset_identical(raw_root, tmp_path, monkeypatch):
    import sikap.stream

    result, out = _build(raw_root, tmp_path)
    before = tree_bytes(out)
    calls = []

    def crash(table, path):  # a disk that fails after the first file: a real part cannot do this on demand
        calls.append(path)
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        real(table, path)

    real = sikap.stream.write_parquet
    monkeypatch.setattr(sikap.stream, "write_parquet", crash)  # the streaming build writes through it
    (raw_root / "seeds" / "extra.txt").write_text(
        "Jakarta - " + "Qatar dan Amerika Serikat memperkuat kerja sama pertahanan di kawasan Teluk. " * 8, encoding="utf-8")
    result, _ = _build(raw_root, tmp_path)
    assert result.exit_code == 1 and "previous dataset is unchanged" in result.output
    assert tree_bytes(out) == before
    assert not list(tmp_path.glob("dataset.tmp-*"))


def test_crash_between_renames_is_recovered(raw_root, tmp_path):
    import os

    from sikap.io import recover

    result, out = _build(raw_root, tmp_path)
    before = tree_bytes(out)
    os.replace(out, tmp_path / "dataset.old-x1")  # the instant between the two renames of a swap
    recover(out)
    assert tree_bytes(out) == before
