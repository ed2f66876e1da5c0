"""What the dateline rules ask of the project's knowledge about one token of a head: a gazetteer place
(curated/places.yaml), a registered outlet, a name shaped like an outlet's, a section's or a calendar word.
Shared by the classification of parts (dateline_parts.py) and the cutting of a head into parts
(dateline_chunks.py); each answer is cached where heads repeat across a corpus.
"""

from __future__ import annotations

import functools

from sikap.pipeline.extract.knowledge import curated_set


@functools.cache
def _calendar_words() -> frozenset:
    from sikap.pipeline.extract.knowledge import date_names

    data = date_names()
    return frozenset(str(n).casefold() for group in ("months", "weekdays") for names in data[group].values()
                     for n in names)


@functools.cache
def _sections() -> frozenset:
    return curated_set("boilerplate.yaml", "sections", "casefold")


@functools.lru_cache(maxsize=65536)
def _place(token: str):
    from sikap.places import load_places

    return load_places().lookup(token)


def _outlet_shaped(token: str) -> bool:
    from sikap.pipeline.extract.outlets import outlet_shaped

    return outlet_shaped(token) or outlet_shaped(" ".join(w.capitalize() for w in token.split()))


def _glued_outlet_word(token: str) -> bool:
    from sikap.pipeline.extract.outlets import glued_outlet_word

    return glued_outlet_word(token)


def _outlet_id(token: str) -> str | None:
    from sikap.pipeline.extract.outlets import lookup_outlet

    return lookup_outlet(token)
