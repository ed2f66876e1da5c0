"""Markup left in a text dump: HTML tags, comments, and script or style blocks with their code.

Whole HTML documents never get here (reject_markup rejects them); this step removes what a copy-paste or a
careless converter leaves inside ordinary text. Offsets stay exact: nothing is deleted from the decoded
text; a line that is all markup is removed with a rule, and a line with markup inside is cut into several
`Line`s with disjoint, ordered spans, the markup pieces carrying the rule and the text pieces kept (the
article text is the kept pieces joined by a blank line, like any lines).

Rules (schema/reasons.yaml `removal_rules`): markup.script (a <script>, <style>, <noscript>, <iframe>,
<template> or <svg> element with everything inside it, across lines; unclosed, up to the end of its line),
markup.tag (an HTML tag of a known element, or an HTML comment). Only known element names count as tags, so
"x < y" or "<Jakarta>" stay text. Emits no reason codes.
"""

from __future__ import annotations

import re

from sikap.records import Doc, Line

_ELEMENTS = (
    "a abbr address article aside audio b bdi bdo big blockquote body br button canvas caption center cite code col "
    "colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 "
    "h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main mark menu meta meter "
    "nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section "
    "select small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th "
    "thead time title tr track tt u ul var video wbr"
).split()
_BLOCKS = "script|style|noscript|iframe|template|svg"
_ATTRS = r"""(?:\s+[^\s<>"'=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']*))?)*\s*/?"""
BLOCK = re.compile(rf"<({_BLOCKS})\b{_ATTRS}>(?:.*?</\1\s*>|[^\n]*)", re.I | re.S)
TAG = re.compile(rf"<!--.*?-->|</?(?:{'|'.join(sorted(_ELEMENTS, key=len, reverse=True))})\b{_ATTRS}>", re.I | re.S)
_WS = " \t\u00a0\u2009\u200b\ufeff"


def markup_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, rule) of every markup fragment in text[start:end], in order, not overlapping."""
    spans: list[tuple[int, int, str]] = []
    pos = start
    while pos < end:
        block = BLOCK.search(text, pos, end)
        stop = block.start() if block else end
        spans += [(m.start(), m.end(), "markup.tag") for m in TAG.finditer(text, pos, stop)]
        if block is None:
            break
        spans.append((block.start(), block.end(), "markup.script"))
        pos = block.end()
    return spans


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    seg = text[a:b]
    body = seg.strip(_WS + "\n")
    if not body:
        return a, a
    a += len(seg) - len(seg.lstrip(_WS + "\n"))
    return a, a + len(body)


def strip_markup(doc: Doc) -> Doc:
    if "<" not in doc.decoded[doc.start : doc.end]:  # most articles: nothing to do
        return doc
    spans = markup_spans(doc.decoded, doc.start, doc.end)
    if not spans:
        return doc
    text = doc.decoded
    out: list[Line] = []
    k = 0
    for line in doc.lines:
        while k < len(spans) and spans[k][1] <= line.start:
            k += 1
        if line.rule is not None or k == len(spans) or spans[k][0] >= line.end:
            out.append(line)
            continue
        pos, j = line.start, k
        while j < len(spans) and spans[j][0] < line.end:
            a, b, rule = spans[j]
            for lo, hi, r in ((pos, max(pos, a), None), (max(a, line.start), min(b, line.end), rule)):
                lo, hi = _trimmed(text, lo, hi)
                if hi > lo:
                    out.append(Line(lo, hi, r))
            pos = max(pos, min(b, line.end))
            if b > line.end:
                break
            j += 1
        lo, hi = _trimmed(text, pos, line.end)
        if hi > lo:
            out.append(Line(lo, hi))
    doc.lines = out
    return doc
