"""Bylines in the header that name no person alone: outlets only ("Agency, Outlet", a gallery credited to the agency
whose photos it shows), or writers and their outlet ("NAME and NAME, The Outlet", "NAME, The Outlet, Kota", "NAME
(The Outlet)"). Read by the title rules (such a line is never the headline) and the header rules (which mark and
record it).
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import credit_lines, credits
from sikap.pipeline.extract.dateline_lookups import _sections
from sikap.pipeline.extract.datelines import _place
from sikap.pipeline.extract.outlets import lookup_outlet
from sikap.pipeline.extract.text import WS


def agency_byline(page, i: int, text: str) -> bool:
    """A byline of two or three registered outlets and nothing else ("Agency, Outlet", as a gallery is credited to
    the agency whose photos it shows): it credits no person; the first is the source, the last the outlet.
    Marks and records line i when it is one."""
    parts = [p.strip(WS) for p in text.split(",")]
    if not (2 <= len(parts) <= 3 and all(p and len(p.split()) <= 3 and lookup_outlet(p) for p in parts)):
        return False
    page.credits.append(("source", parts[0], text, "byline naming an agency"))
    page.doc.meta.setdefault("_byline_outlet", (parts[-1], text))
    page.mark(i, "meta.byline")
    return True


_BRACKETED_OUTLET = re.compile(r"^\s*([^()]{4,60}?)\s*\(([^()]{2,40})\)\s*$")
# "NAME, NAME - Outlet": the writers, then the outlet after a dash (a national portal's byline of two writers; fix set
# EF, 2026-12); the names are read as for the comma form
_DASHED_OUTLET = re.compile(r"^\s*([^()\-–—]{4,80}?,[^()\-–—]{3,80}?)\s+[-–—]\s+([^()\-–—,]{2,40})\s*$")
# "NAME | NAME": two or three writers' names set off by bars, no label, no outlet (a regional portal's byline over
# its date line; fix set EF, 2026-12)
_BAR = re.compile(r"\s+\|\s+")


def barred_names(text: str) -> list[str] | None:
    """The names of a byline of two or three names set off by bars, one of them a full name (two words at least):
    "NAME NAME | NAME" (a writer and an editor known by one name; fix set FD, 2026-12)."""
    parts = _BAR.split(text.strip(WS))
    if not 2 <= len(parts) <= 3 or not any(len(p.split()) >= 2 for p in parts) \
            or not all(credits.clean_name(p) for p in parts) or any(lookup_outlet(p) for p in parts) \
            or any(w.casefold() in _sections() for p in parts for w in p.split()):  # "Politik | Ekonomi": a menu
        return None
    return parts


def names_at_outlet(text: str) -> tuple[str, str] | None:
    """(names, outlet) of a byline naming its writers, then a registered outlet, maybe a place ("NAME and NAME, The
    Outlet", "NAME, The Outlet, Kota": an English daily's byline and an NGO digest quoting one; probe sets M and AB,
    2026-12), or the outlet in brackets after the names ("NAME (The Outlet)", an English daily's; probe set AK): every
    writer a person's name of two words at least."""
    bracketed = _BRACKETED_OUTLET.match(text) or _DASHED_OUTLET.match(text)
    parts = [bracketed.group(1), bracketed.group(2)] if bracketed else [p.strip(WS) for p in text.split(",")]
    if not 2 <= len(parts) <= 3 or not lookup_outlet(parts[1]) or len(parts) == 3 and _place(parts[2]) is None:
        return None
    names = credit_lines._SPLIT_NAMES.split(parts[0])  # (parts[0] holds no comma)
    if not 1 <= len(names) <= 3 or not all(len(n.split()) >= 2 and credits.clean_name(n) for n in names):
        return None
    return parts[0], parts[1]


def named_byline(page, i: int, text: str) -> bool:
    """Marks and records line i when it is a byline of names and an outlet (names_at_outlet): the names are the
    authors, the outlet the page's when nothing else names one (as "Full Name - Outlet")."""
    got = names_at_outlet(text) if "," in text or text.rstrip(WS).endswith(")") else None
    if got is None:
        barred = barred_names(text) if " | " in text else None
        if barred is None:
            glued = _GLUED_ROLE.match(text)
            name = credits.clean_name(glued.group("name"), allcaps=False) if glued else None
            if not name:
                return False
            page.credits.append(("authors", name, text, "byline glued to the writer's job title"))
            page.mark(i, "meta.byline")
            return True
        for name in barred:
            page.credits.append(("authors", name, text, "byline of names"))
        page.mark(i, "meta.byline")
        return True
    page.credits.append(("authors", got[0], text, "byline with its outlet"))
    page.doc.meta.setdefault("_byline_outlet", (got[1], text))
    page.mark(i, "meta.byline")
    return True


# a writer's name glued to the job title printed under it, the line break lost ("Full NameEditor Digital Eropa",
# "Full NameKoresponden BBC": a broadcaster's Indonesian service, fix set KC, 2026-12): two to four capitalised words,
# the last closed by a small letter, then the title
_GLUED_ROLE = re.compile(r"^\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+[A-Z][a-z'’-]*[a-z])"
                         r"(?P<role>(?:Editor|Redaktur|Koresponden|Correspondent|Wartawan|Jurnalis|Journalist|Reporter"
                         r"|Analis|Kolumnis|Columnist)\b[^:|]{0,50})$")
_NAME_PLACE = re.compile(r"^\s*(?P<name>[^\W\d_][\w.'’ ]{3,40}?)\s+[-–—]\s+(?P<place>[^\W\d_][\w .'’]{1,30}?)\s*$")


def byline_under_lede(page, zones) -> None:
    """'Full Name - Kota' on one of the two lines under the lede: the writer's byline and where the story was filed,
    printed below the first paragraph (a national portal's layout; probe set AO, 2026-12). The name must be a
    person's of two words at least, the place the gazetteer's."""
    if zones.lede is None:
        return
    for i in range(zones.lede + 1, min(zones.lede + 3, len(page.texts))):
        if not page.free(i) or page.nw[i] > 6:
            continue
        m = _NAME_PLACE.match(page.texts[i])
        name = m and credits.clean_name(m.group("name"))
        if name and len(name.split()) >= 2 and _place(m.group("place")) is not None \
                and not any(_place(w) for w in m.group("name").split()):  # ("Persija Jakarta - Bandung": a match)
            page.credits.append(("authors", m.group("name").strip(WS), page.texts[i], "byline under the lede"))
            page.mark(i, "meta.byline")
            return


def team_outlet(text: str) -> str | None:
    """'Tim Outletcom - outletNews', 'Tim Outletcom': the outlet's team credited where the writer's name stands (a
    national portal's byline; probe set AR, 2026-12): the outlet it names (the team's, else the one after the dash)."""
    if credits.team_named(text) is None:
        return None
    after = credits._OUTLET_AFTER.match(text)
    team = credits.team_named(after.group("head")) or "" if after else credits.team_named(text)
    if lookup_outlet(team):
        return team  # the team's outlet ("Tim Outletcom"), the channel after the dash being one of its desks
    return after.group("tail").strip(WS) if after and lookup_outlet(after.group("tail").strip(WS)) else None

