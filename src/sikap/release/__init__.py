"""Releases of the sikap dataset: versions, manifests, the release index, pinned loading, diffs,
Croissant and citation metadata, and the licence-aware public export.

Layout in the repository (documented in RELEASING.md):

    releases/index.json              every release: version -> commit, tag, files (path, size, sha256, git blob)
    releases/<X.Y.Z>/manifest.json   sha256 and size of every file of dataset/ at that release
    releases/<X.Y.Z>/croissant.json  Croissant 1.1 JSON-LD (with RAI fields) of that release
    releases/metadata.yaml           hand-written citation and Responsible-AI prose
    CITATION.cff, CHANGELOG.md       the latest release's citation; one generated entry per release

Modules are small and import nothing heavy at import time; `sikap.load` is the public entry point.
"""
