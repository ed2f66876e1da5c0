"""The process's language identifier, loaded at first import: py3langid's results bit for bit (langid_fast),
its arrays read from a cache of py3langid's model (langid_cache; ~0.5 s a process, mostly numba
loading the compiled functions, where decompressing the model took ~1.1 s more), its 'ms' answers checked
for Indonesian (langid_standard)."""

from sikap.pipeline.langid_fast import load
from sikap.pipeline.langid_standard import StandardAware

IDENTIFIER = StandardAware(load())
IDENTIFIER.classify("Jakarta, warm up the compiled walk.")
