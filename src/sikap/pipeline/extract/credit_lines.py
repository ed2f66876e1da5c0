"""A labelled credit line read into (field, name printed) pairs: "Penulis: A | Editor: B", "Oleh Aditya Yohan",
"LAPORAN: FULL NAME", "Budi Santoso / Penulis", "Reporter : A / B • Editor : C", "(Reporting by A; Editing by B)", a
table row flattened with bars, a credit printed as a list's item; and "Sumber: X" source credits. What the names are
(a person, an outlet, nobody) is decided by credits.py, which reads these pairs.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.knowledge import credits as knowledge
from sikap.pipeline.extract.outlets import lookup_outlet, outlet_shaped
from sikap.pipeline.extract.text import FUNCTION_WORDS, NAME_PARTICLES, WS, fold

# (a slash with spaces around it joins two names, "Reporter : NAME / NAME"; probe set Z, 2026-12: initials joined by
# a slash, "(abc/def)", have no spaces)
# (a slash between two capitalised names, "Editor: NAME Surname/NAME Surname", two editors: fix set JE, 2026-12)
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|\bdan\b)\s*|\s+/\s+|(?<=[a-z])/(?=[A-Z][a-z])")
# "Sumber: X", "Sumber X", and the longer labels closed by a colon ("Sumber Referensi Berita: X", misspelt too)
# ("sc :", "src:": the label abbreviated, only before a colon; a Blogger repost's "sc : Dunia OUTLET", held-out probe
# page, 2026-12, setV)
_SOURCE = re.compile(r"(?i)^\s*(sumber|source|sr?c(?=\s*:)|credited from(?=\s*:))(?:(?:\s+(?:berita|referensi|refrensi|asli|artikel|tulisan)){1,2}\s*:"
                     r"|\s*(?::|\s|$))\s*(?P<names>.{0,100}|https?://\S{1,400})$")  # (a page's address may be long)
# ("Credited from: OUTLET": an aggregator's label for the outlet it took the story from; probe set AA, 2026-12)
_ROLE_AFTER = re.compile(r"^(?P<name>[^\W\d_][\w.' -]{2,60}?)\s*[/|]\s*(?P<label>[^\W\d_][\w ]{2,20}?)\s*$")
_DESK_TAIL = re.compile(r"\s*\[[a-z]{2,5}\d{0,2}\]$")  # "Reporter: NAME [abc]": the desk's code after the name
# "by NAME 33 views": the page's view counter after the byline's name (held-out probe page, 2026-12, setX); the
# date lines' reader (edge_lines) takes the same counter off their ends
VIEW_COUNTER = r"\d[\d.,]*\s*(?:views?|kali dibaca|kali dilihat|dibaca|dilihat)\s*$"
_VIEWS_TAIL = re.compile(r"(?i)\s+" + VIEW_COUNTER)  # (after white space: "NAME -89 Views" keeps its dash)
_TABLE_ROW = re.compile(r"\s*\|\s*:\s*(?:\|\s*)?")  # "Editor | : | NAME |", "Editor | : NAME |"


def _outlet(text: str) -> bool:
    """A registered outlet's name, or an unregistered one shaped like an outlet's ("CNBC Indonesia", "Harian
    Contoh"): printed after a person's name, it says where they write, and is no name itself."""
    t = text.strip(WS + ".,")
    return bool(t) and (lookup_outlet(t) is not None or outlet_shaped(t))


# a name typed in lower case, or in mixed case word by word ("Catur waskito Edy"); never capitals ("ADI": initials)
# nor a brand's inner capital ("iNews")
_TYPED_NAME = re.compile(r"(?:[a-z]{3,}|[A-Z][a-z]+)(?: (?:[a-z]{2,}|[A-Z][a-z]+)){0,3}")


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
    barred = k.label_re.match(text.strip(WS)) if "|" in text[:24] else None
    if barred and "|" in barred.group(0):  # "Editor | NAME": a bar for the colon (a campus portal, fix set LI, 2026-12)
        text = f"{barred.group(1)}: {text.strip(WS)[barred.end():]}"
    back = _ROLE_AFTER.match(text.strip(WS))
    if back and k.roles.get(fold(back.group("label"))):  # "Budi Santoso / Penulis": the role after the name
        return [(k.roles[fold(back.group("label"))], back.group("name"))]
    roles_after = _roles_in_brackets(text, k)
    if roles_after is not None:
        return roles_after
    # a table row flattened with bars ("Editor | : | NAME |", "Editor | : NAME |"); several labels on one line ("Penulis: A Editor: B")
    for seg in (part for piece in _BARS.split(_TABLE_ROW.sub(": ", _by_clauses(text))) for part in _labelled_parts(piece)):
        seg = seg.strip(WS)
        if not seg:
            continue
        m = k.label_re.match(seg)
        if m:
            rest = _VIEWS_TAIL.sub("", _DESK_TAIL.sub("", seg[m.end():].strip(WS + ":"))).rstrip(WS + "/")  # "NAME/ Red: ..."
            glued = _GLUED_ROLE.search(rest)
            if glued and k.roles.get(fold(glued.group(1))):
                rest = rest[:glued.start()]  # "Editor : NAMEEditor Kota": the next label glued to the name (set DE)
            fields, colon = [k.roles[fold(m.group(1))]], ":" in m.group(0)
            joined = _JOINED_ROLE.match(rest)
            also = k.label_re.match(rest[joined.end():]) if joined else None
            if also and ":" in also.group(0):  # "Redaktur & Reporter : NAME": one person in both roles (JPNN)
                fields.append(k.roles[fold(also.group(1))])
                rest, colon = rest[joined.end() + also.end():].strip(WS + ":"), True
            rest = _role_at_outlet(rest) if not colon else rest
            if colon and _TYPED_NAME.fullmatch(rest) and rest[:1].isalpha() and rest.casefold() not in FUNCTION_WORDS \
                    and not any(w.casefold() in FUNCTION_WORDS for w in rest.split()[1:]) and not rest.istitle():
                rest = rest.title()  # "editor : ricky fitriyanto", "Laporan: solihin", "Editor: Nama keluarga Nama": a
                # name typed in lower or mixed case after a colon (probe set CC, 2026-12)
            if not colon and m.group(1)[:1].islower() and _CLAUSE_AFTER.search(rest):
                return None  # "oleh Pusat Kajian Contoh, yang ...": a label word in lower case opening a line of a
                # paragraph wrapped at a fixed width, the sentence running on after a comma (probe set Z, 2026-12)
            if not colon and rest[:1].islower() and rest.split(None, 1)[0].casefold() not in NAME_PARTICLES \
                    and m.group(1)[:1].isupper():
                return None  # "Penulis buku itu, NAME, hadir ...", "Editor majalah itu, NAME, menolak ...": a label
                # word opening a sentence, a common noun after it (a written probe grid, 2026-12)
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
        if not out and fold(seg) in k.not_names:
            continue  # "REDAKSI | EDITOR: NAME": the desk's word before the labelled name (fix set HE, 2026-12)
        if not out:
            return None
    return out or None


_BRACKET_ROLE = re.compile(r"^(?P<name>[^\W\d_][\w.' -]{2,60}?)\s*(?:\((?P<role>[^\W\d_][\w ]{2,30})\))?$")


def _roles_in_brackets(text: str, k) -> list[tuple[str, str]] | None:
    """'NAME | NAME (Intern Translator)': names set apart by bars, a role in brackets after a name (an English
    edition's credit line under its text; probe set AI, 2026-12). A name without a role wrote the text. Read only
    when at least one bracketed role is a known one (its last word: 'Translator', 'Editor') and every part is a
    person's name."""
    parts = [p.strip(WS) for p in text.split("|")]
    if len(parts) < 2 or "(" not in text:
        return None
    from sikap.pipeline.extract.credits import clean_name  # (credits reads this module)

    out, known = [], False
    for part in parts:
        m = _BRACKET_ROLE.match(part)
        if m is None or clean_name(m.group("name")) is None:
            return None
        role = m.group("role")
        field = k.roles.get(fold(role.split()[-1])) if role else "authors"
        if field is None:
            return None
        known = known or role is not None
        out.append((field, m.group("name")))
    return out if known else None


# a list item's bullet before a credit's label; the bars and bullets between several credits on one line ("Penulis: A |
# Editor: B", "Reporter : A • Editor : B"); a comma inside a line opened by a lower-case label, then running text
_BULLET = re.compile(r"^\s*[•·▪►‣*]\s*")
_GLUED_ROLE = re.compile(r"(?<=[a-z])([A-Z][a-z]{3,12})\b")  # a word glued to the name's last letter
_BARS = re.compile(r"\||\s•\s")
_CLAUSE_AFTER = re.compile(r",\s*(?:\S+\s+){2,}\S|,\s*$")
# two role labels joined by a slash without spaces before the colon ("Penulis/Editor: NAME"; a harvest page, 2026-12)
_SLASHED_ROLES = re.compile(r"([^\W\d_]{3,12})/([^\W\d_]{3,12})(?=\s*:)")
_JOINED_ROLE = re.compile(r"\s*(?:&|dan|and|/)\s+")
# "Laporan Wartawan Outlet.com NAME": the writer's role and the outlet's host or name between the label and the name
_AT_OUTLET = re.compile(r"(?i)(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s+(?P<o>\S+?),?\s+(?=[A-Z])"
                        # or the host alone and a comma ("Laporan Tribunnews.com, NAME": fix set KF, 2026-12)
                        r"|(?P<host>[\w-]+(?:\.[\w-]+)+),?\s+(?=[A-Z])")


def _role_at_outlet(rest: str) -> str:
    """'Wartawan Tribunnews.com Nama Orang' after "Laporan" (the Tribun network's credit line): the name, without
    the role and the outlet printed before it (harvest, 2026-12); any other text is returned as it is."""
    m = _AT_OUTLET.match(rest)
    return rest[m.end():] if m and _outlet(m.group("o") or m.group("host")) else rest


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


_BY_LABEL = (r"(?:(?:additional\s+)?[a-z]+ing\s+by\s"  # "Reporting by ", "Additional reporting by "
             # and the same credit translated: "Penulisan NAME; Laporan tambahan oleh NAME di Kota" (set DL)
             r"|(?:laporan(?:\s+tambahan)?|pelaporan|penulisan|penyuntingan)(?:\s+oleh)?\s)")
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
    return _IN_PLACE.sub("", _BY_CLAUSE.sub(" | ", t))


# where a wire credit's writer filed from, after the name ("... oleh NAME di Roma", "... by NAME in Rome")
_IN_PLACE = re.compile(r"\s+(?:di|in)\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}(?=\s*(?:\||$))")


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
