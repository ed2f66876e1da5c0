"""Faults: a clear one-line error with its code, and nothing written in the annotations folder.

The servers are real; only a 5xx and a hung server are simulated, by tiny local servers on 127.0.0.1,
because a real Label Studio cannot be made to produce them on demand.
"""

from __future__ import annotations

import http.server
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from sikap.annotation.client import Server, Team
from sikap.annotation.errors import AnnotationError
from sikap.annotation.pull import pull
from sikap.annotation.push import push
from sikap.studio import server as studio
from tests.annotation.conftest import SALT, tree_bytes
from tests.studio_fixture import TEST_TOKEN, TEST_USERNAME

pytestmark = pytest.mark.studio


@pytest.fixture
def root(tmp_path) -> Path:
    """An annotations folder that already holds something, to prove it is left as it was."""
    folder = tmp_path / "annotations"
    folder.mkdir()
    (folder / "README.md").write_text("kept\n")
    return folder


def solo(server: Server) -> Team:
    """A team of one whose 'annotator' is the server's admin (user 1): enough to push and pull."""
    return Team(main=None, members={"x": server}, emails={"x": TEST_USERNAME}, user_ids={"x": 1}, adjudicators={})


def _fails(code: str, fn, *args, **kwargs) -> AnnotationError:
    with pytest.raises(AnnotationError) as err:
        fn(*args, **kwargs)
    assert err.value.code == code, err.value
    assert "\n" not in str(err.value) and "Traceback" not in str(err.value)
    return err.value


@dataclass(frozen=True)
class StopsBeforeExport(Server):
    """A client that really stops its server (SIGTERM) when the export request goes out."""

    data_dir: Path | None = None

    @contextmanager
    def connect(self):
        import httpx
        from label_studio_sdk import LabelStudio

        def stop_server(request):
            if "/export" in request.url.path:
                studio.stop(self.data_dir)

        with httpx.Client(timeout=self.timeout, event_hooks={"request": [stop_server]}) as http:
            yield LabelStudio(base_url=self.url, api_key=self.token, timeout=self.timeout,
                              max_retries=self.retries, httpx_client=http)


def test_server_stopped_mid_pull(label_studio_settings, label_studio_template, seed_dataset, root, tmp_path):
    data = studio.clone_data_dir(label_studio_template, tmp_path / "second-server")
    handle = studio.start(label_studio_settings, data, port=studio.free_port())
    try:
        push(solo(Server(handle.url, TEST_TOKEN, who="x")), seed_dataset, 1, ["x"], overlap=1)
        before = tree_bytes(root)
        stopping = StopsBeforeExport(handle.url, TEST_TOKEN, who="x", data_dir=data)
        err = _fails("unreachable", pull, solo(stopping), 1, root, SALT)
        assert handle.url in err.message and "exporting project" in err.message and "of x" in err.message
        assert not studio.status(data).running
        assert tree_bytes(root) == before
    finally:
        studio.stop(data)


def test_wrong_token(walkthrough, studio_team, seed_dataset, root):
    before = tree_bytes(root)
    wrong = Team(None, {n: Server(s.url, "not-the-token-0123456789", who=n) for n, s in studio_team.members.items()},
                 studio_team.emails, studio_team.user_ids, {})
    err = _fails("auth_failed", pull, wrong, 1, root, SALT)
    assert "401" in err.message and "SIKAP_LS_TOKEN" in err.message
    _fails("auth_failed", push, wrong, seed_dataset, 1, ["ayu"], overlap=1)
    assert tree_bytes(root) == before


def test_project_whose_config_no_longer_matches_the_schema(walkthrough, studio_team, seed_dataset, root):
    from sikap.annotation.config import labeling_config

    old = labeling_config().replace('<Choice value="not_mentioned"', '<Choice value="absent"')
    walkthrough.admin("dewi").projects.create(title="sikap round 09", label_config=old)
    err = _fails("config_mismatch", push, studio_team, seed_dataset, 9, ["dewi"], overlap=1)
    assert "start a new round" in err.message
    err = _fails("round_mismatch", pull, studio_team, 9, root, SALT)
    assert "not created by `sikap annotate push`" in err.message
    assert tree_bytes(root) == {"README.md": b"kept\n"}


def test_a_round_that_does_not_exist(studio_team, root):
    from sikap.annotation.gold import write_gold
    from sikap.annotation.report import write_agreement

    err = _fails("no_project", pull, studio_team, 42, root, SALT)
    assert "sikap round 42" in err.message and "sikap annotate push --round 42" in err.message
    _fails("no_round", write_agreement, root, 42)
    _fails("no_round", write_gold, root)
    assert tree_bytes(root) == {"README.md": b"kept\n"}


class _Always503(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802
        type(self).hits += 1
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_5xx_is_retried_with_backoff_then_reported(root):
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Always503)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    try:
        start = time.monotonic()
        err = _fails("server_error", pull, solo(Server(f"http://127.0.0.1:{proxy.server_port}", "token-0123456789")),
                     1, root, SALT)
        assert _Always503.hits == 3  # the first try and two retries
        assert time.monotonic() - start >= 0.5  # with backoff between them
        assert "503" in err.message
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert tree_bytes(root) == {"README.md": b"kept\n"}


def test_a_server_that_never_answers_times_out(root):
    with socket.socket() as hung:  # accepts connections (backlog) but never answers
        hung.bind(("127.0.0.1", 0))
        hung.listen(8)
        url = f"http://127.0.0.1:{hung.getsockname()[1]}"
        start = time.monotonic()
        err = _fails("timeout", pull, solo(Server(url, "token-0123456789", timeout=1)), 1, root, SALT)
        assert time.monotonic() - start < 5  # one wait, no retry of a timeout
    assert "within 1 s" in err.message
    assert tree_bytes(root) == {"README.md": b"kept\n"}


def test_default_timeouts_are_at_most_30_seconds():
    import inspect

    from sikap.annotation import cli
    from sikap.studio import accounts

    assert Server("http://x", "t").timeout <= 30 and accounts.TIMEOUT <= 30
    assert cli.TIMEOUT.default <= 30
    for command in (cli.push, cli.status, cli.pull, cli.adjudicate):
        assert inspect.signature(command).parameters["timeout"].default.default <= 30
