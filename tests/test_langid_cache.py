"""The uncompressed copy of py3langid's model (sikap.pipeline.langid_cache) holds py3langid's own arrays, so
an identifier loaded from it answers as py3langid does; a missing or broken cache falls back to the plain load."""

from __future__ import annotations

import numpy as np

from tests.conftest import SEED_FILES


def _reference():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_cached_arrays_are_py3langids(tmp_path, monkeypatch):
    from sikap.pipeline import langid_fast

    monkeypatch.setenv("SIKAP_CACHE_DIR", str(tmp_path))
    first = langid_fast.load()  # writes the cache
    (folder,) = [p for p in tmp_path.iterdir()]
    assert not folder.name.count(".tmp-") and (folder / "meta.json").is_file()
    second = langid_fast.load()  # reads it
    assert second.nb_ptc is not first.nb_ptc and second._depth == first._depth
    ref = _reference()
    for ident in (first, second):
        assert np.array_equal(ident.nb_ptc, ref.nb_ptc) and ident.nb_ptc.dtype == ref.nb_ptc.dtype
        assert np.array_equal(ident.nb_pc, ref.nb_pc) and list(ident.nb_classes) == list(ref.nb_classes)
        assert np.array_equal(ident._nm, np.frombuffer(ref.tk_nextmove, dtype=np.uint32))
        assert list(ident._rowbase) == list(ref._rowbase) and list(ident._out) == list(ref.tk_output)
        assert ident._depth == first._depth and (ident._ptc16 is None) == (first._ptc16 is None)
    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES]
    for t in texts + [t[:300] for t in texts] + ["", "Hello world", "Bahwa karena Amerika Serikat"]:
        assert second.classify(t) == ref.classify(t)
        assert second.rank(t) == ref.rank(t)


def test_broken_or_unwritable_cache_falls_back(tmp_path, monkeypatch):
    from sikap.pipeline import langid_cache, langid_fast

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SIKAP_CACHE_DIR", str(blocker))  # cannot hold a folder: nothing is written
    ref = _reference()
    assert langid_fast.load().classify("Presiden mengatakan bahwa rapat digelar Kamis.") == \
        ref.classify("Presiden mengatakan bahwa rapat digelar Kamis.")
    monkeypatch.setenv("SIKAP_CACHE_DIR", str(tmp_path / "c"))
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    folder = langid_cache.cache_root() / langid_cache.model_key(MODEL_DIR / MODEL_FILE)
    folder.mkdir(parents=True)  # a folder without its files (a crash before the rename cannot leave one, a
    assert langid_cache.read(folder) is None  # hand can): read refuses it and the plain load is used
    assert langid_fast.load().classify("Presiden mengatakan bahwa rapat digelar Kamis.") == \
        ref.classify("Presiden mengatakan bahwa rapat digelar Kamis.")


def test_an_upgrade_removes_other_models_folders_unread_for_a_day(tmp_path, monkeypatch):
    import os
    import time

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from sikap.pipeline import langid_cache, langid_fast

    monkeypatch.setenv("SIKAP_CACHE_DIR", str(tmp_path))
    old, recent, tmp, other = (tmp_path / n for n in ("langid-0.0-1-2-f1", "langid-0.1-1-2-f1",
                                                      "langid-0.0-1-2-f1.tmp-99", "notes"))
    for folder in (old, recent, tmp, other):
        folder.mkdir()
    (old / "meta.json").write_text("{}")
    (recent / "meta.json").write_text("{}")
    day_ago = time.time() - langid_cache.STALE_AFTER - 60
    os.utime(old / "meta.json", (day_ago, day_ago))
    os.utime(tmp, (day_ago, day_ago))
    os.utime(other, (day_ago, day_ago))
    langid_fast.load()  # a model folder of its own is written: the stale ones go
    names = sorted(p.name for p in tmp_path.iterdir())
    assert old.name not in names and tmp.name not in names  # another model's, a crash's leftover: unread for a day
    assert recent.name in names and "notes" in names  # read within the day; not the cache's
    (mine,) = [n for n in names if n not in (recent.name, "notes")]
    assert mine == langid_cache.model_key(MODEL_DIR / MODEL_FILE)
    before = (tmp_path / mine / "meta.json").stat().st_mtime
    os.utime(tmp_path / mine / "meta.json", (day_ago, day_ago))
    langid_fast.load()  # read from the cache: marked as read now
    assert (tmp_path / mine / "meta.json").stat().st_mtime >= before
