"""The page-structure passes of mark_boilerplate answer exactly as their plain versions (plain_passes.py,
plain_edges.py: the loops over every line they replaced).

The faster passes find the lines a pass can act on in one pass over the page (the free lines, the caption
lines, the block headings, the short lines) and read the last paragraph from the page's end. Each is run
with its plain version on copies of the same generated page, whose lines are drawn from real-looking
chrome and text and carry rules as the earlier passes could have left them, and whose zones are drawn
too: both must mark the same lines with the same rules and record the same credits, dates and metadata.
"""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sikap.pipeline.extract import blocks, edges, neighbours, zones
from sikap.pipeline.extract.boilerplate import Page
from sikap.pipeline.extract.zones import Zones
from sikap.records import Doc, Line, RawFile
from tests.extract import plain_edges, plain_passes
from tests.extract.corpus import SENTENCES
from tests.extract.test_properties import BODY, FOOTER, HEADER, TEASER, TITLES

CHROME = [line for table in (HEADER, BODY, FOOTER) for blocks in table.values() for block in blocks
          for line in block if line.strip()]
SHORT = ["Home", "Berita", "Ekonomi", "Hukum", "Politik", "Otomotif", "Nasional", "Olahraga", "Video", "Foto",
         "Indeks", "Suka", "Lucu", "Sedih", "18:32 WIB", "-", "•", "Artikel Sebelumnya", "Berita Selanjutnya",
         "Next", "Tim Redaksi", "Budi Hartono", "Ayu Lestari,", "Baca juga:", "Bagaimana reaksi Anda?", "Ringkasan",
         "Penulis:", "Arfiandi ST MM", "IAEA Badan Atom Internasional Iran Nuklir"]
CELLS = ["Zona waktuUTC+08:00", "Situs webikn.go.id", "Ibu kotaNusantara", "Populasi1.234.567", "Luas wilayah2.000 km²",
         "Bahasa resmiBahasaIndonesia", "Didirikan1945", "Motto: \"Bersatu kita teguh, bercerai kita runtuh.\""]
MARKED = ["- " + TEASER, "• Harga Emas Turun Tipis pada Perdagangan Hari Ini", "* Kereta Cepat Tambah Jadwal",
          "(ant/rds)", "(Arief Santoso)", "// Budi", "Keterangan gambar, Warga mengantre bantuan di halaman balai desa.",
          "Warga mengantre bantuan di halaman balai desa.", "ANTARA FOTO/Andi Saputra", "Foto: Dok. Humas Pemkot",
          "Kabarcontoh.id adalah media daring yang menghadirkan berita terkini dari Kota Contoh.",
          "Harian Contoh merupakan portal berita yang menyiarkan kabar daerah.", "Sumber :",
          "Pemerintah Kota Contoh Siapkan Anggaran Perbaikan Jalan - Halaman all", "**Harga Beras Medium Naik**",
          "1. Latar belakang", "Jakarta (ANTARA) - " + SENTENCES[0], "Jakarta, CNN Indonesia", "Jakarta -", "(*)"]
POOLS = [SENTENCES, CHROME, SHORT, CELLS, MARKED, TITLES]
# a block: a few lines of one kind in a row (a menu, a table, a list of teasers, paragraphs), maybe indented
BLOCKS = st.sampled_from(POOLS).flatmap(lambda pool: st.lists(st.sampled_from(pool), min_size=1, max_size=7)).flatmap(
    lambda block: st.sampled_from([block, ["  " + t for t in block]]))
RULES = st.one_of(st.just(None), st.sampled_from(
    ["link.related", "link.read_also", "chrome.summary", "chrome.nav", "chrome.widget", "caption.photo", "meta.date_line",
     "meta.byline", "title", "credit.author", "meta.tags", "chrome.section", "legal.copyright"]))
SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def pages(draw) -> tuple[Page, Zones]:
    """A page (its lines on lines of their own, or a few sharing one) with rules, and zones that fit it."""
    texts = [t for block in draw(st.lists(BLOCKS, min_size=1, max_size=6)) for t in block]
    for _ in range(draw(st.integers(0, 3))):  # a line printed again (a caption, a title) elsewhere
        texts.insert(draw(st.integers(0, len(texts))), draw(st.sampled_from(texts)))
    decoded, lines = "", []
    for t in texts:
        if decoded:
            decoded += draw(st.sampled_from(["\n", "\n\n", " "]))
        lines.append(Line(len(decoded), len(decoded) + len(t), draw(RULES | st.just(None))))
        decoded += t
    doc = Doc(raw=RawFile("t.txt", "0" * 64, len(decoded), decoded.encode()), decoded=decoded, lines=lines)
    page = Page(doc)
    page.refresh()
    n = len(lines)
    lede = draw(st.none() | st.integers(0, n - 1))
    last = None if lede is None else draw(st.none() | st.integers(lede, n - 1))
    dateline_at = None if lede is None else draw(st.sampled_from([None, lede, max(0, lede - 1)]))
    return page, Zones(lede, last, dateline_at)


def _state(page: Page, zone: Zones, returned=None) -> tuple:
    doc = page.doc
    return ([(ln.start, ln.end, ln.rule) for ln in doc.lines], page.credits, page.dates, page.tail_captions, doc.meta,
            doc.provenance, (zone.lede, zone.last, zone.dateline_at), returned)


def _clone(page: Page, zone: Zones) -> tuple[Page, Zones]:
    """A copy of what the passes change (the lines' rules, what they record); the text is shared."""
    doc = copy.copy(page.doc)
    doc.lines = [copy.copy(ln) for ln in doc.lines]
    doc.meta, doc.provenance = dict(doc.meta), list(doc.provenance)
    return (Page(doc, list(page.texts), list(page.nw), list(page.credits), list(page.tail_captions), list(page.dates)),
            copy.copy(zone))


def _same_as_plain(page: Page, zone: Zones, new, old) -> None:
    a, b = _clone(page, zone), _clone(page, zone)
    assert _state(*a, new(*a)) == _state(*b, old(*b))


def _in_turn(page: Page, zone: Zones, passes) -> int | None:
    """The header and footer passes in the order mark_boilerplate runs them (`passes`: edges or plain_edges)."""
    passes.about_us_tail(page)
    passes.mark_edges(page, zone)
    title = passes.find_title(page, zone)
    passes.mark_footer(page, zone)
    passes.mark_header(page, zone, title)
    passes.mark_signoffs(page, zone)
    return title


@SETTINGS
@given(pages())
def test_every_pass_as_plain(got):
    """Each pass alone on the same page, then the header and footer passes in turn, each reading what the
    ones before it marked."""
    page, zone = got
    for new, old in [(blocks.mark_blocks, plain_passes._blocks),
                     (neighbours.caption_neighbours, plain_passes._caption_neighbours),
                     (blocks.flattened_tables, plain_passes._flattened_tables),
                     (edges.about_us_tail, plain_edges.about_us_tail)]:
        _same_as_plain(page, zone, lambda p, z: new(p), lambda p, z: old(p))
    _same_as_plain(page, zone, lambda p, z: zones.find_last(p.doc, p.texts, z, p.nw),
                   lambda p, z: plain_passes.find_last(p.doc, p.texts, z, p.nw))
    for i in range(len(page.texts)):
        assert zones._printed_again(page.texts, i) == plain_passes._printed_again(page.texts, i)
    for new, old in [(edges.mark_edges, plain_edges.mark_edges), (edges.mark_footer, plain_edges.mark_footer),
                     (edges.find_title, plain_edges.find_title), (edges.mark_signoffs, plain_edges.mark_signoffs)]:
        _same_as_plain(page, zone, new, old)
    for t in [None] + [i for i, ln in enumerate(page.doc.lines) if ln.rule is None][:4]:  # the title mark_header is given
        _same_as_plain(page, zone, lambda p, z: edges.mark_header(p, z, t), lambda p, z: plain_edges.mark_header(p, z, t))
    _same_as_plain(page, zone, lambda p, z: _in_turn(p, z, edges), lambda p, z: _in_turn(p, z, plain_edges))


def _page(texts: list[str], rules: dict | None = None) -> Page:
    """A page of these lines, one a line, with these rules (line index -> rule)."""
    decoded = "\n".join(texts)
    lines, at = [], 0
    for i, t in enumerate(texts):
        lines.append(Line(at, at + len(t), (rules or {}).get(i)))
        at += len(t) + 1
    page = Page(Doc(raw=RawFile("t.txt", "0" * 64, len(decoded), decoded.encode()), decoded=decoded, lines=lines))
    page.refresh()
    return page


def test_a_caption_marked_below_its_credit_is_read_in_turn():
    """A caption printed again below its credit is marked, then read as a caption line itself, as the plain
    loop over every line reads it: its "Keterangan gambar, X" takes the X printed above."""
    caption = "Warga mengantre bantuan di halaman balai desa."
    page = _page([caption, "Keterangan gambar, " + caption, "ANTARA FOTO/Andi Saputra", "Keterangan gambar, " + caption],
                 {2: "caption.photo"})
    _same_as_plain(page, Zones(None, None), lambda p, z: neighbours.caption_neighbours(p),
                   lambda p, z: plain_passes._caption_neighbours(p))
    neighbours.caption_neighbours(page)
    assert [ln.rule for ln in page.doc.lines] == ["caption.photo"] * 4


def test_the_title_printed_again_as_far_in_length_as_allowed():
    """A repeat of the title counts when its length differs by at most half the title's and 20 characters."""
    title = TITLES[0]
    slack = len(title) // 2 + 20
    for pad, repeat in [(slack, "title.repeat"), (slack + 1, None)]:
        page = _page([title, SENTENCES[0], title + " " * pad])
        _same_as_plain(page, Zones(1, 1), lambda p, z: edges.mark_header(p, z, 0),
                       lambda p, z: plain_edges.mark_header(p, z, 0))
        edges.mark_header(page, Zones(1, 1), 0)
        assert page.doc.lines[2].rule == repeat


def test_a_name_beside_a_date_line_and_a_tag_line_closing_the_page():
    """A name printed above the header's date line (the line right above the lede) is a byline; a line of
    keywords that is the page's last free line is its tag line."""
    page = _page([TITLES[0], "Ratna Kusumawati", "22 Oktober 2024, 17:46", SENTENCES[0], SENTENCES[1]],
                 {2: "meta.date_line"})
    _same_as_plain(page, Zones(3, 4), edges.mark_edges, plain_edges.mark_edges)
    edges.mark_edges(page, Zones(3, 4))
    assert page.doc.lines[1].rule == "meta.byline"
    page = _page([TITLES[0], SENTENCES[0], SENTENCES[1], "IAEA Badan Atom Internasional Iran Nuklir"])
    _same_as_plain(page, Zones(1, 2), edges.mark_footer, plain_edges.mark_footer)
    edges.mark_footer(page, Zones(1, 2))
    assert page.doc.lines[3].rule == "meta.tags"


def test_a_bare_read_also_takes_one_teaser_and_a_menu_three_lines():
    """A bare "Baca juga:" takes the one teaser under it; three short lines in a row at the page's edges are a
    menu, in the footer and in the header down to the lede."""
    page = _page(["Baca juga:", TEASER, TITLES[0], SENTENCES[0], "Home", "Berita", "Video", SENTENCES[1]],
                 {0: "link.read_also"})
    doc = page.doc
    blocks.mark_blocks(page)
    assert [ln.rule for ln in doc.lines[:3]] == ["link.read_also", "link.related", None]
    edges.mark_footer(page, Zones(3, 3))
    assert [ln.rule for ln in doc.lines[4:]] == ["chrome.nav"] * 3 + [None]
    page = _page(["Ekonomi", "Hukum", "Politik", "Otomotif", SENTENCES[0]])  # the header's menu stops at the lede
    _same_as_plain(page, Zones(3, 4), edges.mark_edges, plain_edges.mark_edges)
    edges.mark_edges(page, Zones(3, 4))
    assert [ln.rule for ln in page.doc.lines] == ["chrome.nav"] * 3 + [None, None]


def test_the_datelines_line_is_left_to_it():
    """The line holding the dateline is no header line for the edge rules, whatever it looks like."""
    page = _page([TITLES[0], "Rabu, 23 Oktober 2024 - 18:29 WIB", SENTENCES[0]])
    _same_as_plain(page, Zones(2, 2, 1), edges.mark_edges, plain_edges.mark_edges)
    edges.mark_edges(page, Zones(2, 2, 1))
    assert page.doc.lines[1].rule is None and not page.dates
