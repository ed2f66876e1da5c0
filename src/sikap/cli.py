"""The `sikap` command: a thin layer over the library, one small function per command.

Heavy libraries (pyarrow, datasets, pandera, polars) are imported inside the commands so that
`sikap --help` answers at once.
"""

from __future__ import annotations

from pathlib import Path

import typer

app = typer.Typer(
    help="Build, validate and document the sikap dataset of Indonesian news.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
raw_app = typer.Typer(help="Manage the raw layer (files exactly as collected).", no_args_is_help=True)
app.add_typer(raw_app, name="raw")

from sikap.studio.cli import studio_app  # noqa: E402  (imports only typer: `sikap --help` stays fast)

app.add_typer(studio_app, name="studio")

from sikap.annotation.cli import annotate_app  # noqa: E402  (imports only typer, like studio_app)

app.add_typer(annotate_app, name="annotate")

from sikap.evaluate.cli import eval_app  # noqa: E402  (imports only typer)

app.add_typer(eval_app, name="eval")


def _default(path: Path | None, fallback) -> Path:
    return path if path is not None else fallback()


@app.command()
def build(
    raw: Path = typer.Option(None, help="Raw root (default: raw/ of the checkout)."),
    out: Path = typer.Option(None, help="Dataset folder to (re)write (default: dataset/)."),
    min_words: int = typer.Option(40, help="Articles with fewer words after cleaning are rejected."),
    max_bytes: int = typer.Option(5_000_000, help="Raw files larger than this are rejected."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
    engine: str = typer.Option("local", help="Where partitions run: local (process pool) or dask."),
    scheduler: str = typer.Option(None, help="Dask scheduler address (default: a LocalCluster on 127.0.0.1)."),
    workers: int = typer.Option(0, help="Local engine processes (default: one per core)."),
    annotations: Path = typer.Option(None, help="Folder of pulled annotation rounds (default: annotations/)."),
    wait: float = typer.Option(0, help="Seconds to wait for another build of the same dataset (default: refuse at once)."),
) -> None:
    """Build dataset/ from the raw files: validate every table, then swap it in atomically.

    Example: `sikap build` or `sikap build --raw raw/ --out /tmp/dataset --workers 2`
    """
    from sikap import paths
    from sikap.build import BuildConfig
    from sikap.commands import build_dataset

    config = BuildConfig(max_bytes=max_bytes, min_words=min_words, workers=workers,
                         annotations_root=str(annotations.resolve()) if annotations is not None else None)
    build_dataset(_default(raw, paths.raw_dir), _default(out, paths.dataset_dir), config, quiet, engine, scheduler, wait)


@app.command()
def validate(
    folder: Path = typer.Argument(None, help="Dataset folder (default: dataset/)."),
    raw: Path = typer.Option(None, help="Raw root, to check every article's offsets against its raw file."),
) -> None:
    """Check a built dataset: checksums in the card, every table's schema, offsets into the raw files.

    Example: `sikap validate` or `sikap validate /tmp/dataset --raw raw/`
    """
    from sikap import paths
    from sikap.commands import validate_dataset

    validate_dataset(_default(folder, paths.dataset_dir), _default(raw, paths.raw_dir))


@app.command()
def generate(check: bool = typer.Option(False, help="Only report stale files; exit 1 if any.")) -> None:
    """Regenerate the files derived from schema/ (datasheet field tables, generated configs).

    Example: `sikap generate --check`
    """
    from sikap.commands import generate_files

    generate_files(check)


@raw_app.command("add")
def raw_add(
    files: list[Path] = typer.Argument(..., help="Files to copy in, byte for byte."),
    into: Path = typer.Option(..., help="Raw folder to copy into (e.g. raw/batch-2026-11)."),
    wait: float = typer.Option(0, help="Seconds to wait for another `raw add` into the same folder (default: refuse)."),
) -> None:
    """Copy raw files into the raw layer and record them in its manifest (crash-safe: re-run after a crash).

    Example: `sikap raw add ~/dumps/*.txt --into raw/batch-2026-11`
    """
    from sikap.commands import add_raw

    add_raw(files, into, wait)


from sikap.release.cli import register as _register_release_commands  # noqa: E402

_register_release_commands(app)  # release, diff, verify, export, hydrate (sikap/release/cli.py)


def main() -> None:
    """The `sikap` command: outside any project, one line and exit 1 instead of a traceback."""
    from sikap.paths import ProjectNotFound

    try:
        app()
    except ProjectNotFound as err:
        typer.secho(f"error: {err}", fg="red", err=True)
        raise SystemExit(1) from None
