"""The build's settings and its step list, in order: what every way of building runs (build.py in memory, the
partitions of a streaming build, `sikap eval extraction`). It stands apart so that the list reads whole, and the
modules that run it (build.py, build_files.py) import it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sikap import pipeline
from sikap.pipeline.annotate import detect_language, find_target_mentions
from sikap.pipeline.decode import Decode, DeduplicateFiles, check_raw, reject_blank, reject_markup
from sikap.pipeline.extract import (extract_credits, extract_date, extract_dateline, find_attributions,
                                    mark_boilerplate, resolve_outlet)
from sikap.pipeline.finish import CheckContent, assign_id
from sikap.pipeline.markup import strip_markup
from sikap.pipeline.metadata import read_sidecar
from sikap.pipeline.neardup import NearDuplicates
from sikap.pipeline.pages import ExtractHtml, apply_page_facts
from sikap.pipeline.shape import CheckShape
from sikap.pipeline.split import split_articles


@dataclass(frozen=True)
class BuildConfig:
    max_bytes: int = 5_000_000
    min_words: int = 40
    neardup: NearDuplicates = field(default_factory=NearDuplicates)
    shard_rows: int = 20_000  # articles per Parquet shard (data/articles-0000k-of-0000n.parquet), ~20 MB
    partition_files: int = 2000  # most raw files (or archive records) per unit of parallel work (pandera validates shards, not partitions)
    workers: int = 0  # local engine processes; 0: one per core
    annotations_root: str | None = None  # folder of pulled annotation rounds; None: annotations/ of the checkout
    shape: CheckShape = field(default_factory=CheckShape)  # limits of an article's shape (sikap.pipeline.shape)


def steps(config: BuildConfig, first_paths: dict[str, str] | None = None) -> list[pipeline.Step]:
    """The pipeline, in order. Each step's reason codes are in its module docstring and schema/reasons.yaml.

    first_paths (sha256 -> first registered path) pre-seeds DeduplicateFiles, so every partition of a build
    keeps the same copy of identical bytes (sikap.partition.first_paths_of_copies)."""
    return [
        check_raw,
        Decode(config.max_bytes),
        DeduplicateFiles(seen=dict(first_paths or {})),
        ExtractHtml(config.max_bytes),  # pages (HTML files, WARC responses, JSONL lines): trafilatura's main text
        reject_markup,
        reject_blank,
        split_articles,
        strip_markup,
        mark_boilerplate,
        extract_credits,
        extract_dateline,
        read_sidecar,
        find_attributions,
        resolve_outlet,
        extract_date,
        apply_page_facts,  # what the text left empty, from the page's markup, URL and crawl record
        CheckContent(config.min_words),
        assign_id,
        detect_language,
        config.shape,
        find_target_mentions,
    ]
