"""A columnist's blurb closing the text: 'Dr. NAME adalah dosen ... .' (the roles a blurb names are curated in
credits.yaml, blurb_roles). Read by the sign-off rules (signoffs.py) on the text's last line: the line is marked and
the name credited; '*) Penulis adalah peneliti ...' is marked and credits nobody.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract import credits
from sikap.pipeline.extract.text import WS

_BLURB = re.compile(r"\*{0,3}\)?\s*(?P<name>[A-Z][\w.,' -]{2,60}?)\s+(?:adalah|merupakan|ialah|is)\s+"
                    r"(?:seorang\s+|salah seorang\s+|an?\s+)?(?P<role>[A-Za-z ]{3,30})")


def author_blurb(page, last: int) -> None:
    """'Dr. NAME adalah dosen ... .' as the text's last line: a columnist's blurb (credits.yaml, blurb_roles), the
    whole line marked and the name credited; '*) Penulis adalah peneliti ...' is marked and credits nobody."""
    if not page.free(last) or page.nw[last] > 35 or not ("adalah" in page.texts[last] or "merupakan" in page.texts[last]
                                                         or "ialah" in page.texts[last] or " is " in page.texts[last]):
        return
    t = page.texts[last].strip(WS)
    m = _BLURB.match(t)
    if m is None or t.count(". ") > 1 or not _blurb_role(m.group("role")):
        return
    raw = m.group("name").strip(WS + ",")
    if raw.casefold() in ("penulis", "the author", "penulis artikel ini", "penulis opini ini"):
        page.mark(last, "credit.author")
        return
    name = credits.clean_name(raw, allcaps=False)
    if not name or len(name.split()) < 2:
        return
    above = " ".join(page.texts[:last])
    if name.split()[-1] in above:  # the text speaks of this person: the line is its own, not a blurb
        return
    page.credits.append(("authors", name, t, "columnist's blurb"))
    page.mark(last, "credit.author")


def _blurb_role(words: str) -> bool:
    from sikap.pipeline.extract.knowledge import curated_set

    roles = curated_set("credits.yaml", "blurb_roles")
    toks = words.split()
    return any(" ".join(toks[:k]).casefold() in roles for k in range(1, min(3, len(toks)) + 1))
