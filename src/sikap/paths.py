"""Where things live: the repo root in a checkout, or the copies shipped inside the wheel."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def repo_root() -> Path:
    """The checkout holding schema/ (SIKAP_ROOT overrides, for tools run from elsewhere)."""
    env = os.environ.get("SIKAP_ROOT")
    if env:
        return Path(env).resolve()
    candidate = PACKAGE_DIR.parent.parent
    if (candidate / "schema" / "tables.yaml").exists():
        return candidate
    return Path.cwd()


def schema_dir() -> Path:
    shipped = PACKAGE_DIR / "_schema"
    local = repo_root() / "schema"
    return local if (local / "tables.yaml").exists() else shipped


def raw_dir() -> Path:
    return repo_root() / "raw"


def dataset_dir() -> Path:
    return repo_root() / "dataset"


def curated_dir() -> Path:
    return repo_root() / "curated"
