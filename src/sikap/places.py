"""TEMPORARY stand-in for the gazetteer being built on branch `places` (replaced at merge)."""
from __future__ import annotations
import functools
from dataclasses import dataclass
import yaml
from sikap.paths import curated_dir


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    country: str | None


@dataclass(frozen=True)
class Gazetteer:
    index: dict

    def lookup(self, token: str):
        key = " ".join(token.strip(" .,;:()[]").replace(".", " ").casefold().split())
        return self.index.get(key)


@functools.cache
def load_places(path=None) -> Gazetteer:
    data = yaml.safe_load((curated_dir() / "places.yaml").read_text(encoding="utf-8"))
    index = {}
    for name in data:
        index[" ".join(name.replace(".", " ").casefold().split())] = Place(name, "city", None)
    return Gazetteer(index)
