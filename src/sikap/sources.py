"""The sources registry: curated facts about outlets and agencies, joined with what the raw text says.

The curated files (curated/sources/*.yaml, read and checked by sikap.sources_file) hold what the text cannot
give; the build adds what it can (verbatim AI notices, outlets first seen in a dateline, counts). Each value
keeps its provenance.

Three kinds of name, matched in three places (curated/sources/README.md):
- `name` and `aliases`: anywhere in running text (`find`, `match_alias`);
- `context_aliases`: short or ambiguous names ("AA", "AP", "Kan"), only where a context says a source is named:
  an attribution phrase, a dateline, parentheses (`match_context`, `find_context`); never by `find`;
- `domains`: hosts of the outlet's sites (`match_domain`), also matched as aliases in running text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sikap.formats import urlfacts
from sikap.paths import curated_dir
from sikap.sources_file import RegistryError, Source, read_sources  # noqa: F401  (RegistryError re-exported)
from sikap.sources_search import NameSearch

FIELDS = ("domain", "type", "group", "ownership", "country", "licence", "ai_policy", "redistribution")
_NOT_BEFORE = r"[\w.]"  # a name never starts inside a word or a dotted host ("m.kompas.com" is not "kompas.com")


@dataclass(frozen=True)
class SourceNames:
    """Every form in which a source is named, for evaluation and for review."""

    name: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True)
class Registry:
    entries: dict[str, Source]
    _alias: dict[str, str]  # running-text name (domains lower-cased) -> source id
    _pattern: NameSearch | None
    _context: dict[str, str]  # context alias -> source id
    _context_pattern: NameSearch | None
    _domain: dict[str, str]  # host -> source id
    _folded: dict[str, str]  # every name, case-folded -> source id

    def match_alias(self, token: str) -> str | None:
        """The source id whose alias is exactly `token` (case-sensitive, or case-folded for domains)."""
        return self._alias.get(token) or self._alias.get(token.lower())

    def find(self, text: str) -> Iterator[tuple[str, object]]:
        """Every running-text alias occurrence in text, as (source_id, match); context aliases never."""
        if self._pattern is None:
            return
        for m in self._pattern.finditer(text):
            yield self._alias[m.group(0)], m

    def match_context(self, token: str) -> str | None:
        """The source named by `token` where a context allows short names (attribution phrase, dateline,
        parentheses): a context alias, or else whatever `match_alias` gives."""
        return self._context.get(token) or self.match_alias(token)

    def is_context_alias(self, printed: str) -> bool:
        """`printed` is a short or ambiguous name matched only in context ("RT", "AP", "Fajar")."""
        return printed in self._context

    def find_context(self, text: str) -> Iterator[tuple[str, object]]:
        """Every name in a context span (e.g. the words after "dilansir"), context aliases included."""
        if self._context_pattern is None:
            return
        for m in self._context_pattern.finditer(text):
            yield self._context.get(m.group(0)) or self._alias[m.group(0)], m

    def match_domain(self, host_or_url: str) -> str | None:
        """The source whose registered host the host of `host_or_url` is or ends with ("m.tribunnews.com",
        "https://www.kompas.com/x" -> its outlet); the longest registered host wins, and the walk never goes
        above the registered domain of the public suffix list (bundled snapshot, no network)."""
        host = _host(host_or_url)
        if not host:
            return None
        top = urlfacts.suffix_extractor()(host).top_domain_under_public_suffix
        if not top:
            return None
        labels = host.split(".")
        for i in range(len(labels) - top.count(".")):
            sid = self._domain.get(".".join(labels[i:]))
            if sid:
                return sid
        return None

    def names(self, source_id: str) -> SourceNames:
        src = self.entries[source_id]
        return SourceNames(src.name, src.names("aliases"), src.names("context_aliases"), src.names("domains"))

    def lookup(self, name: str) -> str | None:
        """The source any of whose names equals `name` ignoring case (for reading hand-made truth files)."""
        return self._folded.get(name.strip().casefold())




def _host(host_or_url: str) -> str:
    text = host_or_url.strip()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").lower()


def load_registry(path: Path) -> Registry:
    """The registry at `path`: a folder of curated YAML files (or one file), checked (RegistryError)."""
    from sikap.schema import load

    schema = load()
    vocabs = {k: tuple(schema.vocab(k).names) for k in ("source_types", "redistribution", "value_source")}
    sources = read_sources(path, vocabs)
    alias, context, domain, folded = {}, {}, {}, {}
    for sid, src in sources.items():
        ctx = src.names("context_aliases")
        for a in src.names("aliases") + ((src.name,) if src.name not in ctx else ()):
            alias[a] = sid
        for d in src.names("domains"):
            alias[d] = domain[d] = sid
        for c in ctx:
            context[c] = sid
        for n in (src.name,) + src.names("aliases") + ctx + src.names("domains"):
            folded[n.casefold()] = sid
    pattern = NameSearch.longest_first(alias, _NOT_BEFORE) if alias else None
    context_pattern = NameSearch.longest_first(set(alias) | set(context), _NOT_BEFORE) if alias or context else None
    return Registry(sources, alias, pattern, context, context_pattern, domain, folded)


@functools.cache
def registry(path: Path | None = None) -> Registry:
    return load_registry(path or curated_dir() / "sources")


def source_rows(reg: Registry, discovered: dict[str, str], notices: dict[str, tuple[str, str]],
                n_articles: dict[str, int], n_attr: dict[str, int]) -> list[dict]:
    """One row per source that publishes or is cited by an article (plus every curated one).

    discovered: source_id -> evidence for outlets seen in a dateline but not curated: registered with status
    `discovered`, their evidence in provenance, and no licence guess (redistribution `unknown`).
    notices: source_id -> (verbatim AI notice, raw file it was read from).
    """
    rows = []
    for sid in sorted(set(reg.entries) | set(discovered)):
        src = reg.entries.get(sid)
        row = {"source_id": sid}
        row.update(_discovered_row(sid, discovered[sid]) if src is None else _curated_row(src))
        prov = row.pop("provenance")
        notice = notices.get(sid)
        row["ai_notice"] = notice[0] if notice else None
        if notice:
            prov.append(_prov("ai_notice", "extracted", "legal.ai_notice line", notice[1]))
        row["n_articles"] = n_articles.get(sid, 0)
        row["n_attributions"] = n_attr.get(sid, 0)
        row["provenance"] = prov
        rows.append(row)
    return rows


def _curated_row(src: Source) -> dict:
    row = {"name": src.name, "status": "curated"}
    prov = [_prov("name", "curated", src.file, "")]
    for f in FIELDS:
        fact = src.facts.get("domains" if f == "domain" else f)
        value = fact.value if fact else None
        row[f] = value[0] if f == "domain" and value else value
        if row[f] is not None:
            prov.append(_prov(f, fact.source, src.file, fact.note))
    row["type"] = row["type"] or "unknown"
    if row["redistribution"] is None:
        row["redistribution"] = "unknown"
        prov.append(_prov("redistribution", "inferred", "no curated terms: unknown", ""))
    row["provenance"] = prov
    return row


def _discovered_row(sid: str, evidence: str) -> dict:
    return {"name": sid, "status": "discovered", "domain": sid if "." in sid else None, "type": "unknown",
            "group": None, "ownership": None, "country": None, "licence": None, "ai_policy": None,
            "redistribution": "unknown",
            "provenance": [_prov("name", "extracted", "dateline", evidence),
                           _prov("redistribution", "inferred", "no curated terms: unknown", "")]}


def _prov(field: str, source: str, method: str, evidence: str) -> dict:
    return {"field": field, "source": source, "method": method, "evidence": evidence}
