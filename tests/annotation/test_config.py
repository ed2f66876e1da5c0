"""The labeling config is generated from schema/labels.yaml and accepted by a real Label Studio."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from sikap.annotation import config as cfg
from sikap.schema import load


def _tree():
    return ET.fromstring(cfg.labeling_config())


def _control(root, tag: str, name: str):
    found = [el for el in root.iter(tag) if el.get("name") == name]
    assert len(found) == 1, f"{tag} {name}: {len(found)} found"
    return found[0]


def test_every_vocabulary_label_is_a_choice_and_nothing_else():
    schema, root = load(), _tree()
    topics = _control(root, "Choices", "topics")
    assert topics.get("choice") == "multiple"
    assert [c.get("value") for c in topics] == schema.vocab("topics").names
    for target in schema.vocab("stance_targets").names:
        stance = _control(root, "Choices", f"stance_{target}")
        assert (stance.get("choice"), stance.get("required")) == ("single-radio", "true")
        assert [c.get("value") for c in stance] == schema.vocab("stance_values").names
        assert "not_mentioned" in [c.get("value") for c in stance]
    confidence = _control(root, "Choices", "confidence")
    assert [c.get("value") for c in confidence] == schema.vocab("confidence").names
    choices = {el.get("name") for el in root.iter("Choices")}
    assert choices == set(cfg.choice_fields())


def test_hints_are_the_schema_definitions():
    schema, root = load(), _tree()
    hints = {c.get("value"): c.get("hint") for c in _control(root, "Choices", "topics")}
    assert hints == {lab.name: lab.definition for lab in schema.vocab("topics").labels}


def test_text_title_outlet_evidence_mentions_comment():
    root = _tree()
    assert [t.get("value") for t in root.iter("Text")] == ["$text"]
    headers = [h.get("value") for h in root.iter("Header")]
    assert "$title" in headers and "$outlet" in headers
    targets = load().vocab("stance_targets").names
    for name in ("evidence", "mention"):
        labels = _control(root, "Labels", name)
        assert labels.get("toName") == "text"
        assert [lab.get("value") for lab in labels] == targets
    assert _control(root, "TextArea", "comment").get("toName") == "text"
    assert {el.get("toName") for el in root.iter() if el.get("toName")} == {"text"}


def test_config_is_byte_stable_and_hash_ignores_trailing_newline():
    xml = cfg.labeling_config()
    assert xml == cfg.labeling_config() and xml.endswith("</View>\n")
    assert cfg.config_hash(xml) == cfg.config_hash(xml.rstrip("\n"))
    assert cfg.config_hash(xml) != cfg.config_hash(xml.replace("not_mentioned", "absent"))


@pytest.mark.studio
def test_server_parses_every_control(label_studio, round1):
    project = label_studio.client().projects.get(id=round1.project_id)
    assert cfg.config_hash(project.label_config) == cfg.config_hash(cfg.labeling_config())
    expected = {"evidence", "mention", *cfg.choice_fields(), "comment"}
    assert set(project.parsed_label_config) == expected
