"""Who the local Label Studio server is and how its first user logs in: settings and credentials.

Environment variables win over the untracked `.env` at the repo root; a missing password or token is
generated once and kept there (mode 600). Stdlib only: the CLI imports this.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from sikap.paths import repo_root

DEFAULT_USERNAME = "admin@sikap.local"


class StudioError(Exception):
    """A failure to report to the user as one line (no traceback)."""


def read_env_file(path: Path) -> dict[str, str]:
    """Parse simple KEY=VALUE lines (comments, `export ` and quotes allowed); no dependency."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


@dataclass(frozen=True)
class Settings:
    """Where the server lives and how its first user logs in."""

    username: str
    password: str | None
    token: str | None
    port: int | None
    data_dir: Path
    bin: Path
    env_file: Path
    cache_dir: Path  # migrated template data dirs, copied to start annotators' servers in seconds


def load_settings(root: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Environment variables win over the untracked `.env` file at the repo root."""
    root = root or repo_root()
    env_file = root / ".env"
    values = {**read_env_file(env_file), **(os.environ if environ is None else environ)}

    def path(key: str, default: str) -> Path:
        p = Path(values.get(key) or default).expanduser()
        return p if p.is_absolute() else root / p

    port = values.get("SIKAP_LS_PORT") or None
    if port is not None and not port.isdigit():
        raise StudioError(f"SIKAP_LS_PORT must be a number, got {port!r}")
    token = values.get("SIKAP_LS_TOKEN") or None
    if token is not None and not 6 <= len(token) <= 40:
        raise StudioError("SIKAP_LS_TOKEN must be 6..40 characters (Label Studio rejects others)")
    return Settings(
        username=values.get("SIKAP_LS_USERNAME") or DEFAULT_USERNAME,
        password=values.get("SIKAP_LS_PASSWORD") or None,
        token=token,
        port=int(port) if port else None,
        data_dir=path("SIKAP_LS_DATA_DIR", ".studio"),
        bin=path("SIKAP_LS_BIN", ".venv-studio/bin/label-studio"),
        env_file=env_file,
        cache_dir=path("SIKAP_LS_CACHE", str(path("SIKAP_LS_DATA_DIR", ".studio") / "cache")),
    )


def write_env_values(path: Path, values: dict[str, str]) -> None:
    """Set KEY=VALUE lines in `.env` (mode 600), keeping every other line as it was."""
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    kept = [ln for ln in old.splitlines() if ln.split("=", 1)[0].strip().removeprefix("export ") not in values]
    text = "\n".join([*kept, *(f"{k}={v}" for k, v in values.items())]) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o600)


def ensure_credentials(settings: Settings) -> Settings:
    """Generate a missing password/token once and keep them in `.env` (mode 600) for later commands."""
    new: dict[str, str] = {}
    if not settings.password:
        new["SIKAP_LS_PASSWORD"] = secrets.token_urlsafe(18)
    if not settings.token:
        new["SIKAP_LS_TOKEN"] = secrets.token_hex(20)  # 40 chars, the maximum Label Studio accepts
    if not new:
        return settings
    write_env_values(settings.env_file, new)
    return replace(
        settings,
        password=new.get("SIKAP_LS_PASSWORD", settings.password),
        token=new.get("SIKAP_LS_TOKEN", settings.token),
    )


def remember_port(settings: Settings, port: int) -> Settings:
    """Keep the server's port beside its token, so annotators' links survive restarts."""
    if settings.port != port:
        write_env_values(settings.env_file, {"SIKAP_LS_PORT": str(port)})
    return replace(settings, port=port)
