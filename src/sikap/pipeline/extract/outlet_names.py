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

from sikap.pipeline.extract.outlet_words import _FOLDS_TO_ASCII, after_words
from sikap.pipeline.extract.text import WS

_NAME = re.compile(r"(?<![\w.])([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})(?![\w])")
_HOST = re.compile(r"(?<![\w.])(?:www\.)?(([a-z][a-z0-9-]{3,40})\.(?:co\.id|com|id|net|news|co))(?!\w|\.\w)", re.I)


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


_CAMEL = re.compile(r"[A-Z][a-z]+")


def _spelled(host: str, printed: str, key: str) -> bool:
    """Whether a host's words begin with the letters of `key`: the words as printed in CamelCase
    ("KupangBerita.Com" for KBC, its suffix's capital counted), or a split of the host's name into outlet words
    and gazetteer places ("suarajatimpost" = suara + jatim + post for SJP; fix set JD, 2026-12)."""
    camel = _CAMEL.findall(printed)
    if len(camel) >= 2 and key in ("".join(w[0] for w in camel).casefold(),
                                   "".join(w[0] for w in _CAMEL.findall(printed.split(".")[0])).casefold()):
        return True
    return _split_into(host.casefold(), key)


def _split_into(name: str, key: str) -> bool:
    """`name` cut into len(key) known words (outlet words, places) whose first letters are `key`."""
    from sikap.pipeline.extract.dateline_lookups import _place
    from sikap.pipeline.extract.outlets import _name_words

    if not key:
        return not name
    if not name or name[0] != key[0]:
        return False
    words = _name_words()[0] | _name_words()[1]
    for end in range(len(name), 2, -1):
        head = name[:end]
        if (head in words or len(head) >= 4 and _place(head) is not None) and _split_into(name[end:], key[1:]):
            return True
    return False


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
            if parts and len(parts) == len(s) and "".join(p[0] for p in parts) == key \
                    or len(s) >= 3 and _spelled(m.group(2), m.group(1), key):
                return m.group(1)
        return None
    if s.isalpha() and len(s) >= 4:  # one word: the name's last, after an outlet word
        first = _first_words()
        if not s.isascii() or not _FOLDS_TO_ASCII.isdisjoint(text):
            pairs = ((m.group(1), m.group(2)) for m in
                     re.finditer(rf"(?<![\w])([A-Z][a-z]+)[ \t]+({re.escape(s)})(?![\w])", text, re.I))
        else:
            pairs = after_words(text, s)
        for word, name in pairs:
            if word.casefold() in first and name[:1].isupper():
                return f"{word} {name}"
    return None
