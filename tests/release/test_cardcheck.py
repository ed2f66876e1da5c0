"""The card's YAML against the vocabularies shipped with `datasets` and `packaging`, and stale card fields."""

from __future__ import annotations

import yaml

from sikap.card import read_front_matter
from sikap.release.cardcheck import card_problems, vocabulary_problems


def _rewrite_card(folder, fn):
    card = folder / "README.md"
    text = card.read_text()
    end = text.index("\n---\n", 4)
    meta = fn(yaml.safe_load(text[4:end]))
    card.write_text("---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + text[end + 1:])


def test_released_card_passes(released):
    repo, _ = released
    assert card_problems(repo / "dataset", repo) == []
    meta = read_front_matter(repo / "dataset/README.md")
    assert meta["version"] == "0.1.0" and meta["license"] == "other"


def test_bogus_vocabulary_values_fail(released):
    meta = read_front_matter(released[0] / "dataset/README.md")
    bad = dict(meta, language=["indonesian"], size_categories=["tiny"], task_categories=["stance-magic"],
               license="free-for-all", annotations_creators=["robots"])
    problems = " ".join(vocabulary_problems(bad))
    for word in ("indonesian", "tiny", "stance-magic", "free-for-all", "robots"):
        assert word in problems
    assert vocabulary_problems(dict(meta, license="cc-by-4.0")) == []  # an SPDX licence is fine
    assert vocabulary_problems({k: v for k, v in meta.items() if k != "license_link"})  # other needs a link


def test_stale_card_fields_fail(repo_copy):
    from sikap.generated import stale_files

    assert stale_files() == []
    _rewrite_card(repo_copy / "dataset", lambda m: {**m, "version": "0.0.9"})
    assert any("version" in p for p in card_problems(repo_copy / "dataset", repo_copy))
    assert any(s.startswith("dataset/README.md (") for s in stale_files())


def test_stale_row_count_and_size_category_fail(repo_copy):
    def tamper(meta):
        meta["dataset_info"][0]["splits"][0]["num_examples"] = 7
        meta["size_categories"] = ["1K<n<10K"]
        return meta

    _rewrite_card(repo_copy / "dataset", tamper)
    problems = " ".join(card_problems(repo_copy / "dataset", repo_copy))
    assert "7 examples in the card, 6 in" in problems and "size_categories" in problems
