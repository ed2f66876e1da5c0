"""A site's contact block: a heading ("Kontak", "Hubungi Kami", "Alamat Redaksi") and, under it, the street
address, the e-mail, the telephone numbers and their bare labels ("Jl. Contoh No. 7 Kota", "E-mail: ...",
"WA/TELP:", "- Redaksi | 0812 ..."). The footer rules read such lines below the text; a theme that prints an author
bio or a widget after the block leaves it inside the text's span, where the footer's patterns are not tried (fix set
FE, 2026-12). Under a contact heading, each line shaped like a contact detail is the block's, down to the first
line that is not: a paragraph of text is never shaped so.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.text import WS, fold

_HEADINGS = frozenset({"kontak", "kontak kami", "hubungi kami", "alamat", "alamat redaksi", "alamat kantor",
                       "contact", "contact us", "redaksi", "kantor redaksi", "info redaksi"})
_DETAIL = re.compile(
    r"(?i)^(?:(?:jl|jln|jalan)\.?\s+\S.{0,120}$"  # the street address
    r"|.{0,60}(?:[\w.+-]+@[\w-]+\.[\w.]+|\[email\s*protected\]).{0,40}$"  # an e-mail (or the copy's placeholder)
    r"|[-•*]?\s*[\w /&.-]{0,40}[|:]?\s*(?:\+62|0)\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{2,5}\s*$"  # a telephone number
    r"|(?:e-?mail|surel|telp|telepon|tel|phone|fax|faks|wa|hp|wa/telp|telp/wa|whatsapp)\s*[.:/]?\s*$)")  # a bare label


def contact_blocks(page) -> None:
    """Mark the contact details under a contact heading as legal.footer."""
    texts = page.texts
    for i in [i for i, n in enumerate(page.nw) if n <= 3]:  # a heading has three words at most
        t = texts[i]
        if len(t) > 24 or fold(t.strip(WS + ":")) not in _HEADINGS:
            continue
        for j in range(i + 1, len(texts)):
            u = texts[j].strip(WS)
            if not u:
                continue
            if not _DETAIL.match(u):
                break
            if page.free(j):
                page.mark(j, "legal.footer")
