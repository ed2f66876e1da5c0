"""The CMS themes' UI strings (curated/extraction/theme_strings.tsv, with the theme and translation file of each) are
removed wherever a page prints them as a line: under the text and between its paragraphs, the story's sentences all
kept. Strings the credit rules read (byline, category and tag labels), one-word strings and strings opening with a
placeholder are left to other rules; the exceptions below say why."""

from __future__ import annotations

import csv

from sikap.paths import curated_dir
from sikap.pipeline.extract.knowledge import _PLACEHOLDER
from tests.extract.corpus import RICE, sentences
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"
_CREDIT_KINDS = {"byline_label", "category_label", "tag_label"}
# read only in the page's header and footer (an exact phrase of another rule, `zones: edges`): between paragraphs a
# line so worded may be the text's ("Tidak ada komentar" as a quoted answer)
_EDGES_ONLY = {"Tidak ada Komentar", "Discussion about this post"}
# a line of text on a fix-set page reads the same ("Lanjutkan Membaca ↓" closing a blog's excerpt was the text's)
_LEFT = {"Lanjutkan membaca NAME"}


def _strings() -> list[str]:
    with open(curated_dir() / "extraction" / "theme_strings.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    out = []
    for r in rows:
        t = r["text"].strip()
        if r["kind"] in _CREDIT_KINDS or t in _LEFT or _PLACEHOLDER.match(t) \
                or len(t.split()) < 2 and not _PLACEHOLDER.search(t):
            continue
        out.append(t)
    return out


def _filled(t: str) -> str:
    return _PLACEHOLDER.sub(lambda m: "3" if m.group(0).endswith("d") and m.group(0).startswith("%") else "Budi Santoso", t)


def test_theme_strings_are_chrome_under_the_text_and_between_paragraphs(tmp_path):
    from sikap.evaluate.runner import run_pages

    strings = _strings()
    assert len(strings) >= 250
    paths = []
    for k, t in enumerate(strings):
        ps = lede("JAKARTA – ", RICE)
        for where, text in (("end", page(TITLE, ps, _filled(t))), ("mid", page(TITLE, ps[:1], _filled(t), ps[1:]))):
            path = tmp_path / f"{k:04d}{where}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append((t, where, path))
    kept = []
    for (t, where, _), out in zip(paths, run_pages([p for _, _, p in paths])):
        doc = out.articles[0]
        assert all(s in doc.text for s in sentences(RICE)[1:]), (t, where)
        if _filled(t) in doc.text and not (where == "mid" and t in _EDGES_ONLY):
            kept.append((where, t))
    assert kept == []
