"""Load the curated extraction knowledge (curated/extraction/*.yaml) once per process.

The rules are generic; what they recognise (chrome phrases, credit labels, attribution cues, month names)
lives in those files, each with its provenance, so adding a phrase never needs a code change.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from sikap.pipeline.extract.text import fold

_EDGE_PUNCT = " \t\u00a0:|-–—•*#»›>·"


def _load(name: str) -> dict:
    from sikap.paths import curated_dir

    path = Path(curated_dir()) / "extraction" / name
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def line_key(text: str) -> str:
    """The form a line is compared in: folded, without the punctuation chrome wraps around words."""
    return fold(text).strip(_EDGE_PUNCT)


def _alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@dataclass(frozen=True)
class LineCatalogue:
    exact: dict  # line key -> (code, max_words, edges_only)
    prefix: dict  # folded phrase -> (code, max_words, edges_only)
    prefix_re: re.Pattern | None
    patterns: tuple  # (code, compiled, max_words, edges_only)

    def match(self, text: str, n_words: int, edges: bool) -> str | None:
        """The code of the first rule that takes the line, or None. `edges`: the line is in the header or
        footer zone, where `zones: edges` rules apply too."""
        key = line_key(text)
        hit = self.exact.get(key)
        if hit and n_words <= hit[1] and (edges or not hit[2]):
            return hit[0]
        if self.prefix_re is not None:
            m = self.prefix_re.match(key)
            if m:
                code, max_words, edge_only = self.prefix[m.group(1)]
                if n_words <= max_words and (edges or not edge_only):
                    return code
        stripped = text.strip(" \t\u00a0")
        for code, pattern, max_words, edge_only in self.patterns:
            if n_words <= max_words and (edges or not edge_only) and pattern.match(stripped):
                return code
        return None


@functools.cache
def line_catalogue() -> LineCatalogue:
    exact, prefix, patterns = {}, {}, []
    for rule in _load("boilerplate.yaml")["rules"]:
        spec = (rule["code"], int(rule.get("max_words", 40)), rule.get("zones") == "edges")
        for phrase in rule.get("exact", []):
            exact.setdefault(line_key(str(phrase)), spec)
        for phrase in rule.get("prefix", []):
            prefix.setdefault(fold(str(phrase)), spec)
        for pat in rule.get("pattern", []):
            patterns.append((spec[0], re.compile(pat), spec[1], spec[2]))  # case: inline (?i) where wanted
    prefix_re = None
    if prefix:
        # a prefix ends at a non-letter: "baca juga" takes "baca juga: x", not "baca jugalah"
        prefix_re = re.compile(r"(" + _alternation(prefix) + r")(?![^\W\d_])")
    return LineCatalogue(exact, prefix, prefix_re, tuple(patterns))


@dataclass(frozen=True)
class Credits:
    roles: dict  # folded label -> field (authors, editors, translators)
    label_re: re.Pattern
    titles: frozenset  # degrees printed after a name: folded, without dots
    honorifics: frozenset  # printed before a name
    not_names: frozenset
    generic: tuple


@functools.cache
def credits() -> Credits:
    data = _load("credits.yaml")
    roles = {}
    for field, labels in data["roles"].items():
        for label in labels:
            roles[fold(label)] = field
    label_re = re.compile(r"(?i)^\s*(" + _alternation(roles) + r")\s*(?::|\s)\s*")
    titles = frozenset(t.replace(".", "").casefold() for t in data["titles"])
    honorifics = frozenset(t.replace(".", "").casefold() for t in data["honorifics"])
    return Credits(roles, label_re, titles, honorifics, frozenset(fold(x) for x in data["not_names"]),
                   tuple(data.get("generic_credits", [])))


@dataclass(frozen=True)
class AttributionCues:
    before_re: re.Pattern  # a cue phrase ending right before a name
    weak: frozenset
    after: frozenset
    org_re: re.Pattern
    self_re: re.Pattern
    org_any: re.Pattern  # an outlet word followed by a capitalised name: "kantor berita Xinhua"


@functools.cache
def attribution_cues() -> AttributionCues:
    data = _load("attributions.yaml")
    before_re = re.compile(r"(?i)(?<![\w])(" + _alternation(data["before"]) + r")\s*:?\s+$")
    org_re = re.compile(r"(?i)(?<![\w])(" + _alternation(data["org_markers"]) + r")\s+$")
    self_re = re.compile(r"(?i)(?<![\w])(" + _alternation(data["self_reference"]) + r")\s+$")
    org_any = re.compile(r"(?i:(?<![\w])(?:" + _alternation(data["org_markers"]) + r"))\s+"
                         r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:in|of|the|[A-Z][\w.&'’-]*)){0,3})")
    return AttributionCues(before_re, frozenset(fold(w) for w in data["weak_before"]),
                           frozenset(fold(w) for w in data["after"]), org_re, self_re, org_any)


@functools.cache
def date_names() -> dict:
    return _load("dates.yaml")
