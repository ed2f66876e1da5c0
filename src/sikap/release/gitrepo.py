"""The few git operations releases need, through the git command line (no library, no network)."""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sikap.release.errors import GIT_FAILED, NOT_A_REPO, ReleaseError


def blob_id(data: bytes) -> str:
    """The git object id of a file's bytes (what `git hash-object --no-filters` prints in a SHA-1 repo)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass(frozen=True)
class GitRepo:
    root: Path

    def run(self, *args: str, input: bytes | None = None, check: bool = True) -> bytes:
        try:
            proc = subprocess.run(["git", "-C", str(self.root), *args], input=input, capture_output=True)
        except FileNotFoundError:
            raise ReleaseError(GIT_FAILED, "git is not installed") from None
        if check and proc.returncode != 0:
            msg = proc.stderr.decode(errors="replace").strip().splitlines()
            raise ReleaseError(GIT_FAILED, f"git {args[0]} failed: {msg[-1] if msg else proc.returncode}")
        return proc.stdout

    def require(self) -> "GitRepo":
        top = subprocess.run(["git", "-C", str(self.root), "rev-parse", "--show-toplevel"], capture_output=True, text=True)
        if top.returncode != 0:
            raise ReleaseError(NOT_A_REPO, f"{self.root} is not a git checkout")
        if Path(top.stdout.strip()).resolve() != self.root.resolve():
            raise ReleaseError(NOT_A_REPO, f"{self.root} is not the top of its git checkout ({top.stdout.strip()})")
        return self

    def dirty_paths(self) -> list[str]:
        out = self.run("status", "--porcelain", "--untracked-files=all").decode()
        return [line[3:] for line in out.splitlines() if line.strip()]

    def head(self) -> str:
        return self.run("rev-parse", "HEAD").decode().strip()

    def has_commit(self, rev: str) -> bool:
        return subprocess.run(["git", "-C", str(self.root), "cat-file", "-e", f"{rev}^{{commit}}"],
                              capture_output=True).returncode == 0

    def has_tag(self, tag: str) -> bool:
        return subprocess.run(["git", "-C", str(self.root), "rev-parse", "-q", "--verify", f"refs/tags/{tag}"],
                              capture_output=True).returncode == 0

    def file_at(self, commit: str, path: str) -> bytes | None:
        proc = subprocess.run(["git", "-C", str(self.root), "cat-file", "blob", f"{commit}:{path}"], capture_output=True)
        return proc.stdout if proc.returncode == 0 else None

    def blob(self, object_id: str) -> bytes | None:
        proc = subprocess.run(["git", "-C", str(self.root), "cat-file", "blob", object_id], capture_output=True)
        return proc.stdout if proc.returncode == 0 else None

    def changed_since(self, commit: str, exclude: tuple[str, ...] = ()) -> list[str]:
        specs = ["--", "."] + [f":(exclude){p}" for p in exclude]
        return self.run("diff", "--name-only", commit, "HEAD", *specs).decode().split()

    def commit_paths(self, message: str, paths: list[str]) -> str:
        present = [p for p in paths if (self.root / p).exists() or self.file_at("HEAD", p) is not None]
        self.run("add", "--all", "--", *present)
        self.run("commit", "--quiet", "--no-verify", "-m", message, "--", *present)
        return self.head()

    def tag(self, name: str, commit: str, message: str) -> None:
        self.run("tag", "--annotate", name, commit, "-m", message)
