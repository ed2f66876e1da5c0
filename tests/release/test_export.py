"""The public export withholds every text it must (no sentence of one appears in any file), loads with
`load_dataset`, and `sikap hydrate` restores byte-identical texts from the raw files, refusing tampered ones."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from sikap.release.errors import ReleaseError
from sikap.release.export import export_public
from sikap.release.hydrate import hydrate
from tests.release.conftest import cli_env, sikap_cli


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if len(p.strip()) >= 25]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _everything(folder) -> str:
    """Every file of the export, as raw bytes decoded leniently and, for Parquet, every decoded value."""
    chunks = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            chunks.append(path.read_bytes().decode("utf-8", errors="replace"))
            if path.suffix == ".parquet":
                chunks.extend(s for row in pq.read_table(path).to_pylist() for s in _strings(row))
    return "\n".join(chunks)


@pytest.fixture(scope="module")
def originals(released):
    table = pq.read_table(released[0] / "dataset/data/articles-00000-of-00001.parquet")
    return {r["article_id"]: r for r in table.to_pylist()}


def test_default_export_withholds_every_text(released, originals, tmp_path):
    proc = sikap_cli(released[0], tmp_path / "cache", "export", "--public", str(tmp_path / "public"))
    assert proc.returncode == 0, proc.stderr
    everything = _everything(tmp_path / "public")
    sentences = [s for r in originals.values() for s in _sentences(r["text"])]
    assert len(sentences) > 50
    leaked = [s for s in sentences if s in everything]
    assert leaked == []
    rows = pq.read_table(tmp_path / "public/data/articles-00000-of-00001.parquet").to_pylist()
    assert all(r["text_withheld"] and r["text"] is None for r in rows)  # every seed source is metadata_only or unknown
    for r in rows:
        o = originals[r["article_id"]]
        assert r["segments"] == o["segments"] and r["raw_sha256"] == o["raw_sha256"]
        assert r["source_id"] == o["source_id"] and r["authors"] == o["authors"]


def test_share_unknown_still_withholds_antara(released, originals, tmp_path):
    report = export_public(released[0] / "dataset", tmp_path / "public", share_unknown=True)
    assert report.withheld_sources == ("antara",)
    everything = _everything(tmp_path / "public")
    for r in originals.values():
        found = [s in everything for s in _sentences(r["text"])]
        if r["source_id"] == "antara":
            assert not any(found)
        elif r["source_id"] is not None:
            assert all(found)  # positive control: shared texts are really there


def test_export_loads_and_hydrate_restores_byte_identical_text(released, originals, tmp_path):
    public = tmp_path / "public"
    export_public(released[0] / "dataset", public)
    code = ("import json,sys; from datasets import load_dataset; d=load_dataset(sys.argv[1])['train'];"
            "print(json.dumps({'n': d.num_rows, 'withheld': sum(d['text_withheld']), 'sha': d['text_sha256'][0]}))")
    proc = subprocess.run([sys.executable, "-c", code, str(public)], env=cli_env(released[0], tmp_path / "c"),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout.splitlines()[-1])["withheld"] == 6
    proc = sikap_cli(released[0], tmp_path / "c2", "hydrate", str(public), "--raw", str(released[0] / "raw"))
    assert proc.returncode == 0, proc.stderr
    rows = pq.read_table(public / "data/articles-00000-of-00001.parquet").to_pylist()
    assert len(rows) == len(originals)
    for r in rows:
        assert r["text"].encode("utf-8") == originals[r["article_id"]]["text"].encode("utf-8")
        assert not r["text_withheld"]


def test_hydrate_refuses_a_tampered_raw_file(released, tmp_path):
    public = tmp_path / "public"
    export_public(released[0] / "dataset", public)
    before = {p: p.read_bytes() for p in public.rglob("*") if p.is_file()}
    raw = tmp_path / "raw"
    shutil.copytree(released[0] / "raw", raw)
    victim = raw / "seeds/001_3e2786e0e816b5c4.txt"
    data = bytearray(victim.read_bytes())
    data[100] ^= 0x20
    victim.write_bytes(bytes(data))
    with pytest.raises(ReleaseError) as err:
        hydrate(public, raw)
    assert err.value.code == "raw_mismatch" and "001_3e2786e0e816b5c4" in err.value.message
    assert {p: p.read_bytes() for p in public.rglob("*") if p.is_file()} == before  # nothing written
    proc = sikap_cli(released[0], tmp_path / "c", "hydrate", str(public), "--raw", str(raw))
    assert proc.returncode == 1 and proc.stderr.startswith("error[raw_mismatch]") and "Traceback" not in proc.stderr


# --- near-duplicate clusters, opening words, hydration from a user's own saved copy -------------------------

def _dataset_with(tmp_path, source, mutate_sources, mutate_articles):
    """A copy of a dataset folder whose sources/articles tables were changed, with a fresh card."""
    import pyarrow as pa

    from sikap.card import render
    from sikap.publish import write_parquet
    from sikap.release.export import read_tables

    out = tmp_path / "dataset"
    tables = read_tables(source)
    for name, mutate in (("sources", mutate_sources), ("articles", mutate_articles)):
        tables[name] = pa.Table.from_pylist(mutate(tables[name].to_pylist()), schema=tables[name].schema)
    for name, table in tables.items():
        write_parquet(table, out / f"data/{name}-00000-of-00001.parquet")
    rows = {n: t.num_rows for n, t in tables.items()}
    (out / "README.md").write_text(render(out, rows, "## Build\n\nconstructed by a test\n"), encoding="utf-8")
    return out


def test_a_cluster_with_a_withheld_member_is_withheld_whole(released, originals, tmp_path):
    by_source = {r["source_id"]: r for r in originals.values()}
    antara, pantau = by_source["antara"], by_source["pantau"]
    allowed = {"pantau", "usmnews"}  # terms curated as allowing redistribution (constructed)

    def sources(rows):
        return [dict(s, redistribution="allowed") if s["source_id"] in allowed else s for s in rows]

    def articles(rows):  # pantau's article becomes a near-duplicate of ANTARA's
        return [dict(a, near_dup_cluster=antara["near_dup_cluster"]) if a["article_id"] == pantau["article_id"] else a
                for a in rows]

    dataset = _dataset_with(tmp_path, released[0] / "dataset", sources, articles)
    report = export_public(dataset, tmp_path / "public")
    rows = {r["article_id"]: r for r in pq.read_table(tmp_path / "public/data/articles-00000-of-00001.parquet").to_pylist()}
    assert rows[antara["article_id"]]["withheld_reason"] == "source_terms"
    assert rows[pantau["article_id"]]["withheld_reason"] == "near_duplicate" and rows[pantau["article_id"]]["text"] is None
    usm = by_source["usmnews"]["article_id"]
    assert rows[usm]["text"] == originals[usm]["text"] and rows[usm]["withheld_reason"] is None  # allowed, alone
    assert report.by_cluster == 1
    everything = _everything(tmp_path / "public")
    assert not [s for s in _sentences(pantau["text"]) if s in everything]


def test_a_built_second_page_copy_of_a_restricted_text_is_withheld(raw_root, tmp_path):
    """End to end: a second page of ANTARA's seed 001 (three of its last paragraphs, no outlet named) is built
    into seed 001's cluster, and the export withholds it with ANTARA's text even when texts of unknown terms
    are shared; a text of unknown terms that copies nothing is shared."""
    from sikap.build import BuildConfig
    from sikap.stream import build_dataset

    body = [ln for ln in (raw_root / "seeds/001_3e2786e0e816b5c4.txt").read_text(encoding="utf-8").splitlines()
            if len(ln.split()) > 12]
    (raw_root / "copies").mkdir()
    (raw_root / "copies/page2.txt").write_text("Halaman 2\n\n" + "\n\n".join(body[-4:-1]) + "\n\nHalaman: 1 2\n",
                                               encoding="utf-8")
    build_dataset(raw_root, tmp_path / "dataset", BuildConfig(workers=1), engine="local")
    report = export_public(tmp_path / "dataset", tmp_path / "public", share_unknown=True)
    rows = {r["raw_file"]: r for r in pq.read_table(tmp_path / "public/data/articles-00000-of-00001.parquet").to_pylist()}
    copy, original = rows["copies/page2.txt"], rows["seeds/001_3e2786e0e816b5c4.txt"]
    assert copy["source_id"] is None and copy["near_dup_cluster"] == original["near_dup_cluster"]
    assert original["withheld_reason"] == "source_terms"
    assert copy["withheld_reason"] == "near_duplicate" and copy["text"] is None and report.by_cluster >= 1
    assert rows["seeds/002_4ea26994bb646ee5.txt"]["text"] is not None  # unknown terms, shared, copies nothing
    everything = _everything(tmp_path / "public")
    assert not [s for s in _sentences("\n".join(body[-4:-1])) if s in everything]


def test_withheld_articles_keep_what_finds_them(released, originals, tmp_path):
    from sikap.release.export import fingerprint, paragraphs

    export_public(released[0] / "dataset", tmp_path / "public")
    for r in pq.read_table(tmp_path / "public/data/articles-00000-of-00001.parquet").to_pylist():
        o = originals[r["article_id"]]
        assert r["title"] == o["title"] and r["url"] == o["url"] and r["published_date"] == o["published_date"]
        words = r["opening_words"].removesuffix(" …")
        assert o["text"].startswith(words) and len(words.split()) >= 3
        first_sentence = _sentences(o["text"])[0]
        assert words != first_sentence and len(words) < len(first_sentence)
        assert r["paragraph_sha256"] == [fingerprint(p) for p in paragraphs(o["text"])]


def _resaved_copy(original: dict, change: int | None = None) -> bytes:
    """The article as a reader might save it from the web: other page chrome around the same paragraphs,
    CRLF line ends, stray spaces, one paragraph hard-wrapped; `change` edits one word of that paragraph."""
    paras = paragraphs_of(original["text"])
    if change is not None:
        words = paras[change].split(" ")
        words[1] = words[1] + "x"
        paras[change] = " ".join(words)
    head = ["Beranda  |  Dunia  |  Politik  |  Login", "", "Iklan: langganan berita pilihan", "",
            original["title"] or "Berita", "Dibagikan 1.204 kali", ""]
    body = []
    for i, p in enumerate(paras):
        if i == 1 and len(p.split()) > 12:  # hard-wrapped at 60 columns
            import textwrap

            body += textwrap.wrap(p, 60)
        else:
            body.append("   " + p + "  ")
        body.append("")
    foot = ["Baca berita lain:", "- Harga emas hari ini", "", "(c) portal agregator, semua hak dilindungi"]
    return "\r\n".join(head + body + foot).encode("utf-8")


def paragraphs_of(text: str) -> list[str]:
    return text.split("\n\n")


def test_hydrate_restores_byte_identical_texts_from_resaved_copies(released, originals, tmp_path):
    public = tmp_path / "public"
    export_public(released[0] / "dataset", public)
    saved = tmp_path / "saved"
    saved.mkdir()
    for i, o in enumerate(sorted(originals.values(), key=lambda r: r["article_id"])):
        (saved / f"page-{i}.txt").write_bytes(_resaved_copy(o))  # none is byte-identical to a raw file
    report = hydrate(public, saved, tmp_path / "hydrated")
    assert report.restored == report.from_fingerprints == len(originals) == 6
    rows = pq.read_table(tmp_path / "hydrated/data/articles-00000-of-00001.parquet").to_pylist()
    for r in rows:
        assert r["text"].encode("utf-8") == originals[r["article_id"]]["text"].encode("utf-8")
        assert not r["text_withheld"]
        assert [m["text"] for m in r["target_mentions"]] == [m["text"] for m in originals[r["article_id"]]["target_mentions"]]


def test_hydrate_refuses_a_changed_paragraph(released, originals, tmp_path):
    public = tmp_path / "public"
    export_public(released[0] / "dataset", public)
    before = {p: p.read_bytes() for p in public.rglob("*") if p.is_file()}
    saved = tmp_path / "saved"
    saved.mkdir()
    ids = sorted(originals)
    for i, aid in enumerate(ids):
        (saved / f"page-{i}.txt").write_bytes(_resaved_copy(originals[aid], change=2 if i == 0 else None))
    with pytest.raises(ReleaseError) as err:
        hydrate(public, saved)
    assert err.value.code == "raw_mismatch" and ids[0] in err.value.message and "paragraph(s) 3 differ" in err.value.message
    assert {p: p.read_bytes() for p in public.rglob("*") if p.is_file()} == before  # nothing written
    partial = hydrate(public, saved, tmp_path / "partial", partial=True)
    assert partial.restored == 5 and partial.left == (ids[0],)


def test_the_public_card_loads_and_its_links_resolve(released, tmp_path):
    from tests.release.test_snippets import python_blocks, run_block

    public = tmp_path / "public"
    export_public(released[0] / "dataset", public)
    card = (public / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", card)
    assert "LICENSE.md" in links and "DATASHEET.md" in links
    assert [link for link in links if not link.startswith("http") and not (public / link).is_file()] == []
    assert "license_link: LICENSE.md" in card and "license: other" in card
    blocks = python_blocks(card)
    assert blocks
    for code, _ in blocks:
        proc = run_block(code, public, tmp_path)
        assert proc.returncode == 0, proc.stderr[-2000:]
    terms = (public / "LICENSE.md").read_text(encoding="utf-8")
    assert "| `antara` | ANTARA |" in terms and "metadata_only" in terms and "MIT" in terms
