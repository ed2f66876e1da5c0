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

from sikap.pipeline.extract import captions, credits, notices
from sikap.pipeline.extract.knowledge import first_word, line_catalogue, line_key
from sikap.pipeline.extract.text import LINE_CACHE, fold

if TYPE_CHECKING:
    from sikap.pipeline.extract.boilerplate import Page

_REPUBLISHED = re.compile(r"(?i)^(?:artikel|berita|tulisan|konten) ini (?:telah|sudah|pertama kali) "
                          r"(?:tayang|terbit|dimuat|dipublikasikan|diterbitkan) (?:di|pada|oleh) (?P<o>.+?)"
                          r"(?:\s+dengan judul\b.*|[.:]\s+.*|[.:]?\s*)$")
_BREAD_SEP = re.compile(r"\s*[›>»/|—–⁄·•-]\s*")


_CREDIT_RULE = {"authors": "credit.author", "editors": "credit.editor", "translators": "credit.translator",
                "source": "credit.source"}


def _credit_verdict(t: str, nw: int) -> tuple | None:
    """What a labelled credit line says, as data: (rule, [(field, printed, method)], the field of a label
    whose name stands on the next line, or None); None when the line is no credit."""
    if nw > 24:
        return None
    m = _REPUBLISHED.match(t)
    if m:
        return "credit.source", (("source", m.group("o"), "republication notice"),), None
    parsed = credits.parse_credit_line(t)
    if not parsed:
        return None
    nobody = False
    for field_name, printed in parsed:
        if field_name != "source" and printed and not credits.names_any(printed):
            if fold(printed) in credits.not_names():
                nobody = True  # "Oleh Tim Redaksi": a credit line that names nobody
                continue
            return None  # "Oleh karena itu": a label word that opens a sentence
    if nobody and all(not p or fold(p) in credits.not_names() for f, p in parsed if f != "source"):
        return "credit.author", (), None
    found, waiting = [], None
    for field_name, printed in parsed:
        if printed:
            found.append((field_name, printed, "labelled credit"))
        elif field_name != "source":
            waiting = field_name
    return _CREDIT_RULE[parsed[0][0]], tuple(found), waiting


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
    if code is None and ((nw <= 10 and captions.credit_only(t)) or captions.caption_prefix(t)
                         or captions.photo_tail(t) or _agency_tail(t)):
        code = "caption.photo"
    elif code is None and captions.has_credit_tail(t):
        return ("tail",)  # "[NAME / AFP]", "(Outlet.com/NAME)": a caption unless it closes the text
    return ("code", code) if code is not None else None


_PAREN_TAIL = re.compile(r"\s\(([^()]{2,30})\)\s*$")


def _agency_tail(text: str) -> bool:
    """'... berfoto bersama peserta pelayaran d (Antara)': a credit in parentheses closing a line that is not
    a finished sentence is a (cut) caption's; after a full stop it is a sign-off, read elsewhere."""
    if not text.rstrip().endswith(")"):
        return False
    from sikap.pipeline.extract.outlets import lookup_outlet
    from sikap.pipeline.extract.text import ends_sentence

    m = _PAREN_TAIL.search(text)
    return m is not None and lookup_outlet(m.group(1).split("/")[0].strip()) is not None \
        and not ends_sentence(text[:m.start()])  # "(Outlet/NAME)" too


@functools.cache
def _start_table() -> tuple:
    """[n_words] -> one alternation of every rule that looks at a line's start (catalogue patterns allowed
    for that length, credit labels, source and republication lines, caption prefixes): a line of body
    text matches none, and is passed over with this one call."""
    from sikap.pipeline.extract.alternation import alternation
    from sikap.pipeline.extract.knowledge import credits as credit_knowledge

    cat = line_catalogue()
    extra_short = [credit_knowledge().label_re, credits._SOURCE, _REPUBLISHED]  # credit lines: at most 24 words
    table, made = [], {}
    for n in range(61):
        pats = tuple(p for _, p, w, e in cat.patterns if w >= n and not e) + (captions.PREFIX,)
        if n <= 24:
            pats += tuple(extra_short)
        if pats not in made:
            made[pats] = alternation(pats)
        table.append(made[pats])
    return tuple(table)


def _body_text(page: "Page", i: int, cat) -> bool:
    """True when no rule of `line_rules` can take line i (most lines of a page): not short enough for an
    exact phrase, no prefix phrase's first word, no rule's start pattern, no closing credit."""
    t = page.texts[i]
    nw = page.nw[i]
    if nw <= cat.exact_words:
        key = line_key(t)
        if key in cat.exact or key.split(" ", 1)[0].split(":", 1)[0] in cat.by_first_word:
            return False
    else:
        if first_word(t) in cat.by_first_word:
            return False
    if _start_table()[nw].match(t.strip(" \t\u00a0")):
        return False
    end = t.rstrip()
    if end[-1:] in (")", "]", "-"):
        return False
    tail = end[-140:]
    return not ("/" in tail or "|" in tail or "--" in tail or ":" in tail[-50:])


def line_rules(page: "Page") -> None:
    """Mark every line a rule takes by itself; credits found go to page.credits, credit-closed lines that
    may be captions to page.tail_captions."""
    cat = line_catalogue()
    doc = page.doc
    flags = notices.term_flags(page.texts)
    waiting = None  # (line index, field) of a credit label whose name may stand on the next line
    for i, ln in enumerate(doc.lines):
        if ln.rule is not None:
            continue
        t, nw = page.texts[i], page.nw[i]
        if flags[i] and notices.is_ai_notice(t, flags[i]):
            page.mark(i, "legal.ai_notice")
            continue
        if waiting is not None and waiting[0] != i - 1:
            waiting = None  # the line after the label was taken by another rule
        if nw > 60 or (waiting is None and _body_text(page, i, cat)):
            continue  # a paragraph of text: no line rule takes it
        if waiting is not None:
            field_name, waiting = waiting[1], None
            if nw <= 6 and credits.clean_name(t):
                page.credits.append((field_name, t, t, "credit label on the line before"))
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
                section = _BREAD_SEP.split(t)[-1].strip()
                doc.meta["section"] = section
                doc.note("section", "extracted", "breadcrumb", t)
