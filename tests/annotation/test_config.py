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
    assert [(t.get("name"), t.get("value")) for t in root.iter("Text")] == [("mentions", "$mentions"), ("text", "$text")]
    headers = [h.get("value") for h in root.iter("Header")]
    assert "$title" in headers and "$outlet" in headers
    targets = load().vocab("stance_targets").names
    [labels] = list(root.iter("Labels"))  # evidence: the only span labels
    assert (labels.get("name"), labels.get("toName")) == ("evidence", "text")
    assert [lab.get("value") for lab in labels] == targets
    [panel] = list(root.iter("Panel"))  # machine mentions: inside a collapsed panel, never a control
    assert [t.get("name") for t in panel.iter("Text")] == ["mentions"] and "not labels" in panel.get("value")
    assert _control(root, "TextArea", "comment").get("toName") == "text"
    assert {el.get("toName") for el in root.iter() if el.get("toName")} == {"text"}


def test_adjudication_form_asks_nothing_required_and_shows_the_votes():
    root = ET.fromstring(cfg.adjudication_config())
    assert not [el for el in root.iter("Choices") if el.get("required")]
    assert {el.get("name") for el in root.iter("Choices")} == set(cfg.choice_fields())
    assert ("votes", "$votes") in [(t.get("name"), t.get("value")) for t in root.iter("Text")]
    assert "Decide: $to_decide" in [h.get("value") for h in root.iter("Header")]
    assert cfg.config_hash(cfg.adjudication_config()) != cfg.config_hash(cfg.labeling_config())


def test_config_is_byte_stable_and_hash_ignores_trailing_newline():
    xml = cfg.labeling_config()
    assert xml == cfg.labeling_config() and xml.endswith("</View>\n")
    assert cfg.config_hash(xml) == cfg.config_hash(xml.rstrip("\n"))
    assert cfg.config_hash(xml) != cfg.config_hash(xml.replace("not_mentioned", "absent"))


@pytest.mark.studio
def test_server_parses_every_control(walkthrough, round3):
    project = walkthrough.admin("ayu").projects.get(id=round3.projects["A"])
    assert cfg.config_hash(project.label_config) == cfg.config_hash(cfg.labeling_config())
    assert set(project.parsed_label_config) == {"evidence", *cfg.choice_fields(), "comment"}
