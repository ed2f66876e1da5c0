"""The gazetteer of dateline places (curated/places.yaml): is this dateline token a place?

Datelines name a place, an outlet or both ("BANDA ACEH -", "HUKAMANEWS -", "REPUBLIKA.CO.ID, WINA --"). When
no web domain, parentheses or registry entry decides, the rules ask the gazetteer. Tokens match names and
variants by `key`: case, accents, spaces and punctuation do not count ("WASHINGTON D.C." is Washington,
"PANGKAL PINANG" is Pangkalpinang). A token that names two entries, or a place that is also a common word
or outlet name, must be declared in the file's `ambiguous:` section: loading fails on any other collision,
so a new variant can never silently turn a place into another.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from sikap.paths import curated_dir

KINDS = frozenset({"province", "regency", "city", "country", "capital", "district", "other"})
# The kinds the dateline rules ask about, named once (they had been spelled in four rule modules):
EDITION_TOWNS = frozenset({"city", "regency", "capital"})  # a town an outlet edition is named after ("Kompas Bogor")
TOWNS = EDITION_TOWNS | {"district"}  # any town a reporter files from, down to a district ("Cibinong")
JOINED_TOWNS = TOWNS | {"other"}  # glued to an outlet's name ("BogorToday"): "other" places are towns here too
COMMA_TOWNS = EDITION_TOWNS | {"province"}  # a bare "Place, Lede" opening: a province is as common as a town
_ADMIN = re.compile(r"(kabupaten|kab|kota|provinsi|prov)\W+(?:administrasi\W+)?", re.I)  # "Kab. Bogor"
_UNIT = {"kabupaten": "kabupaten", "kab": "kabupaten", "kota": "kota", "provinsi": "provinsi", "prov": "provinsi"}


class PlacesError(ValueError):
    """The gazetteer file contradicts itself: an undeclared collision, a wrong ambiguity, an unknown kind."""


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    country: str | None

    def __str__(self) -> str:
        return f"{self.name} ({self.kind})"


@dataclass(frozen=True)
class Ambiguity:
    tokens: tuple[str, ...]
    places: tuple[Place, ...]  # every entry the tokens name (none for a word kept out on purpose)
    prefer: Place | None  # what lookup returns when places has several
    collides_with: tuple[str, ...]  # word, name, outlet, region
    note: str


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_LEADING_NON_WORD = re.compile(r"^\W+")  # (compiled once: candidates asks it of every token not in the index)


def key(token: str) -> str:
    """The matching form: casefolded, accents, spaces and punctuation removed ('Washington, D.C.' -> 'washingtondc').
    An ASCII token (nearly all) takes a shortcut with the same result: NFKD leaves it as it is, casefold is lower,
    and only its letters and digits are alphanumeric; the general form costs ~1 µs a token, and the dateline
    rules look up several tokens of every candidate line."""
    if token.isascii():
        low = token.lower()
        return low if low.isalnum() else _NOT_ALNUM.sub("", low)
    return "".join(c for c in unicodedata.normalize("NFKD", token).casefold()
                   if c.isalnum() and not unicodedata.combining(c))


@dataclass(frozen=True)
class Gazetteer:
    places: tuple[Place, ...]
    _index: dict[str, tuple[Place, ...]]
    _units: dict[Place, frozenset[str]]  # Indonesian entries: which of kabupaten/kota/provinsi their codes cover
    _ambiguous: dict[str, Ambiguity]

    def candidates(self, token: str, token_key: str | None = None) -> tuple[Place, ...]:
        """Every place the token can name; "Kota X"/"Kabupaten X"/"Provinsi X" keep the units of that type.
        (`token_key`: key(token), when the caller has it.)"""
        found = self._index.get(key(token) if token_key is None else token_key)
        if found:
            return found
        token = _LEADING_NON_WORD.sub("", token)
        m = _ADMIN.match(token)
        if not m:
            return ()
        unit = _UNIT[m.group(1).lower()]
        return tuple(_regency(p) if unit == "kabupaten" and "kota" in self._units[p] else p
                     for p in self._index.get(key(token[m.end():]), ()) if unit in self._units[p])

    def lookup(self, token: str) -> Place | None:
        """The place the token names (the declared `prefer` when it names several), or None."""
        k = key(token)
        found = self.candidates(token, k)
        if len(found) == 1:
            return found[0]
        amb = self._ambiguous.get(k)
        return amb.prefer if amb and amb.prefer in found else None

    def ambiguity(self, token: str) -> Ambiguity | None:
        """The declared ambiguity of this token (another place, a common word, a name, an outlet), if any."""
        return self._ambiguous.get(key(token))


@functools.lru_cache(maxsize=256)
def _regency(city: Place) -> Place:
    """The kabupaten of an entry that carries a kota's code and a kabupaten's ("Bandung"): "Kab. Bandung" names the
    regency, a different place from the city (its seat lies elsewhere), so it gets a place of its own."""
    return Place(f"Kabupaten {city.name}", "regency", city.country)


def _unit(code: str) -> str:
    return "provinsi" if "." not in code else "kota" if code.split(".")[1] >= "71" else "kabupaten"


def read_gazetteer(path: Path) -> Gazetteer:
    with path.open(encoding="utf-8") as fh:  # libyaml when present: 0.3 s instead of 1.7 s for this file
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    index, units, by_ref = {}, {}, {}
    for section in data.keys() - {"provenance", "ambiguous"}:
        if section not in (data.get("provenance") or {}):
            raise PlacesError(f"{path.name}: section {section!r} has no provenance record")
    for e in (e for s, es in data.items() if s not in ("provenance", "ambiguous") for e in es):
        place = Place(e["name"], e["kind"], e.get("country"))
        if place.kind not in KINDS or str(place) in by_ref:
            raise PlacesError(f"{path.name}: {place} has an unknown kind or is listed twice")
        by_ref[str(place)] = place
        units[place] = frozenset(_unit(str(c)) for c in e.get("codes", []))
        for name in dict.fromkeys(key(v) for v in [place.name, *e.get("variants", [])]):
            if not name:
                raise PlacesError(f"{path.name}: {place} has an empty name or variant")
            index[name] = (*index.get(name, ()), place)
    ambiguous = {}
    for a in data.get("ambiguous") or []:
        if unknown := [r for r in [*a["places"], a.get("prefer")] if r and r not in by_ref]:
            raise PlacesError(f"{path.name}: ambiguity {a['tokens']} names unknown entry {unknown[0]!r}")
        listed, prefer = tuple(by_ref[r] for r in a["places"]), by_ref.get(a.get("prefer") or "")
        for token in a["tokens"]:
            if set(actual := index.get(key(token), ())) != set(listed):
                raise PlacesError(f"{path.name}: ambiguity {token!r} lists {', '.join(map(str, listed)) or 'no place'}"
                                  f" but the file gives {', '.join(map(str, actual)) or 'no place'}")
            if len(listed) > 1 and prefer not in listed:
                raise PlacesError(f"{path.name}: ambiguity {token!r} names several places and needs a prefer")
            ambiguous[key(token)] = Ambiguity(tuple(a["tokens"]), listed, prefer,
                                              tuple(a.get("collides_with", ())), a.get("note", ""))
    for name, found in index.items():
        if len(found) > 1 and name not in ambiguous:
            raise PlacesError(f"{path.name}: {name!r} names both {found[0]} and {found[1]}; "
                              "declare it under ambiguous: with a prefer")
    return Gazetteer(tuple(by_ref.values()), index, units, ambiguous)


@functools.cache
def load_places(path: Path | None = None) -> Gazetteer:
    return read_gazetteer(path or curated_dir() / "places.yaml")
