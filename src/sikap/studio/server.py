"""Start, stop and query the local Label Studio server.

The server is an application with its own pinned dependencies, so it lives in a separate
virtualenv (`scripts/install-label-studio.sh`) and is driven here as a subprocess. A state
file in the data dir lets `status`/`down` find a server started by another process.
Stdlib only: importing this module must stay cheap for the CLI. The data dirs a server starts on (a
migrated template, copied) are made in datadirs.py.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from sikap.studio.settings import (  # noqa: F401  (callers reach them as server.X)
    Settings,
    StudioError,
    ensure_credentials,
    load_settings,
    read_env_file,
    remember_port,
)
# the data dirs a server starts on: a migrated template, copied (callers reach them as server.X too)
from sikap.studio.datadirs import clone_data_dir, template_data_dir  # noqa: F401

LS_VERSION = "1.23.2"
STATE_FILE = "server.json"
LOG_FILE = "server.log"
SECRET_FILE = ".env"  # Label Studio's own, in its data dir: SECRET_KEY=...
INSTALL_HINT = "Label Studio is not installed: run scripts/install-label-studio.sh"

# Servers started by this process, kept so they are reaped (and no ResourceWarning fires).
_CHILDREN: dict[int, subprocess.Popen] = {}


def installed_version(bin: Path) -> str:
    """Read the version from the studio venv's metadata: running the binary would take seconds."""
    if not bin.exists():
        raise StudioError(INSTALL_HINT)
    for info in bin.resolve().parent.parent.glob("lib/python*/site-packages/label_studio-*.dist-info"):
        return info.name.removeprefix("label_studio-").removesuffix(".dist-info")
    return "unknown"


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Label Studio silently moves to port+1 when busy, so we check with its test (connect) and a bind."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1)
        if s.connect_ex((host, port)) == 0:
            return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        # as the server will: a port left in TIME_WAIT by a server just stopped is free, a listening one is not
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def free_port(avoid: set[int] = frozenset()) -> int:
    """A port the system has free now, other than `avoid` (ports kept for servers that are stopped)."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in avoid:
            return port


def _get(url: str, timeout: float = 2.0, token: str | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Authorization": f"Token {token}"} if token else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (loopback http only)
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        e.close()
        return e.code, b""
    except (OSError, urllib.error.URLError):
        return 0, b""


def _log_tail(data_dir: Path, lines: int = 8) -> str:
    log = data_dir / LOG_FILE
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    tail = " | ".join(ln.strip() for ln in text.strip().splitlines()[-lines:])
    return f" (last log lines: {tail})" if tail else f" (see {log})"


@dataclass
class ServerHandle:
    """A running server; `stop()` works from the process that started it or any other."""

    pid: int
    port: int
    url: str
    version: str
    data_dir: Path

    def stop(self, timeout: float = 20) -> bool:
        return stop(self.data_dir, timeout)


def _read_state(data_dir: Path) -> dict | None:
    try:
        return json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    """True for a live Label Studio process (a dead one, or a reused pid, is not ours)."""
    if pid in _CHILDREN:  # our own child: poll() also reaps it
        if _CHILDREN[pid].poll() is None:
            return True
        del _CHILDREN[pid]
        return False
    from sikap.locks import pid_alive

    if not pid_alive(pid):
        return False
    try:  # a zombie or a dying process has an empty cmdline; another program means pid reuse
        return b"label" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return not Path("/proc/self").exists()  # no procfs: trust kill(0)
    except OSError:
        return False


def start(settings: Settings, data_dir: Path | None = None, port: int | None = None,
          timeout: float = 120) -> ServerHandle:
    """Launch the server detached (own process group, log in the data dir) and wait until healthy."""
    data_dir = Path(data_dir or settings.data_dir).resolve()
    version = installed_version(settings.bin)
    if not settings.password or not settings.token:
        raise StudioError("SIKAP_LS_PASSWORD and SIKAP_LS_TOKEN must be set (`sikap studio up` creates them)")
    state = _read_state(data_dir)
    if state and _alive(state["pid"]):
        raise StudioError(f"a server already runs on {data_dir} at {state['url']} (pid {state['pid']})")
    port = port or settings.port or free_port()
    if not port_is_free(port):
        raise StudioError(f"port {port} on 127.0.0.1 is busy: stop what uses it or choose another (SIKAP_LS_PORT)")
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
        "LABEL_STUDIO_USERNAME": settings.username,
        "LABEL_STUDIO_PASSWORD": settings.password,
        "LABEL_STUDIO_USER_TOKEN": settings.token,
        "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",  # must be on at the first start of a data dir
        "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
        "SENTRY_DSN": "",
        "FRONTEND_SENTRY_DSN": "",
        "COLLECT_ANALYTICS": "false",
        "LATEST_VERSION_CHECK": "false",  # else an offline PyPI check blocks start-up ~10 s
        "LOCAL_FILES_SERVING_ENABLED": "false",
    }
    cmd = [str(settings.bin), "start", "--no-browser", "--internal-host", "127.0.0.1",
           "--port", str(port), "--data-dir", str(data_dir)]
    with open(data_dir / LOG_FILE, "ab") as log:
        proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    _CHILDREN[proc.pid] = proc
    url = f"http://127.0.0.1:{port}"
    handle = ServerHandle(pid=proc.pid, port=port, url=url, version=version, data_dir=data_dir)
    state = {"pid": proc.pid, "port": port, "url": url, "version": version}
    (data_dir / STATE_FILE).write_text(json.dumps(state) + "\n", encoding="utf-8")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            (data_dir / STATE_FILE).unlink(missing_ok=True)
            raise StudioError(f"Label Studio exited with code {proc.returncode} at start{_log_tail(data_dir)}")
        if _get(f"{url}/health", timeout=1)[0] == 200:
            break
        time.sleep(0.25)
    else:
        stop(data_dir)
        raise StudioError(f"Label Studio did not become healthy within {timeout:.0f} s{_log_tail(data_dir)}")
    # The user and token are set only at the first start of a data dir: a later change of
    # SIKAP_LS_TOKEN would leave a server nobody can script against.
    code = _get(f"{url}/api/current-user/whoami", timeout=10, token=settings.token)[0]
    if code != 200:
        stop(data_dir)
        raise StudioError(f"the server in {data_dir} rejects SIKAP_LS_TOKEN (HTTP {code}): user and token are "
                          "fixed at the first start of a data dir; use that token or a new data dir")
    return handle


def stop(data_dir: Path, timeout: float = 20) -> bool:
    """SIGTERM the server's process group (SIGINT is ignored when detached), SIGKILL after `timeout`.

    Returns False when no server was running.
    """
    data_dir = Path(data_dir)
    state = _read_state(data_dir)
    if not state:
        return False
    pid = int(state["pid"])
    was_running = _alive(pid)
    if was_running:
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5)):
            try:
                os.killpg(pid, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline and _alive(pid):
                time.sleep(0.1)
            if not _alive(pid):
                break
        if _alive(pid):
            raise StudioError(f"Label Studio (pid {pid}) did not stop")
    (data_dir / STATE_FILE).unlink(missing_ok=True)
    return was_running


@dataclass(frozen=True)
class Status:
    running: bool
    url: str | None = None
    pid: int | None = None
    version: str | None = None
    healthy: bool = False


def status(data_dir: Path) -> Status:
    """What the state file says, confirmed by the process table and GET /health."""
    state = _read_state(Path(data_dir))
    if not state or not _alive(int(state["pid"])):
        return Status(running=False)
    healthy = _get(f"{state['url']}/health")[0] == 200
    return Status(True, state["url"], int(state["pid"]), state.get("version"), healthy)
