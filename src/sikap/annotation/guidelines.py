"""annotations/GUIDELINES.md and annotations/labeling-config.xml, generated from schema/labels.yaml.

The guidelines quote every label's definition and example from the schema, so they cannot drift from
the vocabularies; the prose around them is written here once. Both files are registered in
sikap.generated.GENERATED: `sikap generate` rewrites them and `sikap generate --check` fails when stale.
"""

from __future__ import annotations

from pathlib import Path

from sikap.annotation import config as cfg
from sikap.schema import Schema, load

INTRO = """# Annotation guidelines

Generated from `schema/labels.yaml` by `sikap generate`; do not edit (change the schema instead).
How a round is run: [README.md](README.md).

You annotate one news article per task, in Indonesian. Read the whole article before answering. Judge
what **the article** says and how it frames things (its word choice, its structure, which sources it lets
speak and how), not what one quoted speaker says, unless the article adopts that speaker's view.

Each task asks, in this order:

1. **Topics** (several allowed): every topic that a substantial part of the article discusses. A passing
   mention is not a topic. Choose none when no topic fits.
2. **Stance toward each target** (one answer per target, all required): `favor`, `against`, `neutral`
   or `not_mentioned`. Answer `not_mentioned` when the target does not occur or occurs so marginally
   that no stance can be read.
3. **Evidence**: for every stance other than `not_mentioned`, select the target in *Evidence spans* and mark
   the words that carry the stance (a phrase or a sentence, not the whole article). Mark as few spans as
   make the case.
4. **Confidence** in your answers for this task, and an optional **comment** (ambiguities, errors in the
   text, anything the adjudicator should know).

You work on a Label Studio server of your own, which holds only your tasks: nobody sees your answers
before the round is pulled, and you see nobody else's. Answer every task yourself.

Machine-found names: the closed panel *Machine-found names of the targets* above the text lists the
names of each target a machine found (alias matching, its version is recorded), for orientation only.
They are not labels and not evidence: a name says nothing about stance, and a target can be meant
without its name.

Skip a task only when it is not a news article or not readable; say why in the comment first.
"""


def _vocab_section(title: str, schema: Schema, vocab: str, extra: str = "") -> list[str]:
    v = schema.vocab(vocab)
    lines = [f"## {title}", "", v.description, ""]
    if extra:
        lines += [extra, ""]
    lines += ["| label | definition | example |", "|---|---|---|"]
    for lab in v.labels:
        lines.append(f"| `{lab.name}` | {lab.definition} | {lab.example} |".replace("\n", " "))
    return lines + [""]


def _targets(schema: Schema) -> list[str]:
    v = schema.vocab("stance_targets")
    lines = ["## Stance targets", "", v.description, "",
             "| target | question in Label Studio | who it covers | example | names the machine looks for |",
             "|---|---|---|---|---|"]
    for lab in v.labels:
        aliases = ", ".join(lab.aliases) or "-"
        lines.append(f"| `{lab.name}` | `{cfg.stance_field(lab.name)}` | {lab.definition} | {lab.example} | {aliases} |")
    return lines + [""]


def guidelines(schema: Schema | None = None) -> str:
    schema = schema or load()
    lines = [INTRO.rstrip(), ""]
    lines += _vocab_section("Topics", schema, "topics")
    lines += _targets(schema)
    lines += _vocab_section("Stance values", schema, "stance_values",
                            "The same four answers for every target:")
    lines += _vocab_section("Confidence", schema, "confidence")
    return "\n".join(lines).rstrip() + "\n"


def _sync(path: Path, content: str, check: bool) -> bool:
    """True when path is (or was) stale; rewritten atomically unless check."""
    from sikap.io import atomic_write_bytes

    stale = not path.is_file() or path.read_text(encoding="utf-8") != content
    if stale and not check:
        atomic_write_bytes(path, content.encode("utf-8"))
    return stale


def config_file(check: bool) -> bool:
    from sikap.paths import repo_root

    return _sync(repo_root() / "annotations" / "labeling-config.xml", cfg.labeling_config(), check)


def guidelines_file(check: bool) -> bool:
    from sikap.paths import repo_root

    return _sync(repo_root() / "annotations" / "GUIDELINES.md", guidelines(), check)
