"""The dataset card (README.md of a dataset folder): YAML front matter and body, generated from schema/, the
data, and releases/metadata.yaml.

The front matter stamps every data file's sha256 into dataset_info[<config>].download_checksums, so the
`datasets` cache key follows the files' content (without it a rebuilt dataset loads stale rows). Its
`version` is always true (sikap.release.state): a release's number only when the folder is that release,
else `unreleased` with the `last_release`. The body follows the Hub's dataset card template
(sikap.release.cardbody); `license_link` names LICENSE.md, the per-source terms written beside the card
(sikap.release.terms), so the link resolves in the folder and on the Hub.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

CONFIGS = ("articles", "sources", "rejects")  # the first is the default
OPTIONAL_CONFIGS = ("annotations",)  # written and declared only when they have rows (a merged annotation round)
PRETTY_NAME = "sikap: Indonesian news on defence pacts and Middle-East geopolitics"


def data_path(config: str, shard: int = 0, shards: int = 1) -> str:
    """Sharded names from the start, so a streaming build with many shards keeps the seed layout."""
    return f"data/{config}-{shard:05d}-of-{shards:05d}.parquet"


def data_pattern(config: str) -> str:
    return f"data/{config}-*.parquet"


def file_checksum(path: Path) -> dict:
    data = path.read_bytes()
    return {"num_bytes": len(data), "checksum": hashlib.sha256(data).hexdigest()}


def front_matter(folder: Path, rows: dict[str, int], public: bool = False) -> dict:
    """Every front-matter field but the version fields (state.VersionState.fields)."""
    from datasets import DatasetInfo, SplitDict, SplitInfo

    from sikap.schema import load
    from sikap.schema.types import hf_features

    schema = load()
    infos = []
    configs = declared_configs(rows)
    for config in configs:
        splits = SplitDict()
        splits.add(SplitInfo(name="train", num_bytes=0, num_examples=rows[config]))
        info = DatasetInfo(features=hf_features(schema, config), splits=splits)
        yaml_info = {"config_name": config, **info._to_yaml_dict()}
        if public and config == "articles":
            from sikap.release.export import extra_features

            yaml_info["features"] = yaml_info["features"] + extra_features()
        yaml_info["download_checksums"] = {
            p.relative_to(folder).as_posix(): file_checksum(p) for p in sorted(folder.glob(data_pattern(config)))
        }
        infos.append(yaml_info)
    return {
        "pretty_name": PRETTY_NAME + (" (public release)" if public else ""),
        "language": ["id"],
        "license": "other",
        "license_name": "sikap-source-terms",
        "license_link": "LICENSE.md",
        "multilinguality": "monolingual",
        "size_categories": [_size_category(rows["articles"])],
        "source_datasets": ["original"],
        "language_creators": ["found"],
        "annotations_creators": ["machine-generated", *(["expert-generated"] if rows.get("annotations") else [])],
        "task_categories": ["text-classification"],
        "task_ids": ["multi-label-classification", "multi-class-classification"],
        "tags": ["stance-detection", "news", "indonesian", "geopolitics", "media-studies"],
        "configs": [
            {"config_name": c, **({"default": True} if i == 0 else {}),
             "data_files": [{"split": "train", "path": data_pattern(c)}]}
            for i, c in enumerate(configs)
        ],
        "dataset_info": infos,
    }


def declared_configs(rows: dict[str, int]) -> list[str]:
    """Configs the card declares: `datasets` cannot load a split with no rows, so an empty table (e.g. no
    rejects) is written as a file but not declared."""
    return [c for c in (*CONFIGS, *OPTIONAL_CONFIGS) if rows.get(c, 0) > 0]


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "1M<n<10M"


def _dump(meta: dict, body: str) -> str:
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100) + f"---\n\n{body}"


def render(folder: Path, rows: dict[str, int], body: str, public=None) -> str:
    """The card of a staged dataset folder whose data files are written. Also writes LICENSE.md (the terms
    the card links to) into the folder. `body` is the build report (its `## Build` section is kept); `public`
    (an export.PublicInfo) renders the public release's card instead of the working copy's."""
    from sikap.io import atomic_write_bytes
    from sikap.release import cardbody, state, terms

    atomic_write_bytes(folder / terms.FILENAME, terms.render_terms(folder, public=public is not None).encode("utf-8"))
    meta = front_matter(folder, rows, public=public is not None)
    facts = cardbody.Facts.read(folder, rows)
    build = cardbody.build_section(body)

    def text(st) -> bytes:
        head = {"pretty_name": meta["pretty_name"], **st.fields(),
                **({"hydrated": public.hydrated} if public is not None and public.hydrated else {})}
        rest = {k: v for k, v in meta.items() if k != "pretty_name"}
        return _dump({**head, **rest}, cardbody.body(facts, st, build, public)).encode("utf-8")

    if public is not None:
        return text(public.state).decode("utf-8")
    return state.decide(folder, text)[1].decode("utf-8")


def read_front_matter(card: Path) -> dict:
    text = card.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ValueError(f"{card} has no YAML front matter")
    return yaml.safe_load(text[4 : text.index("\n---\n", 4)])
