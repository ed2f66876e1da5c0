"""The curated extraction knowledge (curated/extraction/*.yaml) is well-formed and agrees with schema/.

Every removal code a rule or a module emits is declared in schema/reasons.yaml; every pattern compiles;
a phrase is listed once per kind (a second `exact` or `prefix` entry for the same key would be shadowed
silently by the first); names map to one month or weekday; and the knowledge is loaded once per process.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract import knowledge, knowledge_attributions
from sikap.pipeline.extract.knowledge import curated_data, line_key
from sikap.pipeline.extract.text import fold
from sikap.records import Doc, RawFile

EXTRACT = Path(knowledge.__file__).parent


def _removal_codes() -> set[str]:
    from sikap.schema import load

    return set(load().vocab("removal_rules").names)


def _rules() -> list[dict]:
    return curated_data("boilerplate.yaml")["rules"]


def test_every_rule_code_is_a_removal_code():
    unknown = sorted({r["code"] for r in _rules()} - _removal_codes())
    assert unknown == []
    from sikap.pipeline.extract.knowledge import _theme_strings

    themes = _theme_strings()  # the themes' UI strings the line rules read (theme_strings.tsv, its `code` column)
    assert len(themes) >= 100
    assert sorted({code for code, _, _ in themes} - _removal_codes()) == []


def test_every_code_the_modules_mark_is_a_removal_code():
    """Codes written in the extraction modules ('caption.photo', 'meta.byline', f'credit.{...}')."""
    literal = re.compile(r"[\"']((?:chrome|caption|link|credit|legal|meta|markup|notice|ad|title)(?:\.[a-z_]+)?)[\"']")
    used = {m.group(1) for path in EXTRACT.glob("*.py") for m in literal.finditer(path.read_text(encoding="utf-8"))}
    used |= {"credit.author", "credit.editor", "credit.translator"}  # credit.{field} in linerules.line_rules
    assert "caption.photo" in used and "meta.date_line" in used  # the scan finds what it should
    assert sorted(used - _removal_codes()) == []


def test_every_rule_is_documented_and_bounded():
    for rule in _rules():
        assert rule.get("seen"), f"{rule['code']}: no provenance ('seen')"
        assert set(rule) <= {"code", "name", "exact", "prefix", "pattern", "max_words", "zones", "seen", "case"}, rule["code"]
        assert rule.get("zones") in (None, "edges"), rule["code"]
        assert int(rule.get("max_words", 40)) > 0


def test_every_pattern_compiles():
    for rule in _rules():
        for pattern in rule.get("pattern", []):
            re.compile(pattern)
    for name in ("attributions.yaml", "credits.yaml", "dates.yaml"):
        assert curated_data(name)  # parses and is not empty
    knowledge.line_catalogue(), knowledge.credits(), knowledge_attributions.attribution_cues()  # every compiled form


@pytest.mark.parametrize("kind, key", [
    pytest.param("exact", line_key),
    pytest.param("prefix", fold),
])
def test_phrases_are_unique_per_kind(kind, key):
    seen = Counter(key(str(p)) for rule in _rules() for p in rule.get(kind, []))
    if kind == "exact":  # the themes' UI strings read as exact phrases: none may repeat a rule's (it would be dropped)
        from sikap.pipeline.extract.knowledge import _PLACEHOLDER, _theme_strings

        seen.update(key(text) for _, text, _ in _theme_strings() if not _PLACEHOLDER.search(text))
    assert sorted(k for k, n in seen.items() if n > 1) == []


def test_phrase_lists_are_unique():
    for name, field in [("attributions.yaml", "before"), ("attributions.yaml", "after"),
                        ("attributions.yaml", "org_markers"), ("attributions.yaml", "self_reference"),
                        ("boilerplate.yaml", "sections"), ("boilerplate.yaml", "about_us"),
                        ("credits.yaml", "titles"), ("credits.yaml", "honorifics"), ("credits.yaml", "not_names")]:
        items = Counter(fold(str(x)) for x in curated_data(name)[field])
        assert sorted(k for k, n in items.items() if n > 1) == [], f"{name}: {field}"


def test_credit_labels_map_to_one_role():
    roles = curated_data("credits.yaml")["roles"]
    labels = Counter(fold(label) for labels in roles.values() for label in labels)
    assert sorted(k for k, n in labels.items() if n > 1) == []
    assert set(roles) == {"authors", "editors", "translators"}


@pytest.mark.parametrize("kind, size", [("months", 12), ("weekdays", 7)])
def test_date_names_map_to_one_month_or_weekday(kind, size):
    table = curated_data("dates.yaml")[kind]
    assert sorted(int(k) for k in table) == (list(range(1, 13)) if kind == "months" else list(range(7)))
    names = Counter(str(n).casefold() for names in table.values() for n in names)
    assert sorted(k for k, n in names.items() if n > 1) == []
    assert len(table) == size


def test_weak_cues_are_cues():
    data = curated_data("attributions.yaml")
    assert set(map(fold, data["weak_before"])) <= set(map(fold, data["before"]))


def test_knowledge_is_loaded_once_per_process(monkeypatch):
    from sikap.pipeline.extract import mark_boilerplate
    from sikap.pipeline.split import split_articles
    from sikap.pipeline.decode import Decode

    text = "Judul Berita Contoh Hari Ini\nJAKARTA – " + "Warga kota menyambut baik rencana itu. " * 12 + "\n"

    def article():
        raw = RawFile("t.txt", "0" * 64, len(text), text.encode())
        return split_articles(Decode(5_000_000)(Doc(raw=raw)))[0]

    mark_boilerplate(article())  # the first article may load what it needs
    calls = []
    real = knowledge.curated_data
    monkeypatch.setattr(knowledge, "curated_data", lambda name: calls.append(name) or real(name))
    mark_boilerplate(article())
    assert calls == []



def test_spaces_are_what_split_splits_on():
    from sikap.pipeline.extract.knowledge import SPACES

    assert SPACES == "".join(chr(c) for c in range(0x110000) if chr(c).isspace())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:|-–—•*#»›> \t\u00a0\u2003\n\x1c\x85·xYİ")), max_size=20))
def test_first_word_is_the_split_lines_first_word(text):
    from sikap.pipeline.extract.knowledge import _EDGE_PUNCT, first_word

    head = text.lstrip(_EDGE_PUNCT).split(None, 1)
    assert first_word(text) == (head[0].split(":", 1)[0].casefold() if head else "")


def test_a_named_rule_is_read_from_the_curated_file_and_an_unknown_name_is_an_error():
    from sikap.pipeline.extract.knowledge import named_rule

    weather = named_rule("weather")
    assert weather.match("24.4 C") and weather.match("-3°F")
    assert not weather.match("24 Cara") and not weather.match("Rabu, 24 September 2025")
    with pytest.raises(KeyError):
        named_rule("no such rule")


def test_outlet_word_lists_are_read_from_the_curated_file():
    """The masthead word lists live in attributions.yaml (outlet_name_words), not in the modules: a lower-case
    brand closes with a listed word, and a glued masthead never ends with a not_glued_last word."""
    from sikap.pipeline.extract.outlets import glued_outlet_word, lower_brand

    words = curated_data("attributions.yaml")["outlet_name_words"]
    assert set(words["lower_brand_last"]) <= set(words["last"]) and set(words["not_glued_last"]) <= set(words["last"])
    for w in words["lower_brand_last"]:
        m = lower_brand(f"kabarsuka{w} – Warga desa berkumpul")
        assert m and m.group(1) == f"kabarsuka{w}"
    assert lower_brand("kabarsukaku – Warga desa berkumpul") is None  # no closing outlet word
    assert lower_brand("kabarsukanews – warga desa") is None  # no lede's capital after the dash
    for w in words["not_glued_last"]:
        assert not glued_outlet_word(f"Sukamakmur{w}")
    assert glued_outlet_word("SUKAMAKMURNEWS")
