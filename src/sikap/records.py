"""Records that flow through the pipeline: a raw file, an article being built, and a reject.

Steps mutate a Doc in place (cheap, and a Doc belongs to one step at a time); a Reject ends a record's way
and is kept, with its reason code, in the rejects table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RawFile:
    path: str  # relative to the raw root, with forward slashes
    sha256: str | None  # None only when the bytes could not be taken (see problem) and no manifest has them
    size: int
    data: bytes = field(repr=False)
    sidecar: dict = field(default_factory=dict, repr=False)
    problem: tuple[str, str] | None = None  # (reason code, detail): not a raw file to read (sikap.raw.read_raw_file)


@dataclass(frozen=True)
class Reject:
    raw_file: str
    raw_sha256: str | None
    step: str
    reason: str
    detail: str
    article_index: int | None = None

    def row(self) -> dict:
        return {
            "raw_file": self.raw_file,
            "raw_sha256": self.raw_sha256,
            "article_index": self.article_index,
            "step": self.step,
            "reason": self.reason,
            "detail": self.detail,
        }


@dataclass
class Line:
    """A non-blank line of an article region; rule is None while the line is kept in the text."""

    start: int
    end: int
    rule: str | None = None


@dataclass
class Doc:
    raw: RawFile
    decoded: str = ""
    encoding: str = ""
    decode_fixes: list[str] = field(default_factory=list)
    index: int | None = None  # set by the split step
    start: int = 0
    end: int = 0
    lines: list[Line] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    provenance: list[dict] = field(default_factory=list)
    _text: tuple | None = field(default=None, repr=False, compare=False)  # (decoded, lines, kept flags, text)

    def line_text(self, line: Line) -> str:
        return self.decoded[line.start : line.end]

    @property
    def kept(self) -> list[Line]:
        return [ln for ln in self.lines if ln.rule is None]

    @property
    def text(self) -> str:
        """The kept lines joined by a blank line. Five steps read it; it is made again whenever `decoded`,
        the `lines` list or a line's rule changed since (steps never move a line's span)."""
        kept = tuple([ln.rule is None for ln in self.lines])
        cache = self._text
        if cache is None or cache[0] is not self.decoded or cache[1] is not self.lines or cache[2] != kept:
            text = "\n\n".join([self.decoded[ln.start : ln.end] for ln in self.lines if ln.rule is None])
            self._text = cache = (self.decoded, self.lines, kept, text)
        return cache[3]

    def note(self, field_name: str, source: str, method: str, evidence: str) -> None:
        """Record where a metadata value came from (one entry per value)."""
        self.provenance.append(
            {"field": field_name, "source": source, "method": method, "evidence": evidence}
        )

    def reject(self, step: str, reason: str, detail: str) -> Reject:
        return Reject(self.raw.path, self.raw.sha256, step, reason, detail, self.index)
