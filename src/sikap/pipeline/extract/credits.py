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
place-holders that name nobody ("Tim Redaksi", "Oleh -") are not credited.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.attribution_context import source_kind
from sikap.pipeline.extract.knowledge import credits as knowledge
from sikap.pipeline.extract.outlets import lookup_outlet, outlet_shaped
from sikap.pipeline.extract.text import FUNCTION_WORDS, WS, fold, name_like, normal_case
from sikap.records import Doc

# (a slash with spaces around it joins two names, "Reporter : NAME / NAME"; probe set Z, 2026-12: initials joined by
# a slash, "(abc/def)", have no spaces)
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|\bdan\b)\s*|\s+/\s+")
# "Sumber: X", "Sumber X", and the longer labels closed by a colon ("Sumber Referensi Berita: X", misspelt too)
# ("sc :", "src:": the label abbreviated, only before a colon; a Blogger repost's "sc : Dunia OUTLET", held-out probe
# page, 2026-12, setV)
_SOURCE = re.compile(r"(?i)^\s*(sumber|source|sr?c(?=\s*:)|credited from(?=\s*:))(?:(?:\s+(?:berita|referensi|refrensi|asli|artikel|tulisan)){1,2}\s*:"
                     r"|\s*(?::|\s|$))\s*(?P<names>.{0,100}|https?://\S{1,400})$")  # (a page's address may be long)
# ("Credited from: OUTLET": an aggregator's label for the outlet it took the story from; probe set AA, 2026-12)
_ROLE_AFTER = re.compile(r"^(?P<name>[^\W\d_][\w.' -]{2,60}?)\s*[/|]\s*(?P<label>[^\W\d_][\w ]{2,20}?)\s*$")
_DESK_TAIL = re.compile(r"\s*\[[a-z]{2,5}\d{0,2}\]$")  # "Reporter: NAME [abc]": the desk's code after the name
# "by NAME 33 views": the page's view counter after the byline's name (held-out probe page, 2026-12, setX)
_VIEWS_TAIL = re.compile(r"(?i)\s+\d[\d.,]*\s*(?:views?|kali dibaca|kali dilihat|dibaca|dilihat)\s*$")
_TABLE_ROW = re.compile(r"\s*\|\s*:\s*(?:\|\s*)?")  # "Editor | : | NAME |", "Editor | : NAME |"
# initials and desk codes: "isa/rds", "(*)", "Pon", "OL-14", "Sat/R-1", "fad/bk-10"; after the first, a desk's
# number ("Orik / 002"; harvest pages, 2026-12); joined by a double dash too ("Gb--Raf": held-out page, 2026-12, setT)
_CODE = r"(?:[a-z]{1,5}|[A-Z]{1,5}|[A-Z][a-z]{1,3}|[A-Z]{1,3}-\d{1,3}|[a-z]{1,4}-\d{1,3})"
_INITIALS = re.compile(rf"^(?:{_CODE}|\*+\d{{0,2}}\*+|\*+|-+)(?:\s*(?:/|--)\s*(?:{_CODE}|\d{{1,4}}|\*+))*$")
# "Full Name, Outlet", "Full Name - Outlet", "Full Name | Outlet": a byline naming the outlet after the person
_OUTLET_AFTER = re.compile(r"^(?P<head>.*\S)\s*(?:,|\s[-–—|]\s)\s*(?P<tail>[^,|]+)$")
SIGNOFF_JOIN = "; "  # several names read from one sign-off, joined for extract_credits (which splits them again)


def not_names() -> frozenset:
    """Words that stand where a name would but name nobody ("Redaksi", "Tim", "Admin"): curated in
    curated/extraction/credits.yaml."""
    return knowledge().not_names


def bare_label(text: str) -> str | None:
    """The field of a line that is only a role label without a colon ("Editor"): printed after the name it
    labels, as some credit blocks do ("NAME" / "Editor"); a label closed by a colon labels the next name."""
    t = text.strip(WS)
    return None if ":" in t else knowledge().roles.get(fold(t))


@functools.lru_cache(maxsize=8192)
def clean_name(raw: str, allcaps: bool = True) -> str | None:
    """A person's name as the dataset records it, or None when the text names nobody. Honorifics are
    dropped before the name ("Dr", "H", "Hj") and degrees after it ("ST", "MM"); a final single letter is
    an initial ("Dewi H") and stays. (Cached: an outlet's bylines name the same few people, ~10 µs each.)"""
    k = knowledge()
    after = _OUTLET_AFTER.match(raw)
    if after and _outlet(after.group("tail")):
        return clean_name(after.group("head"), allcaps)  # "Full Name, Outlet": the outlet the person writes for
    if raw.rstrip(WS).endswith(":"):
        return None  # a label waiting for its value ("Kategori :", "Editor:"), never a name
    toks = raw.strip(WS + ".,:;|-–—()").split()
    if any(t.endswith(":") for t in toks) or (toks and k.label_re.match(toks[0] + " ")):
        return None  # a label ("Oleh", "Foto:", "Facebook:") is never part of a name
    key = [t.replace(".", "").replace(",", "").casefold() for t in toks]
    while toks and key[0] in k.honorifics and len(toks) > 1:
        toks, key = toks[1:], key[1:]
    while len(toks) > 1 and key[-1] in k.titles and not (len(key[-1]) == 1):
        toks, key = toks[:-1], key[:-1]
    while len(toks) > 1 and key[-1] in k.roles:  # "Deni Irwansyah, Jurnalis": the role after the name
        toks, key = toks[:-1], key[:-1]
    if any(w in k.not_name_words for w in key):
        return None  # "Dokumentasi Prabowo Subianto", "Web Desk Staff", "Satlantas Polres Kota": no word of a name
    if k.verb_re is not None and any(k.verb_re.fullmatch(w) for w in key):
        return None  # "Membumikan Ilmu Bumi": a headline's verb, no name's word
    name = " ".join(toks).strip(" ,.")
    if not name or fold(name) in k.not_names or not name_like(name, 6, allcaps):
        return None
    if len(name) <= 3 and name.isupper():
        return None  # initials
    return normal_case(name)


def _outlet(text: str) -> bool:
    """A registered outlet's name, or an unregistered one shaped like an outlet's ("CNBC Indonesia", "Harian
    Contoh"): printed after a person's name, it says where they write, and is no name itself."""
    t = text.strip(WS + ".,")
    return bool(t) and (lookup_outlet(t) is not None or outlet_shaped(t))


def names_nobody(text: str) -> bool:
    """A credit that names nobody: a place-holder ("Tim Redaksi") or a line opened or closed by a word that is
    no part of a name ("Dokumentasi Budi", "Web Desk Staff")."""
    k = knowledge()
    toks = [t.replace(".", "").casefold() for t in text.strip(WS + ".,:;|-–—()").split()]
    return bool(toks) and (fold(" ".join(toks)) in k.not_names or toks[0] in k.not_name_words
                           or toks[-1] in k.not_name_words)


def parse_credit_line(text: str) -> list[tuple[str, str]] | None:
    """[(field, name printed)] for a labelled credit line ("Penulis: A | Editor: B"); field is authors,
    editors, translators or source; a label alone ("Penulis :") gives [(field, "")]. None: not a credit."""
    k = knowledge()
    out = []
    bullet = _BULLET.match(text)
    if bullet and k.label_re.match(text[bullet.end():]):
        text = text[bullet.end():]  # "• Penulis : NAME": a credit printed as a list's item (probe set Y, 2026-12)
    two = _SLASHED_ROLES.match(text.strip(WS))
    if two and k.roles.get(fold(two.group(1))) and k.roles.get(fold(two.group(2))):
        text = f"{two.group(1)} / {two.group(2)}{text.strip(WS)[two.end():]}"  # "Penulis/Editor: NAME", as "Penulis / Editor"
    back = _ROLE_AFTER.match(text.strip(WS))
    if back and k.roles.get(fold(back.group("label"))):  # "Budi Santoso / Penulis": the role after the name
        return [(k.roles[fold(back.group("label"))], back.group("name"))]
    # a table row flattened with bars ("Editor | : | NAME |", "Editor | : NAME |"); several labels on one line ("Penulis: A Editor: B")
    for seg in (part for piece in _BARS.split(_TABLE_ROW.sub(": ", _by_clauses(text))) for part in _labelled_parts(piece)):
        seg = seg.strip(WS)
        if not seg:
            continue
        m = k.label_re.match(seg)
        if m:
            rest = _VIEWS_TAIL.sub("", _DESK_TAIL.sub("", seg[m.end():].strip(WS + ":")))
            fields, colon = [k.roles[fold(m.group(1))]], ":" in m.group(0)
            joined = _JOINED_ROLE.match(rest)
            also = k.label_re.match(rest[joined.end():]) if joined else None
            if also and ":" in also.group(0):  # "Redaktur & Reporter : NAME": one person in both roles (JPNN)
                fields.append(k.roles[fold(also.group(1))])
                rest, colon = rest[joined.end() + also.end():].strip(WS + ":"), True
            rest = _role_at_outlet(rest) if not colon else rest
            if colon and re.fullmatch(r"[a-z]{3,}(?: [a-z]{2,}){0,3}", rest) and rest not in FUNCTION_WORDS:
                rest = rest.title()  # "editor : ricky fitriyanto", "Laporan: solihin": a name in lower case after a colon
            if not colon and m.group(1)[:1].islower() and _CLAUSE_AFTER.search(rest):
                return None  # "oleh Pusat Kajian Contoh, yang ...": a label word in lower case opening a line of a
                # paragraph wrapped at a fixed width, the sentence running on after a comma (probe set Z, 2026-12)
            if not colon and _JOB_TITLE.match(m.group(1)) and len(rest.split()) == 1:
                return None  # "Koresponden Pertahanan", "Wartawan Senior": a job title (role and beat), no name
            parts = _SPLIT_NAMES.split(rest)
            if not colon and (_sentence(seg) or _JOB_TITLE.match(m.group(1)) and len(parts) > 1
                              and _outlet(parts[0])):
                # "Kontributor Harian Contoh dan Dosen": a role at an outlet, a description of the writer; "Oleh
                # Nama, gubernur wilayah ..., mengatakan ... ." (a first name that is the label word): a sentence
                return None
            out.extend((f, rest) for f in fields)
            continue
        s = _SOURCE.match(seg)
        if s and ":" not in seg[:s.start("names")] and (_sentence(seg) or _common_word(s.group("names"))):
            return None  # "Sumber memberitahu X bahawa ... .", "Sumber air bersih ...": a sentence opened by the word
        if s:
            out.append(("source", s.group("names").strip(WS)))
            continue
        if out and len(seg) < 40 and not out[-1][1]:
            continue
        if not out:
            return None
    return out or None


# a list item's bullet before a credit's label; the bars and bullets between several credits on one line ("Penulis: A |
# Editor: B", "Reporter : A • Editor : B"); a comma inside a line opened by a lower-case label, then running text
_BULLET = re.compile(r"^\s*[•·▪►‣*]\s*")
_BARS = re.compile(r"\||\s•\s")
_CLAUSE_AFTER = re.compile(r",\s*(?:\S+\s+){2,}\S|,\s*$")
# two role labels joined by a slash without spaces before the colon ("Penulis/Editor: NAME"; a harvest page, 2026-12)
_SLASHED_ROLES = re.compile(r"([^\W\d_]{3,12})/([^\W\d_]{3,12})(?=\s*:)")
_JOINED_ROLE = re.compile(r"\s*(?:&|dan|and|/)\s+")
# "Laporan Wartawan Outlet.com NAME": the writer's role and the outlet's host or name between the label and the name
_AT_OUTLET = re.compile(r"(?i)(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s+(?P<o>\S+?),?\s+(?=[A-Z])")


def _role_at_outlet(rest: str) -> str:
    """'Wartawan Tribunnews.com Nama Orang' after "Laporan" (the Tribun network's credit line): the name, without
    the role and the outlet printed before it (harvest, 2026-12); any other text is returned as it is."""
    m = _AT_OUTLET.match(rest)
    return rest[m.end():] if m and _outlet(m.group("o")) else rest


def _common_word(names: str) -> bool:
    """'air bersih di ...', 'daya manusia ...': what follows an unlabelled "Sumber" opens with a word in lower case
    that is no site's host, so the word is the noun "sumber" (a source of water, of funds) opening a sentence."""
    first = names.split(None, 1)[0] if names.strip() else ""
    return first[:1].islower() and "." not in first.strip(".,")


def _sentence(seg: str) -> bool:
    """A line of body text, not a byline: more than twelve words closed by a sentence's end."""
    return len(seg.split()) > 12 and seg.rstrip(WS + "\"”’").endswith((".", "!", "?"))


# a role noun ("Koresponden", "Editor") as opposed to a phrase that introduces a name ("Oleh", "Ditulis oleh", "By")
_JOB_TITLE = re.compile(r"(?i)^(?!.*\b(?:oleh|by)$)")
_NEXT_LABEL = re.compile(r"\s(?=[A-Z][a-z]+(?: [a-z]+)?\s?:\s)")


_BY_LABEL = r"(?:additional\s+)?[a-z]+ing\s+by\s"  # "Reporting by ", "Additional reporting by "
_BY_CLAUSE = re.compile(rf"(?i)[,;]\s+(?={_BY_LABEL})")
_BY_START = re.compile(rf"(?i){_BY_LABEL}")


def _by_clauses(text: str) -> str:
    """'(Reporting by A and B, Editing by C; Writing by D)': a wire service's credit line, its clauses joined by
    commas or semicolons and the whole in parentheses; read as bar-separated credits. Any other line is
    returned as it is (a fresh-site page, 2026-12, setQ)."""
    t = text.strip(WS)
    if t[:1] == "(" and t[-1:] == ")":
        t = t[1:-1]
    if not _BY_START.match(t):
        return text
    return _BY_CLAUSE.sub(" | ", t)


_GLUED_LABEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+\s?:\s)")


def _labelled_parts(piece: str) -> list[str]:
    """"Penulis naskah: A Video editor: B Produser: C" (several credits on one line, no separator): cut
    before each capitalised label closed by a colon that follows a name, also where the label is glued to the
    name's last letter ("Editor : NAMASumber : Outlet", a fresh-site page, 2026-12, setR) when it is a known
    credit or source label. A lower-case l standing for the bar between two credits is dropped (a probe page,
    2026-12, setM)."""
    if piece.count(":") <= 1:
        return [piece]
    out = []
    for part in _NEXT_LABEL.split(piece):
        cuts = [m.start() for m in _GLUED_LABEL.finditer(part)
                if knowledge().label_re.match(part[m.start():]) or _SOURCE.match(part[m.start():])]
        out += [part[a:b] for a, b in zip([0] + cuts, cuts + [len(part)])]
    # "Penulis: NAME l Editor: NAME": a bar typed as a lower-case l between two credits (a name's initial is a capital)
    return [_BAR_AS_L.sub("", part) for part in out[:-1]] + out[-1:]


_BAR_AS_L = re.compile(r"\s+l\s*$")


def names_of(printed: str) -> list[str]:
    """The names a credit prints, without the outlets printed among them ("A, B, Outlet", "Reuters, Outlet": an
    agency credited where a name stands) or a widget's word that a date line ends with ("Follow": the line is
    still read for its date, see credits.yaml)."""
    parts = _SPLIT_NAMES.split(printed)
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
            same = next((k for k, n in enumerate(doc.meta[field]) if _one_person(n, name)), None)
            if same is not None:  # "Endra Pramudhiaz" and "Endra Ibrahim Pramudhiaz": one person, the full name kept
                if len(name) > len(doc.meta[field][same]):
                    doc.meta[field][same] = name
                    doc.note(field, "extracted", method, evidence)
                continue
            doc.meta[field].append(name)
            doc.note(field, "extracted", method, evidence)
    return doc


def _one_person(a: str, b: str) -> bool:
    """The same name, or one name printed with and without a middle name (same first and last word)."""
    short, long = sorted((a.casefold().split(), b.casefold().split()), key=len)
    return short == long or (len(short) >= 2 and short[0] == long[0] and short[-1] == long[-1]
                             and set(short) <= set(long))
