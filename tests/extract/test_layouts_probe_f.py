"""Layouts met on the held-out probe of 40 unseen pages (2026-12, set F) that the development pages do not show.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py), every story
sentence must survive whole and every planted chrome line must be gone. Families: pages cut in their last
word, English widget headings, outlets naming themselves in the lede, interview and op-ed attributions,
image file names and embedded-post chrome.
"""

from __future__ import annotations

from tests.extract.corpus import FLOOD, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, lede, page


# -- the page's end --------------------------------------------------------------------------------------------------

def test_a_page_cut_two_words_into_a_new_paragraph_keeps_the_fragment_and_credits_nobody(tmp_path):
    """A cut page: the last paragraph, then 'Word Nam' (two capitalised words, the second cut short, no newline);
    the cut word starts a name the text prints in full, so the fragment is prose, not a sign-off."""
    fragment = "Pembangunan Cibi"  # 'Cibiru' is named in the story
    text = page(FLOOD_TITLE, lede("BANDUNG - ", FLOOD)) + fragment
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Bandung"), sentences(FLOOD) + [fragment], [])


def test_a_whole_name_on_the_pages_last_line_still_signs_it_off(tmp_path):
    """The same layout with a whole name closing the file (no final newline): the author."""
    text = page(FLOOD_TITLE, lede("BANDUNG - ", FLOOD)) + "Dewi Anggraini"
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Bandung", authors=("Dewi Anggraini",)), sentences(FLOOD),
          ["Dewi Anggraini"])


def test_an_english_you_might_also_like_heading_closing_the_page_is_chrome_not_a_name(tmp_path):
    """A small blog: the text, its keyword line, then the widget heading 'You Might Also Like' (no teasers left)."""
    text = page(FLOOD_TITLE, lede("BANDUNG - ", FLOOD), "Kata kunci: banjir, tanggul", "You Might Also Like")
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Bandung"), sentences(FLOOD),
          ["Kata kunci: banjir, tanggul", "You Might Also Like"])


# -- outlets naming themselves -------------------------------------------------------------------------------------

def test_a_registered_outlet_alone_before_the_dash_below_a_deck_is_the_outlet(tmp_path):
    """An AMP page: headline, a one-sentence deck, then 'IDXChannel – ' (no city) opening the lede."""
    deck = "Pemerintah kota mulai membangun tanggul baru di tepi sungai untuk mencegah banjir."
    text = page(FLOOD_TITLE, deck, lede("IDXChannel \u2013 ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="IDXChannel"), sentences(FLOOD), [])


# -- interviews and op-eds as attributions ---------------------------------------------------------------------------

def test_an_interview_with_the_day_between_names_the_outlet_it_was_given_to(tmp_path):
    """'..., katanya dalam wawancara DAY dengan OUTLET.' closing a quote: the outlet is cited."""
    quote = "\u201cKami akan terus menekan semua pihak,\u201d katanya dalam wawancara hari Senin dengan CNN."
    text = page(FLOOD_TITLE, lede("JAKARTA - ", FLOOD), quote)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta", attributions=("CNN",)), sentences(FLOOD) + [quote], [])


def test_an_op_ed_written_for_a_foreign_paper_names_the_paper(tmp_path):
    """'Dalam sebuah opini YEAR untuk PAPER, an envoy wrote ...': the paper is cited."""
    op = ("Dalam sebuah opini tahun 2022 untuk Wall Street Journal, duta besar itu menulis bahwa kantor tersebut "
          "dibuka atas permintaan sekutunya.")
    text = page(FLOOD_TITLE, lede("JAKARTA - ", FLOOD), op)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta", attributions=("Wall Street Journal",)),
          sentences(FLOOD) + [op], [])


# -- chrome ---------------------------------------------------------------------------------------------------------

def test_an_image_file_name_printed_as_the_caption_on_the_first_line_is_chrome_not_the_title(tmp_path):
    """No headline: the page opens with a picture's file name ('Flood barrier at the river.jpg'), then the lede."""
    text = page("Flood barrier built at the river bank.jpg", "", lede("KabarContoh - ", FLOOD))
    check(tmp_path, text, Truth(outlet="KabarContoh"), sentences(FLOOD), ["Flood barrier built at the river bank.jpg"])


def test_a_scroll_down_prompt_between_the_paragraphs_is_chrome(tmp_path):
    """A magazine's ad slot left as its prompt 'Scroll ke bawah untuk melanjutkan membaca' between two paragraphs."""
    ps = lede("JAKARTA - ", FLOOD)
    text = page(FLOOD_TITLE, ps[:1], "Scroll ke bawah untuk melanjutkan membaca", ps[1:])
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta"), sentences(FLOOD),
          ["Scroll ke bawah untuk melanjutkan membaca"])


def test_an_embedded_posts_signature_glued_inside_a_paragraph_is_cut_out(tmp_path):
    """A copied page keeps an embedded post inline: '..." - NAME (@handle) D Month YYYY' glued to the next sentence."""
    said = "Ia menulis di akun media sosialnya: \u201cKami akan membangun tanggul itu tahun ini.\u201d"
    after = "Warga di tepi sungai menyambut baik rencana tersebut."
    signature = " - Budi Santoso (@budisantoso) 3 Maret 2024"
    ps = lede("JAKARTA - ", FLOOD)
    text = page(FLOOD_TITLE, ps, said + signature + after)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Jakarta"), sentences(FLOOD) + [said, after],
          [signature.strip()])


def test_an_unregistered_site_reporting_in_its_own_lede_on_a_page_naming_no_other_outlet_is_the_outlet(tmp_path):
    """A small site's lede: 'Sentence. Kabarcontoh.co.id melaporkan bahwa ...' with no dateline and no other outlet."""
    first = "Kabar mengejutkan datang dari tepi Sungai Cibiru."
    second = "Kabarcontoh.co.id melaporkan bahwa tanggul sementara di sana jebol pada Senin malam."
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, first + " " + second, ps)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Kabarcontoh.co.id"), [first, second] + sentences(FLOOD), [])


def test_an_unregistered_site_reporting_beside_a_cited_agency_is_not_taken_for_the_pages_own(tmp_path):
    """The same sentence on a page that also cites an agency: the site is not read as the page's outlet."""
    second = "Kabarcontoh.co.id melaporkan bahwa tanggul sementara di sana jebol pada Senin malam."
    cited = "Seperti dilansir Reuters, hujan deras masih akan turun sepekan ke depan."
    text = page(FLOOD_TITLE, second, cited, paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, attributions=("Reuters",)), [second, cited] + sentences(FLOOD), [])


def test_a_bare_photo_credit_then_its_caption_under_the_headline_are_chrome(tmp_path):
    """A broadcaster's translated page: headline, 'Foto Getty Images', a caption without a full stop, the text."""
    caption = "Warga mengungsi ke tempat yang lebih tinggi setelah sungai meluap"
    text = page(FLOOD_TITLE, "", "Foto Getty Images", "", caption, "", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), ["Foto Getty Images", caption])


def test_a_bare_photo_credit_above_a_paragraph_leaves_the_paragraph(tmp_path):
    """The credit with no caption: the next line is the lede (a full sentence), kept."""
    text = page(FLOOD_TITLE, "Foto Getty Images", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), ["Foto Getty Images"])
