"""A dateline's head as small sites mistype it, read as if typed properly: a host's dot typed as a comma
("nusacontoh,com"), set apart by a space ("Kabarcontoh .Net", "contoh. id"), or the place glued to the lede by an
underscore ("KOTA_Lede ..."), the site's name closed by an underscore typed for a comma ("kabarcontoh_ Kota –",
fix set GF, 2026-12), a stop typed before the dash ("Kota, (ABC).- Lede"), a close button's glyph glued before the place ("xKOTA,
OUTLET.com -"). Seen on fresh regional sites (fix sets FC and FE, 2026-12). Each repair keeps the
line's length, so the offsets and the evidence of what is read stay those of the line as printed
(datelines.parse maps them back).
"""

from __future__ import annotations

import re

_TLD = r"(?:co\.id|com|net|org|id)"
_COMMA_DOT = re.compile(rf"(?<=[a-z0-9]),(?={_TLD}\b)|(?<=[A-Z0-9]),(?=(?:CO\.ID|COM|NET|ORG|ID)\b)")  # (in capitals too: set LG)
_SPACE_BEFORE_DOT = re.compile(rf"(?<=\w) \.(?P<t>(?i:{_TLD}))\b")
_SPACE_AFTER_DOT = re.compile(rf"(?<=\w)\. (?P<t>(?i:{_TLD}))\b")
_UNDERSCORE = re.compile(r"^(?P<h>[A-Z][A-Z-]{2,30})_(?=[A-Za-z])")
_UNDERSCORE_SPACE = re.compile(r"^(?P<h>[A-Za-z][A-Za-z0-9.-]{2,30})_(?= [A-Z])")  # "kabarcontoh_ Kota –": a comma
_CLOSE_GLYPH = re.compile(r"^[x×](?=[A-Z]{3,}[ ,])")  # "xKOTA, OUTLET.com -": a close button's glyph glued on
_STOP_DASH = re.compile(r"(?<=[\w)])\.-(?=\s|[A-Z])")  # "Kota, (ABC).- Lede": a stop typed before the dash
_HEAD = 60


# any of the typos above, searched once: most heads hold none, and the five substitutions are then skipped
_ANY = re.compile(rf"(?<=[a-z0-9]),{_TLD}\b|(?<=[A-Z0-9]),(?:CO\.ID|COM|NET|ORG|ID)\b|\w \.(?i:{_TLD})\b|\w\. (?i:{_TLD})\b|^[A-Z][A-Z-]{{2,30}}_[A-Za-z]"
                  r"|[\w)]\.-(?=\s|[A-Z])|^[x×][A-Z]{3}|^[A-Za-z][A-Za-z0-9.-]{2,30}_ [A-Z]")


# what every typo above holds, as plain characters: a prose line (", " and ". " before a capital) holds none
_CHEAP = re.compile(r"_|\.-| \.|,[a-zA-Z]|\. (?:[a-z]|(?i:co|com|id|net|org)\b)")


# a site's address with its scheme and closing slash ("https://kabarcontoh.com/ KOTA –"), a host joined to the place
# by a hyphen without spaces ("Kabarcontoh.co.id-Kota, 1 Maret 2026| Lede"), two places joined by a comma without a
# space ("Kota,Kota Lain | Outlet |": the first is the dateline's): fix set KE, 2026-12, three small sites
_SCHEME = re.compile(r"^(\s*https?://)([\w-]+(?:\.[\w-]+)+)(/?)(?=\s)")
_HOST = rf"^\s*[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?i:{_TLD})"  # a host opening the line, the head of the two repairs below
_HOST_HYPHEN = re.compile(rf"{_HOST}(-)(?=[A-Z][a-z])")
# "Situs.com. KOTA –": the host closed by a full stop before the place in capitals, read as a comma (fix set KG)
_HOST_STOP = re.compile(rf"{_HOST}(\.)(?= [A-Z]{{3,}})")
# "SITUS.COM . Lede": a full stop set apart by spaces after the host, read as its dash (fix set LK, 2026-12)
_HOST_SPACED_STOP = re.compile(rf"{_HOST} (\.) (?=[A-Z])")
_COMMA_PLACES = re.compile(r"^\s*([A-Z][a-z]{2,}),([A-Z][a-z]{2,})(?=\s*[|–—-])")
# "Kota – Provinsi || Outlet.com –": the town and its province set off by a dash, read as "Kota, Provinsi" (fix set KH,
# 2026-12, a regional portal): both gazetteer places, the second a province, a bar or a dash after it
_PLACE_DASH_PROVINCE = re.compile(r"^\s*([A-Z][\w'-]{2,20}(?: [A-Z][\w'-]{2,20})?)\s+[–—-]\s+"
                                  r"([A-Z][\w'-]{2,20}(?: [A-Z][\w'-]{2,20})?)(?=\s*(?:\|\|?|[–—-])\s)")


def _spaced(line: str) -> str | None:
    """The repairs that keep the line's length by changing punctuation: the scheme and slash of an address blanked,
    the hyphen after a host blanked, the full stop after a host read as a comma (or, set apart by spaces, as a
    dash), the comma between two places
    blanked (both gazetteer places), the dash between a town and its province read as a comma (gazetteer town and
    province)."""
    if "://" in line[:12] and (m := _SCHEME.match(line)):
        return " " * m.end(1) + m.group(2) + " " * len(m.group(3)) + line[m.end():]
    dot = line.find(".", 0, 40)  # (each repair is tried only on heads holding what it needs: most lines hold none)
    if dot > 0 and (m := _HOST_HYPHEN.match(line)) is not None:
        return line[:m.start(1)] + " " + line[m.end(1):]
    if dot > 0 and (m := _HOST_STOP.match(line)) is not None:
        return line[:m.start(1)] + "," + line[m.end(1):]
    if dot > 0 and (m := _HOST_SPACED_STOP.match(line)) is not None:
        return line[:m.start(1)] + "-" + line[m.end(1):]
    if "," in line[:40] and (m := _COMMA_PLACES.match(line)) is not None:
        from sikap.pipeline.extract.dateline_lookups import _place

        if _place(m.group(1)) is not None and _place(m.group(2)) is not None:
            return line[:m.end(1)] + " " * (m.end(2) - m.end(1)) + line[m.end(2):]
    head = line[:50]
    if ("– " in head or "- " in head or "— " in head) and (m := _PLACE_DASH_PROVINCE.match(line)) is not None:
        from sikap.pipeline.extract.dateline_lookups import _place

        town, province = _place(m.group(1)), _place(m.group(2))
        if town is not None and province is not None and province.kind == "province" and town.kind != "province":
            return line[:m.end(1)] + "," + " " * (m.start(2) - m.end(1) - 1) + line[m.start(2):]
    return None


def repaired(line: str) -> str | None:
    """The line with its head's typing repaired (same length), or None when there is nothing to repair."""
    head = line[:_HEAD]
    if (spaced := _spaced(head)) is not None:
        return spaced + line[_HEAD:]
    if head[:1] not in "x×" and _CHEAP.search(head) is None or _ANY.search(head) is None:
        return None
    fixed = _COMMA_DOT.sub(".", head)
    fixed = _SPACE_BEFORE_DOT.sub(lambda m: "." + m.group("t") + " ", fixed)
    fixed = _SPACE_AFTER_DOT.sub(lambda m: "." + m.group("t") + " ", fixed)
    fixed = _UNDERSCORE.sub(lambda m: m.group("h") + "–", fixed)
    fixed = _UNDERSCORE_SPACE.sub(lambda m: m.group("h") + ",", fixed)
    fixed = _STOP_DASH.sub(" -", fixed, count=1)
    fixed = _CLOSE_GLYPH.sub(" ", fixed)
    return fixed + line[_HEAD:] if fixed != head else None
