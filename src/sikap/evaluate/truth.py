"""Hand-read truth: one JSON object per page, the conventions of evaluation/README.md.

Every exact string in a truth row (title, evidence, boilerplate lines, first and last body sentence) is a
substring of its page; `load_truth` refuses a row that breaks that, naming the page and the key, because a
score against a mistyped truth would be silently wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

REQUIRED = ("nn", "language", "title", "published_date", "dateline_place", "outlet", "authors", "editors",
            "translators", "attributions", "boilerplate_lines", "body_first_sentence", "body_last_sentence")
EXACT = ("title", "date_evidence", "outlet_evidence", "body_first_sentence", "body_last_sentence")


class TruthError(ValueError):
    """A truth file that cannot be scored against (missing key, bad JSON, a string not in its page)."""


@dataclass(frozen=True)
class TruthPage:
    nn: str
    path: Path
    row: dict = field(repr=False)

    def __getitem__(self, key: str):
        return self.row.get(key)


def load_truth(pages: Path, truth: Path, check_strings: bool = True) -> list[TruthPage]:
    """Rows of `truth` (JSON Lines) paired with their page files `pages/<nn>.txt`, in file order."""
    out = []
    try:
        lines = truth.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise TruthError(f"cannot read truth file {truth}: {err.strerror or err}") from None
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise TruthError(f"{truth}:{i}: not JSON ({err.msg})") from None
        missing = [k for k in REQUIRED if k not in row]
        if missing:
            raise TruthError(f"{truth}:{i}: missing key(s) {', '.join(missing)}")
        if not row.get("language"):
            raise TruthError(f"{truth}:{i}: page {row['nn']} is not read yet (its language is empty)")
        nn = str(row["nn"])
        path = pages / f"{nn}.txt"
        if not path.is_file():
            raise TruthError(f"{truth}:{i}: page {path} does not exist")
        if check_strings:
            text = path.read_bytes().decode("utf-8", errors="replace")
            for key in EXACT:
                value = row.get(key)
                if value and value not in text:
                    raise TruthError(f"{truth}:{i}: {key} of page {nn} is not a substring of {path.name}")
        out.append(TruthPage(nn, path, row))
    return out
