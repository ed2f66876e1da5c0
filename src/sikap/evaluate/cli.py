"""`sikap eval`: measure the pipeline against pages read by hand. Imports only typer at load time."""

from __future__ import annotations

from pathlib import Path

import typer

eval_app = typer.Typer(help="Measure extraction against hand-read pages.", no_args_is_help=True)


@eval_app.command("extraction")
def extraction(
    pages: list[Path] = typer.Option(None, help="Folder of page files NN.txt (repeat, paired with --truth)."),
    truth: list[Path] = typer.Option(None, help="truth.jsonl for the --pages folder at the same position."),
    set_: list[Path] = typer.Option(None, "--set", help="A folder holding pages/ and truth.jsonl (repeatable)."),
    out: Path = typer.Option(None, help="Write the figures and failures as JSON here (and a .md beside it)."),
    failures: int = typer.Option(5, help="Failures to print per figure (all are in the JSON)."),
) -> None:
    """Run the build's pipeline on hand-read pages; print each figure with its 95% Wilson interval.

    Truth conventions: evaluation/README.md. Examples:

    `sikap eval extraction --set ../shared/devpages/setA --set ../shared/devpages/setB --out evaluation/extraction.json`

    `sikap eval extraction --pages sample/pages --truth sample/truth.jsonl`
    """
    import sys

    from sikap.evaluate.commands import run_extraction_eval

    pairs = list(zip(pages or [], truth or []))
    if len(pages or []) != len(truth or []):
        typer.secho("error: give one --truth for every --pages folder", fg="red", err=True)
        raise typer.Exit(2)
    pairs += [(s / "pages", s / "truth.jsonl") for s in set_ or []]
    if not pairs:
        typer.secho("error: nothing to evaluate: give --set DIR or --pages DIR --truth FILE", fg="red", err=True)
        raise typer.Exit(2)
    run_extraction_eval(pairs, out, failures, "sikap " + " ".join(sys.argv[1:]))
