"""`sikap studio up|down|status`: thin commands over sikap.studio.server.

Settings come from SIKAP_LS_* environment variables or the untracked `.env` at the repo root.
Errors are one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import typer

studio_app = typer.Typer(
    help="Run the local Label Studio server (installed by scripts/install-label-studio.sh).",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)

DATA_DIR_HELP = "Server data dir: SQLite DB, log, state (default: SIKAP_LS_DATA_DIR or .studio/)."


@contextmanager
def _one_line_errors():
    from sikap.studio.server import StudioError

    try:
        yield
    except StudioError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None


@studio_app.command()
def up(
    port: int = typer.Option(None, help="Port on 127.0.0.1 (default: SIKAP_LS_PORT or a free one)."),
    data_dir: Path = typer.Option(None, help=DATA_DIR_HELP),
    timeout: float = typer.Option(120, help="Seconds to wait for /health (a new data dir needs ~30)."),
) -> None:
    """Start the server in the background and wait until it answers.

    A missing password/token is generated once and saved in `.env` (mode 600).

    Example: `sikap studio up` or `sikap studio up --port 8080`
    """
    from sikap.studio import server

    with _one_line_errors():
        settings = server.ensure_credentials(server.load_settings())
        data = data_dir or settings.data_dir
        current = server.status(data)
        if current.running:
            typer.echo(f"already running at {current.url} (pid {current.pid})")
            return
        handle = server.start(settings, data, port=port, timeout=timeout)
        typer.echo(f"Label Studio {handle.version} running at {handle.url} (pid {handle.pid})")
        typer.echo(f"log in as {settings.username}; password and API token: SIKAP_LS_PASSWORD, "
                   f"SIKAP_LS_TOKEN in {settings.env_file}")


@studio_app.command()
def down(data_dir: Path = typer.Option(None, help=DATA_DIR_HELP)) -> None:
    """Stop the server (SIGTERM, then SIGKILL after 20 s).

    Example: `sikap studio down`
    """
    from sikap.studio import server

    with _one_line_errors():
        data = data_dir or server.load_settings().data_dir
        typer.echo("stopped" if server.stop(data) else "not running")


@studio_app.command()
def status(data_dir: Path = typer.Option(None, help=DATA_DIR_HELP)) -> None:
    """Say whether the server runs, where, and whether /health answers.

    Example: `sikap studio status`
    """
    from sikap.studio import server

    with _one_line_errors():
        data = data_dir or server.load_settings().data_dir
        st = server.status(data)
        if not st.running:
            typer.echo("not running")
            return
        health = "healthy" if st.healthy else "NOT answering /health"
        typer.echo(f"running at {st.url} (pid {st.pid}, Label Studio {st.version}, {health})")
