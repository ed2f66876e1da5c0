"""Last per-article steps: drop what holds no article, give the rest a stable id.

Reason codes: no_content, too_short (check_content).
"""

from __future__ import annotations

from dataclasses import dataclass

from sikap.pipeline.split import word_count
from sikap.records import Doc, Reject


@dataclass(frozen=True)
class CheckContent:
    """Articles need a body; very short leftovers are page chrome that no rule caught."""

    min_words: int = 40
    name: str = "check_content"

    def __call__(self, doc: Doc) -> Doc | Reject:
        kept = doc.kept
        if not kept:
            return doc.reject(self.name, "no_content", f"all {len(doc.lines)} lines removed as boilerplate")
        words = word_count(doc.text, self.min_words)  # exact below min_words, where it is reported
        if words < self.min_words:
            return doc.reject(self.name, "too_short", f"{words} words < {self.min_words}")
        return doc


def article_id(raw_sha256: str, index: int, record: int | None = None) -> str:
    """Stable id: the raw bytes and the article's place in them, nothing a cleaning rule can change. An article
    of a multi-record file (WARC, JSON Lines) names its record: <sha16>-r<record>-<index>."""
    if record is None:
        return f"{raw_sha256[:16]}-{index:02d}"
    return f"{raw_sha256[:16]}-r{record}-{index:02d}"


def assign_id(doc: Doc) -> Doc:
    rec = doc.raw.record
    doc.meta["article_id"] = article_id(doc.raw.sha256, doc.index or 0, rec.index if rec is not None else None)
    return doc
