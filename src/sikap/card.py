"""The dataset card (dataset/README.md): YAML front matter and body, generated from schema/ and the data.

The front matter stamps every data file's sha256 into dataset_info[<config>].download_checksums, so the
`datasets` cache key follows the files' content (without it a rebuilt dataset loads stale rows).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

CONFIGS = ("articles", "sources", "rejects")  # the first is the default
OPTIONAL_CONFIGS = ("annotations",)  # written and declared only when they have rows (a merged annotation round)
PRETTY_NAME = "sikap: Indonesian news on defence pacts and Middle-East geopolitics, with stance annotations"


def data_path(config: str, shard: int = 0, shards: int = 1) -> str:
    """Sharded names from the start, so a streaming build with many shards keeps the seed layout."""
    return f"data/{config}-{shard:05d}-of-{shards:05d}.parquet"


def data_pattern(config: str) -> str:
    return f"data/{config}-*.parquet"


def file_checksum(path: Path) -> dict:
    data = path.read_bytes()
    return {"num_bytes": len(data), "checksum": hashlib.sha256(data).hexdigest()}


def front_matter(folder: Path, rows: dict[str, int]) -> dict:
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
        yaml_info["download_checksums"] = {
            p.relative_to(folder).as_posix(): file_checksum(p) for p in sorted(folder.glob(data_pattern(config)))
        }
        infos.append(yaml_info)
    return {
        "pretty_name": PRETTY_NAME,
        **release_version(),
        "language": ["id"],
        "license": "other",
        "license_name": "sikap-mixed-source-terms",
        "license_link": "../DATASHEET.md#licences-and-redistribution",
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


def release_version() -> dict:
    """`version`: the highest release folder in releases/ (committed state, so builds stay deterministic)."""
    from sikap.paths import repo_root
    from sikap.release.manifest import current_version

    version = current_version(repo_root())
    return {"version": version} if version else {}


def declared_configs(rows: dict[str, int]) -> list[str]:
    """Configs the card declares: `datasets` cannot load a split with no rows, so an empty table (e.g. no
    rejects) is written as a file but not declared."""
    return [c for c in (*CONFIGS, *OPTIONAL_CONFIGS) if rows.get(c, 0) > 0]


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "1M<n<10M"


def render(folder: Path, rows: dict[str, int], body: str) -> str:
    meta = yaml.safe_dump(front_matter(folder, rows), sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{meta}---\n\n{body}"


def read_front_matter(card: Path) -> dict:
    text = card.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ValueError(f"{card} has no YAML front matter")
    return yaml.safe_load(text[4 : text.index("\n---\n", 4)])
