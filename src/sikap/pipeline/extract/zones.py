"""Where the article's body starts and ends on the page.

The lede is the first body paragraph: a line that opens with a dateline, or, when no dateline comes
within the first paragraphs, the first paragraph of running prose that is not a photo caption. A dateline
may stand on its own line above the lede ("Jakarta, CNN Indonesia"), and may come below a caption, a deck
or a byline. Everything above the lede is the header (title, section, byline, date line, captions, deck);
everything below the last paragraph of prose is the footer. Rules that only hold at the page's edges
(a tag line, an about-us footer, a date line) look there and nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sikap.pipeline.extract import captions, datelines
from sikap.pipeline.extract.dateline_bare import place_alone
from sikap.pipeline.extract.text import ends_sentence, headline_case, is_prose, title_like
from sikap.records import Doc

# a line this long is no headline, however many of its words are names ("KOTA, Office Name – Acting Regent NAME of
# Regency (Abbr), NAME opened the bridge of Village NAME ...": probe set AP, 2026-12)
_NO_HEADLINE = 24
DATELINE_WINDOW = 3  # a dateline further down than the third paragraph of prose is not this article's
_SUMMARY_BULLETS = frozenset("•·▪►‣")  # what opens a summary's points (a hyphen opens lists in the text too)


@dataclass
class Zones:
    lede: int | None  # index in doc.lines of the first body line
    last: int | None  # index of the last line of prose
    dateline_at: int | None = None  # line holding the dateline (the lede, or a line of its own above it)
    dateline: datelines.Dateline | None = None

    def header(self, i: int) -> bool:
        return self.lede is not None and i < self.lede

    def footer(self, i: int) -> bool:
        return self.last is not None and i > self.last

    def edge(self, i: int) -> bool:
        return self.lede is None or self.header(i) or self.footer(i)


def runs(indexes: list[int]) -> list[list[int]]:
    """Sorted line indexes grouped into runs of consecutive lines (a menu, a flattened table)."""
    found: list[list[int]] = []
    for k in indexes:
        if found and found[-1][-1] == k - 1:
            found[-1].append(k)
        else:
            found.append([k])
    return found


def caption_like(doc: Doc, texts: list[str], i: int) -> bool:
    """A sentence that describes a photo: a credit closes it or stands on the line right after it; or it is
    the caption printed again right below its credit (caption / credit / the same caption). A line below a
    credit is otherwise the text: a photo need not have a caption."""
    if captions.has_credit_tail(texts[i]):
        return True
    j = i + 1
    if j < len(texts) and doc.lines[j].rule == "caption.photo" and captions.credit_only(texts[j]) \
            and not captions.CREDIT_BEFORE_CAPTION.match(texts[j]):
        return True
    j = i - 1
    if j >= 1 and doc.lines[j].rule == "caption.photo" and captions.credit_only(texts[j]) \
            and " ".join(texts[j - 1].split()) == " ".join(texts[i].split()):
        return True
    return False


def _printed_again(texts: list[str], i: int) -> bool:
    """A long line printed again two to five lines further down, past a shorter one (the title): the
    page's summary (its meta description) above the headline, not the lede."""
    size = len(texts[i])
    if size < 60:
        return False
    key = None
    for other in texts[i + 2:i + 6]:
        if abs(len(other) - size) <= 8:  # white space aside, the same length
            key = key or " ".join(texts[i].split())
            if " ".join(other.split()) == key:
                return True
    return False


def _headline_first(doc: Doc, texts: list[str], i: int, nw: list[int]) -> bool:
    """The first line of the page is a sentence-case headline when it ends without a full stop ('... Apa
    yang terjadi di Suriah?') and prose follows within a few lines (a caption and its credit may come between)."""
    if any(ln.rule is None for ln in doc.lines[:i]) or not title_like(texts[i], 20):
        return False
    return any(doc.lines[j].rule is None and is_prose(texts[j], 8, nw[j]) and ends_sentence(texts[j])
               for j in range(i + 1, min(i + 8, len(texts))))


def _masthead(texts: list[str], nw: list[int], nxt: int) -> bool:
    """A site's name on its own line over a Title Case headline is the page's masthead, not a dateline of
    its own line ("Jakarta, Outlet" stands over the lede, a paragraph that ends like a sentence)."""
    t = texts[nxt]
    return title_like(t) and not ends_sentence(t) and headline_case(t, nw[nxt])


def _credited_prose(text: str) -> bool:
    """A sentence closed by a photo credit ("... in the city. AGENCY/NAME")."""
    m = captions.credit_tail(text)
    return m is not None and is_prose(text[:m.start()], 8)


def _place_below(d, below: str):
    """'PROKAL.CO,' alone over 'PONTIANAK- Lede ...': the outlet's line, then the lede opened by the place (a
    regional daily's copy, fix set HE, 2026-12): one dateline printed over two lines, the place read from the
    second."""
    if not d.outlet or d.place:
        return d
    nd = datelines.parse(below)
    if nd is None or not nd.place or nd.outlet or not nd.confident or nd.standalone:
        return d
    return replace(d, place=nd.place, evidence=f"{d.evidence}\n{nd.evidence}")


def find_zones(doc: Doc, texts: list[str], nw: list[int]) -> Zones:
    """`texts` and `nw`: each line's text and word count (capped at 60), as the line rules read them. A line opening
    with a dateline that is a photo's caption over the text's own dateline (_caption_over_dateline, a site's name
    opening a credited caption) is marked caption.photo here, as the search passes it over."""
    lines = doc.lines
    prose_seen, first_prose, captioned = 0, None, []
    for i, ln in enumerate(lines):
        if ln.rule is not None:
            continue
        t = texts[i]
        if _printed_again(texts, i):
            continue  # the page's description above the title: the lede comes again below it
        d = datelines.parse(t) or place_alone(doc, texts, nw, i)
        if d is not None and d.standalone:
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].rule is None), None)
            if nxt is not None and nw[nxt] >= 6 and not _masthead(texts, nw, nxt) \
                    and not (d.outlet and not d.place and _dateline_below(doc, texts, i)):
                return Zones(i, None, i, _place_below(d, texts[nxt]))  # (a host alone over a caption and the text's own dateline is the
                # photo's credit: "Kabarcontoh.com" / caption / "OUTLET.COM - lede", probe set CC, 2026-12)
        elif d is not None and d.evidence.endswith(":") and nw[i] <= 16 and not t.rstrip(' \t"”’').endswith((".", "!", "?")):
            continue  # "Mesir: Pembicaraan ... ada “harapan”": a headline naming a country, not "Place: lede"
        elif d is not None and not d.outlet and _headline_over_date(doc, texts, i, nw):
            continue  # "Negara - Negara Kian Memanas, Harga Naik!" over its date line: the headline, not a dateline
        elif d is not None and (d.confident or prose_seen == 0 and (nw[i] >= _NO_HEADLINE or not headline_case(t, nw[i]))):
            if not d.confident and _caption_over_dateline(doc, texts, i, d) \
                    or d.confident and captions.has_credit_tail(t) and _dateline_below(doc, texts, i):
                # ("OUTLET.COM - what the photo shows (Outlet/NAME)" over "Outlet.com, KOTA — lede": the photo's
                # caption opened by the site's name, a regional daily's layout; probe set AS, 2026-12)
                lines[i].rule = "caption.photo"
                continue
            return Zones(i, None, i, d)  # an unsure "Word -" opening a headline is the headline's
        if (d is None or not d.confident and not d.outlet) and captions.LABEL_CAPTION.match(t) \
                and _caption_ends(texts, i) and _dateline_below(doc, texts, i):
            lines[i].rule = "caption.photo"  # "LABEL IN CAPITALS - what the photo shows." over "OUTLET.COM - lede": the
            continue  # photo's caption, its credit above it (a network's regional sites; probe set CG, 2026-12)
        if is_prose(t, 8, nw[i]) and not headline_case(t, nw[i]) and not caption_like(doc, texts, i) \
                and not (first_prose is None and _headline_first(doc, texts, i, nw)):
            if t.lstrip()[:1] not in _SUMMARY_BULLETS and not _bullet_above(texts, i) and not _HYPHEN_POINT.match(t):  # a summary's points above
                prose_seen += 1  # the lede ("• ...") are not counted: the dateline may still come below them (harvest)
            if first_prose is None:
                first_prose = i
            if prose_seen >= DATELINE_WINDOW:
                break
        elif first_prose is None and nw[i] >= 8 and _credited_prose(t):
            captioned.append(i)
    if first_prose is None and len(captioned) >= 3:
        return Zones(captioned[0], None)  # a photo gallery: credited captions only, the first opens the text
    return Zones(first_prose, None)


# a summary's point opened by a hyphen ("- Pemilu disebut tidak adil."): not counted among the paragraphs above the
# dateline (three of them over a national portal's "Jakarta, Outlet - " lede, fix set II, 2026-12)
_HYPHEN_POINT = re.compile(r"^\s*-\s+\S")


def _bullet_above(texts: list[str], i: int) -> bool:
    """A summary's point printed under its bullet, the bullet alone on the line above ("-" / sentence, three times
    over a national portal's lede; fix set IF, 2026-12)."""
    return i > 0 and (texts[i - 1].strip() in _SUMMARY_BULLETS or texts[i - 1].strip() == "-")


def _headline_over_date(doc: Doc, texts: list[str], i: int, nw: list[int]) -> bool:
    """A line in headline case without a closing full stop, with a date line on the next kept line (a national portal's
    header; probe set AS, 2026-12): 'Place - Place ...' opening it is the headline's, as a lede never stands over
    its story's date line."""
    t = texts[i]
    if nw[i] > 20 or t.rstrip().endswith(".") or not title_like(t, 20) or not headline_case(t, nw[i]):
        return False  # (a headline may ask or exclaim: '?' and '!' end it)
    from sikap.pipeline.extract.edge_lines import date_line

    nxt = next((j for j in range(i + 1, len(texts)) if doc.lines[j].rule is None), None)
    return nxt is not None and nw[nxt] <= 16 and date_line(texts[nxt]) is not None


def _caption_over_dateline(doc: Doc, texts: list[str], i: int, d) -> bool:
    """'TOLAK ZELENSKY - what the photo shows ...' over 'OUTLET.COM- lede': an unsure label in capitals (no
    gazetteer place) with a registered outlet's or a host's dateline on one of the next three kept lines is the
    photo's caption, as a text has one dateline (a network's national portal; probe set AO, 2026-12)."""
    head = d.evidence.rstrip(" -–—:")
    if not head.isupper() or datelines._place(head) is not None or not _caption_ends(texts, i):
        return False
    return _dateline_below(doc, texts, i)


def _caption_ends(texts: list[str], i: int) -> bool:
    """A labelled caption ends as a sentence, or its words after the label are printed again on the next line (the
    deck's, which the caption repeats: a network's trend portal, probe set DG, 2026-12)."""
    if ends_sentence(texts[i]):
        return True
    return i + 1 < len(texts) and re.split(r"\s[-–—:]\s", texts[i], maxsplit=1)[-1].strip() == texts[i + 1].strip()


def _dateline_below(doc: Doc, texts: list[str], i: int) -> bool:
    """A registered outlet's or a host's dateline opens one of the next three kept lines."""
    below = [j for j in range(i + 1, min(i + 6, len(texts))) if doc.lines[j].rule is None][:3]
    for j in below:
        found = datelines.parse(texts[j])
        if found is not None and found.confident and found.outlet and not found.standalone:
            return True
    return False


def _aside(text: str, nw: int) -> bool:
    """A line in parentheses (a sign-off) or a teaser cut with an ellipsis is never the last paragraph."""
    t = text.strip()
    return (t.startswith("(") and t.endswith(")")) or (t.endswith(("...", "…")) and nw <= 20)


def card_excerpt(texts: list[str], nw: list[int], i: int) -> bool:
    """A related post's card under the text: its headline (a line that ends no sentence), then its excerpt cut
    with an ellipsis ("Meanwhile, ... last night,…"). A paragraph of the text is never cut that way."""
    t = texts[i].rstrip()
    return i > 0 and t.endswith(("...", "…")) and nw[i] <= 60 and 4 <= nw[i - 1] <= 20 \
        and title_like(texts[i - 1], 20) and not ends_sentence(texts[i - 1])


def _edge_chrome(t: str, nw: int) -> bool:
    """A line the phrase catalogue takes as chrome at the page's edges ("Your email address will not be published.
    Required fields are marked *", a comment form under the text; fix set EE, 2026-12): the footer's, never the
    text's last paragraph, which would leave it inside the text."""
    from sikap.pipeline.extract.edge_lines import edge_code

    return nw <= 20 and edge_code(t, nw) is not None


def find_last(doc: Doc, texts: list[str], zones: Zones, nw: list[int]) -> None:
    """The last line of prose (at or after the lede) still in the text."""
    if zones.lede is None:
        return
    lines = doc.lines
    for i in range(len(lines) - 1, zones.lede, -1):  # from the page's end: the footer's few lines, not the whole body
        t = texts[i]
        if lines[i].rule is None and not _aside(t, nw[i]) and not card_excerpt(texts, nw, i) and (
                is_prose(t, 8, nw[i]) or nw[i] >= 12 and not headline_case(t, nw[i])) and not _edge_chrome(t, nw[i]):
            zones.last = i
            return
    zones.last = zones.lede
