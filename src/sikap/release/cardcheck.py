"""Offline checks of the dataset card's YAML: vocabularies and fields that must match the data.

`DatasetCard` validates nothing offline (its `validate()` needs the Hub), so the front matter is checked
here against the vocabularies that ship with `datasets` (datasets/utils/resources/*.json and
`datasets.utils.metadata.known_task_ids`) and with `packaging.licenses`, and its computed fields (version,
row counts, size category, declared configs) against dataset/ and releases/.
"""

from __future__ import annotations

import json
from pathlib import Path


def _resource(name: str):
    import datasets

    return json.loads((Path(datasets.__file__).parent / "utils" / "resources" / f"{name}.json").read_text("utf-8"))


def _licence_ok(licence: str, meta: dict) -> str | None:
    if licence == "other":
        return None if meta.get("license_name") and meta.get("license_link") else \
            "license 'other' needs license_name and license_link"
    from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

    try:
        canonicalize_license_expression(licence)
    except InvalidLicenseExpression:
        return f"license {licence!r} is neither 'other' nor an SPDX licence expression"
    return None


def vocabulary_problems(meta: dict) -> list[str]:
    from datasets.utils.metadata import known_task_ids

    creators = _resource("creators")
    checks = [
        ("language", set(_resource("languages"))),
        ("size_categories", set(_resource("size_categories"))),
        ("multilinguality", set(_resource("multilingualities"))),
        ("task_categories", set(known_task_ids)),
        ("language_creators", set(creators["language"])),
        ("annotations_creators", set(creators["annotations"])),
    ]
    problems = []
    for key, allowed in checks:
        values = meta.get(key)
        if values is None:
            problems.append(f"{key} is missing")
            continue
        for v in [values] if isinstance(values, str) else values:
            if v not in allowed:
                problems.append(f"{key}: {v!r} is not in the vocabulary shipped with datasets")
    for licence in [meta.get("license")] if isinstance(meta.get("license"), str) else meta.get("license") or [None]:
        if licence is None:
            problems.append("license is missing")
        elif msg := _licence_ok(licence, meta):
            problems.append(msg)
    return problems


def stale_problems(folder: Path, root: Path) -> list[str]:
    """Card fields that no longer match dataset/ or releases/ (the card is written by `sikap build`)."""
    import pyarrow.parquet as pq

    from sikap.card import _size_category, data_pattern, declared_configs, read_front_matter
    meta = read_front_matter(folder / "README.md")
    problems = version_problems(folder, root, meta)
    rows = {}
    for path in sorted((folder / "data").glob("*.parquet")):
        config = path.name.rsplit("-", 3)[0]
        rows[config] = rows.get(config, 0) + pq.ParquetFile(path).metadata.num_rows
    declared = [c["config_name"] for c in meta.get("configs", [])]
    if declared != declared_configs(rows):
        problems.append(f"configs: card declares {declared}, data has rows for {declared_configs(rows)}")
    for info in meta.get("dataset_info", []):
        cfg = info["config_name"]
        n = sum(s.get("num_examples", 0) for s in info.get("splits", []))
        if n != rows.get(cfg):
            problems.append(f"dataset_info[{cfg}]: {n} examples in the card, {rows.get(cfg)} in {data_pattern(cfg)}")
    if "articles" in rows and meta.get("size_categories") != [_size_category(rows["articles"])]:
        problems.append(f"size_categories: {meta.get('size_categories')} for {rows['articles']} articles")
    return problems


def version_problems(folder: Path, root: Path, meta: dict) -> list[str]:
    """The card's version fields must tell the truth (sikap.release.state): a release's number only when every
    file is that release's; else `unreleased` naming the latest release."""
    from sikap.release.state import latest_release, matches_release, read_state

    st, entry = read_state(meta), latest_release(root)
    last = entry["version"] if entry else None
    if not st.released:
        return [] if st.last_release == last else [f"last_release: card says {st.last_release!r}, the release index's "
                                                   f"latest is {last!r}"]
    from sikap.release.index import find, read_index

    try:
        released = find(read_index(root), st.version)
    except Exception:
        return [f"version: card says {st.version!r}, which is not in releases/index.json"]
    if not matches_release(released, folder, {}):
        return [f"version: card says {st.version!r}, but the folder's files differ from that release "
                "(`sikap verify` names them)"]
    return []


def card_problems(folder: Path, root: Path) -> list[str]:
    from sikap.card import read_front_matter

    card = folder / "README.md"
    if not card.exists():
        return [f"{card} is missing"]
    return vocabulary_problems(read_front_matter(card)) + stale_problems(folder, root)


def stale(check: bool) -> bool:
    """Entry of sikap.generated.GENERATED: the card is only written by `sikap build`, so this only checks."""
    from sikap.paths import dataset_dir, repo_root

    return (dataset_dir() / "README.md").exists() and bool(card_problems(dataset_dir(), repo_root()))
