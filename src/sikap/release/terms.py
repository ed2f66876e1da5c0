"""LICENSE.md of a dataset folder: the terms of the data, per source, which the card's `license_link` names.

The card says `license: other` because the texts are not the project's to license; the Hub resolves
`license_link: LICENSE.md` to this file inside the folder (a dataset repository), and so does a local copy.
It is written beside the card by every build and export, from the folder's own `sources` table, so the terms
of a new source or a new column of the registry show up without editing this module.
"""

from __future__ import annotations

from pathlib import Path

FILENAME = "LICENSE.md"
WITHHELD = ("metadata_only", "unknown")


def _cell(value) -> str:
    return "-" if value in (None, "") else str(value).replace("|", "\\|").replace("\n", " ")


def _meaning() -> list[str]:
    from sikap.schema import load

    vocab = load().vocabularies.get("redistribution")
    return [f"- `{lab.name}`: {lab.definition}" for lab in vocab.labels] if vocab else []


def render_terms(folder: Path, public: bool = False) -> str:
    from sikap.release.figures import rows

    sources = sorted(rows("sources", folder), key=lambda s: s["source_id"])
    extra = [k for k in (sources[0] if sources else {}) if k in ("group", "status")]
    head = ["source", "name", "type", *extra, "redistribution", "licence terms", "AI / text-and-data-mining policy",
            "articles published", "articles quoting it"]
    table = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in sources:
        cells = [f"`{s['source_id']}`", s.get("name"), s.get("type"), *(s.get(k) for k in extra), s.get("redistribution"),
                 s.get("licence") or "not known", s.get("ai_policy") or "not known", s.get("n_articles"),
                 s.get("n_attributions")]
        table.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    notices = [f"- **{s.get('name') or s['source_id']}**: \"{s['ai_notice']}\"" for s in sources if s.get("ai_notice")]
    where = ("This folder is the public release: the text of every article whose source is `metadata_only` or "
             "`unknown` is withheld (null), and so is every article in a near-duplicate cluster with such an article."
             if public else
             "This folder is the project team's working copy. It holds the full texts of sources whose terms do not "
             "allow redistribution: do not upload or share it. The public release is the export (`sikap export "
             "--public`, written for every release into `releases/X.Y.Z/public/`), which withholds those texts.")
    return "\n".join([
        "# Terms of the data", "",
        "The article texts in this dataset belong to their publishers; they are not the sikap project's to license. "
        "Use them for research only, within each source's terms below. The sikap software (the `sikap` Python "
        "package that builds this dataset) is a separate work under the MIT licence; that licence does not cover "
        "the texts.", "",
        where, "",
        "## Terms per source", "",
        "Every value comes from the `sources` config, where each one carries its provenance (curated, extracted "
        "from a notice in a raw file, or inferred).", "",
        *table, "",
        "What the `redistribution` values mean:", "",
        *_meaning(), "",
        *(["## Notices as printed", "", *notices, ""] if notices else []),
        "## Metadata, labels and code", "",
        "Metadata extracted or curated by the project, the labels, offsets and hashes may be shared with this "
        "dataset; cite the release you use (see the card's Citation section).",
    ]) + "\n"


def withheld_source_ids(sources: list[dict], share_unknown: bool = False) -> set:
    terms = {"metadata_only"} if share_unknown else set(WITHHELD)
    out = {s["source_id"] for s in sources if s["redistribution"] in terms}
    return out if share_unknown else out | {None}  # an unidentified outlet has unknown terms
