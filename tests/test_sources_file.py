"""The registry check refuses, with one line naming the file and the entry, what would make the registry lie."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sikap.sources import RegistryError, load_registry
from tests.conftest import REPO

GOOD = """\
defaults:
  country: {value: "ID", source: curated, note: "Indonesian outlet"}
sources:
  contoh:
    name: "Contoh"
    aliases: {value: ["Contoh", "CONTOH.ID"], source: curated, note: "dateline 'CONTOH.ID -' on its pages"}
    domains: {value: ["contoh.id"], source: curated, note: "its site"}
    type: {value: online_outlet, source: curated, note: "online news outlet"}
"""

OTHER = """\
sources:
  lain:
    name: "Lain"
    aliases: {value: ["Lain News"], source: curated, note: "its masthead"}
    type: {value: newspaper, source: curated, note: "a daily"}
"""


def _registry(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def _refused(tmp_path: Path, **files: str) -> str:
    with pytest.raises(RegistryError) as err:
        load_registry(_registry(tmp_path, **files))
    message = str(err.value)
    assert "\n" not in message
    return message


def test_a_good_registry_loads(tmp_path):
    reg = load_registry(_registry(tmp_path, a=GOOD, b=OTHER))
    assert set(reg.entries) == {"contoh", "lain"}
    assert reg.entries["contoh"].value("country") == "ID"  # from the file's defaults
    assert reg.entries["lain"].value("country") is None
    assert reg.match_alias("CONTOH.ID") == "contoh" and reg.match_domain("https://m.contoh.id/a") == "contoh"


def test_duplicate_id_in_one_file(tmp_path):
    twice = GOOD + GOOD.split("sources:\n")[1]
    message = _refused(tmp_path, a=twice)
    assert message.startswith(str(tmp_path / "sources" / "a.yaml")) and "duplicate key 'contoh'" in message


def test_duplicate_id_across_files(tmp_path):
    message = _refused(tmp_path, a=GOOD, b=GOOD.replace("Contoh", "Other").replace("CONTOH.ID", "OTHER.ID").replace("contoh.id", "other.id"))
    assert message.endswith(f"b.yaml: contoh: duplicate id, also in {tmp_path / 'sources' / 'a.yaml'}")


def test_alias_claimed_by_two_sources_in_any_case(tmp_path):
    message = _refused(tmp_path, a=GOOD, b=OTHER.replace('["Lain News"]', '["Lain News", "contoh.ID"]'))
    assert "b.yaml: lain: alias 'contoh.ID' is also claimed by contoh" in message and "case is ignored" in message


def test_context_alias_clashing_with_an_alias(tmp_path):
    other = OTHER.replace('    type:', '    context_aliases: {value: ["CONTOH"], source: curated, note: "short"}\n    type:')
    assert "lain: context alias 'CONTOH' is also claimed by contoh" in _refused(tmp_path, a=GOOD, b=other)


def test_domain_claimed_by_two_sources(tmp_path):
    other = OTHER.replace('    type:', '    domains: {value: ["contoh.id"], source: curated, note: "its site"}\n    type:')
    assert "b.yaml: lain: domain 'contoh.id' is also claimed by contoh" in _refused(tmp_path, a=GOOD, b=other)


def test_unknown_key_of_an_entry(tmp_path):
    message = _refused(tmp_path, a=GOOD.replace("    type:", "    owner: {value: x, source: curated, note: y}\n    type:"))
    assert "a.yaml: contoh: unknown key 'owner'" in message


def test_unknown_key_of_a_fact(tmp_path):
    message = _refused(tmp_path, a=GOOD.replace('note: "its site"}', 'note: "its site", url: "x"}'))
    assert "a.yaml: contoh: domains: unknown key 'url'" in message


def test_unknown_top_level_key(tmp_path):
    assert "top-level keys" in _refused(tmp_path, a="outlets: {}\n")


def test_type_not_in_the_vocabulary(tmp_path):
    message = _refused(tmp_path, a=GOOD.replace("value: online_outlet", "value: blog"))
    assert "a.yaml: contoh: type: 'blog' is not a label of source_types" in message


def test_redistribution_not_in_the_vocabulary(tmp_path):
    message = _refused(tmp_path, a=GOOD + '    redistribution: {value: free, source: curated, note: "x"}\n')
    assert "contoh: redistribution: 'free' is not a label of redistribution" in message


@pytest.mark.parametrize("fact", [
    'ownership: "PT Contoh"',                                         # a plain value
    'ownership: {value: "PT Contoh", source: curated}',               # no note
    'ownership: {value: "PT Contoh", source: curated, note: "  "}',   # an empty note
    'ownership: {value: "PT Contoh", source: guessed, note: "x"}',    # a source outside value_source
    'ownership: {source: curated, note: "x"}',                        # no value
])
def test_fact_without_provenance(tmp_path, fact):
    message = _refused(tmp_path, a=GOOD + f"    {fact}\n")
    assert "a.yaml: contoh: ownership: fact without provenance" in message


def test_bad_domains_and_country(tmp_path):
    assert "'www.contoh.id' is not a bare host" in _refused(tmp_path, a=GOOD.replace('["contoh.id"]', '["www.contoh.id"]'))
    assert "not a bare host" in _refused(tmp_path / "2", a=GOOD.replace('["contoh.id"]', '["https://contoh.id/"]'))
    assert "'Indonesia' is not an ISO 3166-1" in _refused(tmp_path / "3", a=GOOD.replace('value: "ID"', 'value: "Indonesia"'))


def test_missing_name_and_type(tmp_path):
    assert "contoh: 'name' must be a non-empty string" in _refused(tmp_path, a=GOOD.replace('    name: "Contoh"\n', ""))
    no_type = GOOD.replace('    type: {value: online_outlet, source: curated, note: "online news outlet"}\n', "")
    assert "contoh: 'type' is required" in _refused(tmp_path / "2", a=no_type)


def test_bad_id_and_bad_yaml(tmp_path):
    assert "id must match" in _refused(tmp_path, a=GOOD.replace("  contoh:", "  Contoh Baru:"))
    assert "not valid YAML" in _refused(tmp_path / "2", a="sources:\n  x: [\n")


def test_build_refuses_a_bad_registry_in_one_line(tmp_path):
    """`sikap build` stops before any work with `error: sources registry: <file>: <entry>: ...` (exit 1)."""
    root = tmp_path / "root"
    (root / "curated").mkdir(parents=True)
    (root / "raw").mkdir()
    os.symlink(REPO / "schema", root / "schema")
    _registry(root / "curated", a=GOOD.replace("value: online_outlet", "value: blog"))
    env = dict(os.environ, SIKAP_ROOT=str(root))
    exe = Path(sys.executable).parent / "sikap"
    proc = subprocess.run([str(exe), "build", "--raw", str(root / "raw"), "--out", str(root / "dataset")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert proc.stderr.strip() == ("error: sources registry: curated/sources/a.yaml: contoh: type: 'blog' is not a label of "
                                   "source_types in schema/labels.yaml")
    assert not (root / "dataset").exists()
