"""`sikap release X.Y.Z`: validate and build, check the version against the change, write every release
file, commit, tag, and record the commit in the release index.

Commit dance (RELEASING.md): the tree must be clean; C1 "Release X.Y.Z" holds dataset/, DATASHEET.md,
CITATION.cff, CHANGELOG.md, releases/X.Y.Z/{manifest,croissant}.json and an index entry with `commit: null`;
C1 is tagged vX.Y.Z; C2 only sets the entry's `commit` to C1. Nothing is committed when a check fails, and
the files written so far are put back as they were.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sikap.release import errors as E
from sikap.release.errors import ReleaseError

WRITTEN = ["dataset", "releases", "CITATION.cff", "CHANGELOG.md"]


@dataclass
class Plan:
    version: str
    previous: str | None
    level: str
    reasons: list[str]
    diff: object = None
    result: object = None
    rows: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Released:
    version: str
    commit: str
    index_commit: str
    tag: str
    level: str


def release_date() -> str:
    """Today (UTC), or SOURCE_DATE_EPOCH's day for reproducible runs."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return now.date().isoformat()


@contextmanager
def rooted(root: Path):
    """Point sikap.paths at root while releasing (generated files and the card read it)."""
    old = os.environ.get("SIKAP_ROOT")
    os.environ["SIKAP_ROOT"] = str(root)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("SIKAP_ROOT", None)
        else:
            os.environ["SIKAP_ROOT"] = old


def _preconditions(repo, root: Path, version: str) -> dict | None:
    from sikap.release.index import latest, read_index, versions
    from sikap.release.manifest import release_dir

    dirty = repo.dirty_paths()
    if dirty:
        raise ReleaseError(E.DIRTY_TREE, f"commit or remove {len(dirty)} changed or untracked files first "
                           f"(e.g. {', '.join(dirty[:3])})")
    index = read_index(root)
    if version in versions(index) or release_dir(root, version).exists() or repo.has_tag(f"v{version}"):
        raise ReleaseError(E.VERSION_REUSED, f"version {version} was already released (index, releases/ or tag)")
    previous = latest(index)
    if previous and previous.get("commit") and repo.has_commit(previous["commit"]):
        if not repo.changed_since(previous["commit"], exclude=("releases/index.json",)):
            raise ReleaseError(E.NOTHING_CHANGED, f"nothing changed since {previous['version']}")
    return previous


def _build(raw: Path, config):
    from sikap.build import build_tables
    from sikap.raw import RawIntegrityError
    from sikap.schema.validation import ValidationFailed

    try:
        return build_tables(raw, config)
    except (RawIntegrityError, ValidationFailed) as err:
        raise ReleaseError(E.INVALID_DATASET, f"the build failed: {err}") from None


def plan_release(root: Path, version: str, raw: Path | None = None, config=None) -> Plan:
    """Every check that needs no write: clean tree, new version, valid build, version matching the change."""
    from sikap.build import BuildConfig
    from sikap.checks import DatasetInvalid, check_dataset
    from sikap.publish import write_dataset
    from sikap.release.diff import diff_snapshots
    from sikap.release.gitrepo import GitRepo
    from sikap.release.load import materialize
    from sikap.release.snapshot import read_snapshot
    from sikap.release.versioning import Version, check_bump, required_level

    version = str(Version.parse(version))
    repo = GitRepo(root).require()
    previous = _preconditions(repo, root, version)
    raw, config = raw or root / "raw", config or BuildConfig()
    result = _build(raw, config)
    with tempfile.TemporaryDirectory(prefix="sikap-release-") as tmp:
        staged = write_dataset(result, Path(tmp) / "dataset", config)
        try:
            check_dataset(staged, raw)
        except DatasetInvalid as err:
            raise ReleaseError(E.INVALID_DATASET, str(err)) from None
        old = read_snapshot(materialize(previous["version"], root, Path(tmp) / "cache") / "dataset") if previous \
            else read_snapshot(None)
        diff = diff_snapshots(old, read_snapshot(staged), previous["version"] if previous else "(none)", version)
    level, reasons = required_level(diff)
    check_bump(Version.parse(previous["version"]) if previous else None, Version.parse(version), level, reasons)
    rows = {name: t.num_rows for name, t in result.tables.items()}
    return Plan(version, previous["version"] if previous else None, level, reasons, diff, result, rows)


def _write(root: Path, plan: Plan, date: str, config) -> None:
    from sikap.card import read_front_matter
    from sikap.generated import stale_files, write_generated
    from sikap.io import atomic_write_bytes
    from sikap.publish import write_dataset
    from sikap.release import changelog, croissant, index, manifest
    from sikap.release.cardcheck import vocabulary_problems
    from sikap.release.citation import render_cff, validate_cff
    from sikap.release.export import export_public
    from sikap.release.metadata import read_metadata
    from sikap.release.state import VersionState, releasing

    meta = read_metadata(root)
    manifest.release_dir(root, plan.version).mkdir(parents=True)
    with releasing(plan.version, date):  # the card names the version being cut
        write_dataset(plan.result, root / "dataset", config)
    problems = vocabulary_problems(read_front_matter(root / "dataset" / "README.md"))
    if problems:
        raise ReleaseError(E.INVALID_CARD, "; ".join(problems))
    write_generated()
    cff = render_cff(meta, plan.version, date, _commit_of_parent(root))
    validate_cff(cff)
    atomic_write_bytes(root / "CITATION.cff", cff.encode("utf-8"))
    extras = {name: (root / name).read_bytes() for name in ("DATASHEET.md", "CITATION.cff") if (root / name).is_file()}
    export_public(root / "dataset", manifest.public_dir(root, plan.version), state=VersionState(plan.version, date=date),
                  extras=extras)
    path = root / manifest.croissant_path(plan.version)
    atomic_write_bytes(path, croissant.dumps(croissant.build_croissant(root, plan.version, date, meta)))
    croissant.validate_croissant(path)
    changelog.prepend(root, changelog.entry(plan.version, date, plan.previous, plan.level if plan.previous else
                                            "initial", plan.reasons, plan.diff, plan.rows))
    man = manifest.build_manifest(root, plan.version)
    manifest.write_manifest(root, man)
    index.write_index(root, index.with_entry(index.read_index(root), man, date, plan.level if plan.previous else
                                             "initial", plan.rows))
    stale = stale_files()
    if stale:
        raise ReleaseError(E.INVALID_CARD, f"generated files still stale: {', '.join(stale)}")


def _commit_of_parent(root: Path) -> str:
    """The commit the release is cut from (its C1 is a child of it; C1 cannot name itself)."""
    from sikap.release.gitrepo import GitRepo

    return GitRepo(root).head()


def generated_paths() -> list[str]:
    """Files `sikap generate` writes (the datasheet, annotation configs...): a release regenerates and commits them."""
    from sikap.generated import GENERATED

    return [path for path, (_, writable) in GENERATED.items() if writable]


def _rollback(repo, paths: list[str]) -> None:
    """Put back what a failed release wrote (the tree was clean before, so HEAD is the previous state)."""
    for path in paths:
        repo.run("checkout", "HEAD", "--", path, check=False)
        repo.run("clean", "-fdq", "--", path, check=False)


def cut_release(root: Path, version: str, raw: Path | None = None, config=None, date: str | None = None) -> Released:
    from sikap.build import BuildConfig
    from sikap.release.gitrepo import GitRepo
    from sikap.release.index import read_index, with_commit, write_index

    root = Path(root).resolve()
    with rooted(root):
        plan = plan_release(root, version, raw, config)
        repo, date = GitRepo(root), date or release_date()
        touched = WRITTEN + generated_paths()
        try:
            _write(root, plan, date, config or BuildConfig())
        except BaseException:
            _rollback(repo, touched)
            raise
        tag = f"v{plan.version}"
        summary = "; ".join(plan.reasons) if plan.previous else "first release"
        c1 = repo.commit_paths(f"Release {plan.version}\n\n{plan.level.upper() if plan.previous else 'Initial'}: "
                               f"{summary}", touched)
        repo.tag(tag, c1, f"sikap dataset {plan.version}")
        write_index(root, with_commit(read_index(root), plan.version, c1))
        c2 = repo.commit_paths(f"Record release {plan.version} (commit {c1[:12]}) in releases/index.json",
                               ["releases/index.json"])
    return Released(plan.version, c1, c2, tag, plan.level if plan.previous else "initial")
