"""Mark every line that is not article text with the rule that removes it.

Lines are never deleted: a removed line keeps its span and rule (removal codes in schema/reasons.yaml),
and credit lines are read again by the metadata steps. Rules are line patterns, plus a header pass for
what only position tells (title, section label, brand line above the title).
"""

from __future__ import annotations

import bisect
import re

from sikap.pipeline.split import dateline, word_count
from sikap.records import Doc, Line

_SEP = r"[›>»/|—–⁄·•-]"  # breadcrumb separators seen in dumps
_NAME = r"(?P<name>(?:[A-Z][\w.'’-]*\s*){1,6})"
_AI_TERMS = ("crawling", "crawl", "pengindeksan", "indexing", "scraping", "text and data mining", "TDM")
RULES: list[tuple[str, re.Pattern]] = [
    ("chrome.ad_slot", re.compile(r"^(billboard|leaderboard|skyscraper|advertisement|advertising|iklan|ads?|sponsored)(\s+(mobile|desktop|top|bottom|\d+))*$", re.I)),
    ("chrome.share", re.compile(r"^(share|bagikan|bagikan artikel ini|share this)\b[\s:|]*$", re.I)),
    ("chrome.breadcrumb", re.compile(r"^(home|beranda)\s*(?:" + _SEP + r"\s*[^›>»/|—–⁄·•-]+?\s*)+$", re.I)),
    ("chrome.toc", re.compile(r"^(daftar isi|table of contents|isi artikel)\s*:?$", re.I)),
    ("caption.photo", re.compile(r"^(foto|photo|ilustrasi|gambar|image|video)\s*(\([^)]*\))?\s*:", re.I)),
    ("link.read_also", re.compile(r"^(baca juga|baca pula|simak juga|lihat juga|berita terkait|read also)\b\s*:?", re.I)),
    ("credit.author", re.compile(r"^(Oleh|Penulis|Reporter|Pewarta|Wartawan|Author)\s*:?\s*" + _NAME + r"?$")),
    ("credit.translator", re.compile(r"^(Penerjemah|Alih bahasa|Translator)\s*:\s*(?P<name>.+)$", re.I)),
    ("credit.editor", re.compile(r"^(Editor|Redaktur|Penyunting)\s*:\s*(?P<name>.+)$", re.I)),
    ("credit.source", re.compile(r"^(Sumber|Source)\s*:\s*(?P<name>.+)$", re.I)),
    ("legal.copyright", re.compile(r"^(copyright|hak cipta)\b|^©", re.I)),
    # Anchored at line starts: unanchored, the look-aheads rescan the line from every position (quadratic).
    ("legal.ai_notice", re.compile(r"(?m)^(?=.*\b(" + "|".join(_AI_TERMS) + r")\b)(?=.*\b(izin|dilarang|permission|prohibited)\b)", re.I)),
    ("ad.channel", re.compile(r"^(join|gabung|ikuti)\b.*\b(telegram|whatsapp|channel|saluran)\b|^(join|gabung)( now| sekarang)?!?$", re.I)),
]
MAX_RULE_CHARS = 400  # a long paragraph is text, whatever words it contains


def _any_rule(rules: list[tuple[str, re.Pattern]]) -> re.Pattern:
    """One pattern that matches a line whenever a rule other than legal.ai_notice does: every rule is anchored
    at the line start (a line holds no newline), so their alternation, each with its own flags, tells in one
    match call whether the rules need to be tried one by one (most lines of text match none)."""
    parts = []
    for code, p in rules:
        if code != "legal.ai_notice":  # its look-aheads rescan the line; _may_be_ai_notice stands in
            body = p.pattern.replace("(?P<name>", "(?:")
            parts.append(f"(?{'i' if p.flags & re.I else '-i'}:{body})")
    return re.compile("|".join(parts))


_ANY_RULE = _any_rule(RULES)
_AI_WORD = re.compile(r"\b(" + "|".join(_AI_TERMS) + r")\b", re.I)
_AI_LOWER = tuple(t.lower() for t in _AI_TERMS)


_CASE_SPECIALS = "\u0131\u017f\u212a\u0130"  # ı, ſ, K, İ: re.I matches each to an ASCII letter


def _may_be_ai_notice(text: str) -> bool:
    """Necessary for legal.ai_notice: one of its terms occurs, case-insensitively. A substring test on the
    lower-cased line, unless the line holds one of _CASE_SPECIALS, which only the regex handles as re does."""
    if any(c in text for c in _CASE_SPECIALS):
        return _AI_WORD.search(text) is not None
    low = text.lower()
    return any(t in low for t in _AI_LOWER)


def _ai_terms(lines: list[str]) -> list[bool]:
    """_may_be_ai_notice of every rule-sized line (False for longer ones), with one lower-casing and one
    search per term over the lines joined (a term never spans a line)."""
    short = [i for i, t in enumerate(lines) if len(t) <= MAX_RULE_CHARS]
    joined = "\n".join([lines[i] for i in short])
    if any(c in joined for c in _CASE_SPECIALS):
        return [len(t) <= MAX_RULE_CHARS and _may_be_ai_notice(t) for t in lines]
    out = [False] * len(lines)
    low = joined.lower()  # as long as joined: İ, the one letter whose lower case is longer, is a special
    starts, at = [], 0
    for i in short:
        starts.append(at)
        at += len(lines[i]) + 1
    for term in _AI_LOWER:
        p = low.find(term)
        while p != -1:
            out[short[bisect.bisect_right(starts, p) - 1]] = True
            p = low.find(term, p + 1)
    return out


def match_rule(text: str, ai_term: bool | None = None) -> tuple[str, re.Match] | None:
    """The first rule that marks the line. ai_term: whether an AI-notice term occurs in the line, when the
    caller knows (strip_boilerplate finds them once per article); None: look here."""
    if len(text) > MAX_RULE_CHARS:
        return None
    if not _ANY_RULE.match(text) and not (_may_be_ai_notice(text) if ai_term is None else ai_term):
        return None
    for code, pattern in RULES:
        m = pattern.search(text)
        if m:
            return code, m
    return None


def _lede_index(doc: Doc) -> int:
    for i, ln in enumerate(doc.lines):
        text = doc.line_text(ln)
        if dateline(text) or word_count(text, 25) >= 25:
            return i
    return 0


def strip_boilerplate(doc: Doc) -> Doc:
    """Mark boilerplate lines; the title and section found in the header go to doc.meta."""
    from sikap.sources import registry

    lede = _lede_index(doc)
    ai_terms = _ai_terms([doc.line_text(ln) for ln in doc.lines])
    title: Line | None = None
    pending_author = False
    for i, ln in enumerate(doc.lines):
        text = doc.line_text(ln)
        hit = match_rule(text, ai_terms[i])
        if pending_author and hit is None and word_count(text, 6) <= 6 and not text.endswith("."):
            ln.rule, pending_author = "credit.author", False
            doc.meta.setdefault("_credit_names", []).append(("credit.author", text, text))
            continue
        pending_author = False
        if hit:
            code, m = hit
            ln.rule = code
            name = (m.groupdict().get("name") or "").strip()
            if code.startswith("credit."):
                if name:
                    doc.meta.setdefault("_credit_names", []).append((code, name, text))
                elif code == "credit.author":
                    pending_author = True
            if code == "chrome.breadcrumb":
                section = re.split(_SEP, text)[-1].strip()
                doc.meta["section"] = section
                doc.note("section", "extracted", "breadcrumb", text)
            continue
        if title is not None and text == doc.line_text(title):
            ln.rule = "title.repeat"
        elif i < lede and title is None and word_count(text, 3) >= 3:
            ln.rule, title = "title", ln
            doc.meta["title"] = text
            doc.note("title", "extracted", "first title-like header line", text)
        elif i < lede and title is None:
            if registry().match_alias(text.split()[0]):
                ln.rule = "chrome.brand"
            else:
                ln.rule = "chrome.section"
                doc.meta.setdefault("section", text)
                doc.note("section", "extracted", "section label above title", text)
    return doc
