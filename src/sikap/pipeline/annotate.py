"""Machine annotations: language identification and stance-target mentions.

Both are marked `machine` with a model version; neither is ever a gold label. Emits no reason codes.
"""

from __future__ import annotations

import functools
import hashlib
from typing import TYPE_CHECKING

from sikap.pipeline.invisible import Visible, has_invisible
from sikap.records import Doc

if TYPE_CHECKING:
    from sikap.pipeline.aliases import AliasSearch


@functools.cache
def _langid():
    from sikap.pipeline.langid_model import IDENTIFIER  # py3langid's results, bit for bit, ~10x faster

    return IDENTIFIER


def detect_language(doc: Doc) -> Doc:
    lang, prob, by_words = _langid().explain(doc.text[:20000]) if doc.text.strip() else ("und", 0.0, False)
    doc.meta["language"] = lang
    doc.meta["language_confidence"] = round(float(prob), 4)
    method = "py3langid 0.4.0 (normalised probabilities)"
    if by_words:  # py3langid said 'ms'; Indonesian-only words decided (sikap.pipeline.langid_standard)
        method += "; its 'ms' overruled by Indonesian-only words (curated/language_markers.yaml)"
    doc.note("language", "machine", method, f"{lang} p={prob:.4f}")
    return doc


@functools.cache
def _mention_model() -> tuple[AliasSearch, dict[str, str], str]:
    from sikap.pipeline.aliases import AliasSearch
    from sikap.schema import load

    alias_to_target = {}
    for label in load().vocab("stance_targets").labels:
        for alias in label.aliases:
            alias_to_target[alias] = label.name
    pattern = AliasSearch.longest_first(alias_to_target, r"\w")
    digest = hashlib.sha256(repr(sorted(alias_to_target.items())).encode()).hexdigest()[:8]
    return pattern, alias_to_target, f"alias-match-{digest}"


def mentions_model_version() -> str:
    return _mention_model()[2]


def find_target_mentions(doc: Doc) -> Doc:
    """Aliases are matched in the visible text (zero-width and direction characters ignored, see
    sikap.pipeline.invisible); start/end are offsets into `text`, and `text[start:end]` is the mention."""
    pattern, alias_to_target, version = _mention_model()
    text = doc.text
    if not has_invisible(text):
        mentions = [{"target": alias_to_target[name], "start": start, "end": end, "text": name}
                    for start, end, name in pattern.spans(text)]
    else:
        vis = Visible.of(text)
        mentions = []
        for start, end, name in pattern.spans(vis.text):
            start, end = vis.span(start, end)
            mentions.append({"target": alias_to_target[name], "start": start, "end": end, "text": text[start:end]})
    doc.meta["target_mentions"] = mentions
    doc.meta["mentions_model_version"] = version
    return doc
