"""Typed, coded failures of the release tools: the CLI prints `error[<code>]: <message>` and exits non-zero."""

from __future__ import annotations


class ReleaseError(Exception):
    """A release, diff, verify, load, export or hydrate step refused or failed, with a stable reason code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


# Reason codes (stable: tests and scripts match on them).
INVALID_VERSION = "invalid_version"  # not X.Y.Z
VERSION_REUSED = "version_reused"  # already in the index, a release folder or a tag
VERSION_ORDER = "version_order"  # not greater than the latest release
VERSION_MISMATCH = "version_mismatch"  # the bump does not match the change (SemVer rules in versioning.py)
NOTHING_CHANGED = "nothing_changed"  # no file changed since the previous release
DIRTY_TREE = "dirty_tree"  # uncommitted or untracked files
NOT_A_REPO = "not_a_repo"
GIT_FAILED = "git_failed"
UNKNOWN_VERSION = "unknown_version"  # not in the release index
NO_RELEASE = "no_release"  # the folder is not a release (no version in its card)
CHECKSUM_MISMATCH = "checksum_mismatch"  # a file differs from its manifest
INVALID_DATASET = "invalid_dataset"  # `sikap validate` checks failed
INVALID_CARD = "invalid_card"  # card vocabulary or stale card field
INVALID_METADATA = "invalid_metadata"  # Croissant, CITATION.cff or releases/metadata.yaml invalid
MISSING_FILE = "missing_file"
RAW_MISMATCH = "raw_mismatch"  # hydrate: a raw file or a restored text hash differs
NOT_AN_EXPORT = "not_an_export"
