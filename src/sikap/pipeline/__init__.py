"""A pipeline is a readable list of steps; each step takes one record and returns records.

A step returns a Doc, a Reject, or a list of them (a split); a Reject passes through untouched. The
runner streams a chunk of files at a time, so memory follows the chunk, and counts records in and drops
out per step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sikap.records import Doc, Reject

Step = Callable[[Doc], "Doc | Reject | list[Doc | Reject]"]


def step_name(step: Step) -> str:
    return getattr(step, "name", None) or getattr(step, "__name__", type(step).__name__)


@dataclass
class Stats:
    records_in: Counter = field(default_factory=Counter)
    records_out: Counter = field(default_factory=Counter)
    drops: Counter = field(default_factory=Counter)  # (step, reason) -> n


def run(records: Iterable[Doc | Reject], steps: list[Step], stats: Stats | None = None,
        chunk: int = 256) -> Iterator[Doc | Reject]:
    """Records come out in the order they went in. They go through the steps `chunk` at a time, each step
    over the whole chunk before the next: a step's tables and code stay in the CPU caches across records
    (language identification, the costliest step, runs ~2x faster than interleaved with the others)."""
    it = iter(records)
    while True:
        batch: list[Doc | Reject] = list(islice(it, chunk))
        if not batch:
            return
        for step in steps:
            batch = list(_apply(step, batch, stats))
        yield from batch


def _apply(step: Step, stream: Iterable[Doc | Reject], stats: Stats | None) -> Iterator[Doc | Reject]:
    name = step_name(step)
    for rec in stream:
        if isinstance(rec, Reject):
            yield rec
            continue
        if stats:
            stats.records_in[name] += 1
        out = step(rec)
        for item in out if isinstance(out, list) else (out,):
            if stats:
                if isinstance(item, Reject):
                    stats.drops[(item.step, item.reason)] += 1
                else:
                    stats.records_out[name] += 1
            yield item
