"""What `sikap eval` prints and writes; errors become one line and exit code 2."""

from __future__ import annotations

from pathlib import Path

import typer


def run_extraction_eval(pairs: list[tuple[Path, Path]], out: Path | None, n_failures: int, command: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from sikap.evaluate.report import evaluate_extraction, write_results
    from sikap.evaluate.truth import TruthError

    for pages, truth in pairs:
        for p, what in ((pages, "pages folder"), (truth, "truth file")):
            if not p.exists():
                typer.secho(f"error: {what} {p} does not exist", fg="red", err=True)
                raise typer.Exit(2)
    try:
        report = evaluate_extraction(pairs, command=command)
    except TruthError as err:
        typer.secho(f"error: {err}", fg="red", err=True)
        raise typer.Exit(2) from None
    console = Console(highlight=False)
    table = Table(title="extraction on " + ", ".join(f"{s['name']} ({s['n_pages']} pages)" for s in report.sets))
    for col in ("figure", "k/n", "rate", "95% interval", *report.per_set):
        table.add_column(col)
    for key, tally in report.overall.items():
        d = tally.as_dict()
        rate = "-" if d["rate"] is None else f"{100 * d['rate']:.1f}%"
        cells = [f"{t[key].k}/{t[key].n}" for t in report.per_set.values()]
        table.add_row(key + ("" if tally.higher_is_better else " (lower better)"), f"{d['k']}/{d['n']}", rate,
                      f"{d['ci95'][0]:.2f}-{d['ci95'][1]:.2f}", *cells)
    console.print(table)
    for key, tally in report.overall.items():
        if tally.failures and n_failures > 0:
            console.print(f"[bold]{key}[/bold]: {len(tally.failures)} failing case(s)")
            for f in tally.failures[:n_failures]:
                console.print(f"  {f['page']}: expected {f['expected']!r}, got {f['got']!r}", soft_wrap=True)
    if out is not None:
        write_results(report, out, out.with_suffix(".md"))
        console.print(f"wrote {out} and {out.with_suffix('.md')}")
