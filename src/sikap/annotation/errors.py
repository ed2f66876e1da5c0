"""Typed, coded errors of the annotation workflow: each is one line a person can act on."""

from __future__ import annotations

# code -> what it means (the CLI prints `error [code]: message`).
CODES = {
    "unreachable": "the Label Studio server does not answer (not running, stopped, wrong URL)",
    "auth_failed": "the server rejected the API token",
    "server_error": "the server answered 5xx after retries",
    "timeout": "the server did not answer in time",
    "api_error": "the server refused a request (4xx other than auth)",
    "no_server": "no URL for the server (not started with `sikap studio up`, no SIKAP_LS_URL)",
    "no_project": "no Label Studio project for the round",
    "ambiguous_project": "several projects claim the round",
    "config_mismatch": "the project's labeling config differs from the one generated from schema/",
    "no_dataset": "the dataset folder to push from is missing or has no articles",
    "unknown_article": "an article id asked for is not in the dataset",
    "overlap_mismatch": "the round was pushed with another overlap (annotators per task)",
    "duplicate_tasks": "the project holds several tasks for one article",
    "bad_export": "the export is not what Label Studio writes (not JSON, task without article_id)",
    "unknown_field": "a result names a control that the labeling config does not have",
    "unknown_label": "a result holds a label outside the schema's vocabulary",
    "bad_result": "a result breaks its control (two values for a single choice, span offsets off the text)",
    "invalid_table": "the normalized annotations break the pandera schema of schema/tables.yaml",
    "personal_data": "the export holds an annotator's e-mail address",
    "round_changed": "the round changed since its snapshot (pull with --allow-changed)",
    "no_round": "no pulled snapshot for the round",
    "snapshot_corrupt": "a snapshot file does not match the sha256 in its manifest",
    "no_salt": "no pseudonym salt (SIKAP_PSEUDONYM_SALT)",
    "stale_gold": "the gold labels were adjudicated from other snapshots than those present",
    "bad_assignment": "the annotators or the overlap asked for cannot make an assignment",
    "round_mismatch": "the round was pushed with other annotators, overlap, seed or articles",
    "no_annotator": "an annotator is not in the team or their server does not run",
    "unassigned": "an annotation by someone not assigned to the task, or a task not assigned to the annotator",
    "edited_by_other": "an annotation last updated by someone other than its author",
    "no_adjudication": "nothing to adjudicate, or no adjudication project for the round",
}


class AnnotationError(Exception):
    """A failure of push, pull, agreement, adjudication or merge, with a code from CODES."""

    def __init__(self, code: str, message: str):
        if code not in CODES:
            raise ValueError(f"unknown annotation error code {code!r}")
        self.code = code
        self.message = " ".join(message.split())  # always one line
        super().__init__(f"[{code}] {self.message}")

    def __reduce__(self):  # picklable, so an error raised in a build worker process reaches the driver
        return (type(self), (self.code, self.message))
