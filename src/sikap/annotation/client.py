"""Talking to Label Studio through its SDK: connect, find a round's project, turn failures into errors.

The SDK retries GETs (and, dangerously, POSTs) on 5xx and connection errors with exponential backoff;
every call that creates something passes `NO_RETRY` and is made idempotent by the caller instead.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass

from sikap.annotation.errors import AnnotationError

NO_RETRY = {"max_retries": 0}
ROUND_MARKER = "sikap-round"


def project_title(round_no: int, adjudication: bool = False) -> str:
    return f"sikap round {round_no:02d}" + (" adjudication" if adjudication else "")


@dataclass(frozen=True)
class Team:
    """The servers of a team: the main one (adjudication) and one per annotator, with who is who."""

    main: "Server | None"
    members: dict  # annotator name -> Server
    emails: dict  # name -> login e-mail (pseudonyms are keyed on it)
    user_ids: dict  # name -> user id on their server
    adjudicators: dict  # adjudicator name -> user id on the main server

    def server(self, name: str) -> "Server":
        if name not in self.members:
            known = ", ".join(sorted(self.members)) or "none yet"
            raise AnnotationError("no_annotator", f"{name} is not an annotator of this team (annotators: {known}; "
                                  f"add one with `sikap studio annotator add {name}`)")
        return self.members[name]


@dataclass(frozen=True)
class Server:
    """Where the server is and how to authenticate; `timeout` bounds each request (exports included)."""

    url: str
    token: str
    timeout: float = 30.0
    retries: int = 2
    who: str = ""  # whose server (an annotator's name), for messages

    @contextmanager
    def connect(self):
        """An SDK client whose HTTP connections are closed on exit (the SDK never closes its own)."""
        import httpx
        from label_studio_sdk import LabelStudio

        with httpx.Client(timeout=self.timeout, follow_redirects=True) as http:
            yield LabelStudio(base_url=self.url, api_key=self.token, timeout=self.timeout,
                              max_retries=self.retries, httpx_client=http)


@contextmanager
def server_errors(server: Server, doing: str):
    """Map SDK and HTTP failures to one-line AnnotationErrors naming the server and the step."""
    import httpx
    from label_studio_sdk.core.api_error import ApiError

    where = f"Label Studio{' of ' + server.who if server.who else ''} at {server.url}"
    try:
        yield
    except ApiError as err:
        status = err.status_code or 0
        if status in (401, 403):
            raise AnnotationError("auth_failed", f"{where} rejected the API token ({status}) while {doing}; "
                                  "check SIKAP_LS_TOKEN") from None
        if status >= 500:
            raise AnnotationError("server_error", f"{where} answered {status} while {doing}, "
                                  f"after {server.retries} retries with backoff") from None
        raise AnnotationError("api_error", f"{where} answered {status} while {doing}: {_short(err.body)}") from None
    except httpx.TimeoutException:
        raise AnnotationError("timeout", f"{where} did not answer within {server.timeout:g} s while {doing}") from None
    except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
        raise AnnotationError("unreachable", f"cannot reach {where} while {doing} (is it running? "
                              "`sikap studio status`)") from None
    except httpx.HTTPError as err:
        raise AnnotationError("unreachable", f"{where} failed while {doing}: {type(err).__name__}") from None


def _short(body) -> str:
    text = body if isinstance(body, str) else json.dumps(body, default=str)
    return text[:200]


def find_project(ls, server: Server, round_no: int, required: bool = True, adjudication: bool = False):
    """The round's project, found by its title; None (or an error) when there is none."""
    title = project_title(round_no, adjudication)
    with server_errors(server, "listing projects"):
        found = [p for p in ls.projects.list(title=title) if p.title == title]
    if len(found) > 1:
        ids = ", ".join(str(p.id) for p in found)
        raise AnnotationError("ambiguous_project", f"projects {ids} are all titled {title!r}; rename all but one")
    if not found:
        if required:
            push = f"sikap annotate {'adjudicate --push' if adjudication else 'push'} --round {round_no}"
            where = f"{server.who}'s server at {server.url}" if server.who else server.url
            raise AnnotationError("no_adjudication" if adjudication else "no_project",
                                  f"round {round_no} does not exist: no project titled {title!r} on {where} "
                                  f"(push it first: `{push}`)")
        return None
    with server_errors(server, f"reading project {found[0].id}"):
        return ls.projects.get(id=found[0].id)


def round_settings(project) -> dict:
    """What push recorded in the project description (selection rule, overlap, dataset version)."""
    text = project.description or ""
    for line in text.splitlines():
        if line.startswith(ROUND_MARKER + ":"):
            try:
                return json.loads(line.split(":", 1)[1])
            except ValueError:
                break
    return {}


def check_config(project, expected_xml: str) -> None:
    """The project's labeling config is the one generated from schema/ (else the round is refused)."""
    from sikap.annotation.config import config_hash

    got, want = config_hash(project.label_config or ""), config_hash(expected_xml)
    if got != want:
        raise AnnotationError("config_mismatch", f"project {project.id} ({project.title!r}) has a labeling config "
                              f"({got[:19]}) that differs from the one generated from schema/ ({want[:19]}); "
                              "a round is annotated with one config: start a new round")


def export_json(ls, server: Server, project_id: int) -> bytes:
    """Every task of the project with its annotations and predictions, as the server sends it."""
    with server_errors(server, f"exporting project {project_id}"):
        return b"".join(ls.projects.exports.download_sync(project_id, export_type="JSON", download_all_tasks=True))


def server_version(ls, server: Server) -> str:
    with server_errors(server, "reading the server version"):
        return str(ls.versions.get().release)
