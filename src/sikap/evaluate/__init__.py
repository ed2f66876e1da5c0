"""Measure extraction against pages read by hand.

A research team draws a sample of its own corpus, reads each page and writes what a careful reader sees
(truth.jsonl, conventions in evaluation/README.md); `evaluate_extraction` runs the build's own pipeline on
those pages and scores every field, with 95% Wilson intervals and the list of failures. The figures the
datasheet prints are generated from the results file this writes, never typed.
"""

from sikap.evaluate.report import EvalReport, evaluate_extraction

__all__ = ["EvalReport", "evaluate_extraction"]
