"""Reading the curated sources registry (curated/sources/*.yaml) and refusing what would make it lie.

The registry is knowledge that researchers edit by hand, so every mistake that would silently change what the
build attributes to whom is a one-line error naming the file and the entry: a duplicate id, a name claimed by
two sources (compared case-folded, since `match_alias` and `lookup` fold case), a domain claimed twice, an
unknown key, a type or redistribution label outside the vocabularies of schema/labels.yaml, and a fact without
provenance ({value, source, note}). The format is documented in curated/sources/README.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from sikap.paths import repo_root

NAME_LISTS = ("aliases", "context_aliases", "domains")
FACTS = ("aliases", "context_aliases", "domains", "type", "group", "ownership", "country", "licence", "ai_policy",
         "redistribution")
ENTRY_KEYS = frozenset(("name",) + FACTS)
FILE_KEYS = frozenset(("defaults", "sources"))
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


class RegistryError(ValueError):
    """A curated registry file that cannot be trusted; the message is one line naming file and entry."""


@dataclass(frozen=True)
class Fact:
    value: object
    source: str
    note: str


@dataclass(frozen=True)
class Source:
    """One curated source: its display name, the file it is kept in, and its facts with provenance."""

    id: str
    name: str
    file: str  # path relative to the repository root, as cited in provenance
    facts: dict  # fact key -> Fact (absent keys are unknown)

    def value(self, key: str):
        fact = self.facts.get(key)
        return None if fact is None else fact.value

    def names(self, key: str) -> tuple[str, ...]:
        return tuple(self.value(key) or ())


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """safe_load keeps the last of two equal keys without a word; a registry must refuse them."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise RegistryError(f"duplicate key {key!r} (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def registry_files(path: Path) -> list[Path]:
    """The YAML files of a registry folder in name order (or the one file given)."""
    return sorted(path.glob("*.yaml")) if path.is_dir() else [path]


def read_sources(path: Path, vocabularies: dict[str, tuple[str, ...]]) -> dict[str, Source]:
    """Every source of the registry at `path` (a folder of YAML files or one file), checked."""
    sources: dict[str, Source] = {}
    for file in registry_files(path):
        label = _label(file)
        for source in _read_file(file, label, vocabularies):
            if source.id in sources:
                raise RegistryError(f"{label}: {source.id}: duplicate id, also in {sources[source.id].file}")
            sources[source.id] = source
    _check_claims(sources)
    return sources


def _label(file: Path) -> str:
    try:
        return file.resolve().relative_to(repo_root()).as_posix()
    except ValueError:
        return file.as_posix()


def _read_file(file: Path, label: str, vocabularies) -> list[Source]:
    try:
        doc = yaml.load(file.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader) or {}
    except RegistryError as err:
        raise RegistryError(f"{label}: {err}") from None
    except yaml.YAMLError as err:
        raise RegistryError(f"{label}: not valid YAML: {str(err).splitlines()[0]}") from None
    if not isinstance(doc, dict) or set(doc) - FILE_KEYS:
        raise RegistryError(f"{label}: top-level keys must be 'defaults' and 'sources'")
    defaults = _facts(label, "defaults", doc.get("defaults") or {}, vocabularies)
    out = []
    for sid, spec in (doc.get("sources") or {}).items():
        if not isinstance(sid, str) or not _ID.match(sid):
            raise RegistryError(f"{label}: {sid!r}: id must match {_ID.pattern}")
        if not isinstance(spec, dict):
            raise RegistryError(f"{label}: {sid}: an entry is a mapping of keys")
        unknown = sorted(set(spec) - ENTRY_KEYS)
        if unknown:
            raise RegistryError(f"{label}: {sid}: unknown key {unknown[0]!r} (known: {', '.join(sorted(ENTRY_KEYS))})")
        name = spec.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RegistryError(f"{label}: {sid}: 'name' must be a non-empty string")
        facts = {**defaults, **_facts(label, sid, {k: v for k, v in spec.items() if k != "name"}, vocabularies)}
        if "type" not in facts:
            raise RegistryError(f"{label}: {sid}: 'type' is required")
        out.append(Source(sid, name, label, facts))
    return out


def _facts(label: str, sid: str, spec: dict, vocabularies) -> dict[str, Fact]:
    facts = {}
    for key, raw in spec.items():
        if key not in FACTS:
            raise RegistryError(f"{label}: {sid}: unknown key {key!r} (known: {', '.join(FACTS)})")
        if raw is None:
            continue
        where = f"{label}: {sid}: {key}"
        if not isinstance(raw, dict) or "value" not in raw:
            raise RegistryError(f"{where}: fact without provenance (write {{value: ..., source: ..., note: ...}})")
        extra = sorted(set(raw) - {"value", "source", "note"})
        if extra:
            raise RegistryError(f"{where}: unknown key {extra[0]!r} in a fact (value, source, note)")
        fact = Fact(raw["value"], raw.get("source"), raw.get("note"))
        if fact.source not in vocabularies["value_source"] or not isinstance(fact.note, str) or not fact.note.strip():
            raise RegistryError(f"{where}: fact without provenance (source one of {', '.join(vocabularies['value_source'])}"
                                f" and a note saying how it is known)")
        _check_value(where, key, fact.value, vocabularies)
        facts[key] = fact
    return facts


def _check_value(where: str, key: str, value, vocabularies) -> None:
    if key in NAME_LISTS:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise RegistryError(f"{where}: value must be a list of names")
        if key == "domains":
            bad = [v for v in value if not _DOMAIN.match(v) or v.startswith("www.")]
            if bad:
                raise RegistryError(f"{where}: {bad[0]!r} is not a bare host (lower case, no scheme, path or 'www.')")
    elif key == "type" and value not in vocabularies["source_types"]:
        raise RegistryError(f"{where}: {value!r} is not a label of source_types in schema/labels.yaml")
    elif key == "redistribution" and value not in vocabularies["redistribution"]:
        raise RegistryError(f"{where}: {value!r} is not a label of redistribution in schema/labels.yaml")
    elif key == "country" and value is not None and not (isinstance(value, str) and _COUNTRY.match(value)):
        raise RegistryError(f"{where}: {value!r} is not an ISO 3166-1 alpha-2 code")
    elif key not in ("type", "redistribution", "country") and value is not None and not isinstance(value, str):
        raise RegistryError(f"{where}: value must be a string")


def _check_claims(sources: dict[str, Source]) -> None:
    """No domain, and no name in any case, may point at two sources."""
    domains: dict[str, str] = {}
    names: dict[str, str] = {}
    for sid, src in sources.items():
        for domain in src.names("domains"):
            other = domains.setdefault(domain, sid)
            if other != sid:
                raise RegistryError(f"{src.file}: {sid}: domain {domain!r} is also claimed by {other} ({sources[other].file})")
        for kind, values in (("name", (src.name,)), ("alias", src.names("aliases")),
                             ("context alias", src.names("context_aliases")), ("domain", src.names("domains"))):
            for value in values:
                other = names.setdefault(value.casefold(), sid)
                if other != sid:
                    raise RegistryError(f"{src.file}: {sid}: {kind} {value!r} is also claimed by {other} "
                                        f"({sources[other].file}) when case is ignored")
