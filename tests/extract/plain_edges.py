"""The header and footer passes of edges.py as they were written first (revision 37d77db): plain loops over
every line, asking `page.free` of each. tests/extract/test_page_passes.py checks that the faster passes
mark, record and return exactly what these do. Kept only as the reference: the build never runs them.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import captions, credits
from sikap.pipeline.extract.edge_lines import BULLET as _BULLET
from sikap.pipeline.extract.edge_lines import NUMBERED as _NUMBERED
from sikap.pipeline.extract.edge_lines import PAREN_LINE as _PAREN_LINE
from sikap.pipeline.extract.edge_lines import date_line, edge_code, prose_words
from sikap.pipeline.extract.edge_lines import known_non_person as _known_non_person
from sikap.pipeline.extract.edges import (_INTERFACE, _NAV_WORDS, _date_below_deck, _edge_indexes, _printed_below,
                                         _today_bar, _updated_first)
from sikap.pipeline.extract.edges_footer import (_LABELLED, _SELF_DESCRIBED, _comma_tags, _headline_run, _tag_line,
                                                 _under_widget)
from sikap.pipeline.extract.signoffs import _read_signoff
from sikap.pipeline.extract.edges_footer import footer_names as _footer_names
from sikap.pipeline.extract.outlet_prompts import host_tagline
from sikap.pipeline.extract.edges_title import (_INITIALLED, _channel_path, _comma_headline, _dated_below, _headline_below,
                                                _headline_twice_below, _lede_is_headline, _printed_twice, _role_below,
                                                _sentence_case_headline, _stop_headline)
from sikap.pipeline.extract.header_repeats import pull_quote_lede
from sikap.pipeline.extract.header_bylines import agency_byline
from sikap.pipeline.extract.header_lines import _ICON_ALT, _cut_copy, _lone_dashed_lede, _runs_into_lower
from sikap.pipeline.extract.title_fallbacks import _title_after_body, _title_below_lede, teaser_over_dateline
from sikap.pipeline.extract.title_text import _same, _title_key, clean_title
from sikap.pipeline.extract.captions_header import header_caption
from sikap.pipeline.extract.inline import split_line
from sikap.pipeline.extract.outlets import lookup_outlet, outlet_shaped
from sikap.pipeline.extract.wrapped import in_wrapped_paragraph
from sikap.pipeline.extract.signoff_forms import signoff_start
from sikap.pipeline.extract.knowledge import line_key
from sikap.pipeline.extract.signoffs import _bracketed_code, _signoff_before_stop, _wrapped_signoff
from sikap.pipeline.extract.edges_title import _no_title, runs_on
from sikap.pipeline.extract.text import DOMAIN, WS, ends_sentence, headline_case, name_like, teaser_like, title_like
from sikap.pipeline.extract.zones import Zones, caption_like, card_excerpt


def mark_edges(page, zones: Zones) -> None:
    doc, n = page.doc, len(page.doc.lines)
    for i in _edge_indexes(zones, n):
        if not page.free(i) or i == zones.dateline_at:
            continue
        t = page.texts[i]
        code = edge_code(t, page.nw[i])
        if code:
            page.mark(i, code)
            continue
        got = date_line(t) if page.nw[i] <= 16 else None
        if got is not None and _today_bar(page, zones, i, t, got[0]) and not (got[1] or got[2]):
            page.mark(i, "chrome.header")
            continue
        if got is not None and got[1] and _printed_below(page, i, t):
            continue
        if got is not None:
            found, name, outlet = got
            basis = "byline" if name else ("date_stamp" if re.match(r"(?i)^\s*date\b", t) else "date_line")
            if _updated_first(t, found):
                basis = "updated"
            page.dates.append((found, basis, t))
            page.mark(i, "meta.byline" if name else "meta.date_line")
            if name:
                page.credits.append(("authors", name, t, "byline with its date"))
            if outlet:
                doc.meta.setdefault("_byline_outlet", (outlet, t))
    _date_below_deck(page, zones)
    _names_by_bylines(page, zones)
    _nav_runs(page, zones, zones.header)


def mark_footer(page, zones: Zones) -> None:
    _footer_names(page, zones)
    _nav_runs(page, zones, zones.edge)
    if zones.last is not None:
        _footer_tail(page, zones)


def _names_by_bylines(page, zones: Zones) -> None:
    """Names printed on their own lines next to a byline or date line in the header ('Tia Dwitiani
    Komalasari' above '22 Oktober 2024, 17:46'; 'Ellyvon Pranita,' / 'Gloria Setyvani Putri' / 'Tim Redaksi'
    under 'Kompas.com - 31/10/2019, 10:48 WIB')."""
    doc = page.doc
    anchors = [i for i, ln in enumerate(doc.lines) if ln.rule in ("meta.date_line", "meta.byline") and zones.header(i)]
    if not anchors:
        return
    headline_above, seen = [], False  # headline_above[j]: a free headline-like line stands above line j
    for k in range(anchors[-1] + 2):
        headline_above.append(seen)
        seen = seen or (k < len(doc.lines) and page.free(k) and title_like(page.texts[k])
                        and not (page.nw[k] <= 4 and _headline_below(page, k, zones.lede if zones.lede is not None else 0, page.nw[k])))
        # (a short rubric over a longer headline is not the headline: "Liga Kota" above the title)
    for a in anchors:
        for step in (-1, 1):
            j = a + step
            named = []  # the credits this walk read: a role label after them says whose names they are
            while page.free(j) and zones.header(j) and page.nw[j] <= 6 and j != zones.dateline_at \
                    and (headline_above[a] if step == 1 else j < len(headline_above) and headline_above[j]):
                t = page.texts[j].strip(WS).rstrip(",").lstrip("-–•· ")
                role = credits.bare_label(t) if step == 1 else None
                if role is not None and named:
                    for k in named:  # "NAME" / "Editor": the label follows the name it labels
                        page.credits[k] = (role, *page.credits[k][1:])
                    named = []
                    page.mark(j, "meta.byline")
                elif "," in t and agency_byline(page, j, t):
                    pass
                elif 2 <= len(t.split()) <= 4 and (lookup_outlet(t) or outlet_shaped(t)):
                    page.doc.meta.setdefault("_byline_outlet", (t, page.texts[j]))
                    page.mark(j, "meta.byline")
                elif credits.clean_name(t, allcaps=False) and not _known_non_person(t) and not prose_words(page, t):
                    named.append(len(page.credits))
                    page.credits.append(("authors", t, page.texts[j], "name beside the byline"))
                    page.mark(j, "meta.byline")
                elif line_key(t) in credits.not_names():
                    page.mark(j, "meta.byline")
                else:
                    break
                j += step


def _nav_runs(page, zones: Zones, where) -> None:
    """Three or more short lines in a row at the page's edges (`where`: zones.header or zones.edge) are a menu; an
    interface string the catalogue took stands in a menu's run."""
    lines, n = page.doc.lines, len(page.doc.lines)
    idx = [i for i in _edge_indexes(zones, n) if where(i)]
    k = 0
    while k < len(idx):
        m = k
        while m < len(idx) and idx[m] == idx[k] + (m - k) and (lines[idx[m]].rule in _INTERFACE or lines[idx[m]].rule is None
                and page.nw[idx[m]] <= _NAV_WORDS and idx[m] != zones.dateline_at and not ends_sentence(page.texts[idx[m]])):
            m += 1
        if m - k >= 3:
            for q in range(k, m):
                if lines[idx[q]].rule is None:
                    page.mark(idx[q], "chrome.nav")
        k = max(m, k + 1)


def about_us_tail(page) -> None:
    """The page's last lines that describe an outlet ("X menghadirkan berita ...", "X menyiarkan ..."), with
    only chrome after them, are its about-us footer. Runs before the last paragraph is found."""
    from sikap.sources import registry

    reg = registry()
    pending = []  # short lines below the about-us text ("More videos!"): chrome too once it is found
    for i in range(len(page.doc.lines) - 1, -1, -1):
        if not page.free(i):
            continue
        code = edge_code(page.texts[i], page.nw[i])
        if code is not None:  # the footer's address, e-mail, copyright lines below an about-us text
            page.mark(i, code)
            continue
        if _describes_outlet(page.texts[i], reg):
            page.mark(i, "legal.footer")
            for j in pending:
                page.mark(j, "chrome.widget")
            pending.clear()
            continue
        if page.nw[i] <= 3 and not pending:
            pending.append(i)
            continue
        break


def _describes_outlet(text: str, reg) -> bool:
    """An about-us phrase in the line, and the line an outlet describing itself or the phrase within 60
    characters after a registered name or 20 before it (every occurrence of every phrase tried)."""
    from sikap.pipeline.extract.knowledge import curated_data

    folded = text.casefold()
    spans = []
    for phrase in curated_data("boilerplate.yaml").get("about_us", []):
        p = phrase.casefold()
        k = folded.find(p)
        while k >= 0:
            spans.append((k, k + len(p)))
            k = folded.find(p, k + 1)
    if not spans:
        return False
    if _SELF_DESCRIBED.match(text):
        return True
    names = [(m.start(), m.end()) for _, m in reg.find(text)]
    if len(folded) != len(text):
        return bool(names)
    return any(-20 <= s - ne <= 60 or 0 <= ns - e <= 20 for ns, ne in names for s, e in spans)


def _footer_tail(page, zones: Zones) -> None:
    """Below the text: headlines that follow a related block or a menu are its teasers; a line of
    capitalised keywords closing the page is a tag line. A cut-off sentence survives both."""
    doc, n = page.doc, len(page.doc.lines)
    _headline_run(page, zones)  # three or more headlines closing the page: the pass itself is the reference
    chrome_seen = False
    for i in range(zones.last + 1, n):
        t = page.texts[i]
        if not page.free(i):
            chrome_seen = chrome_seen or (doc.lines[i].rule or "") in ("link.related", "chrome.nav", "meta.tags")
            continue
        if chrome_seen and teaser_like(t, page.nw[i]) and (headline_case(t, page.nw[i]) or page.nw[i] <= 3) \
                and not (i == _last_free(page) and len(t.strip(WS)) <= 3 and any(c.isalpha() for c in t)):
            page.mark(i, "link.related")
            continue
        if i > zones.last + 1 and page.free(i - 1) and card_excerpt(page.texts, page.nw, i):
            page.mark(i - 1, "link.related")
            page.mark(i, "link.related")
            continue
        if i == _last_free(page) and page.nw[i] <= 3 and not ends_sentence(t) and _under_widget(page, i):
            page.mark(i, "chrome.widget")
            continue
        if i == _last_free(page) and (_tag_line(t) or _comma_tags(t)):
            page.mark(i, "meta.tags")
        elif page.nw[i] <= 8 and _LABELLED.match(t) and any(
                0 <= k < n and (doc.lines[k].rule or "").startswith("credit.") for k in (i - 1, i + 1)):
            page.mark(i, "credit.other")


def _last_free(page) -> int:
    return max((i for i in range(len(page.doc.lines)) if page.free(i)), default=-1)


def find_title(page, zones: Zones) -> int | None:
    """Mark the header's section and brand lines down to the title (the first headline-like line) and
    the title itself; return its index. Runs before the byline rules: a headline is also shaped like a name."""
    from sikap.pipeline.extract.datelines import _sections
    from sikap.pipeline.extract.outlets import lookup_outlet

    doc = page.doc
    stop = zones.lede if zones.lede is not None else 0
    for i in range(stop):
        if not page.free(i) or i == zones.dateline_at:
            continue
        t, nw = page.texts[i], page.nw[i]
        bullet = _BULLET.match(t) is not None
        if _no_title(page, i, t, nw):
            continue
        if nw <= 3 and runs_on(t) and line_key(t) not in _sections():
            continue
        if line_key(t) in _sections() or nw <= 3 and not title_like(t) and not bullet:
            page.mark(i, "chrome.section")
            doc.meta.setdefault("section", t.strip(WS))
            doc.note("section", "extracted", "section label above the title", t)
        elif nw <= 3 and lookup_outlet(t.split()[0]) or nw == 1 and DOMAIN.fullmatch(t.strip(WS)) \
                or nw <= 10 and host_tagline(t):
            page.mark(i, "chrome.brand")
        elif nw <= 8 and _channel_path(t):
            page.mark(i, "chrome.breadcrumb")
        elif captions.credited_sentence(t):
            page.mark(i, "caption.photo")
        elif bullet:
            page.mark(i, "link.related")
        elif captions.credit_only(t) or date_line(t) is not None or (
                caption_like(doc, page.texts, i) and not (title_like(t) and headline_case(t, nw))):
            continue  # left for the caption and date-line rules (a Title Case headline over a credit is the title)
        elif nw <= 3 and captions.photo_words().search(t):
            page.mark(i, "caption.photo")
        elif nw <= 5 and _INITIALLED.match(t):
            continue
        elif name_like(t, 4) and i + 1 < len(page.doc.lines) and _role_below(page, i + 1):
            if page.free(i + 1):
                page.mark(i + 1, "credit.other")  # the job title: a role that credits nobody by itself
            continue
        elif nw <= 4 and _headline_below(page, i, stop, nw):
            page.mark(i, "chrome.section")
        elif (title_like(t) or _comma_headline(page, i, nw) or _stop_headline(page, zones, i, nw)) \
                and not re.match(r"^\s*(\(|\d{1,2}\.\s)", t) \
                and (nw <= 14 or headline_case(t, nw) or _sentence_case_headline(page, zones, i)
                     or _dated_below(page, zones, i) or _printed_twice(page, zones, i)):
            if nw <= 5 and i + 1 < stop and page.free(i + 1) and page.nw[i + 1] >= max(6, 2 * nw) \
                    and title_like(page.texts[i + 1], 30) and headline_case(page.texts[i + 1], page.nw[i + 1]):
                page.mark(i, "chrome.section")  # a topic rubric ("Perang Kota Contoh") over the longer headline
                continue
            below = _headline_twice_below(page, zones, i, t)
            if below is not None:
                page.mark(i, "chrome.header")
                i, t = below, page.texts[below]
            page.mark(i, "title")
            doc.meta["title"] = clean_title(t)
            doc.note("title", "extracted", "first headline-like line of the header", t)
            return i
        elif nw <= 10 and not (ends_sentence(t) and nw >= 6) and not name_like(t, 4) and not _NUMBERED.match(t):
            page.mark(i, "chrome.header")  # a sentence (or a long line) above everything is a page's cut-off
            # text, a numbered subheading a page-2 dump's: both kept
    pull_quote_lede(page, zones)
    if zones.lede is not None and _lede_is_headline(page, zones):
        i = zones.lede
        page.mark(i, "title")
        doc.meta["title"] = clean_title(page.texts[i])
        doc.note("title", "extracted", "long headline in sentence case over the lede", page.texts[i])
        zones.lede = i + 1
        return i
    taken = teaser_over_dateline(page, zones)
    if taken is not None:
        return taken
    below = _title_below_lede(page, zones)
    return below if below is not None else _title_after_body(page, zones)


def mark_header(page, zones: Zones, title: int | None) -> None:
    """The header's other lines: repeats of the title, captions, summary bullets, bylines, short chrome
    (a deck, a sentence, is kept); and the title printed again in the body."""
    doc = page.doc
    stop = zones.lede if zones.lede is not None else 0
    for i in range(stop):
        if not page.free(i) or i == zones.dateline_at:
            continue
        t, nw = page.texts[i], page.nw[i]
        bullet = _BULLET.match(t) is not None
        if title is not None and (_same(t, page.texts[title]) or _cut_copy(t, page.texts[title])):
            page.mark(i, "title.repeat")
        elif nw <= 10 and host_tagline(t):
            page.mark(i, "chrome.brand")
        elif title is not None and i > title and nw >= 8 and t.rstrip(WS).endswith(("...", "…")):
            page.mark(i, "chrome.summary")  # a summary card cut by an ellipsis under the title: the text follows
        elif title is not None and i > title and title_like(t, 30) and headline_case(t, nw) and nw >= 4 \
                and not _runs_into_lower(page, i):
            page.mark(i, "link.related")  # a second headline under the title is another article's teaser
        elif 4 <= nw <= 20 and t.rstrip(WS).endswith(("...", "…")) and headline_case(t, nw):
            page.mark(i, "link.related")  # another story's headline cut by an ellipsis (a list's, a slider's)
        elif bullet and not in_wrapped_paragraph(page, i) and not _lone_dashed_lede(page, i, nw) \
                or any(_same(t, page.texts[j]) for j in range(stop, min(stop + 3, len(page.texts)))):
            # (a dash opening a paragraph wrapped at a fixed width is the paragraph's, not a summary's bullet: setZ)
            page.mark(i, "chrome.summary")  # a summary bullet, or the lede printed above the title
        elif caption_like(doc, page.texts, i) or captions.credit_only(t) or ((title is None or i > title)
                                                                             and header_caption(page, i, t, nw)):
            page.mark(i, "caption.photo")
        elif agency_byline(page, i, t):
            pass
        elif _ICON_ALT.match(t):
            page.mark(i, "chrome.header")  # an illustration's alt text ("Ikon Bahan Bakar"), not a byline
        elif name_like(t, 5, allcaps=False) and nw >= 2 and credits.clean_name(t) and not _known_non_person(t) \
                and not prose_words(page, t):
            page.credits.append(("authors", t, t, "byline"))
            page.mark(i, "meta.byline")
        elif nw <= 6 and not ends_sentence(t) and not _NUMBERED.match(t) and not runs_on(t):
            page.mark(i, "chrome.header")
    if title is not None:  # the title printed again in the body
        key = _title_key(page.texts[title])
        size = len(page.texts[title])
        for i in range(stop, len(doc.lines)):
            t = page.texts[i]
            if abs(len(t) - size) <= size // 2 + 20 and page.free(i) and _title_key(t) == key:
                page.mark(i, "title.repeat")


def mark_signoffs(page, zones: Zones) -> None:
    """Sign-offs in parentheses: closing the last paragraph, or on lines of their own after it (or in the
    header, as some layouts print the initials there). Reading them may cut the last line in two."""
    doc = page.doc
    if zones.lede is None:
        return
    last = zones.last if zones.last is not None else zones.lede
    candidates = [i for i in (*range(zones.lede), *range(last + 1, len(doc.lines)))  # above the lede, below the last
                  if page.free(i) and _PAREN_LINE.match(page.texts[i])]
    for i in sorted(candidates, reverse=True):
        t = page.texts[i].strip(WS)
        _read_signoff(page, i, 0, t.lstrip("/").strip("() "), slashes=t.startswith("//"))
    if page.free(last):
        got = signoff_start(page.texts[last])
        if got is not None and got[0] > 0:
            start, body, slashes = got
            kind = _read_signoff(page, last, start, body, mark=False, slashes=slashes)
            if kind is not None:
                ln = doc.lines[last]
                split_line(doc, last, [(ln.start, ln.start + start, None), (ln.start + start, ln.end, kind)])
    _bracketed_code(page, last)
    _signoff_before_stop(page, last)
    _wrapped_signoff(page, last)
