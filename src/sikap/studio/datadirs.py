"""Label Studio data dirs made fast: a template migrated once per version and credentials (its first start runs
~30 s of migrations), copied for every server, which then starts in ~3 s. Apart from server.py, which starts,
stops and queries one server; these start and stop a server only to build the template. The server's names
are imported when called: server.py re-exports these two (callers reach them as server.X), so neither module
needs the other whole at import. Stdlib only, like server.py.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
from pathlib import Path

from sikap.studio.settings import Settings


def template_data_dir(cache_root: Path, settings: Settings, timeout: float = 180) -> Path:
    """A migrated data dir built once (first start runs ~30 s of migrations), reused by copying.

    Keyed by version and credentials (hashed, never stored) so a change of either builds a new one.
    """
    from sikap.studio.server import LOG_FILE, free_port, installed_version, start, stop

    version = installed_version(settings.bin)
    key = hashlib.sha256(f"{version}\0{settings.username}\0{settings.token}\0{settings.password}".encode())
    base = Path(cache_root) / "label-studio"
    final = base / f"template-{version}-{key.hexdigest()[:12]}"
    if (final / ".complete").is_file():
        return final
    base.mkdir(parents=True, exist_ok=True)
    work = base / f"building-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        start(settings, work, port=free_port(), timeout=timeout)
        stop(work)
        (work / LOG_FILE).unlink(missing_ok=True)
        (work / ".complete").write_text(version + "\n", encoding="utf-8")
        try:
            work.rename(final)
        except OSError:  # another process finished the same template first
            if not (final / ".complete").is_file():
                raise
    finally:
        if work.exists():
            stop(work)
            shutil.rmtree(work, ignore_errors=True)
    return final


def clone_data_dir(template: Path, dest: Path) -> Path:
    """Copy a template (symlinks kept) so a server starts on it in ~3 s instead of ~30 s.

    Label Studio keeps its SECRET_KEY in the data dir's `.env`; it signs the session cookies (the
    session engine is signed cookies) and JWTs. The copy leaves it out, so every server makes its own
    and a cookie of one server is never valid on another (all of them live on 127.0.0.1).
    """
    from sikap.studio.server import LOG_FILE, SECRET_FILE, STATE_FILE

    shutil.copytree(template, dest, symlinks=True,
                    ignore=shutil.ignore_patterns(STATE_FILE, LOG_FILE, ".complete", SECRET_FILE))
    return Path(dest)
