"""Where things live: the project of the current folder (found upward, as git finds its repository), or the
schema copy shipped inside the wheel.

A project is a folder holding `schema/tables.yaml`. `sikap` acts on the project that contains the current
folder, never on the checkout it happens to be installed from: a user with two clones and one installed
`sikap` rebuilds the clone they are in. SIKAP_ROOT overrides the search (for scripts and tests run from
elsewhere). Outside any project, `repo_root()` raises ProjectNotFound, which the CLI prints as one line.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
MARKER = Path("schema") / "tables.yaml"


class ProjectNotFound(Exception):
    """The current folder is not inside a sikap project, and SIKAP_ROOT is not set."""

    def __init__(self, start: Path):
        self.start = start
        super().__init__(f"{start} is not inside a sikap project (no {MARKER.as_posix()} in it or any parent "
                         "folder): cd into a clone of the project, or set SIKAP_ROOT")


def is_project(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def find_root(start: Path | None = None) -> Path | None:
    """SIKAP_ROOT if set; else the nearest folder from `start` (default: the current folder) upward that holds
    schema/tables.yaml; else None."""
    env = os.environ.get("SIKAP_ROOT")
    if env:
        return Path(env).resolve()
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if is_project(folder):
            return folder
    return None


def repo_root() -> Path:
    """The project the command acts on (see find_root); ProjectNotFound outside any project."""
    root = find_root()
    if root is None:
        raise ProjectNotFound(Path.cwd())
    return root


def schema_dir() -> Path:
    """The project's schema/; when no project is at hand, the schema the package came with (the copy shipped in
    the wheel, or the source checkout's in an editable install)."""
    root = find_root()
    for folder in ((root / "schema") if root is not None else None, PACKAGE_DIR / "_schema",
                   PACKAGE_DIR.parent.parent / "schema"):
        if folder is not None and (folder / "tables.yaml").is_file():
            return folder
    return PACKAGE_DIR / "_schema"


def raw_dir() -> Path:
    return repo_root() / "raw"


def dataset_dir() -> Path:
    return repo_root() / "dataset"


def curated_dir() -> Path:
    return repo_root() / "curated"
