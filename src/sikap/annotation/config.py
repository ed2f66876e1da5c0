"""The Label Studio labeling config, generated from schema/labels.yaml (never hand-written).

What an annotator sees: the article's title, outlet and text; machine-found target mentions (a
pre-annotation, for orientation only); evidence spans tied to a stance target; topics (multiple choice);
one required single choice per stance target (not_mentioned included); confidence; a free comment.
Control names are the articles-table columns they feed (`topics`, `stance_<target>`), so a result's
`from_name` says which gold field it is about.
"""

from __future__ import annotations

import hashlib
from xml.sax.saxutils import quoteattr

from sikap.schema import Schema, load

TEXT = "text"
TOPICS = "topics"
EVIDENCE = "evidence"
MENTION = "mention"  # machine pre-annotation (target mentions); never a label
CONFIDENCE = "confidence"
COMMENT = "comment"
STANCE_PREFIX = "stance_"
# Task data keys the config shows (`$title`, `$outlet`, `$text`); push fills them.
DATA_KEYS = ("title", "outlet", "text")
# One colour per stance target, in vocabulary order (cycled when targets are appended).
PALETTE = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324",
           "#469990", "#808000")


def stance_field(target: str) -> str:
    return f"{STANCE_PREFIX}{target}"


def stance_fields(schema: Schema | None = None) -> dict[str, str]:
    """field name -> stance target, in vocabulary order."""
    schema = schema or load()
    return {stance_field(t): t for t in schema.vocab("stance_targets").names}


def choice_fields(schema: Schema | None = None) -> dict[str, str]:
    """Every Choices control -> the vocabulary its values come from."""
    schema = schema or load()
    return {TOPICS: "topics", **{f: "stance_values" for f in stance_fields(schema)}, CONFIDENCE: "confidence"}


def _attrs(**attrs) -> str:
    return " ".join(f"{k.rstrip('_')}={quoteattr(str(v))}" for k, v in attrs.items())


def _choices(name: str, vocab, choice: str, indent: str, **extra) -> list[str]:
    lines = [f"{indent}<Choices {_attrs(name=name, toName=TEXT, choice=choice, **extra)}>"]
    lines += [f"{indent}  <Choice {_attrs(value=lab.name, hint=lab.definition)}/>" for lab in vocab.labels]
    lines.append(f"{indent}</Choices>")
    return lines


def _span_labels(name: str, schema: Schema, indent: str, opacity: str) -> list[str]:
    lines = [f"{indent}<Labels {_attrs(name=name, toName=TEXT, showInline='true')}>"]
    for i, lab in enumerate(schema.vocab("stance_targets").labels):
        colour = PALETTE[i % len(PALETTE)] + opacity
        lines.append(f"{indent}  <Label {_attrs(value=lab.name, background=colour, hint=lab.definition)}/>")
    lines.append(f"{indent}</Labels>")
    return lines


def labeling_config(schema: Schema | None = None) -> str:
    """The XML, byte-stable for a given schema (its sha256 identifies the config a round used)."""
    schema = schema or load()
    i2, i3 = "    ", "      "
    lines = [
        "<!-- Generated from schema/labels.yaml by `sikap generate`; do not edit. -->",
        "<View>",
        '  <View style="display: flex; gap: 2em; align-items: flex-start">',
        '    <View style="flex: 3">',
        f"{i3}<Header value=\"$title\" size=\"3\"/>",
        f"{i3}<Header value=\"$outlet\" size=\"6\"/>",
        f"{i3}<Header value=\"Evidence: select a target, then the words that carry the article's stance toward it\" size=\"6\"/>",
        *_span_labels(EVIDENCE, schema, i3, ""),
        f"{i3}<Header value=\"Mentions (machine pre-annotation, for orientation only; not a label)\" size=\"6\"/>",
        *_span_labels(MENTION, schema, i3, "66"),
        f"{i3}<Text {_attrs(name=TEXT, value='$text')}/>",
        f"{i2}</View>",
        '    <View style="flex: 2; position: sticky; top: 0">',
        f"{i3}<Header value=\"Topics (every topic a substantial part of the article discusses)\" size=\"5\"/>",
        *_choices(TOPICS, schema.vocab("topics"), "multiple", i3),
    ]
    for target in schema.vocab("stance_targets").labels:
        lines.append(f"{i3}<Header {_attrs(value=f'Stance toward {target.name}', size='5')}/>")
        lines += _choices(stance_field(target.name), schema.vocab("stance_values"), "single-radio", i3,
                          showInline="true", required="true")
    lines += [
        f"{i3}<Header value=\"Confidence\" size=\"5\"/>",
        *_choices(CONFIDENCE, schema.vocab("confidence"), "single-radio", i3, showInline="true"),
        f"{i3}<Header value=\"Comment (optional)\" size=\"5\"/>",
        f"{i3}<TextArea {_attrs(name=COMMENT, toName=TEXT, rows='2', maxSubmissions='1', editable='true')}/>",
        f"{i2}</View>",
        "  </View>",
        "</View>",
        "",
    ]
    return "\n".join(lines)


def config_hash(xml: str) -> str:
    """Identity of a config; Label Studio stores it without the trailing newline, so ends are stripped."""
    return "sha256:" + hashlib.sha256(xml.strip().encode("utf-8")).hexdigest()
