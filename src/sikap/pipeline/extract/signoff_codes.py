"""Sign-offs that name nobody: a desk's or reporter's code ('Dst7', 'Red-R12-BFN'), codes joined by a slash ('03/DN',
'adv-drpd kota/ir'), a site's host. The sign-off rules (signoffs.py) ask these after credits.signoff_reading found no
name, agency or outlet in the parentheses: such a body is still a sign-off, cut off and marked, crediting nobody.
Names stay importable from signoffs.py.
"""

from __future__ import annotations

import re

_HOST = r"[^\W_][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}"  # a site's host, as a sign-off prints it
_DESK_CODE = re.compile(r"\*?[A-Za-z]{1,5}\.?\d{0,4}(?:-[A-Za-z]{0,4}\d{1,4}[A-Za-z]?)*(?:-[A-Z]{2,5})?")


def desk_code(body: str) -> bool:
    """'Dst7', 'nk-5', 'Red-R12-BFN': a desk's or reporter's code signing a text off, letters with a number
    (a name has none), or a code with a numbered part between hyphens; seen closing regional police and news
    sites' stories (fresh probe pages, 2026-12, setO); up to four digits ('j006', a desk's numbered code; setS;
    'Pen-0736', a military district's press code, fix set HI). A word
    without a digit stays for the name rules."""
    return any(c.isdigit() for c in body) and _DESK_CODE.fullmatch(body) is not None


_DOMAIN = re.compile(rf"^{_HOST}$", re.I)
_CODE_WORD = re.compile(r"[A-Za-z0-9-]{1,16}")


_LOWER_CODE = re.compile(r"[a-z]{1,8}")
_SHORT_WORD = re.compile(r"[A-Za-z][a-z]{1,7}")
# a desk's code and the site's short name joined by a hyphen, in lower case: "res-kabarcontoh" (fix set FE, 2026-12)
HYPHEN_CODE = re.compile(r"[a-z]{2,5}-[a-z]{3,20}")
_EDITOR_LAST = re.compile(r"^[a-z][\w .-]{1,30}/[a-z]{2,4}$")  # "adv-drpd kota/ir": a desk's words, the editor's initials


def _slashed_codes(body: str) -> bool:
    """'03/DN', 'RYH/MMC DiskominfoSB': codes joined by a slash, each of one or two words holding a capital or a
    digit after the first letter (a desk's number, a reporter's initials, an office's short name; probe set AA
    and AB pages, 2026-12); or a desk's words in lower case, of at most three, before an editor's initials
    ('adv-drpd kota/ir', an advertorial's desk; probe set AE, 2026-12). Names are read before this
    (signoff_reading)."""
    if _EDITOR_LAST.match(body) and len(body.split("/")[0].split()) <= 3:
        return True
    parts = body.split("/")
    if len(parts) >= 3 and all(_LOWER_CODE.fullmatch(p.strip()) for p in parts):
        return True  # "kominfo/hck/ist/rd": a desk's short name and its editors' codes (fix set EE, 2026-12)
    if len(parts) == 2 and parts[0].strip().isdigit() and len(parts[0].strip()) <= 4 and _LOWER_CODE.fullmatch(parts[1].strip()):
        return True  # "305/snc": a desk's number and the editor's initials (fix set HE, 2026-12)
    if len(parts) == 2 and all(_SHORT_WORD.fullmatch(p.strip()) for p in parts):
        return True  # "Meghat/Rif": a writer's short name and the editor's code, read after the name forms (set FE)
    return 2 <= len(parts) <= 3 and all(
        1 <= len(p.split()) <= 2 and all(_CODE_WORD.fullmatch(w) and any(c.isupper() or c.isdigit() for c in w[1:] or w)
                                         for w in p.split()) for p in parts)
