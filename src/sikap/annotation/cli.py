"""`sikap annotate push|pull|agreement|adjudicate`: thin commands over the sikap.annotation library.

The server comes from SIKAP_LS_URL (or the one `sikap studio up` started) and SIKAP_LS_TOKEN; the
pseudonym salt from SIKAP_PSEUDONYM_SALT (created in .env on the first pull). Errors are one line
`error [code]: ...` and exit code 1.
"""

from __future__ import annotations

from pathlib import Path

import typer

annotate_app = typer.Typer(
    help="Annotation rounds in Label Studio: push articles, pull a round, agreement, adjudication.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)

ROUND = typer.Option(..., "--round", "-r", min=1, help="Round number (project `sikap round NN`).")
ROOT = typer.Option(None, "--annotations", help="Annotations folder (default: annotations/ of the checkout).")
TIMEOUT = typer.Option(120.0, help="Seconds to wait for each answer of the server (exports included).")


@annotate_app.command()
def push(
    round_no: int = ROUND,
    overlap: int = typer.Option(3, min=1, help="Annotators per task (the project's maximum annotations)."),
    article_id: list[str] = typer.Option(None, "--article-id", help="Push only these articles (repeatable)."),
    dataset: Path = typer.Option(None, help="Dataset folder to read articles from (default: dataset/)."),
    timeout: float = TIMEOUT,
) -> None:
    """Create or reuse the round's project and import the articles as tasks (a second push adds nothing).

    Example: `sikap annotate push --round 1` or `sikap annotate push --round 2 --article-id 2086f2cbb65f5181-00`
    """
    from sikap.annotation.commands import push_round

    push_round(round_no, dataset, overlap, article_id, timeout)


@annotate_app.command()
def pull(
    round_no: int = ROUND,
    allow_changed: bool = typer.Option(False, "--allow-changed", help="Replace a snapshot whose round changed "
                                       "(the old one moves to history/)."),
    annotations: Path = ROOT,
    timeout: float = TIMEOUT,
) -> None:
    """Export the round and write annotations/round-NN/ (raw export, validated table, manifest).

    Example: `sikap annotate pull --round 1` or `sikap annotate pull --round 1 --allow-changed`
    """
    from sikap.annotation.commands import pull_round

    pull_round(round_no, annotations, allow_changed, timeout)


@annotate_app.command()
def agreement(round_no: int = ROUND, annotations: Path = ROOT) -> None:
    """Krippendorff's alpha per field of a pulled round: JSON, report and plots in round-NN/agreement/.

    Example: `sikap annotate agreement --round 1`
    """
    from sikap.annotation.commands import round_agreement

    round_agreement(round_no, annotations)


@annotate_app.command()
def adjudicate(annotations: Path = ROOT) -> None:
    """Gold labels from every pulled round (ground truth, else Dawid-Skene or majority; ties flagged).

    Example: `sikap annotate adjudicate`, then `sikap build`
    """
    from sikap.annotation.commands import adjudicate_rounds

    adjudicate_rounds(annotations)
