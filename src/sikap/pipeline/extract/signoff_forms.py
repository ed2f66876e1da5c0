"""Where a sign-off closing a line starts: the parenthesised name, initials or agency after the last sentence ("...
dini hari. (AFP)", "(dhf/fra)", "(*)"), a slashed credit ("... //PUSPEN TNI"), an end mark ("***"), or a registered
agency after a dash ("... enam mata. - Bernama"). Read by the sign-off rules (signoffs.py), which decide what the
sign-off says; kept apart from the glued-chrome cutter (inline.py), which does not read them.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import WS

SIGNOFF = re.compile(r"(?:^|(?<=[.!?\"”’)\]…]))\s*\(\s*(?P<body>[^()\n]{1,80}?)\s*\)\.?\s*$"
                     r"|(?:^|(?<=[.!?\"”’)\]…\s]))//\s*(?P<body2>[^/\n]{2,40})$"
                     r"|(?:^|(?<=[.!?\"”’)\]…]))\s*(?P<body3>\*{1,3}(?:\d{0,2}\*{2,3})?(?:/[a-z]{1,4})?)\s*$"  # an end mark: "***4***", "**", "*" (IC)
                     # desks' codes joined by a slash, glued to the last word: "... berakhir(DeskKota/SetdaKota)" (AE)
                     r"|(?<=[a-z])\((?P<body4>[^()\s/]{2,30}/[^()\s/]{2,30})\)\s*$"
                     # a desk's numbered code after the last word, the sentence left without its stop:
                     # "... pungkasnya (BR.11)" (fix set EC, 2026-12); letters first, so "ayat (1)" stays text
                     r"|(?<=[a-z])\s\((?P<body5>[A-Za-z]{1,5}[.-]?\d{1,4})\)\s*$"
                     # an editor's initials (or a writer's name and the editor's) after the speech verb closing a
                     # quotation, no stop: "... pungkasnya (abc)", "... pungkasnya (Name/abc)"
                     r"|(?<=nya)\s\((?P<body6>[a-z]{2,5}(?:/[a-z]{2,5})?|[A-Z][a-z]{1,11}/[a-z]{2,5})\)\s*$"
                     # initials after an equals sign: "... tandasnya. =ABC" (fix set FE, 2026-12)
                     r"|(?<=[.!?\"”’])\s*=\s*(?P<body7>[A-Z]{2,5})\s*$")


# an agency's name after a dash closing the last sentence ("... enam mata. - Bernama"): read only when the name is a
# registered agency or outlet (a dash and a capitalised word there may be anything else)
DASH_SIGNOFF = re.compile(r"(?<=[.!?\"”’)\]…])\s+[-–—]\s*(?P<body>[A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?)\s*$"
                          # the last sentence left without its stop, the agency in capitals: "... global- BERNAMA" (setP)
                          r"|(?<=[a-z])\s?[-–—]\s+(?P<caps>[A-Z]{2,12})\s*$")


def signoff_start(text: str) -> tuple[int, str, bool] | None:
    """(start, inner text, slashed) of a sign-off closing the line: "... dini hari. (AFP)", "(Arief
    Setyadi )", "(dhf/fra)", "(*)", "(Outlet dari berbagai sumber, 17 September 2025)", "... //PUSPEN TNI",
    "... dini hari. - Bernama"."""
    t = text.rstrip()
    if t[-1:].isalpha() and ("-" in t[-25:] or "–" in t[-25:] or "—" in t[-25:]):
        from sikap.pipeline.extract.outlets import lookup_outlet

        m = DASH_SIGNOFF.search(text, max(0, len(text) - 45))
        body = m and (m.group("body") or m.group("caps"))
        if body and lookup_outlet(body) is not None:
            return m.start(), body, False
    if not t or t[-1] not in ")*" and not t.endswith(").") and "//" not in t[-45:] and "*/" not in t[-8:] \
            and "=" not in t[-8:]:
        # ("(Name)." is closed by a stop too; "**/ye": an end mark and the editor's initials, probe set AB)
        return None
    m = SIGNOFF.search(text, max(0, len(text) - 90))
    if not m:
        return None
    body = next(g for g in m.group("body", "body2", "body3", "body4", "body5", "body6", "body7") if g)
    return m.start(), body.strip(WS), m.group("body2") is not None


# "-Name-": a writer's one name between hyphens on a line of its own under the text (a provincial portal, fix set HE,
# 2026-12; "-Full Name-" is read as a bare byline)
DASHED_NAME = re.compile(r"^\s*[-–—]\s*(?P<body>[A-Z][a-z]{3,14})\s*[-–—]\s*$")
