"""ftfy's encoding repair, with a fast proof that a text needs none (most texts).

ftfy (with our config: encoding fixes only) changes a line only when (a) its BADNESS_RE finds mojibake, or
(b) a line holds a C1 control, a surrogate or one of ftfy's CONTROL_CHARS. BADNESS_RE costs ~0.2 µs a
character, so instead of running it everywhere we read from its parse tree, once, one *anchor* per
branch: a character class every match of the branch must contain and that holds no ASCII. A match is at
most `width` characters long, so it lies within `width` characters of one of its anchors; searching
those small windows of the whole text finds a match if any line has one. BADNESS_RE has no look-around and
one anchor, `^[ÃÂ] `; Ã and Â always take the slow path. When ftfy's pattern ever has a branch without
such an anchor, every text takes the slow path (the exact, per-line one).

tests/test_decode_fast.py checks `fix_text` against ftfy.fix_text on seeds and generated mojibake.
"""

from __future__ import annotations

import functools
import re

_PLAIN_LINE = re.compile(r"[\t\x20-\x7e]*\n?")  # printable ASCII: every ftfy fixer leaves it as it is


def ftfy_config():
    import ftfy

    # Only repair encoding damage; leave quotes, widths and ligatures as the outlet printed them.
    return ftfy.TextFixerConfig(
        unescape_html=False,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        remove_terminal_escapes=False,
        fix_line_breaks=False,
        normalization=None,
        explain=False,
    )


def _class_chars(op, av) -> set[int] | None:
    from re import _constants as C

    if op is C.LITERAL:
        return {av}
    if op is C.IN and all(iop in (C.LITERAL, C.RANGE) for iop, _ in av):
        out: set[int] = set()
        for iop, iav in av:
            out.update([iav] if iop is C.LITERAL else range(iav[0], iav[1] + 1))
        return out
    return None  # negated or category classes: not an anchor


@functools.cache
def _triggers() -> tuple[frozenset | None, frozenset, int]:
    """(every character worth a look, the ones the other fixers change, match width).

    The characters are BADNESS_RE's anchors and the characters fix_c1_controls, fix_surrogates and
    remove_control_chars change; None when some branch of BADNESS_RE has no anchor."""
    from re import _constants as C
    from re import _parser

    from ftfy.badness import BADNESS_RE
    from ftfy.chardata import CONTROL_CHARS

    others = frozenset(chr(c) for c in [*range(0x80, 0xA0), *range(0xD800, 0xE000), *CONTROL_CHARS])
    tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    if len(tree) != 1 or tree[0][0] is not C.BRANCH:
        return None, others, 0
    anchors: set[int] = {ord("Ã"), ord("Â")}
    for branch in tree[0][1][1]:
        sets = [s for op, av in branch if (s := _class_chars(op, av)) and min(s) >= 128]
        if not sets:
            return None, others, 0
        anchors |= min(sets, key=len)
    return frozenset(map(chr, anchors)) | others, others, tree.getwidth()[1]


@functools.cache
def _plain_bytes() -> bytes:
    """The ASCII bytes of no character worth a look."""
    chars, _, _ = _triggers()
    return bytes(b for b in range(128) if chr(b) not in (chars or ()))


def ftfy_leaves_alone(text: str) -> bool:
    """True when ftfy.fix_text(text, config=ftfy_config()) is certainly `text` itself."""
    from ftfy.badness import BADNESS_RE

    chars, others, width = _triggers()
    if chars is None:
        return False
    # The characters worth a look, found without a regex scan of the whole text (~8 ns a character): UTF-8
    # with the plain ASCII bytes deleted holds only the rest (a multi-byte character has no ASCII byte).
    rest = text.encode("utf-8", "surrogatepass").translate(None, _plain_bytes()).decode("utf-8", "surrogatepass")
    present = chars.intersection(rest)
    for c in present:
        if c in others or c in "ÃÂ":
            return False
    for c in present:  # every place of every such character: the windows a scan for them would visit
        p = text.find(c)
        while p >= 0:
            if BADNESS_RE.search(text, max(0, p - width), p + width + 1):
                return False
            p = text.find(c, p + 1)
    return True


def fix_text(text: str) -> str:
    """ftfy.fix_text with our config, line by line as ftfy does; texts it provably leaves alone and plain-ASCII
    lines (which no fixer changes) are skipped. Same result as ftfy.fix_text(text, config=ftfy_config())."""
    import ftfy

    if ftfy_leaves_alone(text):
        return text
    config = ftfy_config()
    out = []
    pos = 0
    while pos < len(text):
        textbreak = text.find("\n", pos) + 1 or len(text)
        if textbreak - pos > config.max_decode_length:
            textbreak = pos + config.max_decode_length
        segment = text[pos:textbreak]
        out.append(segment if _PLAIN_LINE.fullmatch(segment) else ftfy.fix_and_explain(segment, config).text)
        pos = textbreak
    return "".join(out)


# Runs of Thai letters and signs among other text: UTF-8 decoded as Thai (cp874/TIS-620) by a copier, "2025 ยฉ PT"
# for "2025 © PT" (probe sets AK and AR, 2026-12). ftfy does not try Thai.
_THAI = re.compile("[\u0e00-\u0e7f]")
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f\u20ac\u2026\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]+")


def fix_thai_mojibake(text: str) -> str:
    """Each run of Thai characters that is UTF-8 read as cp874 (the run encodes back to cp874 and those bytes
    decode as UTF-8 into no Thai character) replaced by what it spelled, on a text that is not Thai: under one
    Thai letter in twenty. A Thai text, and a run that does not decode so, are left as they are."""
    if _THAI.search(text) is None:  # (a regex scan: a loop over the characters cost ~0.3 s a thousand pages)
        return text
    letters = sum(c.isalpha() for c in text)
    thai = len(_THAI.findall(text))
    if thai * 20 > letters:
        return text

    def repair(m: re.Match) -> str:
        run = m.group(0)
        if not any("\u0e00" <= c <= "\u0e7f" for c in run):
            return run
        try:
            spelled = run.encode("cp874").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run
        return run if any("\u0e00" <= c <= "\u0e7f" for c in spelled) else spelled

    return _THAI_RUN.sub(repair, text)

