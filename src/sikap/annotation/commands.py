"""What each `sikap annotate` command does and prints; every failure is one line and exit code 1.

Kept apart from cli.py so that `sikap --help` imports nothing heavy.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import typer


@contextmanager
def one_line_errors():
    """AnnotationError, StudioError and anything unexpected -> `error [code]: ...` on stderr, exit 1."""
    from sikap.annotation.errors import AnnotationError
    from sikap.studio.server import StudioError

    try:
        yield
    except typer.Exit:
        raise
    except AnnotationError as err:
        typer.secho(f"error [{err.code}]: {err.message}", fg="red", err=True)
        raise typer.Exit(1) from None
    except StudioError as err:
        typer.secho(f"error [studio]: {err}", fg="red", err=True)
        raise typer.Exit(1) from None
    except OSError as err:
        typer.secho(f"error [io]: {err.strerror or err}: {err.filename or ''}", fg="red", err=True)
        raise typer.Exit(1) from None
    except Exception as err:  # never a traceback; the type says where to look
        message = " ".join(str(err).split())[:300]
        typer.secho(f"error [internal]: {type(err).__name__}: {message}", fg="red", err=True)
        raise typer.Exit(1) from None


def server_from_env(timeout: float):
    """URL: SIKAP_LS_URL, else the server `sikap studio up` started; token: SIKAP_LS_TOKEN (env or .env)."""
    from sikap.annotation.client import Server
    from sikap.annotation.errors import AnnotationError
    from sikap.studio import server as studio

    settings = studio.load_settings()
    url = os.environ.get("SIKAP_LS_URL") or studio.read_env_file(settings.env_file).get("SIKAP_LS_URL")
    if not url:
        state = studio.status(settings.data_dir)
        url = state.url if state.running else None
    if not url:
        raise AnnotationError("no_server", "no Label Studio server: start one with `sikap studio up` or set SIKAP_LS_URL")
    if not settings.token:
        raise AnnotationError("auth_failed", "no API token: set SIKAP_LS_TOKEN (`sikap studio up` writes one to .env)")
    return Server(url.rstrip("/"), settings.token, timeout=timeout)


def _root(path: Path | None) -> Path:
    from sikap.annotation.rounds import default_root

    return path if path is not None else default_root()


def push_round(round_no: int, dataset: Path | None, overlap: int, article_ids: list[str] | None, timeout: float) -> None:
    from sikap import paths
    from sikap.annotation.push import push

    with one_line_errors():
        server = server_from_env(timeout)
        r = push(server, dataset or paths.dataset_dir(), round_no, overlap, article_ids or None)
    state = "created" if r.created else "reused"
    typer.echo(f"round {r.round}: project {r.project_id} ({state}), {r.added} tasks added "
               f"({r.predictions} with machine pre-annotations), {r.already} already there, {r.seconds:.1f} s")
    typer.echo(f"annotate at {server.url}/projects/{r.project_id}/data")


def pull_round(round_no: int, root: Path | None, allow_changed: bool, timeout: float) -> None:
    from sikap.annotation.pseudonyms import load_salt
    from sikap.annotation.pull import pull
    from sikap.paths import repo_root

    with one_line_errors():
        server = server_from_env(timeout)
        salt = load_salt(repo_root(), create=True)
        r = pull(server, round_no, _root(root), salt, allow_changed)
    c = r.counts
    what = f"{c['tasks']} tasks, {c['annotations']} annotations by {c['annotators']} annotators, {c['rows']} rows"
    if r.status == "unchanged":
        typer.echo(f"round {round_no}: unchanged, {r.path} kept as it is ({what})")
    else:
        extra = "; the previous snapshot is kept in history/" if r.status == "replaced" else ""
        typer.echo(f"round {round_no}: wrote {r.path} ({what}) in {r.seconds:.1f} s{extra}")


def round_agreement(round_no: int, root: Path | None) -> None:
    import json

    from sikap.annotation.report import JSON, write_agreement

    with one_line_errors():
        folder = write_agreement(_root(root), round_no)
        fields = json.loads((folder / JSON).read_text(encoding="utf-8"))["fields"]
    for f in fields:
        alpha = "undefined" if f["alpha"] is None else f"{f['alpha']:.3f}"
        typer.echo(f"{f['field']:<32} alpha {alpha:>9}  articles {f['items']:>4}  annotators {f['annotators']}")
    typer.echo(f"round {round_no}: report, JSON and plots in {folder}")


def adjudicate_rounds(root: Path | None) -> None:
    from collections import Counter

    from sikap.annotation.gold import REPORT, write_gold

    with one_line_errors():
        folder, rows = write_gold(_root(root))
    methods = ", ".join(f"{m} {n}" for m, n in sorted(Counter(r["method"] for r in rows).items()))
    articles = len({r["article_id"] for r in rows})
    typer.echo(f"gold labels for {articles} articles ({methods}); ties and the rule in {folder / REPORT}")
    typer.echo("rebuild the dataset to merge them: `sikap build`")
