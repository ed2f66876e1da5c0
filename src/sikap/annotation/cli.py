"""`sikap annotate push|status|pull|agreement|adjudicate`: thin commands over the sikap.annotation library.

The annotators' servers come from the team registry (`sikap studio annotator add`), the main server from
SIKAP_LS_URL or the one `sikap studio up` started, the admin token from SIKAP_LS_TOKEN; the pseudonym salt
from SIKAP_PSEUDONYM_SALT (created in .env on the first pull). Errors are one line `error [code]: ...` and
exit code 1.
"""

from __future__ import annotations

from pathlib import Path

import typer

annotate_app = typer.Typer(
    help="Annotation rounds in Label Studio: push articles, follow progress, pull a round, agreement, adjudication.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)

ROUND = typer.Option(..., "--round", "-r", min=1, help="Round number (project `sikap round NN`).")
ROOT = typer.Option(None, "--annotations", help="Annotations folder (default: annotations/ of the checkout).")
TIMEOUT = typer.Option(30.0, help="Seconds to wait for each answer of a server (exports included); "
                                  "raise it for rounds of many thousand tasks.")


def _names(value: str) -> list[str]:
    return [n.strip() for n in value.split(",") if n.strip()]


@annotate_app.command()
def push(
    round_no: int = ROUND,
    annotators: str = typer.Option(..., help="Comma-separated annotator names (`sikap studio annotator list`)."),
    overlap: int = typer.Option(2, min=1, help="Annotators per article (agreement needs at least 2)."),
    seed: int = typer.Option(1, help="Seed of the assignment, recorded in every project and the round's manifest."),
    article_id: list[str] = typer.Option(None, "--article-id", help="Push only these articles (repeatable)."),
    dataset: Path = typer.Option(None, help="Dataset folder to read articles from (default: dataset/)."),
    timeout: float = TIMEOUT,
) -> None:
    """Assign each article to `overlap` annotators and put each annotator's tasks on their own server.

    Shares are balanced (within one article) and every pair of annotators shares articles when there are
    at least as many articles as pairs. A second push with the same arguments adds nothing.

    Example: `sikap annotate push --round 1 --annotators ayu,budi,citra,dewi --overlap 2`
    """
    from sikap.annotation.commands import push_round

    push_round(round_no, dataset, _names(annotators), overlap, seed, article_id, timeout)


@annotate_app.command()
def status(round_no: int = ROUND, timeout: float = TIMEOUT) -> None:
    """Progress of a round, live: per annotator assigned/done/skipped/left, votes per article, blocking tasks.

    Example: `sikap annotate status --round 1`
    """
    from sikap.annotation.commands import round_status

    round_status(round_no, timeout)


@annotate_app.command()
def pull(
    round_no: int = ROUND,
    allow_changed: bool = typer.Option(False, "--allow-changed", help="Replace a snapshot whose round changed "
                                       "(the old one moves to history/)."),
    annotations: Path = ROOT,
    timeout: float = TIMEOUT,
) -> None:
    """Export the round from every annotator's server and write annotations/round-NN/ (exports, table, manifest).

    Example: `sikap annotate pull --round 1` or `sikap annotate pull --round 1 --allow-changed`
    """
    from sikap.annotation.commands import pull_round

    pull_round(round_no, annotations, allow_changed, timeout)


@annotate_app.command()
def agreement(round_no: int = ROUND, annotations: Path = ROOT) -> None:
    """Krippendorff's alpha per field, each annotator against the gold, each pair, Dawid-Skene confusion.

    Example: `sikap annotate agreement --round 1`
    """
    from sikap.annotation.commands import round_agreement

    round_agreement(round_no, annotations)


@annotate_app.command()
def adjudicate(
    push_: bool = typer.Option(False, "--push", help="Put ties and weak majorities into the round's adjudication "
                               "project on the main server."),
    pull_: bool = typer.Option(False, "--pull", help="Snapshot the adjudicators' decisions into "
                               "annotations/adjudication/round-NN/."),
    round_no: int = typer.Option(None, "--round", "-r", min=1, help="Only this round (default: every pulled round)."),
    min_share: float = typer.Option(2 / 3, help="With --push: a majority below this share of the votes is "
                                    "adjudicated too (ties always are)."),
    allow_changed: bool = typer.Option(False, "--allow-changed", help="With --pull: replace a changed snapshot."),
    annotations: Path = ROOT,
    timeout: float = TIMEOUT,
) -> None:
    """Gold labels from every pulled round and adjudication (rule in annotations/gold/ADJUDICATION.md).

    Example: `sikap annotate adjudicate --push`, decide in Label Studio, `sikap annotate adjudicate --pull`,
    then `sikap annotate adjudicate` and `sikap build`
    """
    from sikap.annotation import commands

    if push_ and pull_:
        typer.secho("error [usage]: --push and --pull are two steps: run one, decide in Label Studio, then the other",
                    fg="red", err=True)
        raise typer.Exit(1)
    if push_:
        commands.push_adjudication(round_no, annotations, min_share, timeout)
    elif pull_:
        commands.pull_adjudication(round_no, annotations, allow_changed, timeout)
    else:
        commands.adjudicate_rounds(annotations)
