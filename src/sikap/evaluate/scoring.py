"""Score one page's pipeline output against its truth row, field by field, into shared tallies.

A boilerplate line survives when at least half of it is still in a kept segment; a body sentence is lost
unless one of its occurrences is kept whole. Both are decided on character spans of the decoded page,
so a short chrome line ("Sad") is never confused with the same letters inside a body word.
"""

from __future__ import annotations

import re
import unicodedata

from sikap.evaluate.names import same_source
from sikap.evaluate.runner import PageOutput
from sikap.evaluate.stats import Tally
from sikap.evaluate.truth import TruthPage

FIELDS = {
    "title": "headline equal to the page's, or none where the page text has none (all pages)",
    "published_date": "publication date equal to the stated one (pages that state one)",
    "date_claims_on_none": "a publication date given to a page that states none (lower is better)",
    "dateline_place": "dateline place equal (pages with a dateline)",
    "outlet": "outlet equal to the one the text names (pages that name one)",
    "credits_recall": "credited people found, in the right role",
    "credits_precision": "credited people given that the page credits",
    "attributions_recall": "cited agencies and outlets found",
    "attributions_precision": "attributions given that the page makes",
    "boilerplate_surviving": "boilerplate lines still in the text (lower is better)",
    "body_kept": "pages made into an article whose first and last body sentences are both kept",
    "rejected": "pages with a body that the pipeline rejected, with the reason code (lower is better)",
    "language_flag": "pages whose language flag is right (non-Indonesian flagged, Indonesian not)",
    "claims_on_none": "values asserted where the page states none: title, date, place, outlet, people, attributions (lower is better)",
    "errors": "pages on which a step raised an exception (lower is better)",
}
LOWER = {"date_claims_on_none", "boilerplate_surviving", "claims_on_none", "errors", "rejected"}


def new_tallies() -> dict[str, Tally]:
    return {k: Tally(k, d, higher_is_better=k not in LOWER) for k, d in FIELDS.items()}


def norm(s: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", s or "").split())


def same_place(want: str, got: str) -> bool:
    """The reader's place and the extracted one are the same: equal as written (case and spacing aside), or
    the same gazetteer entry ("Kiev" and "Kyiv", "Kab. Bandung" and "Kabupaten Bandung"; "Kota Bandung" and
    "Kabupaten Bandung" are two places, as the gazetteer keeps them)."""
    if norm(want).casefold() == norm(got).casefold():
        return True
    from sikap.places import load_places

    places = load_places()
    a, b = places.lookup(norm(want)), places.lookup(norm(got))
    return a is not None and a == b


def person_key(name: str) -> str:
    return re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", name).casefold()).strip()


def _kept_mask(out: PageOutput) -> tuple[str, bytearray] | None:
    if not out.articles:
        return None
    decoded = out.articles[0].decoded
    mask = bytearray(len(decoded))
    for doc in out.articles:
        for ln in doc.kept:
            mask[ln.start:ln.end] = b"\x01" * (ln.end - ln.start)
    return decoded, mask


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, at = [], text.find(needle)
    while at != -1 and needle:
        out.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return out


def _kept_share(decoded: str, mask: bytearray, span: tuple[int, int]) -> float:
    idx = [i for i in range(*span) if not decoded[i].isspace()]
    return sum(mask[i] for i in idx) / len(idx) if idx else 1.0


def _fallback_in_text(out: PageOutput, needle: str) -> bool:
    joined = norm("\n".join(d.text for d in out.articles))
    n = norm(needle)
    return bool(n) and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", joined) is not None


def _whole_lines(decoded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The occurrences that are a whole line of the page (a short string like "-" or "1" also occurs inside
    body lines; the truth lists the line)."""
    out = []
    for a, b in spans:
        before = decoded[decoded.rfind("\n", 0, a) + 1:a]
        nl = decoded.find("\n", b)
        after = decoded[b:nl if nl != -1 else len(decoded)]
        if not before.strip() and not after.strip():
            out.append((a, b))
    return out


def survives(out: PageOutput, needle: str) -> bool:
    km = _kept_mask(out)
    if km is None:
        return False
    decoded, mask = km
    spans = _occurrences(decoded, needle.strip())
    spans = _whole_lines(decoded, spans) or spans
    if not spans:
        return _fallback_in_text(out, needle)
    return any(_kept_share(decoded, mask, s) >= 0.5 for s in spans)


def kept_whole(out: PageOutput, needle: str, chrome: tuple[str, ...] = ()) -> bool:
    """Every character of the sentence is kept, except those of a boilerplate fragment the truth lists inside it
    (an ad slot's label glued between two sentences, "... berangkat. ADVERTISEMENT Jadwal ...", a gambling anchor
    injected mid-sentence: the truth's sentence is the page's text as printed, the fragment chrome a right reading
    cuts out of it)."""
    km = _kept_mask(out)
    if km is None:
        return False
    decoded, mask = km
    spans = _occurrences(decoded, needle.strip())
    if not spans:
        return _fallback_in_text(out, needle)
    inside = [c.strip() for c in chrome if len(c.strip()) >= 3 and c.strip() in needle and c.strip() != needle.strip()]
    for a, b in spans:
        if inside:
            mask = bytearray(mask)
            for c in inside:
                for x, y in _occurrences(decoded[a:b], c):
                    mask[a + x:a + y] = b"\x01" * (y - x)
        if _kept_share(decoded, mask, (a, b)) == 1.0:
            return True
    return False


def score_page(truth: TruthPage, out: PageOutput, tallies: dict[str, Tally], registry) -> None:
    page = truth.nn if "/" in truth.nn else f"{truth.path.parent.parent.name}/{truth.nn}"
    t = tallies
    t["errors"].add(out.error is not None, page, None, out.error)
    doc = out.first
    meta = doc.meta if doc is not None else {}
    none_claims = t["claims_on_none"]

    def single(field: str, want, got, same) -> None:
        if want is not None:
            t[field].add(got is not None and same(want, got), page, want, got)
        elif got is not None:
            none_claims.add(True, page, f"{field}: none", got)
        else:
            none_claims.add(False, page)

    want_title, got_title = truth["title"], meta.get("title")
    t["title"].add(norm(want_title) == norm(got_title) and (want_title is None) == (got_title is None),
                   page, want_title, got_title)
    if want_title is None:
        none_claims.add(got_title is not None, page, "title: none" if got_title else None, got_title)
    got_date = meta.get("published_date")
    # the truth states day dates; a month-precision date (a "date 2022-08" stamp) claims no day
    got_date = got_date.isoformat() if got_date is not None and meta.get("date_precision") == "day" else None
    single("published_date", truth["published_date"], got_date, lambda a, b: a == b)
    if truth["published_date"] is None:
        t["date_claims_on_none"].add(got_date is not None, page, None,
                                     f"{got_date} ({meta.get('date_evidence')})" if got_date else None)
    single("dateline_place", truth["dateline_place"], meta.get("dateline_place"), same_place)
    single("outlet", truth["outlet"], meta.get("source_id"), lambda a, b: same_source(a, b, registry))

    want_people = {(role, person_key(n)) for role in ("authors", "editors", "translators") for n in truth[role] or []}
    got_people = {(role, person_key(n)) for role in ("authors", "editors", "translators") for n in meta.get(role, [])}
    for p in sorted(want_people):
        t["credits_recall"].add(p in got_people, page, f"{p[0]}: {p[1]}", sorted(got_people) or None)
    for p in sorted(got_people):
        t["credits_precision"].add(p in want_people, page, sorted(want_people) or None, f"{p[0]}: {p[1]}")
        if not want_people:
            none_claims.add(True, page, "people: none", f"{p[0]}: {p[1]}")

    want_attr = list(truth["attributions"] or [])
    got_attr = [a["source_id"] for a in meta.get("attributions", [])]
    for name in want_attr:
        t["attributions_recall"].add(any(same_source(name, sid, registry) for sid in got_attr), page, name, got_attr or None)
    for sid in got_attr:
        t["attributions_precision"].add(any(same_source(n, sid, registry) for n in want_attr), page, want_attr or None, sid)
        if not want_attr:
            none_claims.add(True, page, "attributions: none", sid)

    for line in truth["boilerplate_lines"] or []:
        t["boilerplate_surviving"].add(survives(out, line), page, None, line)

    first, last = truth["body_first_sentence"], truth["body_last_sentence"]
    if (first or last) and doc is None:
        t["rejected"].add(True, page, None, "; ".join(f"{r.reason}: {r.detail}" for r in out.rejects) or out.error)
    elif first or last:
        t["rejected"].add(False, page)
        lost = [s for s in (first, last) if s and not kept_whole(out, s, tuple(truth["boilerplate_lines"] or ()))]
        t["body_kept"].add(not lost, page, None, lost or None)

    got_lang = meta.get("language")
    is_id = truth["language"] == "id"
    ok = (got_lang == "id") if is_id else (got_lang != "id")
    t["language_flag"].add(ok, page, truth["language"], got_lang or "rejected")
