"""Content sanity: markup cut out by rules with exact offsets, invisible characters ignored by mention
matching, absurd shapes rejected (and real articles never), UTF-16 without a BOM, 100+ articles a file."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.invisible import INVISIBLE_RUN, Visible
from sikap.records import Doc, Line, RawFile
from tests.conftest import SEED_FILES
from tests.test_bad_inputs import ARTICLE
from tests.robust_helpers import articles, cli, rejects

INVISIBLES = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"


def _build(raw_root, tmp_path, *files):
    folder = raw_root / "x"
    folder.mkdir(exist_ok=True)
    for name, data in files:
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    out = tmp_path / "dataset"
    res = cli("build", "--raw", raw_root, "--out", out, "-q")
    assert res.returncode == 0, res.stdout + res.stderr
    return out


def _spans_are_exact(row, decoded: str) -> None:
    spans = sorted([(s["start"], s["end"], None) for s in row["segments"]] +
                   [(r["start"], r["end"], r["rule"]) for r in row["removed_lines"]])
    assert all(a < b for a, b, _ in spans)
    assert all(prev[1] <= nxt[0] for prev, nxt in zip(spans, spans[1:]))  # disjoint, in order
    assert row["text"] == "\n\n".join(decoded[s["start"]:s["end"]] for s in row["segments"])


# -- markup ----------------------------------------------------------------------------------------------

MARKUP_PAGE = (  # a text dump with fragments a copy-paste left: fewer block tags than make it a page
    "Qatar dan Amerika Serikat teken pakta pertahanan baru\n"
    'Laporan <b>redaksi</b> dengan <a href="https://x.id/a?b=1">tautan</a> ke dokumen\n'
    "<script type=\"text/javascript\">\nvar slot = '<span>'; if (a < b) { render(slot); }\n</script>\n"
    "<style>.iklan { display: none }</style>\n"
    + ARTICLE.replace("Palestina", "Palestina <!-- catatan redaksi -->")
    + "Harga naik jika x < y, kata warga <Jakarta> yang ditemui.\n"
)


def test_markup_fragments_are_cut_out_by_rules_with_exact_offsets(raw_root, tmp_path):
    out = _build(raw_root, tmp_path, ("markup.txt", MARKUP_PAGE))
    (row,) = [r for r in articles(out) if r["raw_file"] == "x/markup.txt"]
    assert row["extractor"] is None  # read as a text dump
    rules = [r["rule"] for r in row["removed_lines"]]
    scripts = [MARKUP_PAGE[r["start"]:r["end"]] for r in row["removed_lines"] if r["rule"] == "markup.script"]
    assert any("render(slot)" in s for s in scripts) and any("display: none" in s for s in scripts)
    assert "markup.tag" in rules
    for junk in ("<", "render(slot)", "display: none", "catatan redaksi", "iklan"):
        assert junk not in row["text"].replace("x < y", "").replace("<Jakarta>", ""), junk
    assert "x < y" in row["text"] and "<Jakarta>" in row["text"]  # not markup: kept
    _spans_are_exact(row, MARKUP_PAGE)
    res = cli("validate", out, "--raw", raw_root)  # every kept span checked against the raw bytes
    assert res.returncode == 0, res.stdout


def test_a_removed_markup_line_never_becomes_the_title(raw_root, tmp_path):
    out = _build(raw_root, tmp_path, ("markup.txt", MARKUP_PAGE))
    (row,) = [r for r in articles(out) if r["raw_file"] == "x/markup.txt"]
    assert row["title"] == "Qatar dan Amerika Serikat teken pakta pertahanan baru"
    assert not [r for r in row["removed_lines"] if r["rule"] == "title" and "<" in MARKUP_PAGE[r["start"]:r["end"]]]


def test_a_dump_that_is_mostly_markup_is_read_as_a_page(raw_root, tmp_path):
    """Three block tags or more make a 'text' file an HTML page (sikap.formats.detect, the rule reject_markup
    uses): trafilatura takes its main text, and no script code or tag reaches the article."""
    page = ("<div class=\"iklan\">\n<p>Qatar dan Amerika Serikat teken pakta pertahanan baru</p>\n"
            "<script>var slot = 1; render(slot);</script>\n<p>" + ARTICLE.replace("\n", "</p>\n<p>") + "</p>\n</div>\n")
    out = _build(raw_root, tmp_path, ("page.txt", page))
    (row,) = [r for r in articles(out) if r["raw_file"] == "x/page.txt"]
    assert row["extractor"] and row["extractor"].startswith("trafilatura")
    assert "render(slot)" not in row["text"] and "<" not in row["text"]


def test_markup_step_on_a_line_split_in_pieces():
    from sikap.pipeline.markup import strip_markup

    text = "Kata <b>tebal</b> dan <i>miring</i> di sini\nbaris biasa"
    doc = Doc(RawFile("a.txt", "0" * 64, 0, b""), decoded=text, start=0, end=len(text),
              lines=[Line(0, text.index("\n")), Line(text.index("\n") + 1, len(text))])
    strip_markup(doc)
    kept = [text[ln.start:ln.end] for ln in doc.lines if ln.rule is None]
    cut = [text[ln.start:ln.end] for ln in doc.lines if ln.rule]
    assert kept == ["Kata", "tebal", "dan", "miring", "di sini", "baris biasa"]
    assert cut == ["<b>", "</b>", "<i>", "</i>"]
    starts = [ln.start for ln in doc.lines]
    assert starts == sorted(starts) and all(a.end <= b.start for a, b in zip(doc.lines, doc.lines[1:]))


def test_whole_html_documents_are_read_as_pages(raw_root, tmp_path):
    page = "<!DOCTYPE html><html><body><p>" + ARTICLE + "</p></body></html>"
    out = _build(raw_root, tmp_path, ("page.txt", page))
    (row,) = [r for r in articles(out) if r["raw_file"] == "x/page.txt"]
    assert row["extractor"].startswith("trafilatura") and "<" not in row["text"]


# -- invisible characters ----------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Qatr\n") + list(INVISIBLES)), max_size=60), st.data())
def test_visible_text_maps_back_exactly(text, data):
    vis = Visible.of(text)
    assert vis.text == INVISIBLE_RUN.sub("", text)
    if not vis.text:
        return
    i = data.draw(st.integers(0, len(vis.text) - 1))
    j = data.draw(st.integers(i + 1, len(vis.text)))
    a, b = vis.span(i, j)
    assert INVISIBLE_RUN.sub("", text[a:b]) == vis.text[i:j]
    assert text[a] == vis.text[i] and text[b - 1] == vis.text[j - 1]  # no invisible character at either end


def _with_invisibles(text: str, rng: random.Random) -> str:
    """Zero-width, soft hyphen and direction characters sprinkled inside and around words, as pages have."""
    out = []
    for i, c in enumerate(text):
        out.append(c)
        if c.isalpha() and rng.random() < 0.2:
            out.append(rng.choice(INVISIBLES))
    return "".join(out)


def test_invisible_characters_do_not_hide_mentions(seed_articles):
    from sikap.pipeline.annotate import _mention_model, find_target_mentions

    pattern, _, _ = _mention_model()
    clean = seed_articles["002.0"]["text"]
    dirty = _with_invisibles(clean, random.Random(1))  # the case: matching the raw text found 14 of 32
    text = Doc(RawFile("a.txt", "0" * 64, 0, b""), decoded=dirty, start=0, end=len(dirty), lines=[Line(0, len(dirty))])
    found = find_target_mentions(text).meta["target_mentions"]
    assert len(list(pattern.finditer(clean))) == 32
    assert len(list(pattern.finditer(dirty))) == 14  # what matching the text as it is finds
    assert len(found) == 32
    assert [m["target"] for m in found] == [m["target"] for m in seed_articles["002.0"]["target_mentions"]]
    for m in found:
        assert m["text"] == dirty[m["start"]:m["end"]]
        assert INVISIBLE_RUN.sub("", m["text"]) in _mention_model()[1]


def test_invisible_characters_stay_in_the_text_and_mentions_point_into_it(raw_root, tmp_path):
    dirty = _with_invisibles(ARTICLE, random.Random(1))
    out = _build(raw_root, tmp_path, ("zw.txt", dirty))
    (row,) = [r for r in articles(out) if r["raw_file"] == "x/zw.txt"]
    assert INVISIBLE_RUN.search(row["text"])  # kept: offsets stay exact
    assert {m["target"] for m in row["target_mentions"]} == {"qatar", "palestine"}
    assert len(row["target_mentions"]) == 3
    assert all(m["text"] == row["text"][m["start"]:m["end"]] for m in row["target_mentions"])


# -- shapes ------------------------------------------------------------------------------------------------


def _long_realistic_pages() -> dict[str, str]:
    """Long pages as news sites have them: a 6,000-word feature, a whole article on one line, a live blog of
    short updates, an English wire story; built from the seeds' sentences (no repeated word floods)."""
    rng = random.Random(3)
    sentences = [s.strip() + "." for f in SEED_FILES for s in f.read_text(encoding="utf-8").split(".") if len(s.split()) > 6]
    feature = "Jakarta - " + "\n".join(" ".join(rng.sample(sentences, 8)) for _ in range(90))
    one_line = "Jakarta - " + " ".join(rng.choice(sentences) for _ in range(220))
    live = "Jakarta - " + "\n".join(f"{h:02d}.{m:02d} WIB: {rng.choice(sentences)}" for h in range(24) for m in (0, 30))
    english = "Doha (Reuters) - " + " ".join(
        f"Qatar and the United States signed a defence pact on day {i}, officials said, adding that talks on Gaza "
        f"would continue in the coming weeks as mediators sought a ceasefire." for i in range(120))
    return {"feature.txt": feature, "one-line.txt": one_line, "live.txt": live, "english.txt": english}


def test_absurd_shapes_are_rejected_and_real_pages_are_not(raw_root, tmp_path):
    rng = random.Random(2)
    words = "qatar israel jakarta gaza menteri pemerintah kerja sama".split()
    absurd = {
        "line.txt": " ".join(rng.choice(words) for _ in range(300_000)),  # 2 MB on one line, no sentence end
        "xs.txt": "x\n" * 3000,
        "spam.txt": "Jakarta - " + "promo diskon promo promo.\n" * 1300 + ARTICLE,
        "noise.txt": "\n".join(" ".join("".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(2, 9)))
                                        for _ in range(12)) for _ in range(40)),  # language zxx
        "ab.txt": "ab\n" * 600,  # language at p=0.014
    }
    out = _build(raw_root, tmp_path, *absurd.items(), *_long_realistic_pages().items())
    got = {k: v[0] for k, v in rejects(out).items()}
    # lines of one repeated token are boilerplate to mark_boilerplate (no_content) before shape checks see them;
    # 1,300 repeated promo lines above a real article are marked as header chrome and the article is kept
    assert got == {"x/line.txt": "run_on_line", "x/xs.txt": "no_content", "x/noise.txt": "language_unclear",
                   "x/ab.txt": "no_content"}
    (spam,) = [r for r in articles(out) if r["raw_file"] == "x/spam.txt"]
    assert spam["text"].count("promo diskon") <= 1 and "Pemerintah Indonesia" in spam["text"]
    kept = {r["raw_file"] for r in articles(out)}
    assert {f"x/{n}" for n in _long_realistic_pages()} <= kept
    assert len([k for k in kept if k.startswith("seeds/")]) == 5


def test_shape_limits_on_the_seeds(seed_build):
    from sikap.pipeline.shape import CheckShape

    result, _ = seed_build
    assert "check_shape" not in {s for s, _ in result.stats.drops}
    assert min(result.tables["articles"].column("language_confidence").to_pylist()) > 5 * CheckShape().min_language_confidence


# -- encodings and ids -------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(raw_root, tmp_path, encoding):
    out = _build(raw_root, tmp_path, ("u16.txt", ARTICLE.encode(encoding)))
    (row,) = [r for r in articles(out) if r["raw_file"] == "x/u16.txt"]
    assert row["encoding"] == encoding and "utf16_no_bom" in row["decode_fixes"]
    assert row["text"].startswith("Jakarta - Pemerintah Indonesia")


def test_binary_with_nul_bytes_is_still_binary(raw_root, tmp_path):
    data = bytes(random.Random(4).randrange(256) for _ in range(4000))
    out = _build(raw_root, tmp_path, ("blob.txt", b"\x00" + data))
    assert rejects(out)["x/blob.txt"][0] == "binary_content"


def test_a_file_with_more_than_a_hundred_articles(raw_root, tmp_path):
    body = ARTICLE + ARTICLE.replace("Jakarta - ", "")  # 80 words or more: a second dateline may open an article
    many = "".join(f"Judul berita nomor {i} tentang Qatar hari ini\n" + body.replace("Rabu", f"Rabu ke-{i}") + "\n"
                   for i in range(120))
    out = _build(raw_root, tmp_path, ("many.txt", many))
    ids = sorted(r["article_id"] for r in articles(out) if r["raw_file"] == "x/many.txt")
    assert len(ids) == 120 and ids[0].endswith("-00") and any(i.endswith("-119") for i in ids)
    seeds = {r["article_id"] for r in articles(out) if r["raw_file"].startswith("seeds/")}
    assert "2086f2cbb65f5181-00" in seeds and "b071605d35fc8dcb-01" in seeds  # existing ids unchanged
