"""The process's language identifier, loaded and compiled at first import (about 1 s, once per process):
py3langid's results bit for bit (langid_fast), its 'ms' answers checked for Indonesian (langid_standard)."""

from sikap.pipeline.langid_fast import load
from sikap.pipeline.langid_standard import StandardAware

IDENTIFIER = StandardAware(load())
IDENTIFIER.classify("Jakarta, warm up the compiled walk.")
