"""The sources registry: curated facts about outlets and agencies, joined with what the raw text says.

The curated file (curated/sources.yaml) holds what the text cannot give; the build adds what it can
(verbatim AI notices, outlets first seen in a dateline, counts). Each value keeps its provenance.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from sikap.paths import curated_dir
from sikap.pipeline.aliases import AliasSearch

FIELDS = ("domain", "type", "ownership", "country", "licence", "ai_policy", "redistribution")


@dataclass(frozen=True)
class Registry:
    entries: dict[str, dict]
    _alias: dict[str, str]
    _pattern: AliasSearch | None

    def match_alias(self, token: str) -> str | None:
        """The source id whose alias is exactly `token` (case-sensitive, or case-folded for domains)."""
        return self._alias.get(token) or self._alias.get(token.lower())

    def find(self, text: str):
        """Every alias occurrence in text, as (source_id, match)."""
        if self._pattern is None:
            return
        for m in self._pattern.finditer(text):
            yield self._alias[m.group(0)], m


def _value(spec) -> tuple[object, str, str]:
    if isinstance(spec, dict) and "value" in spec:
        return spec["value"], spec.get("source", "curated"), spec.get("note", "")
    return spec, "curated", ""


def load_registry(path: Path) -> Registry:
    with path.open(encoding="utf-8") as fh:
        entries = yaml.safe_load(fh) or {}
    alias = {}
    for sid, spec in entries.items():
        for a in spec.get("aliases", []) + [spec["name"]]:
            alias[a] = sid
        dom, _, _ = _value(spec.get("domain"))
        if dom:
            alias[str(dom).lower()] = sid
    pattern = AliasSearch.longest_first(alias, r"[\w.]") if alias else None
    return Registry(entries, alias, pattern)


@functools.cache
def registry(path: Path | None = None) -> Registry:
    return load_registry(path or curated_dir() / "sources.yaml")


def source_rows(reg: Registry, discovered: dict[str, str], notices: dict[str, tuple[str, str]],
                n_articles: dict[str, int], n_attr: dict[str, int]) -> list[dict]:
    """One row per source that publishes or is cited by an article (plus every curated one).

    discovered: source_id -> evidence for outlets seen in a dateline but not curated.
    notices: source_id -> (verbatim AI notice, raw file it was read from).
    """
    rows = []
    for sid in sorted(set(reg.entries) | set(discovered)):
        spec = reg.entries.get(sid)
        prov = []
        row = {"source_id": sid}
        if spec is None:
            row.update(name=sid, domain=sid if "." in sid else None, type="unknown", ownership=None,
                       country=None, licence=None, ai_policy=None, redistribution="unknown")
            prov.append(_prov("name", "extracted", "dateline", discovered[sid]))
            prov.append(_prov("redistribution", "inferred", "no curated terms: unknown", ""))
        else:
            row["name"] = spec["name"]
            prov.append(_prov("name", "curated", "curated/sources.yaml", ""))
            for f in FIELDS:
                value, source, note = _value(spec.get(f))
                row[f] = value
                if value is not None:
                    prov.append(_prov(f, source, "curated/sources.yaml", note))
            row["type"] = row["type"] or "unknown"
            row["redistribution"] = row["redistribution"] or "unknown"
        notice = notices.get(sid)
        row["ai_notice"] = notice[0] if notice else None
        if notice:
            prov.append(_prov("ai_notice", "extracted", "legal.ai_notice line", notice[1]))
        row["n_articles"] = n_articles.get(sid, 0)
        row["n_attributions"] = n_attr.get(sid, 0)
        row["provenance"] = prov
        rows.append(row)
    return rows


def _prov(field: str, source: str, method: str, evidence: str) -> dict:
    return {"field": field, "source": source, "method": method, "evidence": evidence}
