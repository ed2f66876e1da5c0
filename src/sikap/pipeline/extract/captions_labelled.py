"""A network's photo caption inside the text, opened by its label in capitals and a dash, with no credit beside it.

A newspaper network's sites caption a photo "LABEL IN CAPITALS - what the photo shows" ("TOPIC WORDS - NAME at
the podium ..."): the label names the story's topic, not a place or an outlet. Over the lede the same form is the
text's dateline ("JAKARTA - ...", "KABARCONTOH - ..."), and the dateline rules read it; the captions rules with a
credit beside the line (neighbours.labelled_captions) or a dateline under it (zones) take the others they can tell.
Left were captions standing alone inside the text (fix sets DG and ED, 2026-12). Two places tell them:
- below the text's dateline: a dateline opens the text once, so a second "LABEL - ..." whose label is neither a
  known place nor an outlet (the dateline reader is unsure of it and names no outlet) is a caption;
- the same label opening two lines or more: a page repeats a photo's caption (a gallery, a copy of the lead photo's
  block), never its dateline; a label the dateline reader is sure of (an outlet's summary box repeating "OUTLET -
  PLACE.") stays.
- the words after the label say it is a picture: a screenshot ("Tangkapan layar YouTube ..."), a photo taken or
  sent ("Foto yang diambil ...", "Foto dari ..."), people placed in it ("(kanan)", "(kiri)"); a label the dateline
  reader knows (a place, an outlet) is the lede's whatever follows. The network closes its label by a full stop too
  ("TOPIC WORDS. Foto dari ..."). Fix sets JE, JN, KJ, KQ (2026-12, four pages of one network's regional sites, the
  caption under the photo's credit the other rules did not tell); no line of text so written among the 1,780 fix
  and development pages.
The label has two words or more, or one of five letters or more: "PD - PKPNU ..." is an abbreviation in the text.
"""

from __future__ import annotations

import re
from collections import Counter

from sikap.pipeline.extract.blocks import datelines_parse

_LABEL_DASH = re.compile(r"^\s*(?P<label>[A-Z0-9][A-Z0-9&'’.]*(?:\s+[A-Z0-9&'’.-]+){0,5})\s*[-–—]\s+\S")
# the label closed by a full stop, the photo's word right after it ("TOPIC WORDS. Foto dari ...")
_LABEL_STOP = re.compile(r"^\s*(?P<label>[A-Z0-9][A-Z0-9&'’-]*(?:\s+[A-Z0-9&'’-]+){0,5})\.\s+(?=(?:Foto|Gambar|Tangkap)\s)")
# what only a caption says of itself (see the module's docstring)
_PICTURE = re.compile(r"\b(?:[Tt]angkap(?:an)? [Ll]ayar|[Ff]oto (?:yang|ini|dari|selebaran)|[Gg]ambar (?:yang|ini|selebaran))\b"
                      r"|\((?:kiri|kanan|tengah|ki-ka)\)")


# the label's second character (a capital, a digit or the label's end): a line in sentence case is spared the pattern
_CAPS_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&'’. -–—")


def label_captions_in_text(page, zones) -> None:
    """Mark 'LABEL - caption' lines below the dateline, or whose label opens two lines or more, as captions."""
    found = [(i, m.group("label")) for i, t in enumerate(page.texts)
             if t[1:2] in _CAPS_SECOND and page.nw[i] <= 60 and page.free(i)
             and ((m := _LABEL_DASH.match(t)) is not None or (m := _LABEL_STOP.match(t)) is not None)]
    if not found:
        return
    counts = Counter(label for _, label in found)
    for i, label in found:
        if not (" " in label.strip() or len(label.strip()) >= 5):
            continue
        below = zones.dateline_at is not None and i > zones.dateline_at
        pictured = _PICTURE.search(page.texts[i]) is not None
        if not (below or counts[label] >= 2 or pictured) or i == zones.lede and not pictured:
            continue
        d = datelines_parse(page.texts[i])
        if d is not None and (d.confident or d.outlet and (below or pictured and _outlet(d.outlet))):
            continue
        page.mark(i, "caption.photo")
        if i == zones.dateline_at:  # its label is no dateline: the lede finder read it as one
            zones.dateline_at = zones.dateline = None
        if i == zones.lede:  # the lede finder took the caption for the text's first paragraph
            zones.lede = next((k for k in range(i + 1, len(page.texts)) if page.free(k)), zones.lede)


def _outlet(label: str) -> bool:
    """The label is an outlet's name ("KOMPAS.com - Tangkapan layar video ..." opens a lede), registered or shaped
    as one; the dateline reader takes any label in capitals for an unsure outlet."""
    from sikap.pipeline.extract.outlets import lookup_outlet, outlet_shaped

    return lookup_outlet(label) is not None or outlet_shaped(label)
