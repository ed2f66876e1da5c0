"""What each `sikap annotate` command does and prints; every failure is one line and exit code 1.

Kept apart from cli.py so that `sikap --help` imports nothing heavy.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import typer


@contextmanager
def one_line_errors():
    """AnnotationError, StudioError and anything unexpected -> `error [code]: ...` on stderr, exit 1."""
    from sikap.annotation.errors import AnnotationError
    from sikap.studio.server import StudioError

    try:
        yield
    except typer.Exit:
        raise
    except AnnotationError as err:
        typer.secho(f"error [{err.code}]: {err.message}", fg="red", err=True)
        raise typer.Exit(1) from None
    except StudioError as err:
        typer.secho(f"error [studio]: {err}", fg="red", err=True)
        raise typer.Exit(1) from None
    except OSError as err:
        typer.secho(f"error [io]: {err.strerror or err}: {err.filename or ''}", fg="red", err=True)
        raise typer.Exit(1) from None
    except Exception as err:  # never a traceback; the type says where to look
        message = " ".join(str(err).split())[:300]
        typer.secho(f"error [internal]: {type(err).__name__}: {message}", fg="red", err=True)
        raise typer.Exit(1) from None


def team_from_env(timeout: float, need_main: bool = False):
    """The team's servers: the main one (SIKAP_LS_URL, else the one `sikap studio up` started) and each
    registered annotator's; the admin token SIKAP_LS_TOKEN (env or .env) works on all of them."""
    from sikap.annotation.client import Server, Team
    from sikap.annotation.errors import AnnotationError
    from sikap.studio import server as studio
    from sikap.studio import team

    settings = studio.load_settings()
    url = os.environ.get("SIKAP_LS_URL") or studio.read_env_file(settings.env_file).get("SIKAP_LS_URL")
    if not url:
        state = studio.status(settings.data_dir)
        url = state.url if state.running else None
    if need_main and not url:
        raise AnnotationError("no_server", "no Label Studio server: start one with `sikap studio up` or set SIKAP_LS_URL")
    if not settings.token:
        raise AnnotationError("auth_failed", "no API token: set SIKAP_LS_TOKEN (`sikap studio up` writes one to .env)")
    members = team.load(settings)
    annotators = {m.name: m for m in members.values() if m.role == team.ANNOTATOR}
    return Team(main=Server(url.rstrip("/"), settings.token, timeout=timeout, who="main") if url else None,
                members={n: Server(team.url_of(m), settings.token, timeout=timeout, who=n) for n, m in annotators.items()},
                emails={n: m.email for n, m in members.items()},
                user_ids={n: m.user_id for n, m in annotators.items()},
                adjudicators={n: m.user_id for n, m in members.items() if m.role == team.ADJUDICATOR})


def _root(path: Path | None) -> Path:
    from sikap.annotation.rounds import default_root

    return path if path is not None else default_root()


def push_round(round_no: int, dataset: Path | None, annotators: list[str], overlap: int, seed: int,
               article_ids: list[str] | None, timeout: float) -> None:
    from itertools import combinations

    from sikap import paths
    from sikap.annotation.push import push

    with one_line_errors():
        team = team_from_env(timeout)
        r = push(team, dataset or paths.dataset_dir(), round_no, annotators, overlap, article_ids or None, seed)
    pairs = {pair for people in r.assignment.values() for pair in combinations(people, 2)}
    n = len(annotators)
    typer.echo(f"round {r.round}: {len(r.assignment)} articles to {n} annotators, {overlap} each (seed {seed}); "
               f"{len(pairs)} of {n * (n - 1) // 2} pairs share articles; {r.added} tasks added, {r.already} already "
               f"there, {r.seconds:.1f} s")
    for name, p in sorted(r.projects.items()):
        state = "created" if p["created"] else "reused"
        typer.echo(f"  {name}: {p['added'] + p['already']} tasks at {team.members[name].url}/projects/"
                   f"{p['project_id']}/data ({state})")


def pull_round(round_no: int, root: Path | None, allow_changed: bool, timeout: float) -> None:
    from sikap.annotation.pseudonyms import load_salt
    from sikap.annotation.pull import pull
    from sikap.paths import repo_root

    with one_line_errors():
        team = team_from_env(timeout)
        salt = load_salt(repo_root(), create=True)
        r = pull(team, round_no, _root(root), salt, allow_changed)
    _report_pull(f"round {round_no}", r)


def _report_pull(what: str, r) -> None:
    c = r.counts
    people = c.get("annotators", c.get("adjudicators"))
    line = f"{c['tasks']} tasks, {c['annotations']} annotations by {people} people, {c['rows']} rows"
    if r.status == "unchanged":
        typer.echo(f"{what}: unchanged, {r.path} kept as it is ({line})")
    else:
        extra = "; the previous snapshot is kept in history/" if r.status == "replaced" else ""
        typer.echo(f"{what}: wrote {r.path} ({line}) in {r.seconds:.1f} s{extra}")


def round_status(round_no: int, timeout: float) -> None:
    from sikap.annotation.status import round_status as status

    with one_line_errors():
        st = status(team_from_env(timeout), round_no)
    typer.echo(f"round {round_no}: {len(st.articles)} articles, overlap {st.overlap}")
    typer.echo(f"{'annotator':<16} {'assigned':>8} {'done':>6} {'skipped':>8} {'left':>6}")
    for name, c in sorted(st.annotators.items()):
        typer.echo(f"{name:<16} {c['assigned']:>8} {c['done']:>6} {c['skipped']:>8} {c['left']:>6}")
    typer.echo("votes so far per article (done/assigned, skipped):")
    for article, a in sorted(st.articles.items()):
        typer.echo(f"  {article}  {a['done']}/{a['assigned']}" + (f"  ({a['skipped']} skipped)" if a["skipped"] else ""))
    if st.complete:
        typer.echo("every task is done or skipped: pull the round (`sikap annotate pull --round "
                   f"{round_no}`)")
    else:
        typer.echo(f"{len(st.blocking)} tasks block adjudication (not yet submitted):")
        for name, task, article in st.blocking:
            typer.echo(f"  {name}: task {task} (article_id {article})")


def round_agreement(round_no: int, root: Path | None) -> None:
    import json

    from sikap.annotation.report import JSON, write_agreement

    with one_line_errors():
        folder = write_agreement(_root(root), round_no)
        fields = json.loads((folder / JSON).read_text(encoding="utf-8"))["fields"]
    for f in fields:
        alpha = "undefined" if f["alpha"] is None else f"{f['alpha']:.3f}"
        typer.echo(f"{f['field']:<32} alpha {alpha:>9}  articles {f['items']:>4}  annotators {f['annotators']}")
    typer.echo(f"round {round_no}: report (annotators, pairs, Dawid-Skene), JSON and plots in {folder}")


def adjudicate_rounds(root: Path | None) -> None:
    from collections import Counter

    from sikap.annotation.gold import REPORT, write_gold

    with one_line_errors():
        folder, rows = write_gold(_root(root))
    methods = ", ".join(f"{m} {n}" for m, n in sorted(Counter(r["method"] for r in rows).items()))
    articles = len({r["article_id"] for r in rows})
    typer.echo(f"gold labels for {articles} articles ({methods}); open items and the rule in {folder / REPORT}")
    typer.echo("rebuild the dataset to merge them: `sikap build`")


def _rounds_for(root: Path, round_no: int | None) -> list[int]:
    from sikap.annotation.errors import AnnotationError
    from sikap.annotation.rounds import pulled_rounds

    found = [round_no] if round_no else pulled_rounds(root)
    if not found:
        raise AnnotationError("no_round", f"no pulled round in {root}: pull one first")
    return found


def _each_round(rounds: list[int], one_asked: bool, fn, nothing: str) -> dict:
    """fn(round) for each round; without --round, rounds with nothing to do (no_adjudication) are skipped."""
    from sikap.annotation.errors import AnnotationError

    done = {}
    for r in rounds:
        try:
            done[r] = fn(r)
        except AnnotationError as err:
            if err.code != "no_adjudication" or one_asked:
                raise
    if not done:
        raise AnnotationError("no_adjudication", nothing)
    return done


def push_adjudication(round_no: int | None, root: Path | None, min_share: float, timeout: float) -> None:
    from sikap.annotation.adjudication import push_adjudication as push

    with one_line_errors():
        team = team_from_env(timeout, need_main=True)
        done = _each_round(_rounds_for(_root(root), round_no), bool(round_no),
                           lambda r: push(team, _root(root), r, min_share),
                           "no pulled round has a tie or a weak majority: nothing to adjudicate")
    for r, d in done.items():
        typer.echo(f"round {r}: {d['fields']} fields of {d['added'] + d['already']} articles to adjudicate "
                   f"({d['added']} tasks added) at {team.main.url}/projects/{d['project_id']}/data")


def pull_adjudication(round_no: int | None, root: Path | None, allow_changed: bool, timeout: float) -> None:
    from sikap.annotation.adjudication import pull_adjudication as pull
    from sikap.annotation.pseudonyms import load_salt
    from sikap.paths import repo_root

    with one_line_errors():
        team = team_from_env(timeout, need_main=True)
        salt = load_salt(repo_root(), create=True)
        results = _each_round(_rounds_for(_root(root), round_no), bool(round_no),
                              lambda r: pull(team, r, _root(root), salt, allow_changed),
                              "no pulled round has an adjudication project: `sikap annotate adjudicate --push`")
    for r in results.values():
        _report_pull(f"adjudication of round {r.round}", r)
    typer.echo("make them gold: `sikap annotate adjudicate`")
