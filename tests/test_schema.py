"""schema/ is the single source of truth: vocabularies are complete and generated files are fresh."""

from __future__ import annotations

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from sikap.cli import app
from sikap.schema import load
from sikap.schema.types import arrow_schema, hf_features
from sikap.schema.validation import ValidationFailed, validate_table


def test_every_label_has_definition_and_example():
    schema = load()
    for name in ("topics", "stance_targets", "stance_values", "date_precision", "value_source", "source_types", "redistribution"):
        vocab = schema.vocab(name)
        assert vocab.labels, name
        for label in vocab.labels:
            assert label.definition.strip() and label.example.strip(), (name, label.name)
        assert len(set(vocab.names)) == len(vocab.names)


def test_required_stance_targets_and_values():
    schema = load()
    assert {"israel", "qatar", "united_states", "hamas", "palestine", "nato"} <= set(schema.vocab("stance_targets").names)
    assert schema.vocab("stance_values").names == ["favor", "against", "neutral", "not_mentioned"]
    for target in schema.vocab("stance_targets").names:
        assert f"stance_{target}" in schema.tables["articles"].column_names


def test_types_translate_to_every_backend():
    schema = load()
    for table in schema.tables:
        assert len(arrow_schema(schema, table)) == len(schema.tables[table].columns)
        assert list(hf_features(schema, table)) == schema.tables[table].column_names


def test_generated_files_are_not_stale():
    result = CliRunner().invoke(app, ["generate", "--check"])
    assert result.exit_code == 0, result.output


def test_stale_datasheet_is_detected(tmp_path, monkeypatch):
    from sikap import generated

    copy = tmp_path / "DATASHEET.md"
    text = (generated.repo_root() / "DATASHEET.md").read_text(encoding="utf-8")
    copy.write_text(text.replace("`stance_qatar`", "`stance_katar`"), encoding="utf-8")
    monkeypatch.setattr(generated, "repo_root", lambda: tmp_path)
    assert "DATASHEET.md" in generated.stale_files()


def test_emitted_reason_codes_are_catalogued():
    """Every reason code string in the pipeline's source is in schema/reasons.yaml."""
    import re
    from pathlib import Path

    import sikap.pipeline as pkg

    codes = set(load().vocab("reject_reasons").names)
    for path in Path(pkg.__file__).parent.glob("*.py"):
        for code in re.findall(r'reject\([^,]+,\s*"([a-z_]+)"', path.read_text()) + re.findall(r'DecodeError\("([a-z_0-9]+)"', path.read_text()):
            assert code in codes, (path.name, code)


def _articles_with(**changes):
    from sikap.build import build_tables
    from tests.conftest import REPO

    table = build_tables(REPO / "raw").tables["articles"]
    rows = table.to_pylist()
    for i, (col, value) in enumerate(changes.items()):
        rows[i][col] = value
    return pa.Table.from_pylist(rows, schema=table.schema)


def test_violation_names_table_column_check_and_rows():
    bad = _articles_with(topics=["not_a_topic"], article_id="BAD-ID")
    with pytest.raises(ValidationFailed) as err:
        validate_table("articles", bad)
    message = str(err.value)
    assert "articles.topics" in message and "not in vocabulary topics" in message and "rows [0]" in message
    assert "articles.article_id" in message and "str_matches" in message and "rows [1]" in message


# The removal rules as released before credit.bio was added (2026-12): the dataset stores a removed span's rule as a
# ClassLabel, so each released code keeps its number; a new code is appended, never inserted or reordered.
_RELEASED_RULES = ["chrome.ad_slot", "chrome.brand", "chrome.breadcrumb", "chrome.section", "chrome.share", "chrome.toc",
                   "title", "title.repeat", "caption.photo", "link.read_also", "credit.author", "credit.translator",
                   "credit.editor", "credit.source", "legal.copyright", "legal.ai_notice", "ad.channel", "markup.tag",
                   "markup.script", "chrome.nav", "chrome.social", "chrome.widget", "chrome.summary", "chrome.promo",
                   "chrome.separator", "chrome.table", "chrome.header", "notice.editorial", "link.related", "meta.tags",
                   "meta.date_line", "meta.byline", "credit.other", "credit.signoff", "legal.footer", "markup.entity",
                   "meta.edition"]


def test_released_removal_rules_keep_their_numbers():
    import yaml
    from pathlib import Path

    data = yaml.safe_load((Path(__file__).parents[1] / "schema" / "reasons.yaml").read_text(encoding="utf-8"))
    codes = [r["code"] for r in data["removal_rules"]]
    assert codes[:len(_RELEASED_RULES)] == _RELEASED_RULES
