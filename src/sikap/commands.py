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


def _interrupted(err: BaseException, what: str):
    from sikap.io import Terminated

    signum = err.signum if isinstance(err, Terminated) else 2
    _fail(f"interrupted ({'SIGTERM' if signum == 15 else 'Ctrl-C'}); {what}", 128 + signum)


def _waiting(what: str):
    def note(holder: str) -> None:
        typer.secho(f"waiting for {what} ({holder or 'another sikap process'})", err=True)

    return note


def build_dataset(raw: Path, out: Path, config, quiet: bool = False, engine: str = "local",
                  scheduler: str | None = None, wait: float = 0.0) -> None:
    from rich.progress import Progress

    from sikap.annotation.errors import AnnotationError
    from sikap.engine import ENGINES, WorkerLost
    from sikap.io import ReadOnlyFolder, Terminated
    from sikap.locks import Busy
    from sikap.raw import RawIntegrityError, list_raw
    from sikap.schema.validation import ValidationFailed
    from sikap.sources import RegistryError, registry
    from sikap.stream import build_dataset as stream_build

    if not raw.is_dir():
        _fail(f"raw folder {raw} does not exist")
    if config.annotations_root is not None and not Path(config.annotations_root).is_dir():
        _fail(f"annotations folder {config.annotations_root} is not a folder", 2)
    if engine not in ENGINES:
        _fail(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}", 2)
    unchanged = "the previous dataset is unchanged"
    try:
        registry()  # a bad curated registry is one line naming its file and entry, before any work
    except RegistryError as err:
        _fail(f"sources registry: {err}")
    try:
        total = 0 if quiet else len(list_raw(raw, manifests=False))  # for the progress bar only: no walk when hidden
        with Progress(transient=True, disable=quiet or total < 50) as progress:
            task = progress.add_task(f"building ({engine} engine)", total=total)
            result = stream_build(raw, out, config, engine, scheduler, progress=lambda n: progress.advance(task, n),
                                  wait=wait, on_wait=_waiting(f"the build of {out} that holds its lock"))
        target = out.resolve()
    except RawIntegrityError as err:
        _fail(f"{err}; {unchanged}")
    except ValidationFailed as err:
        _fail("validation failed, nothing written:\n" + str(err))
    except AnnotationError as err:
        _fail(f"annotations [{err.code}]: {err.message}; {unchanged}")
    except Busy as err:
        _fail(f"another build of {out} is running ({err.holder or 'holder unknown'}); wait for it to finish, or "
              f"pass --wait SECONDS to wait for it")
    except (ReadOnlyFolder, WorkerLost) as err:
        _fail(f"{err}; {unchanged}")
    except OSError as err:
        _fail(f"could not write {err.filename or out}: {err.strerror or err}; {unchanged}")
    except (KeyboardInterrupt, Terminated) as err:
        _interrupted(err, f"nothing written, {unchanged}")
    except Exception as err:  # a bug: still one line, and still nothing half-written (the staging folder is gone)
        _fail(f"internal error ({type(err).__name__}: {err}); {unchanged}; please report this")
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


def add_raw(files: list[Path], into: Path, wait: float = 0.0) -> None:
    from sikap.io import Terminated, sigterm_raises
    from sikap.locks import Busy
    from sikap.raw import RawIntegrityError, add_files

    missing = [f for f in files if not f.is_file()]
    if missing:
        _fail(f"not a file: {missing[0]}")
    try:
        with sigterm_raises():
            added = add_files(files, into, wait, _waiting(f"the `sikap raw add` into {into} that holds its lock"))
    except RawIntegrityError as err:
        _fail(str(err))
    except Busy as err:
        _fail(f"another `sikap raw add` into {into} is running ({err.holder or 'holder unknown'}); nothing was "
              "added: wait for it to finish, or pass --wait SECONDS to wait for it")
    except OSError as err:
        _fail(f"could not add files into {into}: {err.strerror or err}" + (f" ({err.filename})" if err.filename else ""))
    except (KeyboardInterrupt, Terminated) as err:
        _interrupted(err, "files that landed complete are recorded; run the same command again to finish")
    _console().print(f"{len(added)} files recorded in {into / 'manifest.json'}")
