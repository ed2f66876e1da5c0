"""Run the build's own steps over page files that are not in a raw root.

Each page becomes a RawFile exactly as `sikap build` would read it (no sidecar: the text is all the
pipeline gets), and goes through `sikap.build.steps` unchanged, so what is measured is what a build does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sikap.records import Doc, RawFile, Reject


@dataclass
class PageOutput:
    """What the pipeline made of one page: its articles in order, or the reject that ended it."""

    name: str
    articles: list[Doc] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    error: str | None = None  # an exception escaped a step: always a failure

    @property
    def first(self) -> Doc | None:
        return self.articles[0] if self.articles else None


def run_pages(paths: list[Path], config=None) -> list[PageOutput]:
    """One PageOutput per path, in the order given (a page may be a text dump or an HTML file; for an
    archive, its records' articles are the page's articles, in order)."""
    import traceback

    from sikap import pipeline
    from sikap.build import BuildConfig, steps
    from sikap.raw import sha256_bytes

    from sikap.formats import read_records

    config = config or BuildConfig()
    outputs = []
    for path in paths:
        data = path.read_bytes()
        raw = RawFile(path.name, sha256_bytes(data), len(data), data, {})
        out = PageOutput(path.name)
        try:  # the build's own reading: a text dump, an HTML page, or the records of an archive or export
            records = list(read_records(raw, str(path)))
            out.rejects += [r for r in records if isinstance(r, Reject)]
            docs = [Doc(raw=r) for r in records if not isinstance(r, Reject)]
            for rec in pipeline.run(docs, steps(config)):
                if isinstance(rec, Reject):
                    out.rejects.append(rec)
                else:
                    out.articles.append(rec)
        except Exception:  # noqa: BLE001 - the evaluation reports it as a failure of that page
            out.error = traceback.format_exc(limit=3).strip().splitlines()[-1]
        out.articles.sort(key=lambda d: d.index or 0)
        outputs.append(out)
    return outputs
