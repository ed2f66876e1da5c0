"""What a dataset folder is: a release, or the unreleased working dataset built after one.

The card's `version` is true at all times. A build names a release only when it *is* that release: every file
of the folder, the card rendered with that version included, has the sha256 the release index records for it.
Any other build says `version: unreleased` and `last_release: X.Y.Z` (absent before the first release), so a
rebuild with new columns, rows or card prose is plainly "unreleased, after X.Y.Z", never a stale claim to be X.
`sikap release` renders inside `releasing(version, date)`, which names the version being cut.

The decision reads only committed state (releases/index.json of the project) and the folder's own bytes, so a
build stays deterministic.
"""

from __future__ import annotations

import contextvars
import hashlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

UNRELEASED = "unreleased"
_RELEASING: contextvars.ContextVar = contextvars.ContextVar("sikap_releasing", default=None)


@dataclass(frozen=True)
class VersionState:
    version: str  # a release version, or UNRELEASED
    last_release: str | None = None  # the latest release in the index, for an unreleased dataset
    date: str | None = None  # the release date: of this release, or of last_release for an unreleased dataset

    @property
    def released(self) -> bool:
        return self.version != UNRELEASED

    def fields(self) -> dict:
        """The card's front-matter fields."""
        if self.released:
            return {"version": self.version}
        return {"version": UNRELEASED, **({"last_release": self.last_release} if self.last_release else {})}

    def sentence(self) -> str:
        if self.released:
            return f"Release {self.version}" + (f" of {self.date}" if self.date else "") + \
                " (pinned in releases/index.json; `sikap verify` checks every file against it)."
        if self.last_release:
            return (f"Unreleased working dataset, built after release {self.last_release}: it differs from that "
                    f"release (`sikap verify` lists what differs; `sikap diff {self.last_release}` shows the records). "
                    f"Cite a release, not this folder.")
        return "Unreleased working dataset: no release has been cut yet. Cite a release, not this folder."


@contextmanager
def releasing(version: str, date: str | None = None):
    """Within this block, cards are rendered as release `version` (used by `sikap release`)."""
    token = _RELEASING.set(VersionState(version, date=date))
    try:
        yield
    finally:
        _RELEASING.reset(token)


def latest_release(root: Path | None) -> dict | None:
    from sikap.release.index import latest, read_index

    return latest(read_index(root)) if root is not None else None


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _expected(entry: dict, prefix: str) -> dict[str, str]:
    return {f["path"][len(prefix):]: f["sha256"] for f in entry["files"] if f["path"].startswith(prefix)}


def same_names(entry: dict, folder: Path, rendered, prefix: str = "dataset/") -> bool:
    """Whether the folder's file names (with the `rendered` names, not yet written) are exactly the release
    entry's under prefix: a folder that fails this cannot be the release, whatever its card says."""
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} | set(rendered)
    return present == set(_expected(entry, prefix))


def matches_release(entry: dict, folder: Path, rendered: dict[str, bytes], prefix: str = "dataset/") -> bool:
    """Whether the folder's files (with `rendered` ones given as bytes, not yet written) are exactly the
    release entry's files under prefix: same names, same sha256."""
    if not same_names(entry, folder, rendered, prefix):
        return False
    for rel, sha in _expected(entry, prefix).items():
        data = rendered[rel] if rel in rendered else (folder / rel).read_bytes()
        if _sha(data) != sha:
            return False
    return True


def decide(folder: Path, render, root: Path | None = None) -> tuple[VersionState, bytes]:
    """(state, card bytes): render(state) -> card bytes; the release state wins only when its card and
    every file of the folder match the latest release."""
    from sikap.paths import find_root

    forced = _RELEASING.get()
    if forced is not None:
        return forced, render(forced)
    entry = latest_release(root or find_root())
    if entry is not None and same_names(entry, folder, {"README.md"}):  # else one render, not two (a build's card)
        state = VersionState(entry["version"], date=entry.get("date"))
        card = render(state)
        if matches_release(entry, folder, {"README.md": card}):
            return state, card
    state = VersionState(UNRELEASED, last_release=entry["version"] if entry else None,
                         date=entry.get("date") if entry else None)
    return state, render(state)


def read_state(card_meta: dict) -> VersionState:
    """The state a card's front matter declares."""
    version = card_meta.get("version")
    if version is None or str(version) == UNRELEASED:
        return VersionState(UNRELEASED, last_release=card_meta.get("last_release"))  # (date: not in the card)
    return VersionState(str(version))
