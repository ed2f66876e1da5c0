"""Where the project's development pages are: they are third-party text kept beside the repository, never
in it. SIKAP_DEVPAGES names the folder; otherwise ../shared/devpages next to this checkout, or next to the
checkout this one was cloned from (a CI clone in /tmp still finds its origin's)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def find_devpages(root: Path) -> Path | None:
    env = os.environ.get("SIKAP_DEVPAGES")
    candidates = [Path(env)] if env else []
    candidates.append(root.parent / "shared" / "devpages")
    try:
        origin = subprocess.run(["git", "-C", str(root), "config", "--get", "remote.origin.url"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        origin = ""
    if origin and "://" not in origin and not origin.startswith("git@"):
        candidates.append(Path(origin).resolve().parent / "shared" / "devpages")
    for c in candidates:
        if (c / "setA" / "truth.jsonl").is_file():
            return c
    return None


def dev_sets(base: Path) -> list[Path]:
    return sorted(p for p in base.iterdir() if (p / "truth.jsonl").is_file() and (p / "pages").is_dir())
