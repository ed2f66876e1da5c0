"""Records that flow through the pipeline: a raw file, an article being built, and a reject.

Steps mutate a Doc in place (cheap, and a Doc belongs to one step at a time); a Reject ends a record's way
and is kept, with its reason code, in the rejects table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Record:
    """One record of a raw file read by sikap.formats: an HTML page, or one response of a WARC archive or one
    line of a crawler export. It rides on its RawFile, so it survives every step that keeps `doc.raw`."""

    kind: str  # what `RawFile.data` holds: "html" (trafilatura extracts the text) or "text" (decoded as a dump)
    sha256: str  # of the record's page bytes (the HTTP body, the JSON field, the HTML file)
    index: int | None = None  # ordinal among all records of a multi-record file; None: the file is the record
    offset: int | None = None  # byte offset of the record (WARC record or its gzip member, JSONL line) in the file
    facts: dict = field(default_factory=dict, repr=False)  # page facts known before extraction (url, fetch date, ...)
    charset: str | None = None  # declared by the transport (HTTP Content-Type), if any


@dataclass(frozen=True)
class RawFile:
    path: str  # relative to the raw root, with forward slashes
    sha256: str | None  # None only when the bytes could not be taken (see problem) and no manifest has them
    size: int
    data: bytes = field(repr=False)  # a container (WARC, JSON Lines): its head only; records stream from disk
    sidecar: dict = field(default_factory=dict, repr=False)
    record: Record | None = None  # set on the RawFile of each record sikap.formats reads out of a file
    span: tuple[int, int, int] | None = None  # (start, stop, first index): only the archive's records starting there
    problem: tuple[str, str] | None = None  # (reason code, detail): not a raw file to read (sikap.raw.read_raw_file)


@dataclass(frozen=True)
class Reject:
    raw_file: str
    raw_sha256: str | None
    step: str
    reason: str
    detail: str
    article_index: int | None = None
    record_index: int | None = None

    def row(self) -> dict:
        return {
            "raw_file": self.raw_file,
            "raw_sha256": self.raw_sha256,
            "record_index": self.record_index,
            "article_index": self.article_index,
            "step": self.step,
            "reason": self.reason,
            "detail": self.detail,
        }


@dataclass(slots=True)  # slots: every step reads `rule` of every line, ~2x faster than through a __dict__
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
    _text: tuple | None = field(default=None, repr=False, compare=False)  # (decoded, lines, rules, text)

    def line_text(self, line: Line) -> str:
        return self.decoded[line.start : line.end]

    @property
    def kept(self) -> list[Line]:
        return [ln for ln in self.lines if ln.rule is None]

    @property
    def text(self) -> str:
        """The kept lines joined by a blank line. Most steps read it; it is made again whenever `decoded`,
        the `lines` list or a line's rule changed since (steps never move a line's span). The rules are
        compared as they are (a list of the same objects compares at a glance): a changed rule that keeps
        its line out only makes the same text again."""
        rules = [ln.rule for ln in self.lines]
        cache = self._text
        if cache is None or cache[0] is not self.decoded or cache[1] is not self.lines or cache[2] != rules:
            text = "\n\n".join([self.decoded[ln.start : ln.end] for ln in self.lines if ln.rule is None])
            self._text = cache = (self.decoded, self.lines, rules, text)
        return cache[3]

    def note(self, field_name: str, source: str, method: str, evidence: str) -> None:
        """Record where a metadata value came from (one entry per value)."""
        self.provenance.append(
            {"field": field_name, "source": source, "method": method, "evidence": evidence}
        )

    def reject(self, step: str, reason: str, detail: str) -> Reject:
        rec = self.raw.record
        return Reject(self.raw.path, self.raw.sha256, step, reason, detail, self.index, rec.index if rec else None)
