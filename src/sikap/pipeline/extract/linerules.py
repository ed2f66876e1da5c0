"""The line rules of mark_boilerplate: what one line says by itself, wherever it stands on the page.

A line is judged alone here (the phrase catalogue, labelled credits, photo captions and credits, AI
notices); blocks, zones and the header and footer rules (boilerplate.py, zones.py, edges.py) look at its
neighbours afterwards. Most lines are body text, and `_body_text` passes them over with a few lookups and
one alternation of every start pattern; the others get a verdict from `_verdict`, a pure function of the
line kept for recent lines, since chrome repeats on every page of a site.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from sikap.pipeline.extract import captions, credit_lines, credits, notices
from sikap.pipeline.extract.knowledge import first_word, line_catalogue, line_key
from sikap.pipeline.extract.credit_verdicts import _ADAPTED, _REPUBLISHED  # (_REPUBLISHED: read by attributions.py too)
from sikap.pipeline.extract.credit_verdicts import credit_verdict as _credit_verdict
from sikap.pipeline.extract.text import LINE_CACHE, WS, ascii_lower

if TYPE_CHECKING:
    from sikap.pipeline.extract.boilerplate import Page

_BREAD_SEP = re.compile(r"\s*[›>»/|—–⁄·•-]\s*")


@functools.lru_cache(maxsize=LINE_CACHE)
def _verdict(t: str, nw: int) -> tuple | None:
    """The line rules' answer for a line that is not plain body text: ("credited", rule, credits, waiting
    field), ("code", code), ("tail",) for a line closed by a credit (a caption unless it closes the text),
    or None. A pure function of the line, kept for recent lines: chrome repeats on every page of a site
    ("Penulis :", "Bagikan", "Sumber: AFP"), so most candidate lines of a large corpus were judged before."""
    got = _credit_verdict(t, nw)
    if got is not None:
        return ("credited", *got)
    code = line_catalogue().match(t, nw, edges=False)
    if code is None:
        if (nw <= 10 and captions.credit_only(t)) or captions.caption_prefix(t):
            return ("code", "caption.photo")
        tail = captions.credit_tail(t)  # searched once for both questions below
        if captions.photo_credit(tail) or _agency_tail(t):
            return ("code", "caption.photo")
        if tail is not None and not _dateline_dashes(t, tail):
            return ("tail",)  # "[NAME / AFP]", "(Outlet.com/NAME)": a caption unless it closes the text
        return None
    return ("code", code)


def _dateline_dashes(t: str, tail: re.Match) -> bool:
    """The credit found is the dateline's own separator and the lede's first words ("Kota, Outlet -- Direktorat Lalu
    Lintas" over the rest of the sentence, cut by a hard line break; probe set AO, 2026-12)."""
    from sikap.pipeline.extract import datelines

    if not tail.group(0).lstrip().startswith("-"):
        return False  # ("[NAME / AGENCY]" read as a bracketed dateline is still the photo's credit)
    found = datelines.parse(t)
    return found is not None and not found.standalone and tail.start() < found.end


_PAREN_TAIL = re.compile(r"\s\(([^()]{2,30})\)\s*$")


def _agency_tail(text: str) -> bool:
    """'... berfoto bersama peserta pelayaran d (Antara)': a credit in parentheses closing a line that is not
    a finished sentence is a (cut) caption's; after a full stop it is a sign-off, read elsewhere."""
    if not text.rstrip().endswith(")"):
        return False
    from sikap.pipeline.extract.outlets import lookup_outlet
    from sikap.pipeline.extract.text import ends_sentence

    m = _PAREN_TAIL.search(text)
    if m is None or ends_sentence(text[:m.start()]):
        return False
    from sikap.pipeline.extract.header_bylines import names_at_outlet

    if names_at_outlet(text) is not None:
        return False  # "NAME (Outlet)": a byline naming the writer's outlet, read by the byline rules (probe set AK)
    parts = m.group(1).split("/")  # "(Outlet/NAME)" too, and "(NAME/Outlet)" (harvest page, 2026-12)
    return lookup_outlet(parts[0].strip()) is not None or len(parts) == 2 and lookup_outlet(parts[1].strip()) is not None


@functools.cache
def _start_table() -> tuple:
    """[n_words] -> one alternation of every rule that looks at a line's start (catalogue patterns allowed
    for that length, credit labels, source and republication lines, caption prefixes): a line of body
    text matches none, and is passed over with this one call."""
    from sikap.pipeline.extract.alternation import alternation
    from sikap.pipeline.extract.knowledge import credits as credit_knowledge

    cat = line_catalogue()
    extra_short = [credit_knowledge().label_re, credit_lines._SOURCE, _REPUBLISHED, _ADAPTED]  # credit lines: at most 24 words
    table, made = [], {}
    for n in range(61):
        pats = tuple(p for _, p, w, e in cat.patterns if w >= n and not e) + (captions.PREFIX,)
        if n <= 24:
            pats += tuple(extra_short)
        if pats not in made:
            made[pats] = alternation(pats)
        table.append(made[pats])
    return tuple(table)


@functools.cache
def _needle_screen():
    """One scan of a page for the strings the start patterns require (alternation.NeedleScreen)."""
    from sikap.pipeline.extract.alternation import NeedleScreen

    return NeedleScreen(_start_table())


def _body_text(t: str, nw: int, cat, starts: tuple, found: frozenset | None = None) -> bool:
    """True when no rule of `line_rules` can take the line (most lines of a page): no closing credit, not
    short enough for an exact phrase, no prefix phrase's first word, no rule's start pattern. The cheap
    checks come first; the first word is read only when the line's first three characters may open one.
    `starts`: _start_table(), looked up once a page; `found`: the strings start patterns require that the line
    holds (_needle_screen; None: not known)."""
    end = t.rstrip()
    if end[-1:] in (")", "]", "-") or nw <= 5 and t[:4].lower() == "via ":  # (_VIA: "Via Outlet")
        return False
    if nw <= 24 and t[:1] in "AaBbTtLl" and " ini " in t[:16] and " oleh " in t:  # (_PRODUCED: "Artikel ini ...")
        return False
    if nw <= 3 and end[-1:] == "." and end[:1].isupper():  # (_AGENCY_STOP: "Anadolu.")
        return False
    tail = end[-140:]
    if "/" in tail or "|" in tail or "--" in tail or ":" in tail[-50:] or "- " in tail[-14:] or "– " in tail[-14:]:
        return False  # a closing credit ("Foto: Outlet", "- Ist")
    if "Foto " in tail[-60:] or "-via " in tail[-30:]:  # a Malay closing credit ("... Foto NAME, 14 MEI 2024."), an
        return False  # agency's photo credit glued by dashes ("... macet,-NAME-via AFP")
    if nw <= cat.exact_words:
        key = line_key(t)
        if key in cat.exact or key.split(" ", 1)[0].split(":", 1)[0] in cat.by_first_word:
            return False
    else:
        may = cat.heads.get(t[:3])
        if may is None:
            may = cat.may_open_phrase(t[:3])
        if may and first_word(t) in cat.by_first_word:
            return False
    return not starts[nw].match(t.strip(" \t\u00a0"), found)


@functools.lru_cache(maxsize=LINE_CACHE)
def _plain_line(t: str, nw: int, found: frozenset | None) -> bool:
    """_body_text, kept for recent lines: its answer is a pure function of the line (`nw` is the line's word count and
    `found` the strings the start patterns require that it holds, both read off the line; the catalogue and the
    start table never change), and lines repeat from page to page (a site's chrome on every page, a story's
    paragraphs in its copies), so about half of the lines a chunk of pages asks about were asked already."""
    return _body_text(t, nw, line_catalogue(), _start_table(), found)


def _label_above(page: "Page", j: int) -> tuple | None:
    """(j, field) when line j is a credit label alone without its colon ("Editor"), which the next line's ": NAME"
    completes (probe page, 2026-12, setS); the label is marked. None otherwise."""
    got = _credit_verdict(page.texts[j].strip(WS) + ":", page.nw[j])
    if got is None or got[1] or got[2] is None:
        return None
    page.mark(j, got[0])
    return j, got[2]


def line_rules(page: "Page") -> None:
    """Mark every line a rule takes by itself; credits found go to page.credits, credit-closed lines that
    may be captions to page.tail_captions."""
    doc = page.doc
    joined = page.joined()
    low = ascii_lower(joined)
    flags = notices.term_flags(page.texts, joined, low)
    needles = _needle_screen().found_lines(page.texts, joined, low) or [None] * len(page.texts)
    waiting = None  # (line index, field) of a credit label whose name may stand on the next line
    for i, (ln, t, nw, flag, found) in enumerate(zip(doc.lines, page.texts, page.nw, flags, needles)):
        if ln.rule is not None:
            continue
        if flag and notices.is_ai_notice(t, flag):
            page.mark(i, "legal.ai_notice")
            continue
        if waiting is not None and waiting[0] != i - 1:
            waiting = None  # the line after the label was taken by another rule
        if waiting is None and i and page.nw[i - 1] <= 3 and (t[:1] == ":" or nw <= 4 and page.nw[i - 1] == 1) \
                and page.free(i - 1) and (t[:1] == ":" or credits.clean_name(t.strip(WS))
                     and not (i >= 2 and page.free(i - 2) and page.nw[i - 2] <= 4
                              and credits.clean_name(page.texts[i - 2].strip(WS)))):
            # "Editor" over ": NAME": the label's colon went down a line; "Editor" over "NAME": a label and its
            # name as two lines of a byline box (a national magazine's portal; probe set AO, 2026-12), unless a
            # name stands over the label too ("NAME" / "Reporter" / "NAME" / "Editor": each name over its role)
            waiting = _label_above(page, i - 1)
            if waiting is not None and i >= 2 and page.free(i - 2) and page.nw[i - 2] == 1:
                _label_above(page, i - 2)  # "Reporter" over "Editor" over NAME: a label printed without its name
        if nw > 60 or (waiting is None and _plain_line(t, nw, found)):
            continue  # a paragraph of text: no line rule takes it
        if waiting is not None:
            field_name, waiting = waiting[1], None
            name = t.strip(WS + ":")  # ": NAME" under "Editor": the label's colon went to the name's line (setS)
            if nw <= 6 and credits.clean_name(name):
                page.credits.append((field_name, name, t, "credit label on the line before"))
                page.mark(i, "credit.author" if field_name == "authors" else f"credit.{field_name.rstrip('s')}")
                continue
        verdict = _verdict(t, nw)
        if verdict is None:
            continue
        if verdict[0] == "credited":
            _, rule, found, field_name = verdict
            page.credits.extend((f, printed, t, method) for f, printed, method in found)
            if field_name is not None:
                waiting = (i, field_name)
            page.mark(i, rule)
        elif verdict[0] == "tail":
            page.tail_captions.append(i)
        else:
            page.mark(i, verdict[1])
            if verdict[1] == "chrome.breadcrumb":
                # the last short element: a trail may end on the story's headline ('Home / Rubric / HEADLINE')
                parts = [p.strip() for p in _BREAD_SEP.split(t) if p.strip()]
                section = next((p for p in reversed(parts) if len(p.split()) <= 4), parts[-1] if parts else "")
                doc.meta["section"] = section
                doc.note("section", "extracted", "breadcrumb", t)
