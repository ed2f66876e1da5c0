"""The release commands of `sikap`: release, diff, verify, export, hydrate. Thin: each parses its options,
calls one library function, prints the result; a ReleaseError becomes `error[code]: message` and exit 1
(exit 2 for `verify` finding differing files), never a traceback. Heavy imports happen inside the commands.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import typer

WORKTREE = "worktree"


@contextmanager
def _one_line_errors():
    from sikap.io import ReadOnlyFolder
    from sikap.locks import Busy
    from sikap.release.errors import ReleaseError

    try:
        yield
    except ReleaseError as err:
        typer.secho(f"error[{err.code}]: {err.message}", fg="red", err=True)
        raise typer.Exit(1) from None
    except (Busy, ReadOnlyFolder) as err:  # another sikap command writes that folder; a read-only folder
        typer.secho(f"error: {err}", fg="red", err=True)
        raise typer.Exit(1) from None


def _root() -> Path:
    from sikap.paths import repo_root

    return repo_root()


def release(
    version: str = typer.Argument(..., help="The new version, MAJOR.MINOR.PATCH (e.g. 0.1.0)."),
    raw: Path = typer.Option(None, help="Raw root (default: raw/ of the checkout)."),
    date: str = typer.Option(None, help="Release date YYYY-MM-DD (default: today, UTC, or SOURCE_DATE_EPOCH)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Run every check and print the change; write nothing."),
) -> None:
    """Cut a release: validate and build, check the version against the change, write card, manifest,
    Croissant, CITATION.cff, CHANGELOG entry and release index, commit, tag vX.Y.Z, record the commit.

    Example: `sikap release 0.1.0 --dry-run` then `sikap release 0.1.0`
    """
    from sikap.release.cut import cut_release, plan_release, rooted
    from sikap.release.diff import summary_lines

    with _one_line_errors():
        if dry_run:
            with rooted(_root()):
                plan = plan_release(_root(), version, raw)
            typer.echo(f"{plan.version}: {plan.level.upper() if plan.previous else 'first release'} "
                       f"({'; '.join(plan.reasons)}); nothing written")
            typer.echo("\n".join(summary_lines(plan.diff)))
            return
        done = cut_release(_root(), version, raw, date=date)
    typer.echo(f"released {done.version} ({done.level}): commit {done.commit[:12]} tagged {done.tag}; "
               f"index recorded in {done.index_commit[:12]}. Push with: git push && git push origin {done.tag}")


def diff(
    a: str = typer.Argument(..., help="A released version (e.g. 0.1.0)."),
    b: str = typer.Argument(WORKTREE, help=f"Another version, or `{WORKTREE}` for dataset/ as it is now."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of Markdown."),
) -> None:
    """List articles added, removed and changed (which fields), gold label changes per field, and schema
    changes between two versions, or a version and the working tree.

    Example: `sikap diff 0.1.0` or `sikap diff 0.1.0 0.2.0 --json`
    """
    import json
    import tempfile

    from sikap.release.diff import as_json as to_json
    from sikap.release.diff import diff_snapshots, summary_lines
    from sikap.release.load import materialize
    from sikap.release.snapshot import read_snapshot
    from sikap.release.versioning import required_level

    with _one_line_errors(), tempfile.TemporaryDirectory() as tmp:
        def snap(v: str):
            folder = _root() / "dataset" if v == WORKTREE else materialize(v, _root(), Path(tmp)) / "dataset"
            return read_snapshot(folder)

        d = diff_snapshots(snap(a), snap(b), a, b)
    level, reasons = required_level(d)
    if as_json:
        typer.echo(json.dumps({**to_json(d), "level": level, "reasons": reasons}, indent=2, default=str, ensure_ascii=False))
        return
    typer.echo(f"# {a} -> {b}: {level.upper()} ({'; '.join(reasons)})\n")
    typer.echo("\n".join(summary_lines(d)))


def verify(
    version: str = typer.Argument(None, help="Release to check against (default: what the card says dataset/ is)."),
    dir: Path = typer.Option(None, "--dir", help="Copy to check: a checkout-like folder or a dataset folder."),
) -> None:
    """Check dataset/ (or --dir) against what its card says it is. A release: every file against the release
    index (exit 2 naming each differing file). The unreleased working dataset: its files against its own card
    (exit 2 if inconsistent), then what differs from the last release is listed (exit 0).

    Example: `sikap verify` or `sikap verify 0.1.0 --dir ~/.cache/sikap/0.1.0-…`
    """
    from sikap.release.verify import verify as run

    with _one_line_errors():
        verdict = run(_root(), version, dir)
    if verdict.problems:
        what = f"release {verdict.version}" if verdict.released else "its own card (unreleased working dataset)"
        typer.secho(f"{len(verdict.problems)} files differ from {what}:", fg="red", err=True)
        for p in verdict.problems:
            typer.echo(f"  {p}", err=True)
        raise typer.Exit(2)
    if verdict.released:
        typer.echo(f"every file matches release {verdict.version}")
        return
    if not verdict.last_release:
        typer.echo("unreleased working dataset (no release yet); its files match its card")
        return
    typer.echo(f"unreleased working dataset, after release {verdict.last_release}; its files match its card. "
               f"It differs from {verdict.last_release} in:")
    for line in verdict.differences or ["(no file: only the card's version fields)"]:
        typer.echo(f"  {line}")
    typer.echo(f"Records: `sikap diff {verdict.last_release}`. Cut a release with `sikap release X.Y.Z`.")


def export(
    public: Path = typer.Option(..., "--public", help="Folder to write the public copy to."),
    dataset: Path = typer.Option(None, help="Dataset folder to export (default: dataset/)."),
    share_unknown: bool = typer.Option(False, "--share-unknown", help="Also share texts of sources whose terms are unknown."),
) -> None:
    """Write a shareable copy: texts of sources that forbid redistribution (and, by default, of unknown terms),
    and every near-duplicate of such a text, are withheld; metadata, labels, offsets, each text's sha256 and
    paragraph fingerprints, title and opening words are kept so that a user can find and restore it.

    Example: `sikap export --public /tmp/sikap-public`
    """
    from sikap.release.export import export_public

    with _one_line_errors():
        report = export_public(dataset or _root() / "dataset", public, share_unknown)
    typer.echo(f"wrote {report.folder}: {report.withheld} of {report.articles} texts withheld "
               f"({report.by_cluster} as near-duplicates of withheld texts; sources: "
               f"{', '.join(report.withheld_sources) or 'none'}; unidentified outlets too unless --share-unknown)")


def hydrate(
    folder: Path = typer.Argument(..., help="A public export (`sikap export --public`, or releases/X.Y.Z/public)."),
    raw: Path = typer.Option(..., help="Your files: the raw files, or pages you saved yourself (any names, any chrome)."),
    out: Path = typer.Option(None, help="Write the hydrated copy here (default: in place)."),
    partial: bool = typer.Option(False, "--partial", help="Restore what can be restored; leave the rest withheld."),
) -> None:
    """Restore the withheld texts of a public export from your own files: byte-identical raw files, or saved
    copies whose paragraphs match the export's fingerprints. Refuses (writes nothing) when a text cannot be
    restored exactly, e.g. a changed paragraph, unless --partial.

    Example: `sikap hydrate /tmp/sikap-public --raw ~/saved-pages/`
    """
    from sikap.release.hydrate import hydrate as run

    with _one_line_errors():
        report = run(folder, raw, out, partial)
    typer.echo(f"restored {report.restored} texts into {report.folder} ({report.from_fingerprints} from saved "
               f"copies by paragraph fingerprints)" + (f"; still withheld: {', '.join(report.left)}" if report.left else ""))


def register(app: typer.Typer) -> None:
    """Mount the release commands on the main `sikap` app."""
    for fn in (release, diff, verify, export, hydrate):
        app.command(fn.__name__)(fn)
