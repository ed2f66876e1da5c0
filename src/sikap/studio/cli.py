"""`sikap studio up|down|status` and `sikap studio annotator add|list`: thin commands over sikap.studio.

Settings come from SIKAP_LS_* environment variables or the untracked `.env` at the repo root.
Errors are one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import typer

studio_app = typer.Typer(
    help="Run the local Label Studio servers (installed by scripts/install-label-studio.sh).",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
annotator_app = typer.Typer(help="The annotation team: each annotator gets an account on a server of their own.",
                            no_args_is_help=True, rich_markup_mode="markdown", pretty_exceptions_enable=False)
studio_app.add_typer(annotator_app, name="annotator")

DATA_DIR_HELP = "Server data dir: SQLite DB, log, state, annotators' servers (default: SIKAP_LS_DATA_DIR or .studio/)."


@contextmanager
def _one_line_errors():
    from sikap.studio.server import StudioError

    try:
        yield
    except StudioError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None


def _settings(data_dir: Path | None):
    from dataclasses import replace

    from sikap.studio import server

    settings = server.load_settings()
    return replace(settings, data_dir=data_dir.resolve()) if data_dir else settings


@studio_app.command()
def up(
    port: int = typer.Option(None, help="Port on 127.0.0.1 for the main server; kept in .env as SIKAP_LS_PORT "
                                        "(default: the kept one, or a free one chosen now)."),
    data_dir: Path = typer.Option(None, help=DATA_DIR_HELP),
    timeout: float = typer.Option(120, help="Seconds to wait for each server's /health (a new data dir needs ~30)."),
) -> None:
    """Start the main server and every annotator's server in the background; wait until they answer.

    A missing password/token is generated once and saved in `.env` (mode 600). The port is chosen once
    and kept, so the links you gave annotators keep working.

    Example: `sikap studio up` or `sikap studio up --port 8080`
    """
    from sikap.studio import server, team

    with _one_line_errors():
        settings = server.ensure_credentials(_settings(data_dir))
        current = server.status(settings.data_dir)
        if current.running:
            typer.echo(f"already running at {current.url} (pid {current.pid})")
        else:
            kept = set(team.kept_ports(team.load(settings)))  # annotators' servers, running or not
            settings = server.remember_port(settings, port or settings.port or server.free_port(avoid=kept))
            handle = server.start(settings, settings.data_dir, port=settings.port, timeout=timeout)
            typer.echo(f"Label Studio {handle.version} running at {handle.url} (pid {handle.pid})")
            typer.echo(f"log in as {settings.username}; password and API token: SIKAP_LS_PASSWORD, "
                       f"SIKAP_LS_TOKEN in {settings.env_file}")
        for member, started in team.start_all(settings, timeout):
            state = "started" if started else "already running"
            typer.echo(f"  {member.name}: {team.url_of(member)} ({state})")


@studio_app.command()
def down(data_dir: Path = typer.Option(None, help=DATA_DIR_HELP)) -> None:
    """Stop every server (SIGTERM, then SIGKILL after 20 s).

    Example: `sikap studio down`
    """
    from sikap.studio import server, team

    with _one_line_errors():
        settings = _settings(data_dir)
        names = team.stop_all(settings)
        main = server.stop(settings.data_dir)
        typer.echo("stopped" if main else "not running")
        if names:
            typer.echo(f"stopped the servers of {', '.join(names)}")


@studio_app.command()
def status(data_dir: Path = typer.Option(None, help=DATA_DIR_HELP)) -> None:
    """Say which servers run, where, and whether /health answers; exit 1 unless all of them do.

    Example: `sikap studio status`
    """
    from sikap.studio import server, team

    with _one_line_errors():
        settings = _settings(data_dir)
        st = server.status(settings.data_dir)
        ok = st.running and st.healthy
        if st.running:
            health = "healthy" if st.healthy else "NOT answering /health"
            typer.echo(f"running at {st.url} (pid {st.pid}, Label Studio {st.version}, {health})")
        else:
            typer.echo("not running")
        for m in team.statuses(settings, st.url if st.running else None):
            if m.member.role == team.ADJUDICATOR:
                continue
            ok = ok and m.running and m.healthy
            state = "healthy" if m.healthy else "NOT answering /health" if m.running else "not running"
            typer.echo(f"  {m.member.name}: {m.url} ({state})")
    if not ok:
        raise typer.Exit(1)


@annotator_app.command("add")
def annotator_add(
    name: str = typer.Argument(..., help="Short name (letters, digits, - or _), e.g. ayu."),
    email: str = typer.Option(None, help="Login e-mail (default: NAME@annotators.sikap.local). Pseudonyms "
                                         "are keyed on it: keep it the same in every round."),
    adjudicator: bool = typer.Option(False, "--adjudicator", help="An account on the main server, where "
                                     "adjudication projects live, instead of a server of their own."),
    port: int = typer.Option(None, help="Port for the annotator's server (default: a free one, kept)."),
    data_dir: Path = typer.Option(None, help=DATA_DIR_HELP),
    timeout: float = typer.Option(120, help="Seconds to wait for the new server's /health."),
) -> None:
    """Create an account that logs in in the browser; print its address, password and API token.

    An annotator gets a Label Studio server of their own (a copy of a migrated template, a few seconds),
    so nobody can see another's work. The password is printed once and not stored: hand it over privately.

    Example: `sikap studio annotator add ayu --email ayu@example.org`
    """
    from sikap.studio import server, team

    with _one_line_errors():
        settings = server.ensure_credentials(_settings(data_dir))
        main = server.status(settings.data_dir)
        new = team.add(settings, name, email, team.ADJUDICATOR if adjudicator else team.ANNOTATOR, port,
                       main.url if main.running else None, timeout)
    where = "the main server (adjudication)" if adjudicator else "their own server"
    typer.echo(f"{name}: {where} at {new.url}")
    typer.echo(f"  login    {new.member.email}")
    typer.echo(f"  password {new.password}   (printed once, not stored)")
    typer.echo(f"  token    {new.token}   (API token, for scripts)")


@annotator_app.command("port")
def annotator_port(
    name: str = typer.Argument(..., help="The annotator's short name."),
    port: int = typer.Argument(..., help="The new port on 127.0.0.1, kept from then on."),
    data_dir: Path = typer.Option(None, help=DATA_DIR_HELP),
) -> None:
    """Move an annotator's server to another port (their account, token and work stay).

    Stop the servers first (`sikap studio down`); the annotator opens the new address afterwards.

    Example: `sikap studio annotator port ayu 8091`
    """
    from sikap.studio import team

    with _one_line_errors():
        member = team.set_port(_settings(data_dir), name, port)
    typer.echo(f"{name}: http://127.0.0.1:{member.port} from the next `sikap studio up`")


@annotator_app.command("list")
def annotator_list(data_dir: Path = typer.Option(None, help=DATA_DIR_HELP)) -> None:
    """Every team member: name, role, login e-mail, address and whether their server runs.

    Example: `sikap studio annotator list`
    """
    from sikap.studio import server, team

    with _one_line_errors():
        settings = _settings(data_dir)
        main = server.status(settings.data_dir)
        rows = team.statuses(settings, main.url if main.running else None)
    if not rows:
        typer.echo("no annotators yet: `sikap studio annotator add NAME`")
    for r in rows:
        state = "running" if r.running else "stopped"
        where = r.url or f"main server ({state})"
        typer.echo(f"{r.member.name:<16} {r.member.role:<12} {r.member.email:<36} {where} ({state})")
