"""The patterns of chrome glued to text on one line, each with the page it was seen on: a machine date stamp, an
HTML entity, a "Baca juga:" teaser (bare or in brackets), a dateline glued after a photo credit, an editor's
codes or an end mark closing the last sentence, an embedded post's signature, a spam link's anchor, an ad's
label, a source note, a feed's footer, a theme's reading time, a picture's file name, a date line glued to the
dateline or the lede. inline._fragments (inline.py) tries them on a line, cheapest screen first; they stand
apart so that the cutter reads as the order it tries them in, and other rules (outlet_resolve.py reads
FEED_FOOTER) take a pattern without the cutter.
"""

from __future__ import annotations

import re

from sikap.pipeline.extract.knowledge import SPACES

STAMP = re.compile(r"^\s*(?:(?:date|tanggal|tgl|published|diterbitkan)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"
                   r"|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)(?=\s|$)", re.I)
# (an ISO time's zone after it, "2022-09-29T16:30:59+07:00": a theme's machine-readable time printed as text; and
# glued after the name of who posted it and before the lede, "Nama Situs2022-09-29T16:30:59+07:00Pada ...": fix set
# LK, 2026-12)
GLUED_ISO = re.compile(r"^\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}(?=\d{4}-\d{2}-\d{2}T)(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"
                       r"(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)")
# (without a label, only a whole date and time, "2024-11-10 00:00:00 Qatar ...": a feed's timestamp glued before a
# machine-rewritten copy's first line; probe set Z, 2026-12. No sentence opens with one.)
# what a line STAMP matches opens with: a label's first letter, a digit or white space (tried before the regex)
_STAMP_FIRST = frozenset("dDtTpP0123456789" + SPACES)
ENTITY = re.compile(r"&#\s?\d{1,6};|&#x[0-9a-fA-F]{1,5};|&(?:nbsp|amp|quot|lt|gt|apos|ndash|mdash|hellip|rsquo|lsquo|ldquo|rdquo);"
                    # a no-break space mis-decoded as Greek (UTF-8 C2 A0 read as cp1253), left alone at a line's end
                    r"|(?<=[.!?\"”)])(?:\s*Β)+\s*$")
_READ_ALSO_LABEL = r"(?:Baca(?:\s+[Jj]uga)?|BACA(?:\s+JUGA)?|Simak\s+[Jj]uga|Lihat\s+[Jj]uga|SIMAK\s+JUGA)"
READ_ALSO = re.compile(rf"(?:(?<=[.!?\"”’)\]])|^)\s*{_READ_ALSO_LABEL}\s*:\s*")
# a dateline glued after a photo credit: lower-case or closing letter, then an UPPER-CASE place and a dash
GLUED_DATELINE = re.compile(r"(?<=[a-z\)\]])(?=[A-Z][A-Z .'-]{2,30}\s*(?:\([^()]{2,30}\)\s*)?[-–—]{1,2}\s)")
# an editor's initials or desk codes glued after a paragraph's last sentence ("... 200 meter. (dhf/fra)", "(Abc/Xyz)",
# "(Abc/I-1)", "(ab3/xyz)"): a copy cut there; a photo word among them ("(Foto/Dok)") makes it a credit (captions.py)
_CODE = r"(?:[a-z]{2,5}\d{0,2}|[A-Z][a-z]{1,4}|[A-Z]{2,5}\d{0,2}|[A-Z]{1,3}-\d{1,3})"
_GLUED_INITIALS = re.compile(rf"(?<=[.!?\"”])\s*\({_CODE}(?:/{_CODE})+\)$"
                             rf"|(?<=[.!?\"”])\s*\[[a-z]{{2,5}}(?:/[a-z]{{2,5}})+\]$"  # "[abc/de]" (a blog's copy, KK)
                             r"|(?:(?<=[.!?\"”])\s*|(?<=\w)\s+)[\(\[]\*{1,3}[\)\]]$")  # an end mark, "... tutupnya.[*]" (DD, DH)
# a wire's end mark glued after its last sentence ("... the meetings. Enditem": Xinhua's English copy on a partner's
# site, fix set LC, 2026-12)
GLUED_END_WORD = re.compile(r"(?<=[.!?\"”’])\s+(?:Enditem|ENDITEM|EndItem)$")
# an embedded post's signature after the post's text: dash, the poster's name, "(@handle)", the day it was posted
# ("... mereka." - Budi Santoso (@budis) 2 April 2021); the text may go on glued after the year
POST_SIGNATURE = re.compile(r"(?:^|(?<=[.!?\"”’]))\s*[-–—]\s*[^\W\d_][\w .'’-]{0,60}?\s*\(@\w{1,30}\)\s*"
                            r"(?:\d{1,2}\s+[^\W\d_]{3,10}\.?,?\s+\d{4}|[^\W\d_]{3,10}\.?\s+\d{1,2},\s*\d{4})")
CAPTION_START = re.compile(r"(?i)^\s*(?:foto|photo|sumber foto|ilustrasi)\s*:")
# a spam link's anchor glued after a paragraph's last sentence by SEO blogs ("... tersebut. BERITA BOLA"): two to
# four words in capitals, letters only, closing a line of text; a sentence in capitals holds shorter words or ends
# with a mark
GLUED_CAPS_LINK = re.compile(r"(?<=[.!?])\s+(?:[A-Z]{3,}\s+){1,3}[A-Z]{3,}$")
# an ad slot's label glued between two sentences of a paragraph ("... to do so. Advertisement Xi's call ..."; an
# English copy of a national portal, probe page 2026-12, setR): the label alone, before a capitalised word
GLUED_AD = re.compile(r"(?<=[.!?\"”’])\s+(?:ADVERTISEMENT|Advertisement|ADVERTISING|IKLAN)(?=\s+[A-Z“\"‘])"
                      # an ad's scroll prompt closing a paragraph ("... masyarakat. Gulir untuk mempelajari lebih lanjut!")
                      r"|(?<=[.!?\"”’])\s+(?:Gulir|Scroll)\s+(?:ke\s+bawah\s+)?(?:untuk|to)\s+[^.!?]{3,40}[.!]?\s*$")
# a source note glued after a paragraph's last sentence ("... di perbatasan. Sumber: Outlet"; an aggregator's copy,
# held-out probe page, 2026-12, setX): cut off as a line of its own, which the line rules read as any "Sumber:" line
GLUED_SOURCE = re.compile(r"(?<=[.!?\"”’])\s+(?:Sumber|SUMBER|Source)\s*:\s*(?P<name>[^\W\d_][\w.&'’ -]{1,40}?)\s*\.?$"
                          # (or in parentheses, the colon maybe unspaced: "... tersebut. (Sumber:Outlet)", probe set AP)
                          r"|(?<=[.!?\"”’])\s*\((?:Sumber|SUMBER|Source)\s*:\s*(?P<pname>[^\W\d_][\w.&'’ -]{1,40}?)\s*\)\s*$")
# a theme's reading time glued to the dateline under it ("2 min readKota | Outlet.com – ...", a WordPress news theme on a
# regional site; probe set AT, 2026-12): the time is chrome, the dateline and lede stay
READ_TIME = re.compile(r"^\s*\d{1,2}\s*(?:min|mins|menit)\s+(?:read|baca|membaca)(?=[A-Z])")
# a picture's file name glued to the paragraph under it ("WhatsApp Image 2022 03 25 at 18.25.12“Quote ...", a village
# site's WordPress upload; probe set AT, 2026-12)
IMAGE_NAME = re.compile(r"^\s*WhatsApp Image \d{4}[- ]\d{1,2}[- ]\d{1,2} at \d{1,2}[.:]\d{2}[.:]\d{2}(?:\s*\(\d+\))?(?=\S)")
# the footer WordPress adds to every item of a site's feed, kept by a copy made from the feed: "... Read more The post
# HEADLINE appeared first on SITE." (a Malay held-out probe page's copy, 2026-12, setV); the site is the original's
FEED_FOOTER = re.compile(r"(?:(?:\.{3}|…)?\s*(?:Read more|Continue reading|Baca selengkapnya)\s*)?"
                         r"\bThe post\s.{1,300}?\sappeared first on\s+(?P<site>[^\s.][^\n]{0,80}?)\s*\.?\s*$")

# a date line closed by its time zone and glued to a dateline in capitals: the page's date stamp over the lede, their
# line break lost in the copy (a TV network's portal, probe set DE, 2026-12)
_DATE_LINE_ON_DATELINE = re.compile(r"[^\n]{0,80}?\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)(?=[A-Z]{3}[A-Z .,'-]{0,30}[-–—(])")
# the same date line glued to the lede's first word in normal case ("Program | 29 November 2017, 08:53 WIBHujan ...": a TV
# network's video page, fix set IK, 2026-12): taken only when what stands before is a date line by itself
_DATE_LINE_ON_LEDE = re.compile(r"[^\n]{0,80}?\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)(?=[A-Z][a-z]{2,})")

# a teaser in brackets after a sentence, the text going on after it ("... Teluk). (Baca juga : TITLE) Qatar ...": a news
# blog's inline related post, fix set HF, 2026-12): the brackets bound it, whatever the headline's case
_BRACKETED_READ_ALSO = re.compile(rf"(?<=[.!?\"”’)])\s*\({_READ_ALSO_LABEL}\s*:\s*[^()\n]{{3,200}}\)")
# spaced stars closing a paragraph's last sentence ("... kejahatan perang. * * *": an end mark, fix set HF, 2026-12)
_GLUED_STARS = re.compile(r"(?<=[.!?\"”’])\s+\*(?:\s\*){2,3}\s*$")
