"""SemVer for a dataset, as Croissant uses it, and its enforcement.

- MAJOR when records are edited, removed or moved between splits (in any config), when a gold label is
  changed or removed, or when a column, a config or a label of a vocabulary is removed, renamed or retyped;
- MINOR when records or labels are added (new rows, a label set where there was none, a new column or
  config, labels appended to a vocabulary);
- PATCH for documentation and metadata only (card prose, datasheet, citation, Croissant).

Derived counts (`sources.n_articles`, `sources.n_attributions`) follow the articles and never raise the
level by themselves. The first release may take any version; every later one must be exactly the previous
version bumped at the level the change requires (no skipping, no smaller or larger bump).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sikap.release.errors import INVALID_VERSION, VERSION_MISMATCH, VERSION_ORDER, ReleaseError

LEVELS = ("patch", "minor", "major")
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = _SEMVER.match(text.strip().removeprefix("v"))
        if not m:
            raise ReleaseError(INVALID_VERSION, f"{text!r} is not a version MAJOR.MINOR.PATCH (e.g. 0.1.0)")
        return cls(*map(int, m.groups()))

    def bump(self, level: str) -> "Version":
        if level == "major":
            return Version(self.major + 1, 0, 0)
        if level == "minor":
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def is_version(text: str) -> bool:
    return bool(_SEMVER.match(text))


def required_level(diff) -> tuple[str, list[str]]:
    """The level a DatasetDiff requires, and the reasons (one line each) that set it."""
    major, minor = [], []
    for cfg, rc in diff.records.items():
        if rc.removed:
            major.append(f"{cfg}: {len(rc.removed)} records removed")
        if rc.changed:
            major.append(f"{cfg}: {len(rc.changed)} records edited")
        if rc.moved:
            major.append(f"{cfg}: {len(rc.moved)} records moved between splits")
        if rc.added:
            minor.append(f"{cfg}: {len(rc.added)} records added")
    for kind in ("changed", "removed", "added"):
        n = sum(1 for ch in diff.labels if ch.kind == kind)
        if n:
            (minor if kind == "added" else major).append(f"{n} gold labels {kind}")
    for ch in diff.schema:
        (minor if ch.kind in ("column_added", "labels_appended", "config_added") else major).append(
            f"{ch.config}: {ch.kind.replace('_', ' ')} ({ch.detail})")
    if major:
        return "major", major
    if minor:
        return "minor", minor
    return "patch", ["documentation or metadata only"]


def check_bump(previous: Version | None, new: Version, level: str, reasons: list[str]) -> None:
    """Refuse a version that does not match the change (the first release may be any version)."""
    if previous is None:
        return
    if new <= previous:
        raise ReleaseError(VERSION_ORDER, f"{new} is not greater than the latest release {previous}")
    expected = previous.bump(level)
    if new != expected:
        raise ReleaseError(VERSION_MISMATCH, f"the change since {previous} needs a {level.upper()} bump, so "
                           f"{expected}, not {new}: " + "; ".join(reasons[:5]))
