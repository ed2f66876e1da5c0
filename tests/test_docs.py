"""Generated blocks of markdown (sikap.docs): rewritten between their markers, inline or as blocks; an unknown
generator, a marker left open or a generator registered twice is an error; a stale block fails the check."""

from __future__ import annotations

import pytest

from sikap import docs
from sikap.docs import GenerationError, block_names, fill, generator
from tests.conftest import REPO


def test_blocks_and_inline_blocks_are_rewritten():
    text = ("Intro <!-- generated:n -->old<!-- /generated:n --> articles.\n\n"
            "<!-- generated:table -->\n| a |\n<!-- /generated:table -->\n")
    out = fill(text, {"n": "7", "table": "| a |\n|---|\n| 1 |"}.__getitem__)
    assert out == ("Intro <!-- generated:n -->7<!-- /generated:n --> articles.\n\n"
                   "<!-- generated:table -->\n| a |\n|---|\n| 1 |\n<!-- /generated:table -->\n")
    assert fill(out, {"n": "7", "table": "| a |\n|---|\n| 1 |"}.__getitem__) == out  # idempotent
    assert block_names(out) == ["n", "table"]


def test_unknown_generator_and_open_markers_fail():
    with pytest.raises(GenerationError, match="no generator is registered for block 'nope'"):
        fill("<!-- generated:nope --><!-- /generated:nope -->")
    with pytest.raises(GenerationError, match="no closing partner"):
        block_names("<!-- generated:x -->\ntext")
    with pytest.raises(GenerationError, match="no opening partner"):
        block_names("text <!-- /generated:x -->")


def test_a_name_is_registered_once():
    generator("test-once")(lambda: "a")
    try:
        with pytest.raises(GenerationError, match="registered twice"):
            generator("test-once")(lambda: "b")
    finally:
        docs.GENERATORS.pop("test-once")


def test_stale_block_fails_the_check(tmp_path, monkeypatch):
    from sikap import generated

    page = tmp_path / "DATASHEET.md"
    page.write_text("x <!-- generated:gap-dates -->nine<!-- /generated:gap-dates -->\n", encoding="utf-8")
    monkeypatch.setenv("SIKAP_ROOT", str(tmp_path))
    (tmp_path / "dataset").symlink_to(REPO / "dataset")
    assert "DATASHEET.md" in generated.stale_files()
    assert str(page) in map(str, generated.write_generated())
    assert "articles have no publication date" in page.read_text() and "DATASHEET.md" not in generated.stale_files()


def test_extraction_accuracy_reads_the_results_file(tmp_path):
    from sikap.release.figures import extraction_accuracy

    assert extraction_accuracy(tmp_path).startswith("Not measured yet")
    (tmp_path / "evaluation").mkdir()
    (tmp_path / "evaluation/extraction.json").write_text(
        '{"overall": {"published_date": {"k": 9, "n": 10, "rate": 0.9, "ci95": [0.6, 0.98], "description": "d"}}, '
        '"command": "sikap eval extraction", "date": "2026-12-01", "sets": [{"name": "seeds", "n_pages": 5}]}',
        encoding="utf-8")
    out = extraction_accuracy(tmp_path)
    assert "| `published_date` | 9 / 10 | 90.0% | 0.60-0.98 | d |" in out and "over seeds (5 pages)" in out


def test_heldout_accuracy_reads_its_own_results_file(tmp_path):
    """The held-out figures come from evaluation/heldout.json alone: the development figures never stand in."""
    from sikap.release.figures import extraction_heldout

    (tmp_path / "evaluation").mkdir()
    (tmp_path / "evaluation/extraction.json").write_text('{"overall": {}}', encoding="utf-8")
    assert extraction_heldout(tmp_path).startswith("Not measured yet")
    (tmp_path / "evaluation/heldout.json").write_text(
        '{"overall": {"outlet": {"k": 23, "n": 27, "rate": 0.852, "ci95": [0.68, 0.94], "description": "o"}}, '
        '"command": "sikap eval extraction --set setE", "date": "2026-12-02", "sets": [{"name": "setE", "n_pages": 40}]}',
        encoding="utf-8")
    out = extraction_heldout(tmp_path)
    assert "| `outlet` | 23 / 27 | 85.2% | 0.68-0.94 | o |" in out and "over setE (40 pages)" in out
    assert "heldout-pages.tsv" in out


def test_known_outlets_heldout_accuracy_reads_its_own_results_file(tmp_path):
    """The figures on new pages of known outlets come from evaluation/heldout-outlets.json alone: neither the
    development figures nor the new-site held-out figures stand in for them."""
    from sikap.release.figures import extraction_heldout_outlets

    (tmp_path / "evaluation").mkdir()
    (tmp_path / "evaluation/heldout.json").write_text('{"overall": {}}', encoding="utf-8")
    assert extraction_heldout_outlets(tmp_path).startswith("Not measured yet")
    (tmp_path / "evaluation/heldout-outlets.json").write_text(
        '{"overall": {"title": {"k": 38, "n": 40, "rate": 0.95, "ci95": [0.84, 0.99], "description": "t"}}, '
        '"command": "sikap eval extraction --set setK", "date": "2026-12-03", "sets": [{"name": "setK", "n_pages": 40}]}',
        encoding="utf-8")
    out = extraction_heldout_outlets(tmp_path)
    assert "| `title` | 38 / 40 | 95.0% | 0.84-0.99 | t |" in out and "over setK (40 pages)" in out
    assert "heldout-outlets-pages.tsv" in out


def test_every_label_vocabulary_a_column_uses_is_documented():
    """The vocabularies block reads the schema: every vocabulary a table column is typed with (e.g. the annotation
    table's `confidence`) has its table of labels, and a vocabulary's description appears once."""
    from sikap.schema import load
    from sikap.schema.types import column_type, label_paths

    schema = load()
    used = {v for t in schema.tables.values() for c in t.columns for _, v in label_paths(column_type(c))}
    block = docs.vocabularies_section()
    for name in sorted(used - {"reject_reasons", "removal_rules"}):
        assert block.count(f"**{name}**:") == 1, name
