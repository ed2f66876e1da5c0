"""Bytes to text, explicitly: every change to the bytes is named in decode_fixes.

Reason codes: missing_file, symlink_outside, symlink_loop, broken_symlink, symlinked_folder, special_file
(check_raw); empty_file, file_too_large, binary_content, invalid_utf8, undecodable (decode); duplicate_file
(deduplicate_files); html_document (reject_markup); blank_text (reject_blank).

The decoded text is what all character offsets point into; `decode_bytes` is public so anyone can
reproduce it from the raw bytes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sikap.pipeline.mojibake import fix_text, fix_thai_mojibake
from sikap.records import Doc, Reject

MAX_BYTES = 5_000_000
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_MARKUP = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|article|script)\b[^>]*>", re.I)
_LEGACY = ("cp1252", "iso8859_15", "latin_1")


class DecodeError(ValueError):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def decode_bytes(data: bytes, max_bytes: int = MAX_BYTES) -> tuple[str, str, list[str]]:
    """Return (text, encoding, fixes) or raise DecodeError with a reason code."""
    if not data:
        raise DecodeError("empty_file", "0 bytes")
    if len(data) > max_bytes:
        raise DecodeError("file_too_large", f"{len(data)} bytes > limit {max_bytes}")
    fixes: list[str] = []
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _utf16_without_bom(data)
        if text is None:
            nul = data.index(b"\x00")
            raise DecodeError("binary_content", f"NUL byte at offset {nul}")
        fixes.append("utf16_no_bom")
    else:
        text, encoding = _to_str(data, fixes)
    raw = text.encode("utf-8", "surrogatepass")  # control characters are ASCII: one byte each in UTF-8
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    if controls > max(2, len(text) // 100) or "\x00" in text:
        raise DecodeError("binary_content", f"{controls} control characters in {len(text)}")
    if "\r" in text:
        fixes.append("crlf" if "\r\n" in text else "cr")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    fixed = fix_text(text)
    if b"\xe0\xb8" in raw or b"\xe0\xb9" in raw:  # a Thai letter's UTF-8 lead bytes: only then look for its mojibake
        fixed = fix_thai_mojibake(fixed)
    if fixed != text:
        fixes.append("mojibake")
        text = fixed
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        fixes.append("nfc")
    return nfc, encoding, fixes


def _utf16_without_bom(data: bytes) -> tuple[str | None, str]:
    """UTF-16 with no byte-order mark, told from binary by where its NUL bytes are: text in Latin script has
    a NUL as the high byte of nearly every character (odd offsets in little-endian, even in big-endian) and
    almost none at the other parity. The text must then decode strictly and hold no NUL character."""
    if len(data) % 2:
        return None, ""
    head = data[:65536]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high >= 0.3 * half and low <= 0.01 * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None, ""
            return (None, "") if "\x00" in text else (text, encoding)
    return None, ""


def _to_str(data: bytes, fixes: list[str]) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        fixes.append("bom")
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        fixes.append("bom")
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise DecodeError("undecodable", f"UTF-16 BOM but invalid at byte {err.start}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if _UTF8_MULTIBYTE.search(data):
            raise DecodeError("invalid_utf8", f"invalid UTF-8 at byte {err.start}: {data[err.start:err.start + 4]!r}") from None
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is None or best.chaos > 0.2:
        raise DecodeError("undecodable", "not UTF-8 and no legacy single-byte encoding fits")
    return str(best), best.encoding


def check_raw(doc: Doc) -> Doc | Reject:
    """A raw file that could not be taken as data (sikap.raw.read_raw_file: a link leaving the raw root, a
    loop, a special file, a registered file that is gone) ends here with its reason."""
    if doc.raw.problem is None:
        return doc
    reason, detail = doc.raw.problem
    return doc.reject("check_raw", reason, detail)


@dataclass(frozen=True)
class Decode:
    """Bytes of doc.raw to doc.decoded; files over max_bytes are rejected before any work."""

    max_bytes: int = MAX_BYTES
    name: str = "decode"

    def __call__(self, doc: Doc) -> Doc | Reject:
        if doc.raw.record is not None and doc.raw.record.kind == "html":
            return doc  # a page: sikap.pipeline.pages.ExtractHtml makes its text
        try:
            text, encoding, fixes = decode_bytes(doc.raw.data, self.max_bytes)
        except DecodeError as err:
            return doc.reject(self.name, err.reason, err.detail)
        doc.decoded, doc.encoding, doc.decode_fixes = text, encoding, fixes
        doc.start, doc.end = 0, len(text)
        return doc


@dataclass
class DeduplicateFiles:
    """Drop a file whose bytes were already read under another name (the first path wins)."""

    name: str = "deduplicate_files"
    seen: dict[str, str] = field(default_factory=dict)

    def __call__(self, doc: Doc) -> Doc | Reject:
        first = self.seen.setdefault(doc.raw.sha256, doc.raw.path)
        if first != doc.raw.path:
            return doc.reject(self.name, "duplicate_file", f"same bytes as {first}")
        return doc


_DOCUMENT = re.compile(r"<\s*(?:html|head|body)\b", re.I)


def reject_markup(doc: Doc) -> Doc | Reject:
    """A whole HTML or XML document (it starts like one, has a <html>/<head>/<body> tag, or is mostly tags) is
    rejected; markup fragments in a text dump are cut out later, line by line (sikap.pipeline.markup)."""
    if "<" not in doc.decoded[:65536]:  # no tag and no markup head can be there: most files
        return doc
    head = doc.decoded[:4096]
    window = doc.decoded[:65536]
    tags = _MARKUP.findall(window)
    if head.lstrip().lower().startswith(("<!doctype html", "<html", "<?xml")) or _DOCUMENT.search(window) or (
            len(tags) >= 3 and _markup_share(window) > 0.3):
        return doc.reject("reject_markup", "html_document", f"{len(tags)} HTML tags in the first 64 KB")
    return doc


def _markup_share(text: str) -> float:
    """Share of the non-space characters that are markup (tags, comments, script and style blocks)."""
    from sikap.pipeline.markup import BLOCK, TAG

    cut = TAG.sub("", BLOCK.sub("", text))
    solid = len(text) - text.count(" ") - text.count("\n")
    return 1 - (len(cut) - cut.count(" ") - cut.count("\n")) / max(1, solid)


def reject_blank(doc: Doc) -> Doc | Reject:
    if not doc.decoded.strip():
        return doc.reject("reject_blank", "blank_text", f"{len(doc.decoded)} white-space characters")
    return doc
