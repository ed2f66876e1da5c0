"""The local Label Studio server, tested against a real server (no mocks).

The `label_studio*` fixtures come from tests/studio_fixture.py (registered as a plugin).
"""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import stat
import subprocess
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from sikap.studio import server
from sikap.studio.cli import studio_app

studio = pytest.mark.studio


@contextmanager
def _sdk(url: str, token: str):
    """An SDK client whose connections are closed afterwards (the SDK never closes them)."""
    import httpx
    from label_studio_sdk import LabelStudio

    with httpx.Client(timeout=30, follow_redirects=True) as http:
        yield LabelStudio(base_url=url, api_key=token, timeout=30, httpx_client=http)


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status, resp.read()


@studio
def test_health_answers_and_version_is_pinned(label_studio):
    assert _get(f"{label_studio.url}/health")[0] == 200
    status, body = _get(f"{label_studio.url}/api/version/",
                        {"Authorization": f"Token {label_studio.token}"})
    assert status == 200
    assert json.loads(body)["release"] == server.LS_VERSION == "1.23.2"
    st = server.status(label_studio.data_dir)
    assert (st.running, st.healthy, st.url, st.version) == (True, True, label_studio.url, "1.23.2")


@studio
def test_token_authenticates_through_the_sdk(label_studio):
    ls = label_studio.client()
    assert isinstance(list(ls.projects.list()), list)
    me = ls.users.whoami()
    assert me.email == label_studio.username


@studio
def test_wrong_token_is_rejected(label_studio):
    from label_studio_sdk.core.api_error import ApiError

    with _sdk(label_studio.url, "not-the-token-123") as ls, pytest.raises(ApiError) as err:
        list(ls.projects.list())
    assert err.value.status_code == 401


def test_status_of_a_stopped_data_dir_says_not_running(tmp_path):
    assert server.status(tmp_path) == server.Status(running=False)
    # A state file left by a dead server (pid of an exited process) is not "running" either.
    dead = subprocess.Popen(["true"])
    dead.wait()
    (tmp_path / server.STATE_FILE).write_text(json.dumps(
        {"pid": dead.pid, "port": 1, "url": "http://127.0.0.1:1", "version": "1.23.2"}))
    assert not server.status(tmp_path).running
    assert server.stop(tmp_path) is False
    assert not (tmp_path / server.STATE_FILE).exists()


@studio
def test_start_on_a_busy_port_refuses(label_studio_settings, label_studio, tmp_path):
    # Label Studio itself would silently move to port+1: we refuse instead.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        with pytest.raises(server.StudioError, match=rf"port {port} on 127.0.0.1 is busy"):
            server.start(label_studio_settings, tmp_path / "a", port=port)
    with pytest.raises(server.StudioError, match="is busy"):
        server.start(label_studio_settings, tmp_path / "b", port=label_studio.handle.port)
    with pytest.raises(server.StudioError, match="already runs"):
        server.start(label_studio_settings, label_studio.data_dir, port=server.free_port())
    assert not (tmp_path / "a" / server.STATE_FILE).exists()


@studio
def test_start_that_never_gets_healthy_is_stopped_with_the_log(label_studio_settings, tmp_path):
    # A fresh data dir needs ~30 s of migrations: 1 s is too short by design.
    with pytest.raises(server.StudioError, match=r"did not become healthy within 1 s \(") as err:
        server.start(label_studio_settings, tmp_path, port=server.free_port(), timeout=1)
    assert "\n" not in str(err.value)
    assert not server.status(tmp_path).running
    assert not (tmp_path / server.STATE_FILE).exists()


@studio
def test_start_refuses_a_token_the_data_dir_does_not_know(label_studio_settings, label_studio_template,
                                                          tmp_path):
    # Label Studio sets the user's token only at the first start of a data dir.
    data = server.clone_data_dir(label_studio_template, tmp_path / "data")
    other = dataclasses.replace(label_studio_settings, token="another-token-456789")
    with pytest.raises(server.StudioError, match=r"rejects SIKAP_LS_TOKEN \(HTTP 401\)"):
        server.start(other, data, port=server.free_port())
    assert not server.status(data).running


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(studio_app, name="studio")
    return app


@studio
def test_cli_up_status_down_round_trip_keeps_the_port(label_studio_settings, label_studio_template, tmp_path):
    data = server.clone_data_dir(label_studio_template, tmp_path / "data")
    s = label_studio_settings
    env = {"SIKAP_ROOT": str(tmp_path), "SIKAP_LS_USERNAME": s.username, "SIKAP_LS_PASSWORD": s.password,
           "SIKAP_LS_TOKEN": s.token, "SIKAP_LS_BIN": str(s.bin), "SIKAP_LS_DATA_DIR": str(data)}
    app, runner = _cli(), CliRunner()

    def run(*args: str):
        result = runner.invoke(app, ["studio", *args], env=env)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return result

    try:
        first = run("status")
        assert (first.exit_code, first.output.strip()) == (1, "not running")
        up = run("up")
        assert up.exit_code == 0, up.output
        port = server.read_env_file(tmp_path / ".env")["SIKAP_LS_PORT"]  # chosen once, kept beside the token
        assert f"running at http://127.0.0.1:{port}" in up.output
        assert s.password not in up.output and s.token not in up.output
        assert "already running" in run("up").output
        st = run("status")
        assert st.exit_code == 0 and "healthy" in st.output and "1.23.2" in st.output
        assert "NOT" not in st.output
        with _sdk(server.status(data).url, s.token) as ls:
            assert list(ls.projects.list()) == []
        assert run("down").output.strip() == "stopped"
        assert run("status").exit_code == 1
        again = run("up")  # a restart keeps the port: annotators' links stay valid
        assert f"running at http://127.0.0.1:{port} " in again.output
        assert run("down").output.strip() == "stopped"
        assert run("down").output.strip() == "not running"
    finally:
        server.stop(data)
    assert set(server.read_env_file(tmp_path / ".env")) == {"SIKAP_LS_PORT"}  # credentials came from the env


def test_remember_port_writes_only_a_change(tmp_path):
    settings = server.load_settings(root=tmp_path, environ={})
    assert server.remember_port(settings, 8123).port == 8123
    assert (tmp_path / ".env").read_text() == "SIKAP_LS_PORT=8123\n"
    assert stat.S_IMODE((tmp_path / ".env").stat().st_mode) == 0o600
    again = server.load_settings(root=tmp_path, environ={})
    assert again.port == 8123 and server.remember_port(again, 8124).port == 8124
    assert server.read_env_file(tmp_path / ".env") == {"SIKAP_LS_PORT": "8124"}


def test_cli_error_is_one_line_and_exit_1(tmp_path):
    env = {"SIKAP_ROOT": str(tmp_path), "SIKAP_LS_BIN": str(tmp_path / "nope" / "label-studio"),
           "SIKAP_LS_PASSWORD": "pw-123456", "SIKAP_LS_TOKEN": "token-123456", "SIKAP_LS_DATA_DIR": str(tmp_path)}
    result = CliRunner().invoke(_cli(), ["studio", "up"], env=env)
    assert result.exit_code == 1
    assert result.output.strip() == "error: Label Studio is not installed: run scripts/install-label-studio.sh"
    bad = CliRunner().invoke(_cli(), ["studio", "status"], env={**env, "SIKAP_LS_TOKEN": "short"})
    assert bad.exit_code == 1 and bad.output.startswith("error: SIKAP_LS_TOKEN must be 6..40")
    assert "Traceback" not in result.output + bad.output


def test_missing_credentials_are_generated_once_into_env_mode_600(tmp_path):
    (tmp_path / ".env").write_text("# mine\nOTHER=1\nexport SIKAP_LS_USERNAME='me@example.org'\n")
    settings = server.ensure_credentials(server.load_settings(root=tmp_path, environ={}))
    env_file = tmp_path / ".env"
    assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
    assert settings.username == "me@example.org"
    assert settings.password and 6 <= len(settings.token) <= 40
    again = server.ensure_credentials(server.load_settings(root=tmp_path, environ={}))
    assert (again.password, again.token) == (settings.password, settings.token)
    text = env_file.read_text()
    assert "OTHER=1" in text and "# mine" in text and text.count("SIKAP_LS_TOKEN=") == 1
    assert server.load_settings(root=tmp_path, environ={"SIKAP_LS_TOKEN": "from-env-123"}).token == "from-env-123"
    assert server.load_settings(root=tmp_path, environ={}).data_dir == tmp_path / ".studio"


def test_clone_keeps_symlinks_and_drops_state(tmp_path):
    template = tmp_path / "template"
    (template / "media").mkdir(parents=True)
    (template / "label_studio.sqlite3").write_bytes(b"db")
    (template / "link").symlink_to("label_studio.sqlite3")
    for name in (server.STATE_FILE, server.LOG_FILE, ".complete", server.SECRET_FILE):
        (template / name).write_text("x")  # SECRET_FILE: Label Studio's SECRET_KEY, one per server
    dest = server.clone_data_dir(template, tmp_path / "copy")
    assert (dest / "link").is_symlink() and os.readlink(dest / "link") == "label_studio.sqlite3"
    assert sorted(p.name for p in dest.iterdir()) == ["label_studio.sqlite3", "link", "media"]
    assert Path(dest).is_dir()


def test_team_member_names_and_emails_are_checked_before_anything_starts(tmp_path):
    from sikap.studio import team

    settings = server.load_settings(root=tmp_path, environ={"SIKAP_LS_TOKEN": "token-123456",
                                                            "SIKAP_LS_DATA_DIR": str(tmp_path / "studio")})
    for bad in ("Ayu", "1ayu", "a b", "x" * 33):
        with pytest.raises(server.StudioError, match="annotator name"):
            team.add(settings, bad)
    with pytest.raises(server.StudioError, match="main server, which is not running"):
        team.add(settings, "eko", role=team.ADJUDICATOR)
    assert team.load(settings) == {} and not (tmp_path / "studio").exists()

