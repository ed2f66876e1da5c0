"""The outlet's fuller name, when a dateline prints it short and the page prints it whole.

Regional sites sign their datelines with the outlet's initials ("KUPANG, PK --") or with the last word of its name
("MOMENTUM, Kota--"), and print the whole name elsewhere on the page: a masthead, a copyright line, a tagline
("Pos Kupang", "Harian Momentum"). The dataset names the outlet once, by the name a researcher compares outlets by,
so the dateline's short form is expanded when, and only when, the page itself prints a name that it abbreviates:
- initials: a name of two to four capitalised words (or a host whose name splits into such words at an outlet
  word, "hariansumatera.com") whose first letters are the dateline's letters, shaped like an outlet's name or
  registered;
- one word: that word after an outlet word that opens names ("Harian Momentum" for "MOMENTUM").
A dateline whose short form the page does not expand keeps it, as printed (probe sets T and AA, 2026-12).
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import WS

_NAME = re.compile(r"(?<![\w.])([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})(?![\w])")
_HOST = re.compile(r"(?<![\w.])(?:www\.)?(([a-z][a-z0-9-]{3,40})\.(?:co\.id|com|id|net|news|co))(?![\w.])", re.I)


def _first_words() -> frozenset:
    from sikap.pipeline.extract.outlets import _name_words

    return _name_words()[0]


def _host_words(host: str) -> list[str] | None:
    """'hariansumatera' -> ['harian', 'sumatera']: a host split after an outlet word that opens it."""
    low = host.casefold()
    for w in sorted(_first_words(), key=len, reverse=True):
        if " " not in w and low.startswith(w) and len(low) - len(w) >= 3:
            return [w, low[len(w):]]
    return None


def fuller_name(text: str, short: str) -> str | None:
    """The name `text` prints that the dateline's `short` form abbreviates, or None."""
    from sikap.pipeline.extract.outlets import lookup_outlet, outlet_shaped

    s = short.strip(WS + "().,")
    if not s or " " in s or len(s) > 24:
        return None
    key = s.casefold()
    if s.isalpha() and s.isupper() and 2 <= len(s) <= 4:  # initials
        for m in _NAME.finditer(text):
            name = m.group(1)
            words = name.split()
            if len(words) == len(s) and "".join(w[0] for w in words).casefold() == key \
                    and (lookup_outlet(name) or outlet_shaped(name)):
                return name
        for m in _HOST.finditer(text):
            parts = _host_words(m.group(2))
            if parts and len(parts) == len(s) and "".join(p[0] for p in parts) == key:
                return m.group(1)
        return None
    if s.isalpha() and len(s) >= 4:  # one word: the name's last, after an outlet word
        first = _first_words()
        for m in re.finditer(rf"(?<![\w])([A-Z][a-z]+)[ \t]+({re.escape(s)})(?![\w])", text, re.I):
            if m.group(1).casefold() in first and m.group(2)[:1].isupper():
                return f"{m.group(1)} {m.group(2)}"
    return None
