"""The registry of files generated from schema/: each can be rewritten, or checked for staleness."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sikap.paths import dataset_dir, repo_root
from sikap.annotation.guidelines import config_file as annotation_config_file
from sikap.annotation.guidelines import guidelines_file as annotation_guidelines_file

from sikap.docs import MARKED_FILES


def _marked(rel: str) -> Callable[[bool], bool]:
    """The generated blocks of one markdown file (sikap.docs); a file the project lacks is never stale."""
    def update(check: bool) -> bool:
        from sikap.docs import update_file

        path = repo_root() / rel
        return path.exists() and update_file(path, check=check)
    return update


def _card_features(check: bool) -> bool:
    """The card's features must be those the schema gives now (the card is rewritten by `sikap build`)."""
    from datasets import DatasetInfo

    from sikap.card import read_front_matter
    from sikap.schema import load
    from sikap.schema.types import hf_features

    card = dataset_dir() / "README.md"
    if not card.exists():
        return True
    infos = {i["config_name"]: i for i in read_front_matter(card)["dataset_info"]}
    schema = load()
    for config, info in infos.items():
        if config in schema.tables:
            expected = DatasetInfo(features=hf_features(schema, config))._to_yaml_dict()["features"]
            if info.get("features") != expected:
                return True
    return False


def _card_fields(check: bool) -> bool:
    from sikap.release.cardcheck import stale

    return stale(check)


# path (relative to the checkout) -> function(check) returning whether it is (or was) stale.
# Files that only `sikap build` writes are checked here but not rewritten.
GENERATED: dict[str, tuple[Callable[[bool], bool], bool]] = {
    **{rel: (_marked(rel), True) for rel in MARKED_FILES},
    "dataset/README.md": (_card_features, False),
    "dataset/README.md (vocabularies, version, row counts)": (_card_fields, False),
    "annotations/labeling-config.xml": (annotation_config_file, True),
    "annotations/GUIDELINES.md": (annotation_guidelines_file, True),
}


def stale_files() -> list[str]:
    return [path for path, (fn, _) in GENERATED.items() if fn(True)]


def write_generated() -> list[Path]:
    written = []
    for path, (fn, writable) in GENERATED.items():
        if writable and fn(False):
            written.append(repo_root() / path)
    return written
