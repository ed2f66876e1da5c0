"""The footer's own rules, and the sign-offs: an about-us text closing the page, a name line right after the
text, the teasers that follow footer chrome, a tag line closing the page (the sign-offs are in signoffs.py).
They are deliberately narrow: a page cut mid-sentence ends in a fragment that
must survive.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract import credits
from sikap.pipeline.extract.edge_lines import NUMBERED, PAREN_LINE, edge_code, known_non_person, prose_words
from sikap.pipeline.extract.footer_cuts import (_cut_at_a_letter, _cut_sentence, _cut_word, _prose_cut, cut_on_function_word,
                                                office_opens)
from sikap.pipeline.extract.knowledge import curated_data
from sikap.pipeline.extract.outlets import lookup_outlet
from sikap.pipeline.extract.text import FUNCTION_WORDS, WS, ends_sentence, headline_case, name_like, teaser_like
from sikap.pipeline.extract.zones import Zones, card_excerpt
from sikap.sources import registry


def about_us_tail(page) -> None:
    """The page's last lines that describe an outlet ("X menghadirkan berita ...", "X menyiarkan ..."), with
    only chrome after them, are its about-us footer. Runs before the last paragraph is found."""
    phrases = _about_phrases()
    reg = registry()
    lines = page.doc.lines
    pending = []  # short lines below the about-us text ("More videos!"): chrome too once it is found
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].rule is not None:
            continue
        code = edge_code(page.texts[i], page.nw[i])
        if code is not None:  # the footer's address, e-mail, copyright lines below an about-us text
            page.mark(i, code)
            continue
        if describes_outlet(page.texts[i], phrases, reg):
            page.mark(i, "legal.footer")
            for j in pending:
                page.mark(j, "chrome.widget")
            pending.clear()
            continue
        if page.nw[i] <= 3 and not pending:
            pending.append(i)
            continue
        break


# How near an about-us phrase stands to the outlet's name: after it ("Voice of America menyiarkan ...", "X, yang
# berkantor pusat di ...": a few words) or before it ("Kanal YouTube VOA Indonesia ..."). A story's one long line that
# opens with its outlet ("Kabarcontoh.com—Hari Ahad, ...") and much later says that a channel "menyiarkan" something
# is the text, not a footer (a development page, setA, lost its whole text once the outlet was registered).
_AFTER_NAME, _BEFORE_NAME = 60, 20


def describes_outlet(text: str, phrases, reg) -> bool:
    """An about-us text: an outlet describing itself ("X adalah media ..."), or an about-us phrase next to a
    registered outlet's name (within _AFTER_NAME characters after it or _BEFORE_NAME before it)."""
    folded = text.casefold()
    found = phrases.find_matches_as_indexes(folded, overlapping=True)
    if not found:
        return False
    if _SELF_DESCRIBED.match(text):
        return True
    if len(folded) != len(text):  # casefolding moved the offsets: any registered name counts, as before
        return next(reg.find(text), None) is not None
    return any(-_BEFORE_NAME <= start - m.end() <= _AFTER_NAME or 0 <= m.start() - end <= _BEFORE_NAME
               for _, m in reg.find(text) for _, start, end in found)


# "Kabarcontoh.id adalah media daring ...", "Harian Contoh merupakan portal berita ...": an outlet describing itself
_SELF_DESCRIBED = re.compile(r"^\s*(?P<o>(?:[A-Z][\w.&'-]*|[a-z][\w-]*\.[a-z.]{2,})(?:\s+[A-Z][\w.&'-]*){0,3})\s+"
                             r"(?:adalah|merupakan|ialah|is)\s+(?:sebuah\s+|an?\s+)?(?:media|portal|situs|surat kabar|"
                             r"koran|harian|perusahaan media|kanal|news)\b")


@functools.cache
def _about_phrases():
    """The about-us phrases (case-folded) as one automaton: a line is searched once, not once per phrase."""
    from ahocorasick_rs import AhoCorasick, Implementation

    return AhoCorasick([p.casefold() for p in curated_data("boilerplate.yaml").get("about_us", [])],
                       implementation=Implementation.DFA)


_OPENING_QUOTES = ('"', "“", "'", "‘", "«")


# words that open a clause and never a name: a short line under the text opened by one is a sentence cut short
_CLAUSE_OPENERS = frozenset({"adapun", "namun", "sementara", "selain", "kemudian", "lalu", "bahkan", "meski",
                             "meskipun", "sedangkan", "tetapi", "namun,", "ketika", "saat", "jika", "apabila"})


def footer_names(page, zones: Zones) -> None:
    """A name on its own line right after the text is its author ('Arfiandi ST MM')."""
    if zones.last is None:
        return
    if page.texts[zones.last].rstrip(WS).endswith(("...", "…")):
        # below a teaser's excerpt cut by an ellipsis the short lines are a widget's titles ("Kiai Bertutur", a
        # column's name under a related card; fresh-site probe page, 2026-12, setQ), never a sign-off
        for i in range(zones.last + 1, len(page.doc.lines)):
            if not page.free(i) or page.nw[i] > 4 or ends_sentence(page.texts[i]):
                break
            page.mark(i, "chrome.widget")
        return
    seen = set()
    _labelled_below(page, zones.last + 1)
    for i in range(zones.last + 1, min(len(page.doc.lines), zones.last + 4)):
        if not page.free(i):
            continue
        t = page.texts[i]
        if not t.split():
            continue  # a line of a form feed or other white space str.split drops (property test, 2026-12)
        if PAREN_LINE.match(t) or page.nw[i] > 6 or t.lstrip(WS)[:1] in _OPENING_QUOTES:
            break  # ('"Tolong Kader Kesehatan Desa': a quotation the page's end cut, never a credit; fix set EC)
        first = t.split()[0].casefold()
        if first in _CLAUSE_OPENERS or lookup_outlet(t.split()[0]) or i + 1 == len(page.doc.lines) and office_opens(t):
            break  # "Adapun Ketua": a sentence the page's end cut; "Outlet Stories": a column's name (fix set FD)
        name = credits.clean_name(t, allcaps=i == zones.last + 1 and 2 <= page.nw[i] <= 4)  # "FULL NAME" sign-off
        if not name and page.nw[i] <= 4 and credits.names_nobody(t) and not cut_on_function_word(t) \
                and not (i + 1 == len(page.doc.lines) and (_cut_word(page, t) or _prose_cut(t)
                                                            or ("," in t or ":" not in t and "(" not in t)
                                                            and _cut_sentence(t))):
            # (a clause and a lower-case word after its comma, "Dugaan sementara, sumber", is prose the page's end cut:
            # probe set BB, 2026-12; so is a lower-case word with no label's colon or bracket, "Terkait posi": a credit
            # naming nobody is printed in capitals or labelled, fix sets IN and KO)
            page.mark(i, "credit.author")  # "Web Desk Staff": a credit line that names nobody (the page's last
            continue  # line cut in a word is prose: "Kementerian Pertahanan juga membant")
        if not name or known_non_person(t) or not (len(t.split()) > len(name.split()) or len(name.split()) >= 2) \
                or prose_words(page, t):
            break
        if i + 1 == len(page.doc.lines) and (_cut_word(page, t) or _cut_at_a_letter(page, t)):
            break  # the page cut in its last word ("Penunjukan Patr", "Militer U"): a fragment of prose, not a sign-off
        if _over_prose(page, i):
            break  # a heading over more prose (a subheading above a paragraph, or above the page's cut-off end)
        if name not in seen:
            page.credits.append(("authors", t, t, "name line after the text"))
            seen.add(name)
        page.mark(i, "credit.author")


def _labelled_below(page, i: int) -> None:
    """'NAME' / 'Editor' / 'NAME' / 'Reporter' right after the text: each name above the bare role label that
    says whose it is, as header credit blocks print it too (edges._names_by_bylines); a label makes even a
    one-word pen name a credit (held-out probe page, 2026-12, setL)."""
    n = len(page.doc.lines)
    while i + 1 < n and page.free(i) and page.free(i + 1) and page.nw[i] <= 4:
        role = credits.bare_label(page.texts[i + 1])
        t = page.texts[i].strip(WS)
        if role is None or not credits.clean_name(t) or known_non_person(t):
            return
        page.credits.append((role, t, f"{page.texts[i]} / {page.texts[i + 1]}", "name above its role label"))
        page.mark(i, f"credit.{role.rstrip('s')}")
        page.mark(i + 1, f"credit.{role.rstrip('s')}")
        i += 2


def _over_prose(page, i: int) -> bool:
    """More prose follows line i: a paragraph, a table's row (a heading over a table, fix set KE), or the page's
    cut-off last sentence (or words, the last cut short: "Presiden Ukrain", fix set KC); or, below a second short
    heading ("Heading" / "Sub-heading" / paragraph), a paragraph that ends a sentence (a teaser's headline
    under a block's heading ends none) or the cut-off end (held-out probe page, 2026-12, setL)."""
    n = len(page.doc.lines)
    for j in range(i + 1, min(i + 3, n)):
        if not page.free(j):
            return False
        if j == i + 1 and page.texts[j].count("|") >= 2:
            return True
        if j + 1 == n and (_cut_sentence(page.texts[j]) or _cut_word(page, page.texts[j])) \
                or page.nw[j] >= 8 and (j == i + 1 or ends_sentence(page.texts[j])):
            return True
        if page.nw[j] > 6:
            return False
    return False


def footer_tail(page, zones: Zones) -> None:
    """Below the text: headlines that follow a related block or a menu are its teasers; a line of
    capitalised keywords closing the page is a tag line. A cut-off sentence survives both."""
    lines = page.doc.lines
    _headline_run(page, zones)
    chrome_seen = False
    # the page's last free line, found once: the loop marks only the line it reads, and none after it
    last_free = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].rule is None), -1)
    for i in range(zones.last + 1, len(lines)):
        t = page.texts[i]
        if lines[i].rule is not None:
            chrome_seen = chrome_seen or lines[i].rule in ("link.related", "chrome.nav", "meta.tags")
            continue
        if chrome_seen and teaser_like(t, page.nw[i]) and (headline_case(t, page.nw[i]) or page.nw[i] <= 3) \
                and not (i == last_free and len(t.strip(WS)) <= 3 and any(c.isalpha() for c in t)):  # '"P': the text's
            # cut last sentence, no headline (a pager's '1 2' is chrome)
            page.mark(i, "link.related")
            continue
        if i > zones.last + 1 and page.free(i - 1) and card_excerpt(page.texts, page.nw, i):
            page.mark(i - 1, "link.related")  # a related post's headline and its cut excerpt
            page.mark(i, "link.related")
            continue
        if i == last_free and page.nw[i] <= 3 and not ends_sentence(t) and _under_widget(page, i):
            page.mark(i, "chrome.widget")  # the page cut inside the comment form it printed ("Tinggalkan Balasan" over
            continue  # "Alamat e": the form's notice, cut; fix set EE, 2026-12): a fragment of the form, not of the text
        if i == last_free and (_tag_line(t) or _comma_tags(t)):
            page.mark(i, "meta.tags")
        elif page.nw[i] <= 8 and _LABELLED.match(t) and any(
                0 <= k < len(lines) and (lines[k].rule or "").startswith("credit.") for k in (i - 1, i + 1)):
            page.mark(i, "credit.other")  # "Program: X", "Uploader: Y" in a video's credit block, between its credits


def _under_widget(page, i: int) -> bool:
    """The nearest non-empty line above i is a widget's string (a comment form's head, a share row)."""
    k = i - 1
    while k >= 0 and not page.texts[k].strip(WS):
        k -= 1
    return k >= 0 and page.doc.lines[k].rule == "chrome.widget"


# a list's item opened by its day ("10 Mei: Team A 3-0 Team B"): a team's results or a schedule the text lists under
# its own heading (a sports story cut there; probe set AR, 2026-12), not another story's headline
_DATED_ITEM = re.compile(r"^\s*\d{1,2}\s+[^\W\d_]{3,10}\.?\s*:\s")


def _headline_run(page, zones: Zones) -> None:
    """Three or more headlines in a row below the text (Title Case, four to 20 words, no sentence's end), with
    no free line after them: a list of other stories whose heading was a picture or a link the copy lost (a
    portal's "Populer" box closing its pages; fresh-site probe pages, 2026-12). A list the text introduces ("...
    sebagai berikut:") is the text's."""
    lines, n = page.doc.lines, len(page.doc.lines)
    run = []
    for i in range(zones.last + 1, n):
        if lines[i].rule is not None:
            continue
        if 4 <= page.nw[i] <= 20 and teaser_like(page.texts[i], page.nw[i]) and headline_case(page.texts[i], page.nw[i]) \
                and not _DATED_ITEM.match(page.texts[i]):
            run.append(i)
            continue
        return  # a free line of another kind below: not a list closing the page

    if len(run) >= 3 and not page.texts[zones.last].rstrip(WS).endswith(":"):
        for i in run:
            page.mark(i, "link.related")


# a label of one or two words and its value ("Uploader: NAME"): a credit block's row, next to its known credits
_LABELLED = re.compile(r"^\s*[^\W\d_][\w]{1,15}(?: [\w]{1,15})?\s*:\s*\S")


def _comma_tags(text: str) -> bool:
    """'Gaza, Israel, Hamas, Gencatan Senjata': keywords separated by commas closing a page (four at least, one to
    three words each, all capitalised but one, no sentence mark and no 'dan' joining the last: a list in a
    sentence is joined so, and a sentence cut by the page's end ('Pakar hukum X, NAME, m') has lower-case words)."""
    if ends_sentence(text) or any(c in text for c in ".:;!?\"“”()"):
        return False
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 4 or any(not p or len(p.split()) > 3 for p in parts):
        return False
    if any(w.casefold() in ("dan", "serta", "atau", "and", "or") for p in parts for w in p.split()):
        return False
    return sum(not (p[0].isupper() or p[0].isdigit()) for p in parts) <= 1


def _tag_line(text: str) -> bool:
    """Keywords closing a page ('IAEA Badan Atom Internasional Iran Nuklir'): capitalised words only, and
    not a name ('Dede Eka Nurdiansyah') nor a numbered subheading cut by the page's end ('2. Desakan Investi')."""
    toks = text.split()
    if len(toks) < 3 or ends_sentence(text) or any(c in text for c in ",;:") or name_like(text, 4) \
            or NUMBERED.match(text):
        return False
    return all(t[0].isupper() or t[0].isdigit() for t in toks) and not any(t.lower() in FUNCTION_WORDS for t in toks)
