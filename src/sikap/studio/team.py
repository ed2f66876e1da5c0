"""The annotation team: one Label Studio server per annotator, and adjudicators on the main server.

Why a server each: the community edition enforces no boundary between users of one server. Checked
on 1.23.2 (annotations/README.md, "What the community edition enforces"): any user may PATCH their own
`active_organization` to any organization, a member removed from an organization still logs in and
still reads others' annotations through `GET /api/tasks/<id>/annotations/`, and every project of an
organization is open to all its members. A separate server (own SQLite database, own SECRET_KEY, own
port, loopback only) is the boundary that holds: an annotator's login and token exist only on their
own server, and that server holds only their tasks.

The registry `<data dir>/annotators/registry.json` (outside git: it holds e-mail addresses) names each
person once with their server's port, chosen at `add` and kept across restarts. Stdlib only.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from sikap.studio import accounts, server
from sikap.studio.settings import Settings, StudioError

REGISTRY = "registry.json"
ANNOTATOR, ADJUDICATOR = "annotator", "adjudicator"
_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class Member:
    name: str
    email: str
    role: str  # annotator: own server | adjudicator: an account on the main server
    user_id: int
    port: int | None
    added_at: str


@dataclass(frozen=True)
class NewMember:
    member: Member
    url: str
    password: str
    token: str


def folder(settings: Settings) -> Path:
    return Path(settings.data_dir) / "annotators"


def data_dir(settings: Settings, name: str) -> Path:
    return folder(settings) / name


def load(settings: Settings) -> dict[str, Member]:
    path = folder(settings) / REGISTRY
    if not path.is_file():
        return {}
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["members"]
        return {e["name"]: Member(**e) for e in entries}
    except (ValueError, KeyError, TypeError) as err:
        raise StudioError(f"{path} is not a sikap annotator registry ({err}); restore it from a backup") from None


def _save(settings: Settings, members: dict[str, Member]) -> None:
    from sikap.io import atomic_write_bytes

    text = json.dumps({"members": [asdict(m) for m in sorted(members.values(), key=lambda m: m.name)]}, indent=2)
    path = folder(settings) / REGISTRY
    atomic_write_bytes(path, (text + "\n").encode("utf-8"), mode=0o600)  # e-mail addresses


def url_of(member: Member, main_url: str | None = None) -> str:
    if member.role == ADJUDICATOR:
        if not main_url:
            raise StudioError(f"{member.name} works on the main server, which is not running (`sikap studio up`)")
        return main_url
    return f"http://127.0.0.1:{member.port}"


def annotators(settings: Settings) -> list[Member]:
    return [m for m in load(settings).values() if m.role == ANNOTATOR]


def start_member(settings: Settings, member: Member, timeout: float = 120) -> server.ServerHandle | None:
    """Start an annotator's server on its own port; None when it already runs."""
    data = data_dir(settings, member.name)
    if server.status(data).running:
        return None
    return server.start(settings, data, port=member.port, timeout=timeout)


def start_all(settings: Settings, timeout: float = 120) -> list[tuple[Member, bool]]:
    """Start every annotator's server at once (each waits for its own /health); (member, started) in name
    order. The first failure is raised after all have been tried."""
    from concurrent.futures import ThreadPoolExecutor

    members = sorted(annotators(settings), key=lambda m: m.name)
    if not members:
        return []
    with ThreadPoolExecutor(max_workers=len(members)) as pool:
        futures = [pool.submit(start_member, settings, m, timeout) for m in members]
    errors = [f.exception() for f in futures if f.exception() is not None]
    if errors:
        raise errors[0]
    return [(m, f.result() is not None) for m, f in zip(members, futures)]


def _check_name(name: str, members: dict[str, Member], email: str) -> None:
    if not _NAME.match(name):
        raise StudioError(f"annotator name {name!r}: use 1-32 lower-case letters, digits, '-' or '_', "
                          "starting with a letter")
    if name in members:
        raise StudioError(f"{name} is already in the team (`sikap studio annotator list`)")
    taken = [m.name for m in members.values() if m.email.lower() == email.lower()]
    if taken:
        raise StudioError(f"{email} already belongs to {taken[0]}")


def add(settings: Settings, name: str, email: str | None = None, role: str = ANNOTATOR, port: int | None = None,
        main_url: str | None = None, timeout: float = 120) -> NewMember:
    """A new team member whose account logs in, with their own server (annotators) and API token.

    An annotator's server is a copy of a migrated template (built once under the cache dir, ~30 s), on
    a free loopback port chosen now and kept. Their account is made through a one-time invitation.
    """
    members = load(settings)
    email = email or f"{name}@annotators.sikap.local"
    _check_name(name, members, email)
    password = secrets.token_urlsafe(12)
    handle = None
    if role == ANNOTATOR:
        kept = kept_ports(members)
        port = port or server.free_port(avoid=set(kept))
        if port in kept:
            raise StudioError(f"port {port} is kept for {kept[port]}: choose another with --port")
        if not server.port_is_free(port):
            raise StudioError(f"port {port} on 127.0.0.1 is busy: choose another with --port")
        data = data_dir(settings, name)
        if data.exists():
            raise StudioError(f"{data} exists but {name} is not in the registry: move it away first")
        template = server.template_data_dir(settings.cache_dir, settings)
        server.clone_data_dir(template, data)
        handle = server.start(settings, data, port=port, timeout=timeout)
        url = handle.url
    elif role == ADJUDICATOR:
        url, port = url_of(Member(name, email, role, 0, None, ""), main_url), None
    else:
        raise StudioError(f"unknown role {role!r}: {ANNOTATOR} or {ADJUDICATOR}")
    try:
        account = accounts.signup(url, settings.token, email, password)
        accounts.set_name(url, settings.token, account.user_id, name)
        if not accounts.login_works(url, email, password):
            raise StudioError(f"the new account {email} does not log in at {url}")
    except StudioError:
        if handle is not None:
            server.stop(handle.data_dir)
            import shutil

            shutil.rmtree(handle.data_dir, ignore_errors=True)
        raise
    member = Member(name=name, email=email, role=role, user_id=account.user_id, port=port,
                    added_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    members[name] = member
    _save(settings, members)
    return NewMember(member, url, password, account.token)


@dataclass(frozen=True)
class MemberStatus:
    member: Member
    url: str | None
    running: bool
    healthy: bool


def statuses(settings: Settings, main_url: str | None) -> list[MemberStatus]:
    out = []
    for m in sorted(load(settings).values(), key=lambda m: (m.role, m.name)):
        if m.role == ADJUDICATOR:
            out.append(MemberStatus(m, main_url, main_url is not None, main_url is not None))
            continue
        st = server.status(data_dir(settings, m.name))
        out.append(MemberStatus(m, url_of(m), st.running, st.healthy))
    return out


def kept_ports(members: dict[str, Member], but: str | None = None) -> dict[int, str]:
    """port -> member, for the ports kept for annotators' servers (running or not)."""
    return {m.port: m.name for m in members.values() if m.port and m.name != but}


def set_port(settings: Settings, name: str, port: int) -> Member:
    """Move an annotator's server to another port (kept from then on). Refused while their server runs (its
    address would change under the annotator's open page) and for a busy port; the annotator's data, account
    and token stay as they are: only the address they open changes."""
    from dataclasses import replace

    members = load(settings)
    if name not in members:
        raise StudioError(f"no team member named {name!r}: see `sikap studio annotator list`")
    member = members[name]
    if member.role != ANNOTATOR:
        raise StudioError(f"{name} works on the main server; change its port with `sikap studio up --port`")
    if not 1024 <= port <= 65535:
        raise StudioError(f"port {port} is outside 1024-65535")
    if server.status(data_dir(settings, name)).running:
        raise StudioError(f"{name}'s server is running: stop it first (`sikap studio down`)")
    if port != member.port and not server.port_is_free(port):
        raise StudioError(f"port {port} on 127.0.0.1 is busy: choose another")
    taken = kept_ports(members, but=name)
    if port in taken:
        raise StudioError(f"port {port} is kept for {taken[port]}: choose another")
    members[name] = replace(member, port=port)
    _save(settings, members)
    return members[name]


def stop_all(settings: Settings) -> list[str]:
    """Stop every annotator's server; returns the names of those that were running."""
    return [m.name for m in annotators(settings) if server.stop(data_dir(settings, m.name))]
