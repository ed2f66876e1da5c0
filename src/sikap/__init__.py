"""sikap: an annotated dataset of Indonesian online news, and the package that builds, versions and loads it.

`sikap.load("0.1.0")` returns a pinned release as a `datasets.DatasetDict` (see sikap.release.load).
Attributes are imported lazily so that `import sikap` stays light.
"""

from __future__ import annotations


def __getattr__(name: str):
    if name == "load":
        from sikap.release.load import load

        return load
    raise AttributeError(f"module 'sikap' has no attribute {name!r}")


__all__ = ["load"]
