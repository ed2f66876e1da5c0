"""People credited by the page: labelled credits, bare bylines, name sign-offs; and source credits.

Forms read (labels from curated/extraction/credits.yaml):
    "Oleh Aditya Yohan", "Penulis: A | Editor: B", "Penerjemah: X", "LAPORAN: FULL NAME", "Video Editor: X"
    a name alone on a line beside the date line ("Tia Dwitiani Komalasari" / "22 Oktober 2024, 17:46")
    "Name 22 May 2024, 16:33", "Full Name • 2 October 2025 11:08" (a byline with its date)
    a sign-off in parentheses closing the text: "(Arief Setyadi )" is a name, "(isa/rds)" and "(*)" are not;
    "(pena/outlet.id)" is a pen name and an outlet; "(Full Name/Abcde)" a writer and an editor's one-word code
    (the writer credited); "(Name- Other)" two staff names
    "Full Name, Outlet" ("- Outlet", "| Outlet") beside a date line: the person, and the outlet they write for
    "Sumber: Anadolu", "Sumber Bulog/kumparan.com" (source credits: attributions, not people)
Academic titles are dropped ("Arfiandi ST MM" -> "Arfiandi"), ALL CAPS names are put in normal case, and
place-holders that name nobody ("Tim Redaksi", "Oleh -") are not credited. A labelled line is cut into its
(field, name) pairs by credit_lines.py.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.attribution_context import source_kind
from sikap.pipeline.extract.knowledge import credits as knowledge
from sikap.pipeline.extract.knowledge import curated_set
from sikap.pipeline.extract.outlets import lookup_outlet
from sikap.pipeline.extract.text import WS, fold, name_like, normal_case
from sikap.pipeline.extract.widget_words import widget_line
from sikap.records import Doc

from sikap.pipeline.extract.credit_lines import _SPLIT_NAMES, _outlet, parse_credit_line  # noqa: F401 (callers read
# parse_credit_line here, beside clean_name and the sign-off readers)

# initials and desk codes: "isa/rds", "(*)", "Pon", "OL-14", "Sat/R-1", "fad/bk-10"; after the first, a desk's
# number ("Orik / 002"; harvest pages, 2026-12); joined by a double dash too ("Gb--Raf": held-out page, 2026-12, setT)
_CODE = r"(?:[a-z]{1,5}|[A-Z]{1,5}|[A-Z][a-z]{1,3}|[A-Z]{1,3}-\d{1,3}|[a-z]{1,4}-\d{1,3})"
_INITIALS = re.compile(rf"^(?:{_CODE}|\*+\d{{0,2}}\*+|\*+|-+)(?:\s*(?:/|--)\s*(?:{_CODE}|\d{{1,4}}|\*+))*$")
# "Full Name, Outlet", "Full Name - Outlet", "Full Name | Outlet": a byline naming the outlet after the person
_OUTLET_AFTER = re.compile(r"^(?P<head>.*\S)\s*(?:,|\s[-–—|]\s)\s*(?P<tail>[^,|]+)$")
_STATUS = re.compile(r"\s*\(([^()]{2,30})\)\s*$")
SIGNOFF_JOIN = "; "  # several names read from one sign-off, joined for extract_credits (which splits them again)


def not_names() -> frozenset:
    """Words that stand where a name would but name nobody ("Redaksi", "Tim", "Admin"): curated in
    curated/extraction/credits.yaml."""
    return knowledge().not_names


def team_named(text: str) -> str | None:
    """What a team's credit names after its team word ("Tim Outletcom" -> "Outletcom"): a desk, never a person.
    The team words are curated (credits.yaml, team_words); None when the text opens with none or holds no more."""
    toks = text.split()
    return " ".join(toks[1:]) if len(toks) > 1 and fold(toks[0].strip(".,:")) in knowledge().team_words else None


def bare_label(text: str) -> str | None:
    """The field of a line that is only a role label without a colon ("Editor"): printed after the name it
    labels, as some credit blocks do ("NAME" / "Editor"); a label closed by a colon labels the next name."""
    t = text.strip(WS)
    return None if ":" in t else knowledge().roles.get(fold(t))


_FOOTNOTE_MARK = re.compile(r"\s+\*{1,3}\)?\s*$")  # (after a space: "(des*)" is an editor's code, read as one)
# initials run together inside a name ("Ronald S.G.S. Sipayung": fix set KE, 2026-12), a surname after them; a
# degree closes a name instead ("NAME, S.H.") and is left to the titles
_INITIALS_RUN = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}(?=\s*[A-Z][a-z])")
_GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z])\.(?=[A-Z][a-z])")


def _degree(raw: str, at: int) -> bool:
    """The dotted word at `at` is a degree or a title the knowledge lists ("M.Si", "S.Sos", "M.Kom")."""
    word = raw[at:].split(None, 1)[0].rstrip(",;")
    return word.replace(".", "").casefold() in knowledge().titles


@functools.cache
def _never_in_names() -> tuple[frozenset, frozenset]:
    """The words that never open a person's name and the words never inside one (credits.yaml, never_in_names)."""
    from sikap.pipeline.extract.knowledge import curated_data

    data = curated_data("credits.yaml")["never_in_names"]
    return frozenset(data["first"]), frozenset(data["inside"])


def _place(word: str) -> bool:
    """A town or a region the gazetteer knows ("Semarang"): never a person's one-word name there."""
    from sikap.places import load_places

    return load_places().lookup(word) is not None


@functools.lru_cache(maxsize=8192)
def clean_name(raw: str, allcaps: bool = True) -> str | None:
    """A person's name as the dataset records it, or None when the text names nobody. Honorifics are
    dropped before the name ("Dr", "H", "Hj") and degrees after it ("ST", "MM"); a final single letter is
    an initial ("Dewi H") and stays. (Cached: an outlet's bylines name the same few people, ~10 µs each.)"""
    k = knowledge()
    half = len(raw) // 2
    if len(raw) >= 10 and len(raw) % 2 == 0 and raw[:half] == raw[half:] and " " in raw[:half]:
        raw = raw[:half]  # "Full NameFull Name": a byline widget printing the name twice, glued (fix set FD, 2026-12)
    if "." in raw:  # "Wahyu T.Rahmawati": an initial glued to the surname (probe set AS), not a degree ("M.Si")
        raw = _GLUED_INITIAL.sub(lambda m: m.group(0) if _degree(raw, m.start()) else m.group(1) + ". ", raw)
        raw = _INITIALS_RUN.sub(lambda m: m.group(0) if _degree(raw, m.start()) else m.group(0).replace(".", ". "), raw)
    after = _OUTLET_AFTER.match(raw)
    if after and _outlet(after.group("tail")):
        return clean_name(after.group("head"), allcaps)  # "Full Name, Outlet": the outlet the person writes for
    if raw.rstrip(WS).endswith(":"):
        return None  # a label waiting for its value ("Kategori :", "Editor:"), never a name
    if raw.rstrip(WS).endswith(")") and (status := _STATUS.search(raw)) is not None \
            and fold(status.group(1)) in curated_set("credits.yaml", "name_status") | k.roles.keys():
        raw = raw[:status.start()]  # "NAME (Magang)": the writer's status after the name (a student paper, set GG)
    if raw.rstrip(WS + ")").endswith("*"):
        raw = _FOOTNOTE_MARK.sub("", raw)  # "NAME *)": a footnote's mark, the writer described below (fix set KE)
    toks = raw.strip(WS + ".,:;|-–—()").split()
    if any(t.endswith(":") for t in toks) or (toks and k.label_re.match(toks[0] + " ")):
        return None  # a label ("Oleh", "Foto:", "Facebook:") is never part of a name
    key = [t.replace(".", "").replace(",", "").casefold() for t in toks]
    while toks and key[0] in k.honorifics and len(toks) > 1:
        toks, key = toks[1:], key[1:]
    if len(toks) >= 3 and key[0] in curated_set("credits.yaml", "desk_roles") and _place(toks[1]):
        toks, key = toks[2:], key[2:]  # "Kabiro Kota Nama": the bureau's role and town before the writer's name
    while len(toks) > 1 and key[-1] in k.titles and not (len(key[-1]) == 1):
        toks, key = toks[:-1], key[:-1]
    while len(toks) > 1 and key[-1] in k.roles:  # "Deni Irwansyah, Jurnalis": the role after the name
        toks, key = toks[:-1], key[:-1]
    if (team := team_named(" ".join(toks))) and _outlet(team):
        return None  # "Tim Outletcom": the outlet's team, no person (probe set AR, 2026-12)
    if any(w in k.not_name_words for w in key):
        return None  # "Dokumentasi Prabowo Subianto", "Web Desk Staff", "Satlantas Polres Kota": no word of a name
    if k.verb_re is not None and any(k.verb_re.fullmatch(w) for w in key):
        return None  # "Membumikan Ilmu Bumi": a headline's verb, no name's word
    never_first, never_inside = _never_in_names()
    if key and key[0] in never_first or any(w in never_inside for w in key[1:]):
        return None  # "On Sabtu": a label's preposition before a day; "Jateng Hari Ini": a rubric (sets DN, DI)
    name = " ".join(toks).strip(" ,.")
    if not name or fold(name) in k.not_names or not name_like(name, 6, allcaps):
        return None
    if len(toks) >= 2 and widget_line(name):
        return None  # "Hide Ads", "Leave Reply": a widget's words in title case under the text (fix set HD, 2026-12)
    if len(toks) == 1 and _place(name):
        return None  # "Kontributor Semarang, NAME": the contributor's town, split off the name by the comma
    if len(name) <= 3 and name.isupper():
        return None  # initials
    return normal_case(name)


def names_nobody(text: str) -> bool:
    """A credit that names nobody: a place-holder ("Tim Redaksi") or a line opened or closed by a word that is
    no part of a name ("Dokumentasi Budi", "Web Desk Staff")."""
    k = knowledge()
    toks = [t.replace(".", "").casefold() for t in text.strip(WS + ".,:;|-–—()").split()]
    return bool(toks) and (fold(" ".join(toks)) in k.not_names or toks[0] in k.not_name_words
                           or toks[-1] in k.not_name_words)


_DESCRIBED = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\([^()]{2,160}\)\s*$")


def names_of(printed: str) -> list[str]:
    """The names a credit prints, without the outlets printed among them ("A, B, Outlet", "Reuters, Outlet": an
    agency credited where a name stands) or a widget's word that a date line ends with ("Follow": the line is
    still read for its date, see credits.yaml)."""
    described = _DESCRIBED.match(printed)
    if described and " " in described.group("name").strip(WS) and clean_name(described.group("name")):
        printed = described.group("name")  # "Oleh: NAME (Pengasuh Pesantren X dan Majelis Y)": what the writer is
    parts = _SPLIT_NAMES.split(printed)  # (an opinion column's byline, fix set JG, 2026-12), no other name
    widgets = knowledge().widget_words
    return [n for k, n in enumerate(labelled_name(p) for p in parts)
            if n and not _outlet(parts[k]) and fold(n) not in widgets]


_INITIALS_TAIL = re.compile(r"^(?P<name>.*[a-z].*?)\s+(?P<tail>[A-Z]{2,3})$")


def labelled_name(part: str) -> str | None:
    """clean_name of a name printed after a credit's label, which may close with two or three capitals that are
    the bearer's own initials and no degree ("Oleh: Pahrudin HM, MA": a family's or father's initials, kept as
    written; a fresh-site probe page, 2026-12, setR). name_like refuses a capitals word among capitalised ones
    ("IAEA Badan Atom"), rightly so for a bare line; after a label the line is a credit."""
    name = clean_name(part)
    if name is not None:
        return name
    m = _INITIALS_TAIL.match(part.strip(WS + ".,"))
    if m is None or m.group("tail").casefold() in knowledge().titles:
        return None
    head = clean_name(m.group("name"))
    return f"{head} {m.group('tail')}" if head and not head.isupper() else None


def _agencies_credited(doc: Doc, printed: str, evidence: str) -> None:
    """A registered outlet printed where a byline's name stands, before another name or outlet ("Reuters,
    Outlet" over a photo gallery), or a news agency standing alone ("By Agency"): the text's source, credited as
    an attribution (the last part of a longer byline is the outlet the page belongs to, read by the caller)."""
    parts = _SPLIT_NAMES.split(printed)
    for k, part in enumerate(parts):
        sid = lookup_outlet(part)
        if sid and (k < len(parts) - 1 or source_kind(sid)[0] == "news_agency"):  # "By Agency" alone: the agency's text
            doc.meta.setdefault("_source_credits", []).append((part.strip(WS), evidence))


def names_any(printed: str) -> bool:
    """bool(names_of(printed)), stopping at the first name (a sentence after a label word has many parts)."""
    described = _DESCRIBED.match(printed)
    if described and " " in described.group("name").strip(WS) and clean_name(described.group("name")):
        return True  # "NAME (what the writer is)", as names_of reads it
    return any(labelled_name(p) for p in _SPLIT_NAMES.split(printed))


def signoff_reading(body: str, slashes: bool = False) -> tuple[str, str | None, str | None]:
    """What a parenthesised sign-off says (credit_signoffs.reading, kept here for the callers)."""
    from sikap.pipeline.extract.credit_signoffs import reading

    return reading(body, slashes)


def extract_credits(doc: Doc) -> Doc:
    """Authors, editors and translators from what mark_boilerplate found, each noted with its evidence."""
    for field in ("authors", "editors", "translators"):
        doc.meta.setdefault(field, [])
    found = doc.meta.pop("_credits", [])
    # a page that labels its author ("Reporter : NAME") says who wrote it: a bare name-like header line beside
    # that block is a subheading or a kicker ("Vonis Nama Terdakwa"), not a second byline
    labelled = any(f == "authors" and m == "labelled credit" and printed.strip(WS) for f, printed, _, m in found)
    place = getattr(doc.meta.get("_dateline"), "place", None)
    for field, printed, evidence, method in found:
        if labelled and method == "byline":
            continue
        if field == "source":
            doc.meta.setdefault("_source_credits", []).append((printed, evidence))
            continue
        if field not in ("authors", "editors", "translators"):
            continue
        after = _OUTLET_AFTER.match(printed) if field == "authors" and method != "sign-off" else None
        if after and _outlet(after.group("tail")):  # "Full Name - Outlet": the outlet, when no dateline names one
            doc.meta.setdefault("_byline_outlet", (after.group("tail").strip(WS + ".,"), evidence))
        if method != "sign-off":
            _agencies_credited(doc, printed, evidence)
        for name in names_of(printed) if method != "sign-off" else printed.split(SIGNOFF_JOIN):
            name = _without_desk_place(name, place)
            same = next((k for k, n in enumerate(doc.meta[field]) if _one_person(n, name)), None)
            if same is not None:  # "Endra Pramudhiaz" and "Endra Ibrahim Pramudhiaz": one person, the full name kept
                if len(name) > len(doc.meta[field][same]):
                    doc.meta[field][same] = name
                    doc.note(field, "extracted", method, evidence)
                continue
            doc.meta[field].append(name)
            doc.note(field, "extracted", method, evidence)
    return doc


def _without_desk_place(name: str, place: str | None) -> str:
    """'Abdul Hamid Razak Sleman' where the dateline reads 'SLEMAN-': the desk's town printed after the writer's
    name in a byline (a regional daily's meta line, fix set IF, 2026-12) is not part of the name."""
    words = name.split()
    if place and len(words) >= 3 and words[-1].casefold() == place.casefold():
        return " ".join(words[:-1])
    return name


def _one_person(a: str, b: str) -> bool:
    """The same name, or one name printed with and without a middle name (same first and last word)."""
    short, long = sorted((a.casefold().split(), b.casefold().split()), key=len)
    return short == long or (len(short) >= 2 and short[0] == long[0] and short[-1] == long[-1]
                             and set(short) <= set(long))
