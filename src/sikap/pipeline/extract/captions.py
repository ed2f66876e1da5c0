"""Photo captions and photo credits: recognised by the credit that closes or accompanies them.

A caption is a sentence like any other; what gives it away is its credit ("(Foto: NAME/Reuters)",
"ANTARA FOTO/NAME", "Foto/Dok", "-(Foto/Getty Images)-", "(Merahputih.com/NAME)", "[NAME / AFP]",
"Sumber gambar, Getty Images") on the same line or on the line next to it. A photo credit names an agency
or outlet, but it is never an attribution of the text: captions are removed before attributions are read.
"""

from __future__ import annotations

import functools
import re

from sikap.pipeline.extract.text import LINE_CACHE, WS

_NAME = r"[^\W\d_][\w.&'’ -]{0,40}?"
# a credit closing a line: "(Foto: X/Y)", "(sumber: X/Y)", "-(Foto/Getty Images)-", "| Kredit Foto: A/B",
# "Foto/Dok", "(Outlet.com/NAME)", "[NAME / AFP]", "./NAME", "-pixabay-"
TAIL = re.compile(
    r"(?i)(?:"
    r"[\(\[]\s*(?:foto|photo|sumber|source|dok|doc|dokumentasi|ist|istimewa|ilustrasi|kredit foto|credit|image|kolase|"
    r"tangkapan layar|tangkap layar|screenshot|screengrab|repro|pexels|pixabay|unsplash|freepik|shutterstock|"
    r"istockphoto|istock|getty images)\b[^()\[\]]{0,80}[\)\]]\s*-?"  # (stock sites: "... Iran (Pexels)", set DL)
    r"|-{2}\s*(?:via\s+)?(?-i:[A-Z])[\w.]{0,30}(?:\s+(?-i:[A-Z])[\w.]{0,30}){0,3}(?:\s+via\s+[A-Z][\w.]{1,30})?"  # "--X Outlet News"
    # (capitalised words only: "OUTLET.COM -- Situasi belum stabil." is a dateline and a short lede; fix set JN, 2026-12)
    r"|-\s*\(\s*(?:foto|photo)\s*/[^()]{1,60}\)\s*-"
    r"|(?<=\w)-\s*(?:foto|photo|ilustrasi|dok|ist|istimewa|pixabay|unsplash|freepik|pexels|shutterstock|getty images)"
    r"(?:\s*[/:]\s*[\w.' ]{1,40})?\s*-"  # "... lain-pixabay-": a stock or photo source glued between dashes
    r"|(?<=[\w,.])-(?-i:[A-Z][a-z]{2,20})(?: (?-i:[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?)){0,2}-"
    r"(?:via\s+(?-i:[A-Z][\w.]{1,20}))?(?=\s*$)"
    # "... agama-Fio Atmaja-", "... yang macet,-Nama Fotografer-via AFP" (an agency's photo, fix set KN): the
    # photographer's name glued between dashes (a national daily's regional site; probe set DE, 2026-12)
    r"|-\s*(?:twitter|instagram|x|facebook|tiktok|youtube)\s*@[\w.]{2,30}\s*-(?=\s*$)"  # "-twitter@handle-" (DE)
    r"|\|\s*(?:kredit foto|foto|photo|credit|sumber|source)\s*:[^|]{1,80}"  # "| Sumber : Tim NAME" (probe page, setT)
    r"|\b(?:foto|photo)\s*/\s*[\w .]{1,40}(?:/\s*@?[\w .]{1,40}){0,2}"  # "Foto/Outlet/NAME", "Foto/X/@handle"
    r"|\(\s*[^\W\d_][\w.&' -]{1,60}\s*/\s*@?[^\W\d_][\w.&' -]{1,40}(?:\s*/\s*[\w.&' -]{1,40}){0,3}"
    r"(?:,\s*(?:file|arsip|dok|handout|pool))?\s*\)"  # "(AP Photo/NAME, File)": an agency's archive photo
    r"|\(\s*[^\W\d_][\w.' -]{1,40},\s*(?:pool\s+)?(?:photo|foto)\s+via\s+[A-Z][\w.]{1,30}\s*\)"  # "(NAME, Pool Photo via
    # AGENCY)": a pool photographer's picture an agency sent, closing each paragraph of a gallery (probe set CI, 2026-12)
    r"|[\(\[]\s*gambar\s*:?\s*(?-i:[A-Z])[\w.&' -]{1,40}(?:/[\w.&' -]{1,40}){0,2}[\)\]]"  # "(Gambar Agency)", Malay
    r"|\[\s*[^\W\d_][\w.' -]{1,40}(?:\s*/\s*[\w.' -]{1,40}){1,3}\]"  # "[AGENCY FOTO/NAME/abc]" (fix set JE, 2026-12)
    r"|(?<=\d{4})\s*/\s*(?-i:[A-Z])[A-Za-z.]{1,20}\s*$"  # "... Jakarta, Jumat, 10 Januari 2025/OUTLET": the caption's
    # date, then the outlet whose photo it is (a regional site's copy, fix set KI, 2026-12)
    r"|(?<=[.!?])\s*/\s*[A-Z][\w.' -]{1,40}(?:/[\w.' -]{1,40}){0,2}/?"  # "... petugas. /Agency/HO-Source", "/Agency/"
    r"|(?<=[.!?])\s+[A-Z][\w.]{1,25}(?:\s+[A-Z][\w.]{1,25}){0,2}\s*/\s*[A-Z][\w.' -]{1,40}(?:/\s*[A-Z][\w.' -]{1,40})?"
    # "AGENCY/AGENCY/NAME", "Outlet Name Online/NAME" (a portal's name of three words, harvest page 2026-12)
    r"|(?<=[.!?])\s+[A-Z][\w.' -]{1,40}/\s*[\w.' -]{0,30}\bvia\s+[A-Z][\w.]{1,30}"  # "Agency Name/Handout via AGENCY"
    r"|(?<=[.!?,])\s+(?:foto|photo)(?:\s+by)?\s*:\s*[A-Za-z][\w.'@ -]{1,40}"  # "... di Jakarta. Foto: Outlet", "..., Foto: Dok" (set DD)
    r"(?:/[\w.' -]{1,40}){0,2}(?:\s+(?:copyright|hak cipta)\s*:?\s*©\s*[^\W\d_][\w.&' -]{1,40}(?:/\s*[\w.&' -]{1,40})?)?"
    # (and "Foto: NAME/AGENCY", "Foto: NAME/OUTLET Copyright: © NAME/OUTLET", probe pages 2026-12, setO/setP)
    r"|/\s*(?:foto|photo)\s*:\s*[^\W\d_][\w.' -]{1,40}"  # "... Sabtu (6/5/2023)/ Foto : NAME" (the slash first: cheap)
    # a capitalised label after the caption's last word, the photographer and the outlet after it: "NAME at the
    # podium Foto : NAME/OUTLET.com." (a national portal's captions; probe set AI, 2026-12)
    r"|\s(?-i:Foto|FOTO)\s*:\s*(?-i:[A-Z])[\w.' -]{1,40}/\s*[\w.' -]{1,40}"
    r"|(?<=[.!?])\s+(?:foto|gambar)\s+[^\W\d_][\w.' -]{2,40},\s*\d{1,2}\s+[^\W\d_]{3,9}\s+\d{4}"  # Malay: "Foto NAME, 14 MEI 2024."
    # or the agency's name alone, capitalised: "... malam ini. Foto Agency." (probe page, 2026-12, setR)
    r"|(?<=[.!?])\s+(?:foto|gambar)\s+(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})"
    r"|(?:-{2}\s*@?[\w.]{1,30}\s*/|\s/)\s*(?:x|twitter|instagram|ig|facebook|fb|tiktok|youtube|threads)\b"  # "--@handle/x", "... / x"
    # a photographer's site, then the producer: "... 2017 situsnama.com / Rumah Film" (held-out probe page, 2026-12, setO)
    r"|\s(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co\.id|id|net|org|tv)\s+/\s+(?-i:[A-Z])[\w.' -]{1,40}"
    r"|\s[–—-]\s*(?:foto|photo|gambar|image|ilustrasi)\s*:\s*(?-i:[A-Z])[\w.&' -]{1,40}(?:/[\w.&' -]{1,40}){0,2}"
    # ("CAPTION – Gambar: Site.Digital": a dash, a picture label and its source; held-out probe page, 2026-12, setX)
    r"|(?<=[.!?])\s+(?:copyright|hak cipta)\s*:?\s*©\s*[^\W\d_][\w.&' -]{1,40}(?:/\s*[\w.&' -]{1,40})?"  # "... Copyright: © NAME/OUTLET"
    # a dash and the courtesy word closing a caption: "... lalu. - Ist" (a regional daily's captions; probe set AS)
    r"|(?<=[.!?])\s+[-–]\s*(?:ist|istimewa|dok|dokumentasi|ilustrasi)\b\.?"
    # the agency between two dashes glued to the caption's stop: "... pada 14 September 2025.-AGENCY-" (a national
    # portal's captions of wire photos, fix set LJ, 2026-12)
    r"|(?<=[.!?])-(?-i:[A-Z]{2,10})-"
    # the copyright sign before the agency and the photographer: "... Turki. ©AGENCY/NAME" (a national portal's
    # captions, fix set HD, 2026-12); the agency and the photographer between slashes after a space: "... ke NATO
    # /Agency/NAME/" (a regional network's captions, fix set HC, 2026-12)
    r"|(?<=[.!?)\]])\s*©\s*(?-i:[A-Z])[\w.&' -]{1,30}(?:/\s*(?-i:[A-Z])[\w.&' -]{1,40}){0,2}"
    r"|\s/(?-i:[A-Z])[\w.' -]{1,30}/(?-i:[A-Z])[\w.' -]{1,40}/"
    # a courtesy word glued by a slash to the caption's last word: "... Ali Khamenei/Net" ("from the internet"), "/Ist"
    # (a national daily's captions, fix set HH, 2026-12)
    r"|(?<=[a-z])/(?-i:Net|NET|Ist|IST|Istimewa|ISTIMEWA|Dok|DOK|Int|INT)"
    # a free licence's credit: "... (kanan). (Site.ru, CC BY 4.0, via Wikimedia Commons)" (a national portal's
    # caption of a commons photo, fix set HK, 2026-12)
    r"|\((?:[^()]{1,80},\s*)?(?-i:CC[ -]BY|CC0|CC-BY)[^()]{0,80}\)"
    r")\s*[.|]?\s*$")  # a full stop (or a table's bar) may close the credit: "(ANTARA FOTO/NAME)."
# a line that is only a credit: "ANTARA FOTO/NAME", "TRIBUNNEWS.COM/PUSPEN TNI", "NAME/AFP/Getty",
# "Place/ILUSTRASI UNSPLASH/NAME"
# a caption opened by a label in capitals and a dash or colon ("LABEL IN CAPITALS - what the photo shows")
LABEL_CAPTION = re.compile(r"^\s*[A-Z0-9][A-Z0-9&'’.]*(?:\s+[A-Z0-9&'’.]+){0,5}\s*[-–—:]\s+\S")
ALONE = re.compile(r"^[\(\[]?\s*[^\W\d_][\w.&'’ -]{0,40}(?:\s*/\s*[^\W\d_][\w.&'’ -]{0,40}){1,3}\s*[\)\]]?$")
PREFIX = re.compile(
    r"(?i)^[\(\[]?\s*(?:foto|photo|foto-foto|ilustrasi|gambar|image|sumber foto|sumber gambar|keterangan gambar|keterangan foto|"
    r"kredit foto|caption|foto ilustrasi|foto dok|foto udara)\s*(?:\([^)]*\))?\s*[:,/]"
    r"|^\s*[Kk]et\.?\s*:\s*[A-Z]"  # "Ket: NAME at the podium": the abbreviated caption label
    r"|^\s*(?i:ket\.?\s*(?:foto|gambar|photo)\s*:)"  # "Ket Foto: ...", "KET. FOTO :" (probe page, 2026-12, setT)
    r"|^ILUSTRASI\.\s"  # "ILUSTRASI. A balloon over ...": a business daily's caption label
    r"|^\s*(?:Image|Media) caption\s+\S"  # "Image caption What the photo shows.": a broadcaster's label (set DH)
    # a photo's source alone on its line: "Dok. Akun Instagram Kantor Contoh" (a broadcaster's portal, read as the
    # headline; probe set AS, 2026-12): the documentation word and a name, no sentence after it
    r"|^\s*(?i:dok)\.\s+(?-i:[A-Z])[^.!?]{2,80}$")
@functools.cache
def photo_words() -> re.Pattern:
    """A word saying a credit is a photo's (curated/extraction/credits.yaml, photo_credit_words), searched for."""
    from sikap.pipeline.extract.knowledge import curated_data

    words = curated_data("credits.yaml")["photo_credit_words"]
    alts = [re.escape(w) for w in words["parts"]] + [rf"\b{re.escape(w)}\b" for w in words["whole_words"]]
    return re.compile("(?i)(" + "|".join(alts) + ")")


# "Sumber gambar, Agency": a broadcaster's Indonesian service prints a photo's credit BEFORE its caption ("Keterangan
# gambar, ..."), so the line above such a credit is never its caption (fix set KE, 2026-12: a headline was taken)
CREDIT_BEFORE_CAPTION = re.compile(r"(?i)^\s*(?:sumber gambar|image source)\s*,")


def refers_back(text: str) -> bool:
    """Does the line open with a word pointing back to the text above ("Beliau ...", "Namun ...", "Dalam pada
    itu ...", curated/extraction/credits.yaml back_references)? Then it is a paragraph, never a photo's caption."""
    from sikap.pipeline.extract.knowledge import curated_set

    words = curated_set("credits.yaml", "back_references", "casefold")
    toks = [t.strip(",.:;\"“”'").casefold() for t in text.split(None, 3)[:3]]
    return any(" ".join(toks[:n]) in words for n in (1, 2, 3))


def photo_tail(text: str) -> bool:
    """A closing credit that says it is a photo's ("(Foto: NAME/Okezone)", "(Tangkapan layar YouTube X)")."""
    return photo_credit(credit_tail(text))


def photo_credit(tail: re.Match | None) -> bool:
    """photo_tail for a line whose credit_tail was read already."""
    return tail is not None and photo_words().search(tail.group(0)) is not None


_TAIL_SPAN = 140  # every credit form TAIL knows is shorter: search only the line's end


# editors' codes signing the text off: "(dhf/fra)", "(ABC/DE)", and a desk's name among three codes or more in lower
# case ("(kominfo/hck/ist/rd)": a regency's information office and its editors; fix set EE, 2026-12), which a
# photo's source word among them ("ist") does not make a photo's credit
_INITIALS = re.compile(r"^[\(\[]\s*(?:(?:[a-z]{1,5}|[A-Z]{1,5})(?:\s*/\s*(?:[a-z]{1,5}|[A-Z]{1,5}))+"
                       r"|[a-z]{1,8}(?:\s*/\s*[a-z]{1,8}){2,})\s*[\)\]]$")


def credit_tail(text: str) -> re.Match | None:
    """The credit closing the line (TAIL), or None."""
    t = text.rstrip()
    if not t:
        return None
    end = t[-_TAIL_SPAN:]
    # every credit form ends in ")", "]" or "-", or holds a "/", "|", "--", a "Foto:" label or a dash and a word
    # ("- Ist") near the end: most lines end in "." and hold none
    if t[-1] not in ")]-" and "/" not in end and "|" not in end and "--" not in end and ":" not in end[-50:] \
            and "Foto " not in end[-60:] and "- " not in end[-14:] and "– " not in end[-14:] and "©" not in end[-80:] \
            and "-via " not in end[-30:]:
        return None
    return _tail(text)


# where a TAIL match may start: every form opens with white space, a bracket, a dash, a slash, a bar, "©" or a word
# "foto"/"photo" (byhead.start_pairs(TAIL) reads the same off the pattern)
_TAIL_START = re.compile(r"(?i)[\s(\[\-/|©]|\b(?:fo|ph)")


@functools.lru_cache(maxsize=LINE_CACHE)
def _tail(text: str) -> re.Match | None:
    """credit_tail's search, kept for recent lines: the zones, the line rules and the caption rules ask it of the
    same lines, and credits repeat. TAIL.search tries its long alternation at each of the last characters (~30
    µs); it is tried here only where a match may start (_TAIL_START), from the left: the first position where it
    matches is the one search finds, and the match there the same (half the time)."""
    m = None
    for start in _TAIL_START.finditer(text, max(0, len(text) - _TAIL_SPAN)):
        m = TAIL.match(text, start.start())
        if m is not None:
            break
    if m is not None and _INITIALS.match(m.group(0).strip()):
        return None  # "(dhf/fra)", "(isa/rds)": an editor's initials signing off, not a photo credit
    return m


_PAREN_END = re.compile(r"\s\(([^()]{2,40})\)\s*$")


def credited_sentence(text: str) -> bool:
    """A finished sentence closed by a credit in parentheses: an agency or outlet, or a photo word ("The
    missile over the base. (Agency)"). Under the text that is a sign-off; above the lede, a photo's caption."""
    if not text.rstrip().endswith(")"):
        return False
    m = _PAREN_END.search(text)
    if m is None or not text[:m.start()].rstrip(WS).endswith((".", "!", "?")):
        return False
    from sikap.pipeline.extract.outlets import lookup_outlet

    inner = m.group(1).strip(WS)
    return lookup_outlet(inner.split("/")[0].strip(WS)) is not None or photo_words().search(inner) is not None


def has_credit_tail(text: str) -> bool:
    return credit_tail(text) is not None


def caption_prefix(text: str) -> bool:
    return PREFIX.match(text.strip(WS)) is not None


def tail_start(text: str) -> int | None:
    """Where a closing credit starts in the line, or None."""
    m = credit_tail(text)
    return m.start() if m else None


# the line that is a photo credit and nothing else, read in its own module (which reads this one's patterns)
from sikap.pipeline.extract.captions_alone import BARE_CREDIT, credit_only  # noqa: E402,F401
