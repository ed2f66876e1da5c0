"""Faults: a clear one-line error with its code, and nothing written in the annotations folder.

The server is real; only a 5xx and a hung server are simulated, by tiny local servers on 127.0.0.1,
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

from sikap.annotation.client import Server
from sikap.annotation.errors import AnnotationError
from sikap.annotation.pull import pull
from sikap.annotation.push import push
from sikap.studio import server as studio
from tests.annotation.conftest import SALT, USERS, choice, post, task_ids, tree_bytes

pytestmark = pytest.mark.studio


@pytest.fixture
def root(tmp_path) -> Path:
    """An annotations folder that already holds something, to prove it is left as it was."""
    folder = tmp_path / "annotations"
    folder.mkdir()
    (folder / "README.md").write_text("kept\n")
    return folder


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
        push(Server(handle.url, label_studio_settings.token), seed_dataset, 1)
        before = tree_bytes(root)
        err = _fails("unreachable", pull, StopsBeforeExport(handle.url, label_studio_settings.token, data_dir=data),
                     1, root, SALT)
        assert handle.url in err.message and "exporting project" in err.message
        assert not studio.status(data).running
        assert tree_bytes(root) == before
    finally:
        studio.stop(data)


def test_wrong_token(studio_server, round1, seed_dataset, root):
    before = tree_bytes(root)
    wrong = Server(studio_server.url, "not-the-token-0123456789")
    err = _fails("auth_failed", pull, wrong, 1, root, SALT)
    assert "401" in err.message and "SIKAP_LS_TOKEN" in err.message
    _fails("auth_failed", push, wrong, seed_dataset, 1)
    assert tree_bytes(root) == before


def _round_with(label_studio, studio_server, seed_dataset, annotators, number: int, result: list) -> None:
    project = push(studio_server, seed_dataset, number).project_id
    task = sorted(task_ids(label_studio.client(), project).values())[0]
    post(label_studio.client(), task, annotators["A"], result)


def test_export_with_an_unknown_label(label_studio, studio_server, seed_dataset, annotators, root):
    _round_with(label_studio, studio_server, seed_dataset, annotators, 7, [choice("stance_qatar", "maybe")])
    before = tree_bytes(root)
    err = _fails("invalid_table", pull, studio_server, 7, root, SALT)
    assert "annotations.stance" in err.message and "stance_values" in err.message and "maybe" in err.message
    assert tree_bytes(root) == before


def test_export_with_an_unknown_field_or_an_email(label_studio, studio_server, seed_dataset, annotators, root):
    _round_with(label_studio, studio_server, seed_dataset, annotators, 8, [choice("sentiment", "positive")])
    before = tree_bytes(root)
    err = _fails("unknown_field", pull, studio_server, 8, root, SALT)
    assert "'sentiment'" in err.message
    comment = {"from_name": "comment", "to_name": "text", "type": "textarea",
               "value": {"text": [f"ask me: {USERS['A'][0]}"]}}
    _round_with(label_studio, studio_server, seed_dataset, annotators, 10, [comment])
    _fails("personal_data", pull, studio_server, 10, root, SALT)
    assert tree_bytes(root) == before


def test_project_whose_config_no_longer_matches_the_schema(label_studio, studio_server, seed_dataset, root):
    from sikap.annotation.config import labeling_config

    old = labeling_config().replace('<Choice value="not_mentioned"', '<Choice value="absent"')
    label_studio.client().projects.create(title="sikap round 09", label_config=old)
    _fails("config_mismatch", push, studio_server, seed_dataset, 9)
    err = _fails("config_mismatch", pull, studio_server, 9, root, SALT)
    assert "start a new round" in err.message
    assert tree_bytes(root) == {"README.md": b"kept\n"}


def test_a_round_that_does_not_exist(studio_server, root):
    from sikap.annotation.gold import write_gold
    from sikap.annotation.report import write_agreement

    err = _fails("no_project", pull, studio_server, 42, root, SALT)
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
        err = _fails("server_error", pull, Server(f"http://127.0.0.1:{proxy.server_port}", "token-0123456789"),
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
        err = _fails("timeout", pull, Server(url, "token-0123456789", timeout=1), 1, root, SALT)
    assert "within 1 s" in err.message
    assert tree_bytes(root) == {"README.md": b"kept\n"}
