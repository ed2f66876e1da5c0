"""How the page's last line, cut off in the middle of the text, is told from a credit line or a sign-off standing
there: a sentence cut on a function word or inside a word ("... juga membant", "Penunjukan Patr", "Militer U"), a
clause with lower-case words. Read by the footer rules (edges_footer.py) before they take a short last line for
the writer's name or a credit that names nobody.
"""

from __future__ import annotations

from sikap.pipeline.extract.edge_lines import prose_hits
from sikap.pipeline.extract.text import FUNCTION_WORDS, ends_sentence


def cut_on_function_word(text: str) -> bool:
    """'Kementerian BUMN dipastikan akan': a line ending on a function word is a sentence the page's end cut off
    (fresh probe pages, 2026-12, setO), never a credit line ('Web Desk Staff', 'Tim Redaksi')."""
    toks = text.split()
    return len(toks) >= 2 and toks[-1].casefold() in FUNCTION_WORDS


def _cut_word(page, text: str) -> bool:
    """The page's last line ends in a word cut short: its last word is the start of a longer word the page
    prints elsewhere ("... Patr" where the text names "Patrick"). A name signing the page off is whole."""
    last = text.split()[-1].strip(".,;:").casefold() if text.split() else ""
    if len(last) < 2 or not last.isalpha():
        return False
    return any(w.casefold().startswith(last) and len(w.strip(".,;:!?\"'()")) > len(last)
               for other in page.texts[:-1] for w in other.split())


def _cut_at_a_letter(page, text: str) -> bool:
    """'Militer U': the page cut one letter into a word, after words its prose prints in lower case (probe set BA,
    2026-12). A name closed by an initial ("Dewi H") is no vocabulary of the text."""
    toks = text.split()
    if len(toks) < 2 or len(toks[-1]) != 1 or not toks[-1].isupper():
        return False
    words = [w.casefold() for w in toks[:-1]]
    return prose_hits(page, words) == len(words)


def _prose_cut(text: str) -> bool:
    """A line with a function word printed in lower case and no end mark ("Kementerian Pertahanan juga membant"):
    a sentence the page's end cut off, never a credit ("Web Desk Staff", "KEMBALI KE ARTIKEL" print none so)."""
    return _cut_sentence(text) and any(w.islower() and w in FUNCTION_WORDS for w in text.split()[1:])


def _cut_sentence(text: str) -> bool:
    """The start of a sentence the page's end cut off ("BMKG mengungka"): a lower-case word, no end mark."""
    return not ends_sentence(text) and any(w[:1].islower() for w in text.split()[1:])


def office_opens(text: str) -> bool:
    """The line opens with a person's office (curated/extraction/credits.yaml, office_words): on the page's last line,
    a sentence the page's end cut after its subject ("Presiden Soeharto"), not a credit naming nobody."""
    from sikap.pipeline.extract.knowledge import curated_set

    toks = text.split(None, 1)
    return bool(toks) and toks[0].casefold() in curated_set("credits.yaml", "office_words", "casefold")
