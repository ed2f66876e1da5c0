"""The team that `sikap studio annotator add` made in the walkthrough: registry, accounts, servers."""

from __future__ import annotations

import stat
from contextlib import contextmanager

import pytest

from sikap.studio import server


@contextmanager
def _sdk(url: str, token: str):
    import httpx
    from label_studio_sdk import LabelStudio

    with httpx.Client(timeout=30, follow_redirects=True) as http:
        yield LabelStudio(base_url=url, api_key=token, timeout=30, httpx_client=http)


@pytest.mark.studio
def test_team_registry_and_accounts(walkthrough):
    """What `sikap studio annotator add` made: a registry (mode 600), accounts that log in, servers of their own."""
    from sikap.studio import accounts, team

    settings = walkthrough.settings()
    registry = team.folder(settings) / team.REGISTRY
    assert stat.S_IMODE(registry.stat().st_mode) == 0o600
    members = team.load(settings)
    assert sorted(members) == ["ayu", "budi", "citra", "dewi", "eko"]
    assert members["eko"].role == team.ADJUDICATOR and members["eko"].port is None
    ports = {m.port for m in members.values() if m.role == team.ANNOTATOR}
    assert len(ports) == 4
    for name, m in walkthrough.members.items():
        assert accounts.login_works(m.url, m.email, m.password)
        assert not accounts.login_works(m.url, m.email, m.password + "x")
        with _sdk(m.url, m.token) as ls:
            assert ls.users.whoami().email == m.email
    with pytest.raises(server.StudioError, match="already in the team"):
        team.add(settings, "ayu")
    with pytest.raises(server.StudioError, match="already belongs to budi"):
        team.add(settings, "budi2", email="BUDI@example.org")
    listed = walkthrough.run("sikap studio annotator list").output
    assert all(f"{n:<16} " in listed for n in members) and listed.count("(running)") == 5
    status = walkthrough.run("sikap studio status").output
    assert all(f"  {n}: http://127.0.0.1:{m.port} (healthy)" in status for n, m in members.items() if m.port)


@pytest.mark.studio
def test_studio_up_restarts_an_annotators_server_on_its_kept_port(walkthrough):
    from sikap.studio import team

    settings = walkthrough.settings()
    dewi = team.load(settings)["dewi"]
    assert server.stop(team.data_dir(settings, "dewi"))
    down = walkthrough.run("sikap studio status", ok=False)
    assert down.exit_code == 1 and f"  dewi: http://127.0.0.1:{dewi.port} (not running)" in down.output
    up = walkthrough.run("sikap studio up")
    assert f"  dewi: http://127.0.0.1:{dewi.port} (started)" in up.output
    assert f"  ayu: {walkthrough.members['ayu'].url} (already running)" in up.output
    with _sdk(walkthrough.members["dewi"].url, walkthrough.members["dewi"].token) as ls:
        assert ls.users.whoami().email == "dewi@example.org"  # same port, same account, same token
    assert walkthrough.run("sikap studio status").exit_code == 0


@pytest.mark.studio
def test_an_annotators_port_can_be_changed_while_their_server_is_stopped(walkthrough):
    """`sikap studio annotator port`: refused while the server runs, for a busy or kept port; after it the
    server starts on the new port and the same account logs in there (then it is moved back)."""
    from sikap.studio import accounts, team

    settings = walkthrough.settings()
    members = team.load(settings)
    dewi, old = walkthrough.members["dewi"], members["dewi"].port
    running = walkthrough.run("sikap studio annotator port dewi 8999", ok=False)
    assert running.exit_code == 1 and "dewi's server is running: stop it first" in running.output
    assert server.stop(team.data_dir(settings, "dewi"))
    kept = walkthrough.run(f"sikap studio annotator port dewi {members['ayu'].port}", ok=False)
    assert kept.exit_code == 1 and ("busy" in kept.output or "kept for ayu" in kept.output)
    new = server.free_port()
    moved = walkthrough.run(f"sikap studio annotator port dewi {new}")
    assert f"dewi: http://127.0.0.1:{new}" in moved.output and team.load(settings)["dewi"].port == new
    up = walkthrough.run("sikap studio up")
    assert f"  dewi: http://127.0.0.1:{new} (started)" in up.output
    assert accounts.login_works(f"http://127.0.0.1:{new}", dewi.email, dewi.password)
    assert server.stop(team.data_dir(settings, "dewi"))
    walkthrough.run(f"sikap studio annotator port dewi {old}")
    walkthrough.run("sikap studio up")
    assert accounts.login_works(dewi.url, dewi.email, dewi.password)
