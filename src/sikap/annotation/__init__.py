"""Annotation rounds in Label Studio: labeling config and guidelines generated from schema/, push, pull,
agreement, adjudication, and the merge of gold labels into the dataset build.

Modules import nothing heavy at import time (the CLI's start-up path reaches them); the SDK, pyarrow,
polars, krippendorff and crowd-kit are imported inside the functions that need them.
"""
