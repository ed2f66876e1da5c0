"""The process's language identifier, loaded and compiled at import (about 1 s, once per process).

Importing this in a process pool's fork server (sikap.engine) means every worker starts with the tables in
shared pages and the walk already compiled.
"""

from sikap.pipeline.langid_fast import load

IDENTIFIER = load()
IDENTIFIER.classify("Jakarta, warm up the compiled walk.")
