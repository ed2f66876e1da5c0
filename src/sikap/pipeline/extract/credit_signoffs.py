"""What a parenthesised sign-off closing a text says: initials, a writer's name, the outlet signing its own
text, a pen name and an outlet, or the agency whose text it is ("(isa/rds)", "(Arief Setyadi)", "(pena/outlet.id)",
"(Full Name/Abcde)", "(Name- Other)", "(ant/iss)", "(abc/jpnn)", "(Outlet dari berbagai sumber, 17 September 2025)").
The name rules (titles, degrees, place-holders) are credits.py's.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.captions import photo_words
from sikap.pipeline.extract.credit_lines import _outlet
from sikap.pipeline.extract.dateline_lookups import _calendar_words
from sikap.pipeline.extract.credits import _INITIALS, _OUTLET_AFTER, SIGNOFF_JOIN, clean_name, names_nobody
from sikap.pipeline.extract.knowledge import credits as knowledge
from sikap.pipeline.extract.text import FUNCTION_WORDS, WS, fold

# four consonants in a row (y counted a vowel): a desk's or office's code ("Adpsb"), never a name's letters
_CONSONANTS = re.compile(r"(?i)[b-df-hj-np-tv-xz]{4}")
_SINGLE_NAME = re.compile(r"^[A-Z][a-z]{4,11}$")
# a writer's one name of four letters, two of them vowels ("(Mona)", "(Ulya)"): on the 1,900 fix-set pages the three
# such sign-offs were all credited names, and the fifteen of three letters ("(Adv)", "(Frd)", "(Red)") desks' codes
_FOUR_LETTER_NAME = re.compile(r"^[A-Z][a-z]{3}$")
_EDITOR_CODE = re.compile(r"^[a-z]{2,4}$")
_CODE = re.compile(r"[a-z]{1,5}|[A-Z]{1,5}")  # a staff member's letters in a slashed sign-off
_ONE_WORD_CODE = re.compile(r"^[^\W\d_]{2,8}$")  # "(Full Name/Budis)": the editor's code after the writer's name
# "(Kharisma- Ozy)": a dash with a space, not "Nur-Aini"; or a comma ("(Ghozi, Arif)": two writers of one
# regional story, fix set CD, 2026-12)
_DASH_BETWEEN = re.compile(r"\s+[-–—]\s*|\s*[-–—]\s+|\s*,\s+")


def _outlet_words() -> frozenset:
    from sikap.pipeline.extract.outlets import _name_words

    return _name_words()[0]


def _bare_host(word: str) -> str | None:
    """The printed name of the registered outlet whose host is `word` without its suffix ("apnews": AP), or None."""
    from sikap.pipeline.extract.outlets import bare_host
    from sikap.sources import registry

    sid = bare_host(word)
    return registry().entries[sid].name if sid and sid in registry().entries else None


# lower-case codes joined by bars or hyphens, read as joined by slashes
_CODES_BARRED = re.compile(r"[a-z]{2,8}(?:\s*[|-]\s*[a-z]{2,8})+")
_CODE_SEP = re.compile(r"\s*[|-]\s*")


def reading(body: str, slashes: bool = False) -> tuple[str, str | None, str | None]:
    """What a parenthesised sign-off says: ("initials", None, None), ("name", name, None),
    ("source", outlet printed, None), ("pen", name, outlet), ("self", outlet, date text) or ("none", ...)."""
    from sikap.pipeline.extract.dateforms import find_date
    from sikap.pipeline.extract.outlets import glued_outlet_word, lookup_outlet
    from sikap.places import load_places

    b = body.strip(WS)
    if ("|" in b or "-" in b) and b.islower() and _CODES_BARRED.fullmatch(b):
        b = _CODE_SEP.sub("/", b)  # "(res|aro|dik)", "(antara-tbu)": codes set apart by bars or hyphens (fix sets LK, LL)
    if fold(b) in knowledge().not_names:  # "(berbagai sumber)", "(ist)": an end mark that names nobody
        return "initials", None, None
    if " " not in b and b.casefold() in _outlet_words():
        return "initials", None, None  # "(Tribun)": a network's word signing its text, no person (probe set AR, 2026-12)
    head, _, rest = b.partition("/")
    if rest and len(head) >= 3 and _INITIALS.match(rest) and _INITIALS.match(head) and lookup_outlet(head):
        return "source", head, None  # "(ant/iss)": an agency's code, then initials ("ap", "aa" stay initials)
    if rest and "/" not in rest and len(rest) >= 4 and rest.islower() and _INITIALS.match(b) \
            and lookup_outlet(rest.upper()):
        # "(abc/jpnn)": a short outlet's name written out in lower case, that the code pattern would take for
        # initials, closes the codes: the text is that outlet's (a longer one, "(abc/kabarcontoh)", is the page
        # signing its own text, read below)
        return "source", rest.upper(), None
    if rest and len(head) >= 4 and head.isalpha() and head.islower() and all(_CODE.fullmatch(p) for p in rest.split("/")) \
            and (agency := next((f for f in (head.upper(), head.capitalize()) if lookup_outlet(f)), None)):
        return "source", agency, None  # "(antara/tbu)": the agency's name written out, then the editors' codes (set LK)
    low = [p.strip() for p in b.split("/")] if "/" in b and b.islower() else []
    if len(low) == 2 and all(p.isalpha() and len(p) >= 4 for p in low):
        named = [next((f for f in (p.upper(), p.capitalize()) if lookup_outlet(f)), None) for p in low]
        if all(named):  # "(antara/jpnn)": the agency's text as the outlet ran it, both names in lower case (fix
            return "source", named[0], None  # set IN, 2026-12); the agency is the source, the outlet the page's
    if len(b) >= 4 and b.isalpha() and b.islower() and lookup_outlet(b.upper()):
        return "source", b.upper(), None  # "(rmol)", "[jpnn]": an outlet's short name alone, written in lower case
    if len(b) >= 6 and b.isalpha() and b.islower() and (host := _bare_host(b)) is not None:
        return "source", host, None  # "(apnews)": a registered host without its suffix (probe set DJ, 2026-12)
    if len(b) >= 8 and b.isalpha() and b[1:].islower() and glued_outlet_word(b):
        return "self", b, None  # "(Tribunnewswiki)", "liputankota" alone: the site's one-word name signing its own
        # text (fix set KC, 2026-12: two sites)
    if len(b) >= 5 and b.isalpha() and b.isupper() and (name := _one_name(b.capitalize())):
        return "name", name, None  # "(RIZAL)": a writer's one name in capitals, not a desk's code (those are shorter
        # or all consonants: "(DTK)", "(ADPSB)"; a student paper, fix set GG, 2026-12)
    if _FOUR_LETTER_NAME.match(b) and not names_nobody(b) and b.casefold() not in FUNCTION_WORDS \
            and not photo_words().search(b) and (name := _one_name(b)):
        return "name", name, None
    if _INITIALS.match(b) and not lookup_outlet(b):
        return "initials", None, None
    if slashes:  # "//PUSPEN TNI": a press office's code, unless it is a registered outlet
        return ("source", b, None) if lookup_outlet(b) else ("initials", None, None)
    m = re.match(r"(?i)^(?:tim\s+)?(?P<o>.+?)\s+dari\s+berbagai\s+sumber\s*,?\s*(?P<d>.*)$", b)
    if m:
        return "self", m.group("o"), m.group("d") or None
    date = find_date(b)
    if date is not None and date.start > 2:
        head = b[:date.start].strip(WS + ",")
        if lookup_outlet(head) or "." in head:
            return "self", head, b[date.start:date.end]
    parts = [p.strip(WS) for p in b.split("/")]
    if len(parts) >= 3 and all(parts) and lookup_outlet(parts[-1]) and not lookup_outlet(parts[0]):
        # "(abc/de/Outlet)": staff codes, then the outlet whose text it is; "(Full Name/Full Name/Outlet)": its
        # writers, then the outlet (a copy of a national portal's story on a small site, fix sets JF, JG, 2026-12)
        if all(_CODE.fullmatch(p) for p in parts[:-1]):
            return "source", parts[-1], None
        names = [clean_name(p) for p in parts[:-1]]
        if all(n and " " in n for n in names):
            return "pen", SIGNOFF_JOIN.join(names), parts[-1]
    if all(lookup_outlet(p) for p in parts if p):
        return "source", parts[0], None
    if len(parts) == 2 and ("." in parts[1] or lookup_outlet(parts[1])):
        if re.fullmatch(r"[a-z]{1,5}|[A-Z]{1,5}|[A-Z][a-z]", parts[0]) and not lookup_outlet(parts[0]):
            return "self", parts[1], None  # "(abc/outlet)", "(Sg/Outlet)": a staff code, then the outlet signing its
            # own text (two letters capitalised are a code too, no name: fix set GF, 2026-12)
        if any(c.isdigit() for c in parts[0]) and not clean_name(parts[0]):
            return "initials", None, None  # "(Komunikasi China ke PBB 7 Mei 2009/www.un.org)": a document and where it
            # is kept, a map's source under its caption (fix set JK, 2026-12): cut off, crediting no writer, no outlet
        return "pen", parts[0], parts[1]
    if len(parts) == 2 and lookup_outlet(parts[0]):  # the outlet first: "(Outlet/Name)" or "(Agency/ini)"
        if _INITIALS.match(parts[1]):
            return "source", parts[0], None  # an editor's code after the outlet or agency the text comes from
        name = clean_name(parts[1])
        if name:
            return "pen", name, parts[0]  # a staff member's name after the outlet's
    if len(parts) == 2 and _SINGLE_NAME.match(parts[0]) and _EDITOR_CODE.match(parts[1]) and not _outlet(parts[0]) \
            and load_places().lookup(parts[0]) is None and clean_name(parts[0]):
        return "name", clean_name(parts[0]), None  # "(Anggi/ika)": a writer known by one name, the editor's code
        # after it (fix set EC, 2026-12); four letters or fewer before the slash stay a code ("(Budi/red)", "(Pon/ab)")
    if len(parts) == 2 and " " in parts[0] and _ONE_WORD_CODE.match(parts[1]) and not _outlet(parts[0]) \
            and load_places().lookup(parts[0]) is None:
        name = clean_name(parts[0])
        if name and " " in name:  # "(Full Name/Abcde)": the writer in full, the editor by a code
            return "name", name, None
    if 2 <= len(parts) <= 3 and all(p and names_nobody(p) for p in parts[1:]) and not _outlet(parts[0]) \
            and load_places().lookup(parts[0]) is None and not _INITIALS.match(parts[0]) and clean_name(parts[0]):
        return "name", clean_name(parts[0]), None  # "[Name/Humas Unit/Humas Campus]": the writer, then the public-
        # relations offices the release comes from (a campus portal, fix set GE, 2026-12): offices, no person
    wrote = _REPORTER_AT.match(b)
    if wrote and clean_name(wrote.group("n")) and (lookup_outlet(wrote.group("o")) or _outlet(wrote.group("o"))):
        return "pen", clean_name(wrote.group("n")), wrote.group("o")  # "(Laporan Wartawan Outlet Kota, Name)"
    after = _OUTLET_AFTER.match(b) if "/" not in b else None
    if after and lookup_outlet(after.group("tail")) and clean_name(after.group("head")):
        return "pen", clean_name(after.group("head")), after.group("tail").strip(WS)  # "(Name - Outlet)"
    staff = _dashed_names(b)
    if staff:
        return "name", SIGNOFF_JOIN.join(staff), None
    if " " not in b and b.isalpha() and _CONSONANTS.search(b):
        return "initials", None, None  # "(Adpsb)": a press office's code closing the text (harvest page, 2026-12)
    name = clean_name(b) or _typed_loosely(b) or _surname_in_lower_case(b)
    if name and "/" not in b:
        return "name", name, None
    if _STARRED_CODE.fullmatch(b):
        return "initials", None, None  # "(*Drw)": a star before an editor's letters (fix set EE, 2026-12)
    if names_nobody(b):
        return "initials", None, None  # "(Dokumentasi NAME)": a photo's source, credits nobody
    return "none", None, None


# a network's reporter credit closing the text in parentheses: the role, the outlet (a regional edition's name may
# have a space), a comma, the name ("(Laporan Wartawan Tribun Kota, Nama Orang)": fix set IF, 2026-12)
_REPORTER_AT = re.compile(r"(?i)^laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s+(?P<o>[^,]{2,40}?)"
                          r"\s*,\s*(?P<n>[^,]{3,60})$")
_STARRED_CODE = re.compile(r"\*{1,2}[A-Za-z]{2,5}\*{0,2}|[A-Za-z]{2,5}\*{1,2}")  # ("(des*)": the star after, fix set JF)
_INITIAL_COMMA = re.compile(r"([A-Z]),\s*(?=[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?$)")


def _one_name(word: str) -> str | None:
    """A writer's one name signing the text off, as the name rules print it: two vowels at least, and no outlet, place
    or calendar word."""
    from sikap.pipeline.extract.outlets import lookup_outlet
    from sikap.places import load_places

    if sum(c in "aiueoAIUEO" for c in word) < 2 or lookup_outlet(word) or load_places().lookup(word) is not None \
            or word.casefold() in _calendar_words():
        return None
    return clean_name(word)


def _typed_loosely(body: str) -> str | None:
    """A writer's name with its initial closed by a comma instead of a stop, as small sites type a sign-off
    ("(A, Sumarna)", fix set DF, 2026-12): read as the name typed properly when that is one."""
    fixed = _INITIAL_COMMA.sub(r"\1. ", body, count=1) if body[1:2] == "," else body
    return clean_name(fixed) if fixed != body else None


_LOWER_SURNAME = re.compile(r"[A-Z][a-z]{2,}(?: [a-z]{3,}){1,2}")


def _surname_in_lower_case(body: str) -> str | None:
    """'(Asep saputra)': a writer's name whose later words are typed in lower case (fix set DF, 2026-12), read as
    the name capitalised when that is a name, no word of it a function word or a photo's."""
    if not _LOWER_SURNAME.fullmatch(body) or any(w in FUNCTION_WORDS for w in body.casefold().split()) \
            or photo_words().search(body) or names_nobody(body):
        return None
    return clean_name(" ".join(w[:1].upper() + w[1:] for w in body.split()))


def _dashed_names(body: str) -> list[str] | None:
    """"(Kharisma- Ozy)": two or three staff names joined by a dash with a space beside it, at least one of
    them no code ("(Rdk - Jni)" is initials), none an outlet or a place."""
    from sikap.places import load_places

    parts = _DASH_BETWEEN.split(body) if "/" not in body else []
    if not 2 <= len(parts) <= 3 or any(_outlet(p) or load_places().lookup(p.strip(WS)) for p in parts):
        return None  # "(Budi - Antara)", "(Jakarta - Bandung)"
    names = [clean_name(p, allcaps=False) for p in parts]
    if not all(names) or all(_INITIALS.match(p.strip(WS)) for p in parts):
        return None
    return names
