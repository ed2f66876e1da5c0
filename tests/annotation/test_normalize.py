"""Export -> long table: what is kept, what is refused (no server needed)."""

from __future__ import annotations

import pytest

from sikap.annotation.errors import AnnotationError
from sikap.annotation.normalize import Where, export_rows, parse_result, to_table, validate
from tests.annotation.conftest import choice, span

TEXT = "😀 Israel menyerang Doha. Qatar marah."


def _task(result, **ann):
    return {"id": 7, "data": {"article_id": "0123456789abcdef-00", "text": TEXT},
            "annotations": [{"id": 9, "completed_by": 1, "result": result, "was_cancelled": False,
                             "ground_truth": False, "lead_time": 1.5, "created_at": "2026-01-01T00:00:00.1Z",
                             "updated_at": "2026-01-01T00:00:00.1Z", **ann}]}


def _rows(result, **ann):
    return export_rows(1, [_task(result, **ann)], {1: "ann-0123456789"})


def test_every_annotation_gives_one_row_per_field():
    rows = _rows([choice("stance_qatar", "against")])
    assert [r["field"] for r in rows][:2] == ["topics", "stance_israel"] and len(rows) == 11
    assert {r["field"]: r["stance"] for r in rows}["stance_qatar"] == "against"
    validate(to_table(rows))


def test_span_offsets_are_converted_from_utf16_and_checked():
    rows = _rows([span("israel", 3, 9, "Israel")])  # the emoji takes two UTF-16 units
    israel = next(r for r in rows if r["field"] == "stance_israel")
    assert israel["evidence"] == [{"target": "israel", "start": 2, "end": 8, "text": "Israel"}]
    assert TEXT[2:8] == "Israel"
    with pytest.raises(AnnotationError, match="holds 'Israe'") as err:
        _rows([span("israel", 3, 8, "Israel")])
    assert err.value.code == "bad_result"


def test_errors_name_round_task_article_annotation_annotator_and_field():
    with pytest.raises(AnnotationError) as err:
        _rows([choice("stance_qatar", "favor", "against")])
    assert err.value.message.startswith("round 1, task 7 (article_id 0123456789abcdef-00), annotation 9 by "
                                        "ann-0123456789, field stance_qatar: ")


def test_mentions_are_task_data_not_a_control():
    with pytest.raises(AnnotationError) as err:  # the old `mention` control is gone from the config
        _rows([span("israel", 3, 9, "Israel", name="mention")])
    assert err.value.code == "unknown_field"
    task = _task([])
    task["data"]["mentions_model_version"] = "alias-match-x"
    assert {r["prediction_model_version"] for r in export_rows(1, [task], {1: "ann-0123456789"})} == {"alias-match-x"}


def test_ground_truth_only_from_an_adjudication_project():
    assert not any(r["ground_truth"] for r in _rows([], ground_truth=True))  # an annotator's star decides nothing
    task = _task([])
    assert all(r["ground_truth"] for r in export_rows(1, [task], {1: "ann-0123456789"}, adjudication=True))


@pytest.mark.parametrize("result, code", [
    ([choice("sentiment", "positive")], "unknown_field"),
    ([{**choice("topics", "gaza_war"), "to_name": "title"}], "unknown_field"),
    ([span("iran", 3, 9, "Israel")], "unknown_label"),
    ([choice("stance_qatar", "favor", "against")], "bad_result"),
    ([{**span("israel", 3, 9, "Israel"), "from_name": "stance_qatar"}], "bad_result"),
])
def test_results_the_config_cannot_produce_are_refused(result, code):
    with pytest.raises(AnnotationError) as err:
        _rows(result)
    assert err.value.code == code and "\n" not in str(err.value)


def test_unknown_labels_are_caught_by_the_pandera_schema_and_named_by_task():
    rows = _rows([choice("stance_qatar", "maybe"), choice("topics", "weather")])
    with pytest.raises(AnnotationError) as err:
        validate(to_table(rows))
    message = err.value.message
    assert err.value.code == "invalid_table" and "rows [" not in message
    where = "round 1, task 7 (article_id 0123456789abcdef-00), annotation 9 by ann-0123456789"
    assert f"{where}, field stance_qatar: column stance fails" in message and "maybe" in message
    assert f"{where}, field topics: column topics fails" in message and "weather" in message


def test_task_without_article_id_or_unknown_user_is_a_bad_export():
    task = _task([])
    del task["data"]["article_id"]
    with pytest.raises(AnnotationError, match="no article_id"):
        export_rows(1, [task], {1: "ann-0123456789"})
    with pytest.raises(AnnotationError, match="not a user"):
        export_rows(1, [_task([])], {2: "ann-0123456789"})


def test_parse_result_joins_comment_text():
    out = parse_result([{"from_name": "comment", "to_name": "text", "type": "textarea",
                         "value": {"text": ["a", "b"]}}], TEXT, Where(1, 7, "x"))
    assert out["comment"] == "a\nb"


def test_content_digest_ignores_order_and_the_clock():
    from sikap.annotation.rounds import content_digest

    t1 = {"id": 1, "data": {}, "annotations": [{"id": 2, "prediction": {"created_ago": "0 minutes"}}, {"id": 1}]}
    t2 = {"id": 2, "data": {}, "annotations": []}
    moved = {**t1, "annotations": [{"id": 1}, {"id": 2, "prediction": {"created_ago": "3 days"}}]}
    assert content_digest([t1, t2]) == content_digest([t2, moved])
    assert content_digest([t1, t2]) != content_digest([t1, {**t2, "annotations": [{"id": 3}]}])
