"""The process's language identifier, loaded and compiled at first import (about 1 s, once per process)."""

from sikap.pipeline.langid_fast import load

IDENTIFIER = load()
IDENTIFIER.classify("Jakarta, warm up the compiled walk.")
