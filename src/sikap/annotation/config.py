"""The Label Studio labeling configs, generated from schema/labels.yaml (never hand-written).

What an annotator sees, left: the article's title and outlet, the evidence span labels (one per
stance target, the only span labels there are), the text; right, beside it and short enough for a
1440x900 screen without scrolling: topics, one compact row per stance target, confidence, comment.
Machine-found mentions of the targets are a one-line panel, closed until the annotator opens it: they
are task data, not Label Studio predictions, because Label Studio copies a prediction into a new
annotation as soon as the task opens from its data manager (then 30-40 machine regions bury the
annotator's own evidence spans).
The adjudication config is the same form without required answers, with the votes shown above the text.
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
MENTIONS = "mentions"  # task data: the machine-found names per target, shown in a closed panel
VOTES = "votes"  # adjudication task data: every annotator's answers and evidence
CONFIDENCE = "confidence"
COMMENT = "comment"
STANCE_PREFIX = "stance_"
# One colour per stance target, in vocabulary order (cycled when targets are appended).
PALETTE = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324",
           "#469990", "#808000")
MENTIONS_PANEL = "Machine-found names of the targets (for orientation only: not labels, not evidence)"
STYLE = """\
  <Style>
    .sikap-cols { display: flex; gap: 20px; align-items: flex-start }
    .sikap-article { flex: 1 1 0; min-width: 0 }
    .sikap-questions { flex: 1.25 1 0; min-width: 0; position: sticky; top: 0 }
    .sikap h1, .sikap h2, .sikap h3, .sikap h4, .sikap h5, .sikap h6 { margin: 4px 0 !important }
    .sikap-questions h4, .sikap-label h4 { font-size: 15px !important; line-height: 20px !important }
    .sikap-questions .lsf-choices { margin: 2px 0 !important }
    .sikap-questions .lsf-choice { height: auto !important }
    .sikap-questions .ant-radio-wrapper, .sikap-questions .ant-checkbox-wrapper { font-size: 13px; margin-inline-end: 0 }
    .sikap-questions sup.lsf-hint { font-size: 8px }
    .sikap-row { display: flex; align-items: center; gap: 4px; min-height: 24px }
    .sikap-row h4 { width: 96px; flex: none; font-size: 13px !important; font-weight: 600 }
    .sikap-row .lsf-choices { white-space: nowrap }
    .sikap-block { border-top: 1px solid #d9d9d9; margin-top: 6px; padding-top: 4px }
    .sikap-votes { border: 2px solid #4363d8; padding: 4px 8px; margin-bottom: 6px }
  </Style>"""


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


def _row(title: str, name: str, vocab, indent: str, **extra) -> list[str]:
    return [f'{indent}<View className="sikap-row">', f"{indent}  <Header {_attrs(value=title, size='6')}/>",
            *_choices(name, vocab, "single-radio", indent + "  ", showInline="true", **extra), f"{indent}</View>"]


def _article(schema: Schema, adjudication: bool) -> list[str]:
    i3, i4 = "      ", "        "
    lines = ['    <View className="sikap-article">', f'{i3}<Header value="$title" size="4"/>',
             f'{i3}<Header value="$outlet" size="6"/>']
    if adjudication:
        lines += [f'{i3}<View className="sikap-votes">',
                  f'{i4}<Header value="Decide: $to_decide" size="6"/>',
                  f'{i4}<Text {_attrs(name=VOTES, value="$" + VOTES)}/>', f"{i3}</View>"]
    lines += [f'{i3}<View className="sikap-block sikap-label">',
              f"{i4}<Header value=\"Evidence spans: choose a target, then select the words that carry the "
              "article's stance toward it\" size=\"6\"/>",
              f"{i4}<Labels {_attrs(name=EVIDENCE, toName=TEXT, showInline='true')}>"]
    for i, lab in enumerate(schema.vocab("stance_targets").labels):
        lines.append(f"{i4}  <Label {_attrs(value=lab.name, background=PALETTE[i % len(PALETTE)], hint=lab.definition)}/>")
    lines += [f"{i4}</Labels>", f"{i3}</View>",
              f'{i3}<Collapse bordered="true">', f"{i4}<Panel {_attrs(value=MENTIONS_PANEL)}>",
              f"{i4}  <Text {_attrs(name=MENTIONS, value='$' + MENTIONS)}/>", f"{i4}</Panel>", f"{i3}</Collapse>",
              f"{i3}<Text {_attrs(name=TEXT, value='$text')}/>", "    </View>"]
    return lines


def _questions(schema: Schema, adjudication: bool) -> list[str]:
    i3 = "      "
    required = {} if adjudication else {"required": "true"}
    lines = ['    <View className="sikap-questions">',
             f'{i3}<Header value="Topics (every topic a substantial part of the article discusses)" size="6"/>',
             *_choices(TOPICS, schema.vocab("topics"), "multiple", i3, showInline="true"),
             f'{i3}<View className="sikap-block">',
             f'{i3}  <Header value="Stance of the article toward each target" size="6"/>']
    for target in schema.vocab("stance_targets").names:
        lines += _row(target, stance_field(target), schema.vocab("stance_values"), i3 + "  ", **required)
    lines += [f"{i3}</View>", f'{i3}<View className="sikap-block">',
              *_row("confidence", CONFIDENCE, schema.vocab("confidence"), i3 + "  "),
              f'{i3}  <Header value="Comment (optional)" size="6"/>',
              f"{i3}  <TextArea {_attrs(name=COMMENT, toName=TEXT, rows='2', maxSubmissions='1', editable='true')}/>",
              f"{i3}</View>", "    </View>"]
    return lines


def labeling_config(schema: Schema | None = None, adjudication: bool = False) -> str:
    """The XML, byte-stable for a given schema (its sha256 identifies the config a round used)."""
    schema = schema or load()
    lines = ["<!-- Generated from schema/labels.yaml by `sikap generate`; do not edit. -->",
             '<View className="sikap">', STYLE, '  <View className="sikap-cols">',
             *_article(schema, adjudication), *_questions(schema, adjudication), "  </View>", "</View>", ""]
    return "\n".join(lines)


def adjudication_config(schema: Schema | None = None) -> str:
    return labeling_config(schema, adjudication=True)


def config_hash(xml: str) -> str:
    """Identity of a config; Label Studio stores it without the trailing newline, so ends are stripped."""
    return "sha256:" + hashlib.sha256(xml.strip().encode("utf-8")).hexdigest()
