"""When is a predicted outlet or agency the one a reader named?

A reader writes a normalised name ("Tempo.co", "Kompas", "AP"); the pipeline gives a source id whose
registry entry has a name, aliases and a domain. They agree when any of those, compared without case,
punctuation or a trailing web suffix, is the reader's name: "KONTAN.CO.ID" is Kontan, "Tribun-Sulbar.com"
is tribun-sulbar.com. Scoring only: the pipeline never matches names this loosely.
"""

from __future__ import annotations

import re
import unicodedata

_SUFFIX = re.compile(r"\.(?:co\.id|or\.id|my\.id|web\.id|ac\.id|go\.id|co\.uk|com\.tr|com|id|net|org|co|info|news|tv|io)$", re.I)


def name_key(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold().strip()
    return re.sub(r"[\W_]+", "", s)


def name_keys(name: str) -> set[str]:
    keys = {name_key(name)}
    bare = _SUFFIX.sub("", name.strip())
    keys.add(name_key(bare))
    if bare.casefold().startswith("www."):
        keys.add(name_key(bare[4:]))
    return {k for k in keys if k}


def source_keys(source_id: str, registry) -> set[str]:
    """Every key by which a source (curated or discovered) can be named."""
    keys = name_keys(source_id)
    if registry is not None and source_id in registry.entries:
        n = registry.names(source_id)
        for name in (n.name, *n.aliases, *n.context_aliases, *n.domains):
            keys |= name_keys(str(name))
    return keys


def same_source(truth_name: str, source_id: str | None, registry) -> bool:
    if not source_id:
        return False
    return bool(name_keys(truth_name) & source_keys(source_id, registry))
