"""What each CLI command does, with its console output; errors become one line and an exit code.

Kept apart from cli.py so that `sikap --help` imports nothing heavy.
"""

from __future__ import annotations

from pathlib import Path

import typer


def _fail(message: str, code: int = 1):
    typer.secho(f"error: {message}", fg="red", err=True)
    raise typer.Exit(code)


def _console():
    from rich.console import Console

    return Console(stderr=False, highlight=False)


def build_dataset(raw: Path, out: Path, config, quiet: bool = False, engine: str = "local",
                  scheduler: str | None = None) -> None:
    from rich.progress import Progress

    from sikap.annotation.errors import AnnotationError
    from sikap.raw import list_raw
    from sikap.stream import build_dataset as stream_build
    from sikap.raw import RawIntegrityError
    from sikap.schema.validation import ValidationFailed

    from sikap.engine import ENGINES
    from sikap.sources import RegistryError, registry

    if not raw.is_dir():
        _fail(f"raw folder {raw} does not exist")
    if config.annotations_root is not None and not Path(config.annotations_root).is_dir():
        _fail(f"annotations folder {config.annotations_root} is not a folder", 2)
    if engine not in ENGINES:
        _fail(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}", 2)
    total = len(list_raw(raw))
    try:
        registry()  # a bad curated registry is one line naming its file and entry, before any work
    except RegistryError as err:
        _fail(f"sources registry: {err}")
    try:
        with Progress(transient=True, disable=quiet or total < 50) as progress:
            task = progress.add_task(f"building ({engine} engine)", total=total)
            result = stream_build(raw, out, config, engine, scheduler, progress=lambda n: progress.advance(task, n))
        target = out.resolve()
    except RawIntegrityError as err:
        _fail(str(err))
    except ValidationFailed as err:
        _fail("validation failed, nothing written:\n" + str(err))
    except AnnotationError as err:
        _fail(f"annotations [{err.code}]: {err.message}; the previous dataset is unchanged")
    except OSError as err:
        _fail(f"could not write {out}: {err.strerror or err}; the previous dataset is unchanged")
    if quiet:
        return
    _print_summary(result, target)


def _print_summary(result, target: Path) -> None:
    from rich.table import Table

    console = _console()
    steps = Table("step", "in", "out", title="records per step")
    for name, n_in, n_out in result.summary():
        steps.add_row(name, str(n_in), str(n_out))
    console.print(steps)
    if result.stats.drops:
        drops = Table("step", "reason", "dropped", title="drops per reason")
        for (step, reason), n in sorted(result.stats.drops.items()):
            drops.add_row(step, reason, str(n))
        console.print(drops)
    if result.unregistered:
        console.print(f"[yellow]{len(result.unregistered)} raw files not in a manifest[/] (add them with `sikap raw add`)")
    t = result.tables
    console.print(f"wrote {target}: {result.articles_count()} articles, {t['sources'].num_rows} sources, "
                  f"{t['rejects'].num_rows} rejects from {result.files} raw files")


def validate_dataset(folder: Path, raw: Path) -> None:
    from sikap.checks import DatasetInvalid, check_dataset

    try:
        report = check_dataset(folder, raw if raw.is_dir() else None)
    except DatasetInvalid as err:
        _fail(str(err))
    _console().print(report)


def generate_files(check: bool) -> None:
    from sikap.docs import GenerationError
    from sikap.generated import stale_files, write_generated

    try:
        _generate(check, stale_files, write_generated)
    except GenerationError as err:
        _fail(str(err))


def _generate(check: bool, stale_files, write_generated) -> None:
    if check:
        stale = stale_files()
        if stale:
            _fail("stale generated files (run `sikap generate`):\n" + "\n".join(f"  {s}" for s in stale))
        _console().print("generated files are up to date")
        return
    for path in write_generated():
        _console().print(f"updated {path}")


def add_raw(files: list[Path], into: Path) -> None:
    from sikap.raw import RawIntegrityError, add_files

    missing = [f for f in files if not f.is_file()]
    if missing:
        _fail(f"not a file: {missing[0]}")
    try:
        added = add_files(files, into)
    except RawIntegrityError as err:
        _fail(str(err))
    _console().print(f"{len(added)} files recorded in {into / 'manifest.json'}")
