"""Every reason code the readers emit is catalogued in schema/reasons.yaml under the reader's step."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import sikap.formats as pkg
from sikap.formats import COUNTED_ONLY, STEP
from sikap.paths import schema_dir


def test_reader_codes_are_catalogued_with_their_step():
    steps = {e["code"]: e["step"] for e in yaml.safe_load((schema_dir() / "reasons.yaml").read_text())["rejects"]}
    found = set()
    for path in Path(pkg.__file__).parent.glob("*.py"):
        found |= set(re.findall(r'reject\(raw, [^,]+, "([a-z_]+)"', path.read_text()))
    assert found >= {"corrupt_record", "truncated_record", "http_status", "not_html", "warc_not_response",
                     "warc_revisit", "invalid_json", "unmapped_record", "unknown_mapping"}
    for code in found | COUNTED_ONLY:
        assert steps.get(code) == STEP, code
