"""Load the curated extraction knowledge (curated/extraction/*.yaml) once per process.

The rules are generic; what they recognise (chrome phrases, credit labels, attribution cues, month names)
lives in those files, each with its provenance, so adding a phrase never needs a code change. The attribution
cues and the site-naming prompts of attributions.yaml are compiled in knowledge_attributions.py.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sikap.pipeline.extract.alternation import alternation
from sikap.pipeline.extract.text import LINE_CACHE, fold

_EDGE_PUNCT = " \t\u00a0:|-–—•*#»›>·"
# a line's first word as a prefix phrase is looked up by: past the chrome punctuation, up to a space or ":"
# (text.lstrip(_EDGE_PUNCT).split(None, 1)[0].split(":", 1)[0], without copying the rest of the line)
# what str.split() splits on: every character whose isspace() is true (tests/extract/test_knowledge.py)
SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACES = re.escape(SPACES)
_FIRST_WORD = re.compile(f"[{re.escape(_EDGE_PUNCT)}]*[{_SPACES}]*([^{_SPACES}:]*)")


def first_word(text: str) -> str:
    """The line's first word, case-folded, as prefix phrases are indexed (see _FIRST_WORD)."""
    return _FIRST_WORD.match(text).group(1).casefold()


def curated_data(name: str) -> dict:
    """The parsed curated/extraction/NAME (read once per process): what the rules of every module read."""
    from sikap.paths import curated_dir

    return _read(Path(curated_dir()) / "extraction" / name)


_FORMS = {"fold": fold, "casefold": str.casefold, "lower": str.lower, "as printed": str}


@functools.cache
def curated_set(name: str, key: str, form: str = "fold") -> frozenset:
    """The list under `key` ("a.b" for a nested one) in curated/extraction/NAME as a set, each entry in the form
    the rules compare in ("fold", "casefold", "lower" or "as printed"): the one reader of the curated word lists
    that rules test membership in. Cached: curated_data finds the project's folder on disk at every call."""
    data = curated_data(name)
    for part in key.split("."):
        data = data.get(part, {}) if isinstance(data, dict) else {}
    return frozenset(_FORMS[form](str(x)) for x in (data or []))


@functools.cache
def _read(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


@functools.lru_cache(maxsize=LINE_CACHE)
def line_key(text: str) -> str:
    """The form a line is compared in: folded, without the punctuation chrome wraps around words."""
    return fold(text).strip(_EDGE_PUNCT)


def _alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@dataclass(frozen=True)
class LineCatalogue:
    exact: dict  # line key -> (code, max_words, edges_only)
    prefix: dict  # folded phrase -> (code, max_words, edges_only)
    patterns: tuple  # (code, compiled, max_words, edges_only)
    by_first_word: dict = None  # first word of a prefix phrase -> its phrases, longest first
    any_by_size: tuple = ((), ())  # [edges][n_words]: Alternation of the patterns that may take such a line
    exact_words: int = 8  # the longest exact phrase, in words
    heads: dict = field(default_factory=dict, init=False, compare=False)  # may_open_phrase's answers, by head

    def may_open_phrase(self, head: str) -> bool:
        """May a line opening with these three characters have a prefix phrase's first word as its
        first_word? No when they open that word (no chrome punctuation or white space before it, none nor
        ":" among them) and no phrase's first word begins with them case-folded (casefold maps each
        character alone). Kept per head: a line's first word is then read only where a phrase may open."""
        if len(self.heads) > 50000:  # a bound on memory: news text opens with a few thousand heads
            self.heads.clear()
        opens = len(head) == 3 and head[0] not in _EDGE_PUNCT and not any(c in SPACES or c == ":" for c in head)
        folded = head.casefold()
        self.heads[head] = may = not opens or any(w.startswith(folded) for w in self.by_first_word)
        return may

    def match(self, text: str, n_words: int, edges: bool) -> str | None:
        """The code of the first rule that takes the line, or None. `edges`: the line is in the header or
        footer zone, where `zones: edges` rules apply too. Exact phrases and prefixes are dictionary
        lookups (a prefix is whole words); the patterns are tried only when their one-call alternation for
        lines of this length matches."""
        if n_words <= self.exact_words:
            key = line_key(text)
            hit = self.exact.get(key)
            if hit and n_words <= hit[1] and (edges or not hit[2]):
                return hit[0]
            first = key.split(" ", 1)[0].split(":", 1)[0]
        else:  # a long line: no exact phrase; fold only its start, and only when a prefix may begin there
            first = first_word(text)
            key = line_key(text[:120]) if first in self.by_first_word else ""
        for phrase in self.by_first_word.get(first, ()):
            if key.startswith(phrase) and (len(key) == len(phrase) or not key[len(phrase)].isalpha()
                                           or phrase[-1] == ":"):
                hit = self.prefix[phrase]
                if n_words <= hit[1] and (edges or not hit[2]):
                    return hit[0]
        stripped = text.strip(" \t\u00a0")
        table = self.any_by_size[1 if edges else 0]
        alternation = table[n_words] if n_words < len(table) else None
        if alternation is None or not alternation.match(stripped):
            return None
        for code, pattern, max_words, edge_only in self.patterns:
            if n_words <= max_words and (edges or not edge_only) and pattern.match(stripped):
                return code
        return None


@functools.cache
def named_rule(name: str) -> re.Pattern:
    """The patterns of the boilerplate rule named `name` (its `name:` key in boilerplate.yaml) as one regex: for a
    rule that another rule reads as evidence (a temperature above a date bar), so the form is curated once."""
    rules = [r for r in curated_data("boilerplate.yaml")["rules"] if r.get("name") == name]
    if len(rules) != 1 or not rules[0].get("pattern"):
        raise KeyError(f"boilerplate.yaml: no one pattern rule named {name!r}")
    return re.compile("|".join(f"(?:{p})" for p in rules[0]["pattern"]))


@functools.cache
def line_catalogue() -> LineCatalogue:
    exact, prefix, patterns = {}, {}, []
    for rule in curated_data("boilerplate.yaml")["rules"]:
        spec = (rule["code"], int(rule.get("max_words", 40)), rule.get("zones") == "edges")
        for phrase in rule.get("exact", []):
            exact.setdefault(line_key(str(phrase)), spec)
        for phrase in rule.get("prefix", []):
            prefix.setdefault(fold(str(phrase)), spec)
        for pat in rule.get("pattern", []):
            patterns.append((spec[0], re.compile(pat), spec[1], spec[2]))  # case: inline (?i) where wanted
    for code, text, words in _theme_strings():  # (after the rules: a phrase of theirs keeps its code)
        if _PLACEHOLDER.search(text):
            patterns.append((code, re.compile(_placeholder_pattern(text)), words, False))
        else:
            exact.setdefault(line_key(text), (code, words, False))
    longest = max((w for _, _, w, _ in patterns), default=0)
    any_by_size = []
    for edges in (False, True):  # for a line of n words: the one alternation of the patterns that allow it
        cache, table = {}, []
        for n in range(longest + 1):
            allowed = tuple(i for i, (_, _, w, e) in enumerate(patterns) if w >= n and (edges or not e))
            if allowed not in cache:
                cache[allowed] = alternation(patterns[i][1] for i in allowed)
            table.append(cache[allowed])
        any_by_size.append(tuple(table))
    by_first: dict = {}
    for phrase in sorted(prefix, key=len, reverse=True):
        by_first.setdefault(phrase.split(" ", 1)[0].split(":", 1)[0], []).append(phrase)
    return LineCatalogue(exact, prefix, tuple(patterns), by_first, tuple(any_by_size),
                         max((len(p.split()) for p in exact), default=1))


# where a theme's UI string holds a value: a name or a title (NAME, %s, %1$s, %CURRENT_PAGE%) or a number (%d)
_PLACEHOLDER = re.compile(r"(%\d\$[sd]|%[sd]|NAME|%[A-Z_]+%)")


def _theme_strings() -> list[tuple[str, str, int]]:
    """(code, text, max_words) of each row of the themes' UI strings that carries a removal code (boilerplate.yaml,
    theme_strings: the file and the longest line a string may take)."""
    import csv

    from sikap.paths import curated_dir

    spec = curated_data("boilerplate.yaml").get("theme_strings")
    if not spec:
        return []
    with open(Path(curated_dir()) / "extraction" / spec["file"], encoding="utf-8", newline="") as fh:
        return [(r["code"], r["text"].strip(), int(spec["max_words"])) for r in csv.DictReader(fh, delimiter="\t")
                if r["code"]]


def _placeholder_pattern(text: str) -> str:
    """The string as a whole-line pattern, case ignored: a number where it prints %d, any text for another value."""
    return "(?i)" + "".join(
        (r"\d{1,6}" if part.startswith("%") and part.endswith("d") else r".{1,80}?") if _PLACEHOLDER.fullmatch(part)
        else re.escape(part) for part in _PLACEHOLDER.split(text)) + r"\s*$"


@dataclass(frozen=True)
class Credits:
    roles: dict  # folded label -> field (authors, editors, translators)
    label_re: re.Pattern
    titles: frozenset  # degrees printed after a name: folded, without dots
    honorifics: frozenset  # printed before a name
    not_names: frozenset
    generic: tuple
    not_name_words: frozenset = frozenset()  # first or last word of a line that names nobody ("Dokumentasi X")
    widget_words: frozenset = frozenset()  # a button's word where a byline's name stands ("... 08:15 WITA Follow")
    verb_re: re.Pattern | None = None  # a word shaped as a derived verb ("Membumikan"): no part of a name
    team_words: frozenset = frozenset()  # "Tim", "Team": a team's credit opens with one, naming no person


@functools.cache
def credits() -> Credits:
    data = curated_data("credits.yaml")
    roles = {}
    for field, labels in data["roles"].items():
        for label in labels:
            roles[fold(label)] = field
    colon_only = {}  # "Red:": an abbreviation that is a label only before a colon
    for field, labels in (data.get("colon_roles") or {}).items():
        for label in labels:
            colon_only[fold(label)] = field
    not_labels = "|".join(re.escape(x) for x in data.get("not_labels", []))  # "Oleh karena itu" opens a sentence
    colon_alt = rf"|(?:{_alternation(colon_only)})(?=\s*:)" if colon_only else ""
    label_re = re.compile(r"(?i)^\s*" + (rf"(?!(?:{not_labels})\b)" if not_labels else "")
                          + "(" + _alternation(roles) + colon_alt
                          + r")(?:\s*(?::|[;|](?=\s*[A-Z])|\s)\s*|(?-i:(?<=[a-z])(?=[A-Z][a-z])))")
    roles.update({k: v for k, v in colon_only.items() if k not in roles})
    # ("ByName": a label glued to the name it labels, as a theme prints "By" and the name in two spans; "Editor; NAME":
    # a semicolon typed for the colon before a capital, a student paper's credits, fix set GG, 2026-12; "Editor | NAME":
    # a bar, a campus portal's credit, fix set LI, 2026-12)
    titles = frozenset(t.replace(".", "").casefold() for t in data["titles"])
    honorifics = frozenset(t.replace(".", "").casefold() for t in data["honorifics"])
    return Credits(roles, label_re, titles, honorifics, frozenset(fold(x) for x in data["not_names"]),
                   tuple(data.get("generic_credits", [])), frozenset(fold(x) for x in data.get("not_name_words", [])),
                   frozenset(fold(x) for x in data.get("widget_words", [])), _verb_re(data.get("verb_affixes")),
                   frozenset(fold(x) for x in data.get("team_words", [])))


def _verb_re(affixes: dict | None) -> re.Pattern | None:
    """A whole word opened by one of the prefixes and closed by one of the suffixes, its stem three letters or
    more, any case (credits.yaml, verb_affixes)."""
    if not affixes:
        return None
    return re.compile(rf"(?i)(?:{_alternation(affixes['prefixes'])})[^\W\d_]{{3,}}(?:{_alternation(affixes['suffixes'])})")


@functools.cache
def date_names() -> dict:
    return curated_data("dates.yaml")
