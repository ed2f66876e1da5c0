"""GUIDELINES.md and labeling-config.xml are generated from the schema and registered as generated files."""

from __future__ import annotations

from sikap.annotation import guidelines
from sikap.generated import GENERATED
from sikap.paths import repo_root
from sikap.schema import load


def test_every_label_definition_and_example_is_in_the_guidelines():
    text = guidelines.guidelines()
    schema = load()
    for vocab in ("topics", "stance_targets", "stance_values", "confidence"):
        for lab in schema.vocab(vocab).labels:
            assert f"`{lab.name}`" in text
            assert lab.definition in text and lab.example in text


def test_registered_and_committed_files_are_up_to_date():
    for path in ("annotations/labeling-config.xml", "annotations/GUIDELINES.md"):
        assert path in GENERATED and GENERATED[path][1] is True
    assert guidelines.config_file(check=True) is False, "run `sikap generate`"
    assert guidelines.guidelines_file(check=True) is False, "run `sikap generate`"
    assert (repo_root() / "annotations" / "labeling-config.xml").read_text() == guidelines.cfg.labeling_config()


def test_a_stale_file_is_reported_and_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv("SIKAP_ROOT", str(tmp_path))
    (tmp_path / "annotations").mkdir()
    target = tmp_path / "annotations" / "GUIDELINES.md"
    target.write_text("old\n")
    assert guidelines.guidelines_file(check=True) is True
    assert target.read_text() == "old\n"  # check writes nothing
    assert guidelines.guidelines_file(check=False) is True
    assert target.read_text() == guidelines.guidelines()
    assert guidelines.guidelines_file(check=True) is False
