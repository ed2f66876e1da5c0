"""Lines that stand alone at the end of the passes: a registered outlet's name, and a fragment cut under the credits.

A registered outlet's name alone on a line is a logo's alt text or a photo's credit, never a line of the text.

Portals print their logo between the text and the related-article blocks ("iNews.id", "Okezone.com"), and a
photo's credit may stand alone between paragraphs ("AFP", "Reuters"). No sentence and no subheading is an
outlet's name and nothing else, so such a line is chrome wherever it stands: an agency's name is a photo's credit
(caption.photo), a site's name its logo (chrome.brand, which the outlet rules read as the page naming itself).
Run after the sign-off rules, which read an agency's name under the text as the agency signing its copy off.
Seen on 6 pages of probe sets CC-DM (2026-12), 4 hosts.

A page cut off under the credits that close the text ends in a fragment of the next line of chrome ("C", "Bac"
under "Editor: NAME" or a writer's sign-off; fix sets AR, DE of stops 29-31): one to three letters as the page's
last line, right under a credit, are no text (a cut last sentence of the text has no credit above it).
"""

from __future__ import annotations

from sikap.pipeline.extract.attribution_context import source_kind
from sikap.pipeline.extract.outlets import lookup_outlet
from sikap.pipeline.extract.text import WS
from sikap.sources import registry



def mark_lone_lines(page) -> None:
    mark_lone_outlets(page)
    _fragment_under_credits(page)


def _fragment_under_credits(page) -> None:
    lines = page.doc.lines
    if len(lines) < 2 or lines[-1].rule is not None or not (lines[-2].rule or "").startswith("credit."):
        return
    t = page.doc.decoded[lines[-1].start:lines[-1].end].strip(WS)
    if 1 <= len(t) <= 3 and t.isalpha():
        page.mark(len(lines) - 1, "chrome.separator")


def mark_lone_outlets(page) -> None:
    """Mark each free line of one to four words that is a registered outlet's name, alias or host and nothing else
    (a first line is left to the title rules; a short or ambiguous name, "Tempo", "Fajar", only as a host). The
    lines are read anew: the sign-off rules before may have cut a line in two."""
    doc = page.doc
    reg = registry()
    for i, ln in enumerate(doc.lines):
        if i == 0 or ln.rule is not None or ln.end - ln.start > 60:
            continue
        t = doc.decoded[ln.start:ln.end].strip(WS)
        if not t[:1].isalpha() or t[-1:] in ":,;-–—" or any(c in t for c in "()[]|/") or len(t.split()) > 4:
            continue
        sid = lookup_outlet(t)
        if sid is None or "." not in t and reg.is_context_alias(t):
            continue
        beside = any(0 <= k < len(doc.lines) and doc.lines[k].rule == "caption.photo" for k in (i - 1, i + 1))
        # (an outlet's name alone beside a photo's caption is the photo's credit, not the page's masthead: "Outlet.com"
        # over the caption of a network's page using another outlet's photo, fix set GD, 2026-12)
        page.mark(i, "caption.photo" if beside or source_kind(sid)[0] == "news_agency" else "chrome.brand")
