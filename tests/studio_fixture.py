"""Pytest plugin: a real Label Studio server for the test session, ready in ~3 s.

The first run builds a migrated template data dir (~30 s) under SIKAP_TEST_CACHE (default
`.cache/`); every session then starts on a fresh copy of it, on a free loopback port.
Register with `pytest_plugins = ["studio_fixture"]` (tests/ on sys.path) or `tests.studio_fixture`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sikap.studio import server

REPO = Path(__file__).resolve().parents[1]
# Test-only credentials for a loopback server on a throwaway data dir.
TEST_USERNAME = "admin@sikap.local"
TEST_PASSWORD = "sikap-test-password"
TEST_TOKEN = "sikap-test-token-0123456789"


@dataclass
class LabelStudioServer:
    url: str
    token: str
    username: str
    password: str
    data_dir: Path
    handle: server.ServerHandle

    _http: list = field(default_factory=list, repr=False)

    def client(self):
        """An SDK client for this server (imported lazily: the SDK is slow to import).

        Its HTTP connections are closed at the end of the session (the SDK never closes them).
        """
        import httpx
        from label_studio_sdk import LabelStudio

        http = httpx.Client(timeout=60, follow_redirects=True)
        self._http.append(http)
        return LabelStudio(base_url=self.url, api_key=self.token, timeout=60, httpx_client=http)

    def close_clients(self) -> None:
        while self._http:
            self._http.pop().close()


def settings_for_tests() -> server.Settings:
    """Fixed test credentials; the binary still follows SIKAP_LS_BIN / `.env` like the CLI."""
    env = {**os.environ, "SIKAP_LS_USERNAME": TEST_USERNAME, "SIKAP_LS_PASSWORD": TEST_PASSWORD,
           "SIKAP_LS_TOKEN": TEST_TOKEN}
    env.pop("SIKAP_LS_PORT", None)
    env.pop("SIKAP_LS_DATA_DIR", None)
    return server.load_settings(root=REPO, environ=env)


def cache_root() -> Path:
    return Path(os.environ.get("SIKAP_TEST_CACHE") or REPO / ".cache")


@pytest.fixture(scope="session")
def label_studio_settings() -> server.Settings:
    """Settings for test servers; skips (or fails under CI) when Label Studio is not installed."""
    settings = settings_for_tests()
    if not settings.bin.exists():
        message = f"{server.INSTALL_HINT} (looked for {settings.bin})"
        if os.environ.get("CI"):
            pytest.fail(f"CI must install Label Studio: {message}", pytrace=False)
        pytest.skip(message)
    return settings


@pytest.fixture(scope="session")
def label_studio_template(label_studio_settings: server.Settings) -> Path:
    """The migrated template data dir, built on the first run only."""
    return server.template_data_dir(cache_root(), label_studio_settings)


@pytest.fixture(scope="session")
def label_studio(label_studio_settings, label_studio_template, tmp_path_factory):
    """A running server on a fresh copy of the template, stopped at the end of the session."""
    data_dir = server.clone_data_dir(label_studio_template, tmp_path_factory.mktemp("label-studio") / "data")
    handle = server.start(label_studio_settings, data_dir, port=server.free_port())
    studio = LabelStudioServer(url=handle.url, token=TEST_TOKEN, username=TEST_USERNAME,
                               password=TEST_PASSWORD, data_dir=data_dir, handle=handle)
    try:
        yield studio
    finally:
        studio.close_clients()
        server.stop(data_dir)
