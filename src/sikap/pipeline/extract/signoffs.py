"""Sign-offs: what closes the text's last line (or stands in the header) in parentheses or brackets: a writer's
name or initials, the outlet signing its own text, an agency whose copy the story is, a desk's code. Each is cut
off its line and marked, and a name is credited; a page cut mid-sentence ends in a fragment that must survive,
so the forms read are narrow. Called by the edge rules (edges.py) after the title and the footer.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import credits
from sikap.pipeline.extract.dateforms import find_date
from sikap.pipeline.extract.edge_lines import PAREN_LINE
from sikap.pipeline.extract.inline import split_line
from sikap.pipeline.extract.outlets import glued_outlet_word, lookup_outlet
from sikap.pipeline.extract.signoff_blurbs import author_blurb
from sikap.pipeline.extract.signoff_forms import DASHED_NAME, signoff_start
# sign-offs naming nobody: a desk's code, codes joined by a slash, a site's host
from sikap.pipeline.extract.signoff_codes import _DOMAIN, _HOST, HYPHEN_CODE, _slashed_codes, desk_code
from sikap.pipeline.extract.text import WS
from sikap.pipeline.extract.zones import Zones


def mark_signoffs(page, zones: Zones) -> None:
    """Sign-offs in parentheses: closing the last paragraph, or on lines of their own after it (or in the
    header, as some layouts print the initials there). Reading them may cut the last line in two."""
    doc = page.doc
    if zones.lede is None:
        return
    last = zones.last if zones.last is not None else zones.lede
    lines = doc.lines
    candidates = [i for i in (*range(zones.lede), *range(last + 1, len(lines)))  # above the lede, below the last
                  if lines[i].rule is None and PAREN_LINE.match(page.texts[i])]
    final = next((i for i in range(len(lines) - 1, -1, -1) if page.texts[i].strip(WS)), None)  # the last non-empty
    for i in sorted(candidates, reverse=True):
        t = page.texts[i].strip(WS)
        body = t.lstrip("/").rstrip(".").strip("()[] ")
        if _read_signoff(page, i, 0, body, slashes=t.startswith("//")) is None and i == final \
                and _CLOSING_WORDS.fullmatch(body):
            page.mark(i, "credit.signoff")  # "(Asep saputra)" closing the page: a sign-off whatever it names
    for i in range(last + 1, len(lines)):  # "- AGENCY" alone under the text: the agency signing its copy off (setP)
        m = _DASH_AGENCY.match(page.texts[i]) if lines[i].rule is None else None
        if m and not m.group("dash") and not (i + 1 < len(lines) and lines[i + 1].rule in _CREDIT_RULES):
            m = None  # "AGENCY" without its dash only over the writer's credit (a national agency; probe set CI)
        if m and credits.signoff_reading(m.group("b"))[0] == "source":
            _read_signoff(page, i, 0, m.group("b"))
        elif lines[i].rule is None and (d := DASHED_NAME.match(page.texts[i])) is not None:
            _read_signoff(page, i, 0, d.group("body"))
        elif i == final and lines[i].rule is None and page.nw[i] == 1 and glued_outlet_word(page.texts[i]):
            _read_signoff(page, i, 0, page.texts[i].strip(WS))  # "liputankota" closing the page: its site's name
    if page.free(last):
        got = signoff_start(page.texts[last])
        if got is not None and got[0] > 0:
            start, body, slashes = got
            kind = _read_signoff(page, last, start, body, mark=False, slashes=slashes)
            if kind is not None:
                _cut_tail(doc, last, start, kind)
    author_blurb(page, last)
    _bracketed_code(page, last)
    _signoff_before_stop(page, last)
    _wrapped_signoff(page, last)
    _dashed_host(page, zones.lede)  # last: it reads the lines as the passes above left them


# the page's last line, one to three words in parentheses that no sign-off form reads (a name typed in lower case,
# "(Asep saputra)"; fix set DF, 2026-12): no sentence, so it closes the page as a sign-off, crediting nobody
_CLOSING_WORDS = re.compile(r"[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){0,2}")
# "- AGENCY", or "AGENCY" alone (taken only over a credit line)
_DASH_AGENCY = re.compile(r"^\s*(?P<dash>[-–—]{1,2})?\s*(?P<b>[A-Z][A-Za-z]{1,11}(?: [A-Z][A-Za-z]{1,11})?)\s*$")
_CREDIT_RULES = frozenset({"credit.author", "credit.editor", "credit.translator", "credit.other"})


def _cut_tail(doc, i: int, at: int, rule: str) -> None:
    """Cut line i at character `at` of its text: the text before stays, the sign-off after is marked `rule`."""
    ln = doc.lines[i]
    split_line(doc, i, [(ln.start, ln.start + at, None), (ln.start + at, ln.end, rule)])


def _wrapped_signoff(page, last: int) -> None:
    """'(PTDI)," pungkas NAME. (*/kg)': a text hard-wrapped into short lines ends on a short line the zones do
    not count as prose; initials glued to it, on the page's last free line running on from the last paragraph
    (no chrome between, twelve lines at most), are cut off as on the last line (fresh probe pages, 2026-12,
    setN). Initials only: a name or an agency there is left to the other rules."""
    k = next((j for j in range(len(page.doc.lines) - 1, last, -1) if page.free(j)), None)
    if k is None or k - last > 12 or not all(page.free(j) for j in range(last + 1, k)):
        return  # the wrapped lines run on from the last paragraph, no chrome between
    got = signoff_start(page.texts[k])
    if got is None or got[0] == 0 or credits.signoff_reading(got[1], got[2])[0] != "initials":
        return
    _cut_tail(page.doc, k, got[0], "credit.signoff")


_STOPPED_SIGNOFF = re.compile(r"(?<=[.!?\"”’])\s*\((?P<body>[^()\n]{2,40})\)\.\s*$")


def _signoff_before_stop(page, last: int) -> None:
    """'... hati-hati saja," terangnya. (Name).': a sign-off in parentheses closed by a full stop of its own (seen on
    a community blog, fresh probe pages, 2026-12, setN): read like '(Name)' and cut off the text's last line."""
    if not page.free(last) or not page.texts[last].endswith(")."):
        return
    m = _STOPPED_SIGNOFF.search(page.texts[last])
    if m is None:
        return
    kind = _read_signoff(page, last, m.start(), m.group("body").strip(WS), mark=False)
    if kind is not None:
        _cut_tail(page.doc, last, m.start(), kind)


def last_free_lines(doc, first: int, k: int = 3):
    """(index, line) of the last k lines from line `first` on that no rule took and that hold text, from the end
    up. Read from doc.lines as they stand: an earlier pass may have cut lines, so page.texts' indexes no longer
    hold."""
    found = 0
    for i in range(len(doc.lines) - 1, first - 1, -1):
        ln = doc.lines[i]
        if ln.rule is None and ln.end > ln.start:
            yield i, ln
            found += 1
            if found == k:
                return


_DASHED_HOST = re.compile(rf"(?<=[.!?\"”’])\s*[-–—]\s*(?P<h>{_HOST})\s*$", re.I)


def _dashed_host(page, lede: int) -> None:
    """'... di Putrajaya, pagi tadi. -situs.my': a site's host after a dash closing a paragraph is the site signing
    its text off (held-out probe page, 2026-12, setS, on the paragraph above a repeated one; the Malay and English
    wire sign-off '- Agency' is the same form, read by the attributions). The paragraph nearest the end that closes
    so, of the last three, is cut; the site is the page's own outlet unless the sign-off reads it as another's (a
    registered source)."""
    doc = page.doc
    decoded = doc.decoded
    for i, ln in last_free_lines(doc, lede):  # a sign-off closes the text, a repeat or two may follow it
        if not (decoded[ln.end - 1].isalpha() or decoded[ln.end - 1].isspace()):
            continue  # most paragraphs close with a full stop or a quote: passed over without reading them
        t = decoded[ln.start:ln.end]
        tail = t[-60:]
        if "." not in tail or "-" not in tail and "–" not in tail and "—" not in tail:
            continue
        m = _DASHED_HOST.search(t, max(0, len(t) - 60))
        if m is None:
            continue
        kind = _read_signoff(page, i, m.start(), m.group("h"), mark=False, text=t)
        if kind is None:
            return
        if kind == "credit.signoff":
            page.doc.meta.setdefault("_signoff_outlet", (m.group("h"), t[m.start():].strip(WS)))
        _cut_tail(doc, i, m.start(), kind)
        return


_BRACKET_CODE = re.compile(r"(?<=[.!?\"”’])\s*\[(?P<b>[A-Za-z]{2,12}\d{0,2}|[A-Z]{2,5}-[A-Z]{2,5}|[A-Z][a-z]+(?: [A-Z][a-z]*\.?){1,3}"
                           r"|[A-Z][a-z]+(?: [A-Z][a-z]*\.?){0,3}(?:/[A-Z][\w .-]{1,30}){1,2})\]\s*$")
_CAPITAL_CODE = re.compile(r"[A-Z]{2,5}(?:-[A-Z]{2,5})?\d{0,2}")  # ("[JON-NAL]": two desks' codes, probe set AA)


def _bracketed_code(page, last: int) -> None:
    """'... sampai akhir. [ABC]': initials in square brackets closing the text's last line are a desk's
    sign-off too (seen on an Islamic portal's translated stories, fresh probe pages, 2026-12, setP); they name
    nobody, so they are cut off and marked, nothing is recorded. A registered outlet's short name there, in any
    case ("[rmol]"), is the source the text was taken from (fresh-site probe page, 2026-12, setQ); a name of two
    to four capitalised words ("[Nama R]") is the writer's, as "(Nama R)" is (a community site, setW); so is a name
    before the public-relations offices the release comes from ("[Nama/Humas Fakultas/Humas Kampus]", a campus
    portal, fix set GE, 2026-12)."""
    if not page.free(last) or not page.texts[last].rstrip().endswith("]"):
        return  # what the pattern needs at the line's end, tested before its search through the line
    m = _BRACKET_CODE.search(page.texts[last])
    if m is None:
        return
    if "-" in m.group("b") and _CAPITAL_CODE.fullmatch(m.group("b")):
        kind = "credit.signoff"  # "[JON-NAL]": two codes, no name
    elif credits.signoff_reading(m.group("b"))[0] in ("source", "name"):
        kind = _read_signoff(page, last, m.start(), m.group("b"), mark=False)
    elif _CAPITAL_CODE.fullmatch(m.group("b")) or credits.signoff_reading(m.group("b"))[0] == "initials":
        kind = "credit.signoff"  # (lower-case initials as "(rif)" are: "... secepatnya. [rif]", probe set Z, 2026-12)
    else:
        return
    _cut_tail(page.doc, last, m.start(), kind)


def _domestic_outlet(printed: str) -> bool:
    """A registered Indonesian outlet that is no news agency, printed by its name ("Tribunnews.com", not "Antara").
    The caller asks it of a sign-off on a line of its own and capitalised: a desk's code ("(dtc)"), a code after a
    reporter's initials ("(xyz/jpnn)") or a host in lower case glued to the last sentence ("...(situs.com)") is how a
    copying site credits the outlet it took the text from (fix sets B, EE; 2026-12)."""
    if printed.strip(WS).islower() and len(printed.strip(WS)) <= 5:
        return False
    from sikap.pipeline.extract.attribution_context import source_kind
    from sikap.pipeline.extract.outlets import lookup_outlet

    sid = lookup_outlet(printed)
    kind, country = source_kind(sid) if sid else (None, None)
    return sid is not None and country == "ID" and kind not in ("news_agency", "aggregator")


def _read_signoff(page, i: int, start: int, body: str, mark: bool = True, slashes: bool = False,
                  text: str | None = None) -> str | None:
    """Record what a sign-off says; return its rule (or None when it is not a sign-off). `text`: the line's text
    when page.texts no longer holds it (a line cut by an earlier pass)."""
    kind, a, b = credits.signoff_reading(body, slashes)
    evidence = (page.texts[i] if text is None else text)[start:].strip(WS)
    if kind == "pen" and "/" in body and page.doc.decoded.count(f"({body.strip(WS)})") >= 2:
        # "(AGENCY/NAME)" closing the text and printed under other paragraphs too: a gallery's photo credit,
        # not the writer signing off (a national portal's photo pages; probe set AS, 2026-12)
        if mark:
            page.mark(i, "caption.photo")
        return "caption.photo"
    if kind == "none" and _DOMAIN.match(body):
        kind = "initials"  # "(Outlet-Site.com)" on its own line: the site signing its text off, naming nobody
    if kind == "none" and (desk_code(body) or _slashed_codes(body) or HYPHEN_CODE.fullmatch(body.strip(WS))):
        kind = "initials"
    if kind == "none":
        return None
    rule = "credit.signoff"
    if kind == "name":
        page.credits.append(("authors", a, evidence, "sign-off"))
        rule = "credit.author"
    elif kind == "source":
        page.credits.append(("source", a, evidence, "agency sign-off"))
        rule = "credit.source"
        if start == 0 and body.strip(WS)[:1].isupper() and "/" not in body and _domestic_outlet(body):  # "(Tribunnews.com)" closing a page no dateline names: the outlet signing its text
            page.doc.meta.setdefault("_signoff_outlet", (a, evidence))  # (read only when no dateline names one;
            # then the attribution to it is the page naming itself and is dropped; a news agency's stays a source)
    elif kind == "pen":
        page.credits.append(("authors", credits.clean_name(a) or a, evidence, "sign-off"))
        page.doc.meta["_signoff_outlet"] = (b, evidence)
        if lookup_outlet(b):  # the registered outlet whose text it is: a source where a dateline names another
            page.credits.append(("source", b, evidence, "sign-off outlet"))  # (dropped as the page's own otherwise)
    elif kind == "self":
        page.doc.meta["_signoff_outlet"] = (a, evidence)
        found = find_date(b) if b else None
        if found is not None:
            page.dates.append((found, "sign_off", evidence))
    if mark:
        page.mark(i, rule)
    return rule
