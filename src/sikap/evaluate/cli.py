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
    from sikap.evaluate.commands import run_extraction_eval

    pairs = list(zip(pages or [], truth or []))
    if len(pages or []) != len(truth or []):
        typer.secho("error: give one --truth for every --pages folder", fg="red", err=True)
        raise typer.Exit(2)
    pairs += [(s / "pages", s / "truth.jsonl") for s in set_ or []]
    if not pairs:
        typer.secho("error: nothing to evaluate: give --set DIR or --pages DIR --truth FILE", fg="red", err=True)
        raise typer.Exit(2)
    command = "sikap eval extraction " + " ".join(
        [f"--set {s}" for s in set_ or []] + [f"--pages {p} --truth {t}" for p, t in zip(pages or [], truth or [])]
        + ([f"--out {out}"] if out is not None else []))
    run_extraction_eval(pairs, out, failures, command)


@eval_app.command("pool")
def pool(
    results: list[Path] = typer.Argument(..., help="Results files of `sikap eval extraction` (or earlier pools)."),
    out: Path = typer.Option(..., help="Where to write the pooled results file (JSON)."),
) -> None:
    """Pool results files measured at different times: each set keeps its own figures and the run that measured it.

    For a held-out sample that grows by rounds, when the pages of earlier rounds are no longer at hand. Example:

    `sikap eval pool evaluation/heldout.json new-round/results.json --out evaluation/heldout.json`
    """
    from sikap.evaluate.pool import PoolError, pool_results, read_results, write_pool

    try:
        loaded = [read_results(p) for p in results]
        pooled = pool_results(loaded, "sikap eval pool " + " ".join(str(p) for p in results) + f" --out {out}")
    except PoolError as err:
        typer.secho(f"error: {err}", fg="red", err=True)
        raise typer.Exit(2) from None
    write_pool(pooled, out)
    n = sum(s.get("n_pages", 0) for s in pooled["sets"])
    typer.echo(f"wrote {out} and {out.with_suffix('.md')}: {len(pooled['sets'])} sets, {n} pages, "
               f"{len(pooled['measurements'])} runs")


@eval_app.command("repeated-lines")
def repeated_lines(
    dataset: Path = typer.Option(None, help="Built dataset folder (default: dataset/ of the project)."),
    min_files: int = typer.Option(5, help="Raw files a line must recur in."),
    min_outlets: int = typer.Option(2, help="Distinct outlets a line must recur in."),
    limit: int = typer.Option(100, help="Lines to list."),
) -> None:
    """List kept lines that recur across many files of different outlets: chrome the rules still miss.

    A report for curators, not a filter: a line that is chrome gets its phrase added to
    curated/extraction/boilerplate.yaml (with where it was seen), so the rule holds on every page alike.

    Example: `sikap eval repeated-lines --min-files 20`
    """
    from sikap import paths
    from sikap.evaluate.repeated import repeated_lines as find

    folder = dataset or paths.dataset_dir()
    try:
        found = find(folder, min_files, min_outlets, limit=limit)
    except FileNotFoundError as err:
        typer.secho(f"error: {err}", fg="red", err=True)
        raise typer.Exit(1) from None
    if not found:
        typer.echo(f"no kept line recurs in {min_files}+ files of {min_outlets}+ outlets")
    for r in found:
        typer.echo(f"{r.files:>6} files {r.outlets:>4} outlets  {r.line}  (e.g. {r.example})")


@eval_app.command("sample")
def sample(
    raw: Path = typer.Option(None, help="Raw root to draw from (default: raw/ of the project)."),
    n: int = typer.Option(50, help="How many pages."),
    seed: int = typer.Option(0, help="Random seed: the same raw root, n and seed give the same sample."),
    out: Path = typer.Option(..., help="New folder for pages/, index.tsv and a blank truth.jsonl."),
) -> None:
    """Draw a random sample of raw files to read by hand, with a blank truth file (see evaluation/README.md).

    Example: `sikap eval sample --n 60 --seed 7 --out my-sample`, then fill my-sample/truth.jsonl and run
    `sikap eval extraction --set my-sample`.
    """
    from sikap import paths
    from sikap.evaluate.sample import SampleError, draw_sample

    root = raw if raw is not None else paths.raw_dir()
    if not root.is_dir():
        typer.secho(f"error: raw folder {root} does not exist", fg="red", err=True)
        raise typer.Exit(2)
    try:
        rows = draw_sample(root, n, seed, out)
    except SampleError as err:
        typer.secho(f"error: {err}", fg="red", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {len(rows)} pages to {out}/pages, index.tsv and a blank truth.jsonl to fill")
