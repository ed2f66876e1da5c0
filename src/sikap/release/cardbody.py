"""The body of the dataset card, in the sections of the Hub's dataset card template: summary, how to load,
supported tasks, languages, structure, creation (source data, annotations, personal information), uses and
out-of-scope uses, bias, risks and limitations, licence, citation; then the build report and the schema tables.

Every figure is computed from the folder's Parquet files, every table of fields from schema/ (new columns flow
through), and the prose from releases/metadata.yaml, so nothing here goes stale by hand. Links stay inside the
folder (LICENSE.md, and DATASHEET.md in a public release) or point into the project (`../DATASHEET.md`) in the
working copy, which is never uploaded. The facts the text states are read once from the folder (cardfacts.py).
"""

from __future__ import annotations

import json
import re

# the facts the card states, read from the folder (Facts is read from here by sikap.card and tests)
from sikap.release.cardfacts import Facts


def build_section(body: str) -> str:
    """The `## Build` section of a build report (sikap.publish.card_body), or the whole text if it has none."""
    m = re.search(r"^## Build\n(.*?)(?=^## |\Z)", body, re.S | re.M)
    return (m.group(1) if m else body).strip()


def _items(value) -> list[str]:
    if not value:
        return []
    return [" ".join(str(v).split()) for v in (value if isinstance(value, list) else [value])]


def _bullets(value, missing: str) -> str:
    items = _items(value)
    return "\n".join(f"- {v}" for v in items) if items else f"- {missing}"


def _instance(example: dict, public) -> str:
    keep = ("article_id", "raw_file", "source_id", "title", "published_date", "date_precision", "url", "language",
            "near_dup_cluster", "text_withheld", "opening_words", "text")
    out = {}
    for k in keep:
        if k in example:
            v = example[k]
            if k == "text" and isinstance(v, str):
                v = v[:100] + "…"
            out[k] = v
    return json.dumps(out, ensure_ascii=False, indent=2, default=str)


def _load_snippet(configs: list[str], path: str | None) -> str:
    """Loads every declared config; path None: this folder (run from inside it), as on the Hub."""
    lines = ["from datasets import load_dataset", ""]
    if path is None:
        lines = ["from pathlib import Path", "", "from datasets import load_dataset", "",
                 'folder = str(Path(".").resolve())  # this folder; once uploaded to the Hub, its "owner/name"']
        path_expr = "folder"
    else:
        path_expr = f'"{path}"'
    for i, c in enumerate(configs):
        call = f"load_dataset({path_expr})" if i == 0 else f'load_dataset({path_expr}, "{c}")'
        lines.append(f'{c} = {call}["train"]')
    return "```python\n" + "\n".join(lines) + "\n```"


def _citation(meta: dict, st) -> str:
    from sikap.release.citation import bibtex

    version = st.version if st.released else st.last_release
    if not meta or not version:
        return "No release has been cut yet: there is nothing to cite. Cite a release once there is one."
    head = "" if st.released else (f"This folder is unreleased; cite the release you used. The latest is "
                                   f"{version}:\n\n")
    return head + "```bibtex\n" + bibtex(meta, version, st.date or _release_date(version)) + "\n```"


def _release_date(version: str) -> str:
    """The date the project's release index records for a version ('' when it does not know it)."""
    from sikap.paths import find_root
    from sikap.release.index import read_index

    root = find_root()
    entries = read_index(root)["releases"] if root else []
    return next((e.get("date") or "" for e in entries if e["version"] == version), "")


def body(f: Facts, st, build: str, public=None) -> str:
    from sikap.card import declared_configs
    from sikap.docs import fields_section, reasons_section, vocabularies_section
    from sikap.schema import load

    meta, rai = f.meta, f.meta.get("rai", {})
    configs = declared_configs(f.rows)
    datasheet = "[DATASHEET.md](../DATASHEET.md)" if public is None else \
        "[DATASHEET.md](DATASHEET.md)" if public.datasheet else "the project's DATASHEET.md"
    if public is not None:
        where = (f"This is the **public release**: the text of {public.withheld} of {f.rows['articles']} articles is "
                 "withheld (its source's terms do not allow redistribution, or it is a near-duplicate of such a text). "
                 "Each withheld article keeps what you need to find it (outlet, URL when known, title, date, opening "
                 "words) and per-paragraph fingerprints to restore it exactly from a copy you save yourself: "
                 "`sikap hydrate THIS_FOLDER --raw YOUR_COPIES`.")
        if public.hydrated:
            where += (f" **{public.hydrated} withheld texts were restored into this copy** by `sikap hydrate` from "
                      "its user's own copies: it is no longer a public copy, do not share it.")
        path = None
    else:
        where = ("This folder is the project team's **working copy**: it holds texts whose sources do not allow "
                 "redistribution. Do not upload or share it; the public release is the export written for every "
                 "release into `releases/X.Y.Z/public/` (or `sikap export --public DIR` for any build).")
        path = "./dataset"
    vocab = load().vocabularies.get("stance_values")
    stance_values = ", ".join(lab.name for lab in vocab.labels) if vocab else "see the vocabularies below"
    gold = (f"{f.gold} of {f.rows['articles']} articles carry gold labels." if f.gold else
            "No gold label exists in this version yet: no annotation round has been merged, so `topics` is empty and "
            "every `stance_*` is null; these tasks can be neither trained nor evaluated on it yet. `target_mentions` "
            "is a machine pre-annotation (alias matching), never a gold label.")
    return f"""# {meta.get('name', 'sikap')}: Indonesian news on defence pacts and Middle-East geopolitics

**Version.** {st.sentence()}

{where}

## Dataset summary

{" ".join(str(meta.get('abstract', '')).split())}

This version: {f.rows['articles']} articles from {f.raw_files} raw files and {f.outlets} identified outlets;
{f.dated} with a publication date from explicit evidence; {f.rows.get('sources', 0)} sources;
{f.rows.get('rejects', 0)} rejects. The full datasheet (provenance of every raw file, what is extracted and what
is curated, known gaps) is {datasheet}.

## How to load

{_load_snippet(configs, path)}

Loading is offline. Configs with no rows in this build are written but not declared (`datasets` cannot load an
empty split): {', '.join(c for c in ('articles', 'sources', 'rejects', 'annotations') if c not in configs) or 'none'}.

## Supported tasks

- **Topic classification** (multi-label, `topics`) and **stance classification** toward each target
  (`stance_<target>`: {stance_values}), from gold labels adjudicated in annotation rounds.
  {gold}
- **Media and framing studies**: outlet (`source_id`), quoted agencies (`attributions`), near-duplicate copies
  of one text (`near_dup_cluster`), dates with their evidence.

## Languages

Indonesian (`id`), written news register. Language identification per article (py3langid; its confidence is in
`language_confidence`):

{f.figures['languages']}

## Dataset structure

One row of `articles` per article found in a raw file; `sources` describes every outlet or agency with its
terms; `rejects` lists what the pipeline dropped and why. Every config has one `train` split
(the corpus is too small for a benchmark split). An instance (abbreviated):

```json
{_instance(f.example, public)}
```

## Dataset creation

### Source data

{" ".join(str(rai.get('data_collection', 'Not recorded.')).split())}

{f.figures['raw_files']}

### Annotations

{_bullets(rai.get('data_annotation_protocol'), 'Not described yet.')}

Agreement per round and field:

{f.figures['agreement']}

### Personal and sensitive information

{_bullets(rai.get('personal_sensitive_information'), 'Not described yet.')}

## Uses

{_bullets(rai.get('data_use_cases'), 'Not described yet.')}

### Out-of-scope uses

{_bullets(meta.get('out_of_scope'), 'Not described yet.')}

## Bias, risks and limitations

{_bullets(_items(rai.get('data_biases')) + _items(rai.get('data_limitations')), 'Not described yet.')}

## Licence

The texts belong to their publishers (card licence `other`): the terms of every source, and what may be shared,
are in [LICENSE.md](LICENSE.md). The sikap software is MIT-licensed; that licence does not cover the texts.

## Citation

{_citation(meta, st)}

## Build

{build}

## Fields

{fields_section()}

## Label vocabularies

{vocabularies_section()}

## Reason codes

{reasons_section()}
"""
