"""What stands around a registered outlet's name in an article: the cue before it ("dilansir", "kepada",
"menurut laporan"), a reporting verb after it, a news-outlet word or an appositive before it. The step
`find_attributions` (attributions.py) asks these questions of every name the registry finds; the cues
themselves are curated in curated/extraction/attributions.yaml (read by knowledge_attributions.attribution_cues).
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.knowledge import curated_data, curated_set
from sikap.pipeline.extract.knowledge_attributions import attribution_cues
from sikap.pipeline.extract.outlets import lookup_outlet
from sikap.pipeline.extract.text import fold
from sikap.places import load_places
from sikap.sources import registry

WINDOW = 70
# the last word of a text without trailing white space (and its comma), read backwards: `,?` then the word
_LAST_WORD_REVERSED = re.compile(r",?[\w.’'-]+")
# a country's abbreviation in brackets closing the description before the name ("media Amerika Serikat (AS), NAME":
# probe set DI, 2026-12): passed over, as no word of the description
_ABBREVIATION_BEFORE = re.compile(r"\s*\([A-Z]{2,6}\)\s*,\s*$")
# a web domain as printed in a text ("kumparan.com", "Situs.co.id", "Situs.media", "SITUS.ME", "Situs.my"): a
# site named as a source or as the page
# (the suffixes: ".co", ".news", ".online", ".info", ".tv" too, Indonesian sites cited in copies, "dilansir dari laman
# berita situs.co": probe set DD, 2026-12; attribution_unknown scans the text for the same list)
WEB_SUFFIXES = ("com", "co.id", "co", "id", "net", "org", "media", "me", "my", "news", "online", "info", "tv")
DOMAIN_ANY = re.compile(r"(?<![\w.@])[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?i:"
                        + "|".join(re.escape(x) for x in WEB_SUFFIXES) + r")\b(?![.-]\w)")


@functools.lru_cache(maxsize=4096)
def source_kind(sid: str) -> tuple[str | None, str | None]:
    """(type, country) of a registered source; (None, None) for a discovered one."""
    src = registry().entries.get(sid)
    return (src.value("type"), src.value("country")) if src is not None else (None, None)


@functools.cache
def _longest_cue() -> int:
    """Characters of the longest cue phrase (before or self-reference)."""
    data = curated_data("attributions.yaml")
    return max(len(p) for key in ("before", "self_reference") for p in data[key])


def cue_before(text: str, start: int) -> tuple[str, str] | None:
    """(cue, kind) when a cue ends at most three words before `start` (kind: strong, weak or self; a
    self-reference counts only right before the name). A cue phrase ends in a letter or digit and only white
    space and a colon follow it, so the cue patterns are searched from a cue's length before that end
    (searching the whole window tried every phrase at every character, a fifth of this step). A citing cue
    before a self cue wins: "dikutip dari kanal YouTube NAME" quotes NAME's channel."""
    cues = attribution_cues()
    own = None
    left = text[max(0, start - WINDOW):start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    if cut >= 0 and left[cut] == "\n" and not left[cut + 1:].strip():
        # the name opens its line and the line above ends on a citing cue: a link's anchor printed on a line of its
        # own ("Mengutip" / "Reuters, minyak ..."; fix set ED, 2026-12); a self-reference there ("seorang reporter"
        # / "OUTLET mengatakan") is left to the rules that read the name's own line
        above = left.rstrip()
        if cues.before_at_end.search(above + " ", max(0, len(above) - _longest_cue())):
            left = above + " "
            cut = max(left.rfind(". "), left.rfind("\n"))
    left = left[cut + 1:] if cut >= 0 else left
    if left.endswith(", ") and (abbr := _ABBREVIATION_BEFORE.search(left)) is not None:
        left = left[:abbr.start()] + ", "
    for k in range(4):
        at = max(0, len(left.rstrip().rstrip(":").rstrip()) - _longest_cue())
        m = cues.before_at_end.search(left, at)
        if m:
            cue = fold(m.group(1))
            if cue in cues.weak:  # "Mengutip laporan RT": a citing cue right before the weak one is the cue
                head = left[:m.start()].rstrip()
                s = cues.before_at_end.search(head + " ", max(0, len(head) - _longest_cue()))
                if s and fold(s.group(1)) not in cues.weak:
                    return fold(s.group(1)), "strong"
            return cue, ("weak" if cue in cues.weak else "strong")
        if k == 0:
            s = cues.self_at_end.search(left, at)
            if s:
                own = fold(s.group(1)), "self"
                left = left[:s.start()]
                continue
        left = left.rstrip()
        last = _LAST_WORD_REVERSED.match(left[::-1])
        if last and DOMAIN_ANY.fullmatch(left[len(left) - last.end():].strip(" ,;:")):
            return own  # "dikutip dari SITE.com jejaring media OTHER.com": the cue cites the first site only (DE)
        left = left[:len(left) - last.end()] if last else left
        if not left.strip():
            return own
    return own


def outlet_before(text: str, start: int, cue: str) -> bool:
    """'dikutip Tribun-Bali.com dari Kompas.com': an outlet (or web domain) right before a weak cue makes
    it an attribution of the name after it."""
    left = text[max(0, start - WINDOW):start].rstrip()
    if not left.lower().endswith(cue):
        return False
    before = left[: len(left) - len(cue)].rstrip().split()
    return bool(before) and (lookup_outlet(before[-1]) is not None or DOMAIN_ANY.fullmatch(before[-1]) is not None)


def appositive(text: str, start: int) -> bool:
    """A registered outlet named after a news-outlet word and its description, in the same sentence ("kantor
    berita resmi pemerintah Yordania, NAME"): named as the news outlet the text reports from."""
    left = text[max(0, start - WINDOW):start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    if "," not in left:
        return False
    m = attribution_cues().appositive_re.search(left, cut + 1)
    return m is not None and not object_marker(left, m.start())


def marker_before(text: str, start: int) -> bool:
    """A registered outlet right after a news-outlet word, a country between or not ("surat kabar Israel NAME"):
    named as a news outlet, as an unregistered name after the same words is (unknown_names)."""
    m = attribution_cues().marker_re.search(text, max(0, start - 40), start)
    return m is not None and (m.group("place") is None or load_places().lookup(m.group("place")) is not None) \
        and not object_marker(text, m.start())


def object_marker(text: str, at: int) -> bool:
    """A news-outlet word at `at` after a word that makes the outlet a thing reported on ("milik kantor berita
    X", "gedung kantor berita X"), or two ("bekerja untuk kantor berita X": the journalist's employer):
    curated/extraction/attributions.yaml, object_before_marker."""
    before = text[max(0, at - 24):at].split()
    words = curated_set("attributions.yaml", "object_before_marker")
    return bool(before) and (fold(before[-1]) in words or len(before) > 1 and fold(" ".join(before[-2:])) in words)


def institution(domain: str) -> bool:
    """A web domain of a government office, a university or a school ("infopangan.kota.go.id"): not a news
    outlet, whatever cue stands before it (curated/extraction/attributions.yaml, not_outlet_domains)."""
    host = domain.strip().rstrip(".,").lower()
    return host.endswith(attribution_cues().not_outlet_domains)


_PARTNER = re.compile(r"\s+(?:dan|and|serta|&)\s+((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)")


def past_partner(text: str, end: int) -> int:
    """Where the verb of two outlets joined by 'and' is read: after the second one, when it is a registered outlet
    ("New York Magazine dan Axios mengungkapkan ...": both report it; probe set AF, 2026-12). A person or a body
    joined so is no outlet: the verb is then read right after the first name, as before."""
    m = _PARTNER.match(text, end, end + 60)
    return m.end() if m and lookup_outlet(m.group(1)) else end


def verb_after(text: str, end: int) -> bool:
    """A reporting verb right after a name ("Reuters melaporkan"), after at most four adverbs and time words ("CNN
    pertama kali melaporkan", "Reuters juga turut melaporkan", "Axios pada Senin lalu melaporkan"), a place ("AFP
    di Gaza melaporkan", "TV NAME Lebanon mengutip"), its short form in brackets ("NAME (NNA) menyebutkan") or
    its owner ("NAME milik Houthi melaporkan"), or after a clause set off by commas ("CBS News, merujuk pada sumber AS, menyatakan"); the
    same after a second outlet joined by 'and' (past_partner)."""
    cues = attribution_cues()
    end = past_partner(text, end)
    after = text[end:end + 60].lstrip(" ,")
    first = after.split(maxsplit=7)
    words = [fold(w.strip(",.")) for w in first[:7]]
    k = skip = 0
    while skip < 4 and k < len(words):
        if words[k] in cues.verb_adverbs:
            k, skip = k + 1, skip + 1
        elif k == 0 and _ABBREVIATION.fullmatch(first[0]):
            k, skip = 1, skip + 1  # "Kantor Berita Nasional Lebanon (NNA) menyebutkan": the name's short form
        elif k == 0 and first[0][:1].isupper() and not first[0].endswith(",") \
                and load_places().lookup(first[0].strip(".")) is not None:
            k, skip = 1, skip + 1  # "TV Al Manar Lebanon mengutip": the outlet's country after its name
        elif words[k] == "milik" and k + 1 < len(words) and not first[k].endswith(","):
            n = 2 if k + 2 < len(words) and first[k + 2][:1].isupper() and not first[k + 1].endswith(",") else 1
            k, skip = k + 1 + n, skip + 1 + n  # "Televisi NAME milik Houthi melaporkan": whose outlet it is
        elif words[k] in _AT and k + 1 < len(words) and first[k + 1][:1].isupper() and not first[k].endswith(","):
            n = 2 if k + 2 < len(words) and first[k + 2][:1].isupper() and not first[k + 1].endswith(",") else 1
            k, skip = k + 1 + n, skip + 1 + n  # "di Gaza", "di Tel Aviv": where the outlet's reporter stands
        else:
            break
    if _reporting(words[k:], cues.after):
        return True
    if k < len(words) and words[k] == "yang":  # "NAME yang dikelola Houthi melaporkan": a relative clause between
        rest = [fold(w.strip(",.")) for w in after.split(maxsplit=9)[k + 1:9]]  # (probe set Y, 2026-12)
        stop = next((j for j, w in enumerate(after.split(maxsplit=9)[k + 1:9]) if w.endswith((",", "."))), len(rest))
        return any(_reporting(rest[j:], cues.after) for j in range(1, min(stop + 1, 5)))
    if text[end:end + 1] == ",":  # "NAME, a clause of at most eight words, VERB"
        close = text.find(",", end + 1, end + 90)
        clause = text[end + 1:close] if close > 0 else ""
        if close > 0 and 2 <= len(clause.split()) <= 8 and "\n" not in clause and "." not in clause:
            nxt = text[close + 1:close + 40].split(maxsplit=2)
            w = [fold(x.strip(",.")) for x in nxt[:2]]
            # a speech verb too when the clause says what the outlet did ("merujuk pada sumber AS"): after a clause
            # opening with a capital ("NAME, Full Name Kota, menjelaskan") the person named there is the speaker
            speech = clause.split()[0][:1].islower()
            return _reporting(w, cues.after | cues.speech_verbs if speech else cues.after)
    return False


def said_after(text: str, end: int) -> bool:
    """A speech verb right after the name ("NAME mengatakan", "NAME menyebutkan"): an outlet that says something
    reports it. The caller reads it for foreign outlets only: a domestic name may be a person's or a body's."""
    end = past_partner(text, end)
    words = text[end:end + 30].split(maxsplit=2)
    return _reporting([fold(words[0].strip(",."))] if words else [], attribution_cues().speech_verbs)


_AT = frozenset(["di", "in"])
_ABBREVIATION = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")


def _reporting(words: list[str], verbs: frozenset) -> bool:
    """The words open with a reporting verb of one word, of two ("dalam laporannya") or of three ("tidak dapat
    memverifikasi")."""
    return bool(words) and (words[0] in verbs or " ".join(words[:2]) in verbs or " ".join(words[:3]) in verbs)


def first_word_after(text: str, end: int) -> str:
    """The word right after a name (folded), "" when none follows on the same line."""
    after = text[end:end + 20].lstrip(" ")
    return fold(after.split(maxsplit=1)[0].strip(",.")) if after[:1].isalpha() else ""


def snippet(text: str, a: int, b: int) -> str:
    return text[max(0, a - 40):min(len(text), b + 40)].replace("\n", " ").strip()
