"""Credit, attribution and outlet layouts met on the held-out probe of 40 unseen pages (2026-12, set G).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story
sentence must survive whole. Families: sign-offs naming a writer with an editor's code, two staff joined by a
dash or an institution; a job title of role and beat; a byline naming the outlet after the person, a widget word on the date line, a labelled credit block over
a name-like subheading; an agency named in apposition, 'via OUTLET', outlets printed in another case, an
interview with a channel, a government data site after a cue; a follow widget naming the site.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sikap.pipeline.extract.credits import signoff_reading
from tests.extract.corpus import FLOOD, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check, lost, run_page
from tests.extract.test_layouts import FLOOD_TITLE, lede, page

RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Pasar Mengeluh Sepi Pembeli"


# -- sign-offs --------------------------------------------------------------------------------------------------------

def test_a_sign_off_of_a_full_name_and_a_one_word_code_credits_the_writer(tmp_path):
    """'(Full Name/Code)' on its own line below the text: the writer in full, the editor by a one-word code."""
    text = page(lede("BANDUNG, KABARCONTOH.ID \u2014 ", FLOOD), "(Dewi Anggraini/Rosid)")
    check(tmp_path, text, Truth(place="Bandung", outlet="KABARCONTOH.ID", authors=("Dewi Anggraini",)),
          sentences(FLOOD), ["(Dewi Anggraini/Rosid)"])


def test_a_sign_off_of_two_names_joined_by_a_dash_credits_both(tmp_path):
    """A government site: '(Name- Other)' glued to the last paragraph after its full stop: two staff names."""
    ps = paragraphs(FLOOD)
    text = page(ps[:-1], ps[-1] + " (Anggraini- Udin)")
    check(tmp_path, text, Truth(authors=("Anggraini", "Udin")), sentences(FLOOD), ["(Anggraini- Udin)"])


def test_a_sign_off_of_two_codes_joined_by_a_dash_credits_nobody(tmp_path):
    """The same form with two desk codes ('(Rdk - Jni)'): initials, no names."""
    ps = paragraphs(FLOOD)
    text = page(ps[:-1], ps[-1] + " (Rdk - Jni)")
    check(tmp_path, text, Truth(), sentences(FLOOD), [])


def test_a_sign_off_naming_an_institution_credits_nobody(tmp_path):
    """'(Gedung Contoh)' closing the text: an institution (the statement's or photo's source), not a person."""
    text = page(lede("JAKARTA - ", FLOOD), "(Gedung Contoh)")
    check(tmp_path, text, Truth(place="Jakarta"), sentences(FLOOD), [])


def test_a_job_title_of_role_and_beat_is_no_credit(tmp_path):
    """'NAME' over 'Koresponden Pertahanan' (correspondent, defence beat) at the page's top: the beat is no name."""
    text = page("Dewi Anggraini", "Koresponden Pertahanan", "", lede("BANDUNG - ", FLOOD))
    doc = run_page(tmp_path, text)
    assert "Pertahanan" not in doc.meta["authors"]
    assert not lost(doc, sentences(FLOOD))


@pytest.mark.parametrize("body", ["Jakarta - Bandung", "Kota Contoh - Udin", "Presiden Contoh/Setpres", "Jawa Barat/Abc"])
def test_sign_offs_of_places_or_offices_name_no_writer(body):
    """The sign-off shapes above with a place or an office holder where a name would stand."""
    assert signoff_reading(body)[0] != "name"


def test_a_sign_off_of_a_name_and_an_outlet_after_a_dash_is_a_writer_for_that_outlet():
    """'(Budi - Antara)': the writer, and the outlet the text comes from (as '(Antara/Budi)' reads)."""
    assert signoff_reading("Budi - Antara") == ("pen", "Budi", "Antara")


# -- bylines ----------------------------------------------------------------------------------------------------------

def test_a_byline_naming_the_outlet_after_the_person_credits_the_person(tmp_path):
    """'Full Name, Outlet' above the date line under the headline: the person is the author, the outlet no name."""
    text = page(RICE_TITLE, "", "Dewi Anggraini, Kabar Contoh", "28 August 2025 15:15", "",
                lede("Jakarta, Kabar Contoh - ", RICE))
    check(tmp_path, text, Truth(title=RICE_TITLE, place="Jakarta", outlet="Kabar Contoh", authors=("Dewi Anggraini",),
                                published=dt.date(2025, 8, 28), basis="date_line"),
          sentences(RICE), ["Dewi Anggraini, Kabar Contoh"])


@pytest.mark.parametrize("byline, outlet", [("Dewi Anggraini - detikNews", "detikNews"),
                                            ("Dewi Anggraini | Kabar Contoh", "Kabar Contoh")])
def test_a_byline_naming_the_outlet_after_a_dash_or_bar_gives_the_person_and_the_outlet(tmp_path, byline, outlet):
    """'Full Name - Outlet' above the date line, a dateline naming no outlet: the person writes for that outlet."""
    text = page(RICE_TITLE, "", byline, "Rabu, 22 Nov 2023 08:15 WIB", "", lede("JAKARTA - ", RICE))
    check(tmp_path, text, Truth(title=RICE_TITLE, place="Jakarta", outlet=outlet, authors=("Dewi Anggraini",),
                                published=dt.date(2023, 11, 22), basis="date_line"),
          sentences(RICE), [byline])


def test_a_follow_button_printed_on_the_date_line_credits_nobody_and_keeps_the_date(tmp_path):
    """'Weekday, DD Month YYYY, HH:MM WITA Follow' under the headline: the date is read, 'Follow' is no author."""
    text = page(FLOOD_TITLE, "Rabu, 22 November 2023, 08:15 WITA Follow", "", lede("DENPASAR - ", FLOOD))
    doc = run_page(tmp_path, text)
    assert doc.meta["authors"] == []
    assert doc.meta["published_date"] == dt.date(2023, 11, 22)
    assert doc.meta["title"] == FLOOD_TITLE
    assert not lost(doc, sentences(FLOOD))


def test_a_name_like_subheading_below_a_labelled_credit_block_is_no_byline(tmp_path):
    """Date line, 'Reporter : NAME', 'Editor : NAME', then a short title-case subheading before the text: the
    labelled block says who wrote it; the subheading credits nobody and stays."""
    subheading = "Tanggul Sungai Cibiru"
    text = page(FLOOD_TITLE, "", "Minggu 12 Jan 2025 - 22:52 WIB", "Reporter : Dedi Kurniawan",
                "Editor : Dedi Kurniawan", "", subheading, "", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, published=dt.date(2025, 1, 12), basis="date_line",
                                authors=("Dedi Kurniawan",), editors=("Dedi Kurniawan",)),
          sentences(FLOOD), ["Reporter : Dedi Kurniawan"])


# -- attributions -----------------------------------------------------------------------------------------------------

def cited(folder, sentences_after: list[str], attributions: tuple[str, ...], city: str = "Jakarta", rice: bool = False):
    """A page of a story opened by 'CITY - ', then the sentences under test; the whole truth is the title, the
    place and the attributions given. Returns the article."""
    title, story = (RICE_TITLE, RICE) if rice else (FLOOD_TITLE, FLOOD)
    text = page(title, lede(f"{city.upper()} - ", story), sentences_after)
    return check(folder, text, Truth(title=title, place=city, attributions=attributions),
                 sentences(story) + sentences_after, [])


@pytest.mark.parametrize("said, city, agency", [
    # no cue word: the description names it as a news agency ('kantor berita milik negara NEGARA, NAME')
    ("Pernyataan itu diumumkan kantor berita milik negara Turki, Anadolu, pada malam yang sama.", "Jakarta", "Anadolu"),
    # Jordan's agency, registered, its bare name matched only in such a context
    ("Kabar itu disampaikan oleh kantor berita resmi pemerintah Yordania, Petra, pada Senin malam.", "Amman", "Petra"),
    # right after a news-outlet word and its country (setC): the newspaper whose view is reported
    ("Surat kabar Jepang Nikkei menilai rencana itu datang terlambat.", "Jakarta", "Nikkei"),
    # an outlet printed in another case than its own ('BeritaSatu'), after a cue
    ("\u201cKami siap membantu,\u201d kata menteri itu dikutip dari Beritasatu.", "Jakarta", "BeritaSatu"),
    # an interview given to a channel of a bare brand
    ("Dalam wawancara dengan saluran Al-Araby, juru bicara itu mengatakan perundingan masih berjalan.", "Doha",
     "Al-Araby Al-Jadeed"),
    # the Malay word for a news agency (setD): its correspondent reports
    ("Seorang koresponden agensi berita AFP di lokasi itu menyebut situasi sudah tenang.", "Jakarta", "AFP"),
], ids=["apposition", "apposition-petra", "outlet-word-and-country", "other-case", "interview-with-a-channel",
        "agensi-berita"])
def test_an_outlet_named_as_the_source_is_cited(tmp_path, said, city, agency):
    cited(tmp_path, [said], (agency,), city)


def test_a_registered_site_in_parentheses_after_a_claim_is_cited_and_an_abbreviation_is_not(tmp_path):
    """'... naik lima persen tahun ini (reuters.com).' (setD-s18): a source cited by its site; 'Televisi Republik
    Indonesia (TVRI)' spells out a name, it cites nothing."""
    cited(tmp_path, ["Belanja pertahanan kawasan itu naik lima persen tahun ini (reuters.com).",
                     "Lembaga Penyiaran Publik Televisi Republik Indonesia (TVRI) ikut membuka posko bantuan."],
          ("Reuters",))


def test_via_a_registered_domestic_outlet_cites_it(tmp_path):
    """'... kata NAME di pasar via Jpnn.' closing a quote: taken from that outlet (printed in another case)."""
    cited(tmp_path, ["\u201cPasokan dari petani masih seret,\u201d kata Siti di Pasar Induk via Jpnn."], ("JPNN.com",),
          rice=True)


def test_via_a_means_or_a_broadcaster_cites_nobody(tmp_path):
    """'bantuan dikirim via udara': a means, not an outlet; 'disiarkan langsung via Indosiar': a channel to watch."""
    cited(tmp_path, ["Bantuan logistik untuk warga terdampak dikirim via udara sejak Selasa pagi.",
                     "Peresmian tanggul itu disiarkan langsung via Indosiar."], ())


def test_a_government_data_site_after_a_cue_is_no_attribution(tmp_path):
    """'melansir hargapangan.kotacontoh.go.id': a price table of a city government, not a news outlet."""
    doc = cited(tmp_path, ["Sementara itu, melansir hargapangan.kotacontoh.go.id, harga beras medium naik rata-rata "
                           "Rp400."], (), rice=True)
    assert not doc.meta.get("_discovered")


# -- outlets ----------------------------------------------------------------------------------------------------------

def test_a_follow_widget_naming_the_site_gives_the_outlet(tmp_path):
    """No dateline names the outlet; the foot's 'Ikuti NAME Online di Google News' is the site naming itself."""
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), "", "Ikuti Kabar Contoh Online di Google News", "#banjir")
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Kabar Contoh"), sentences(FLOOD), [])


def test_a_follow_widget_glued_to_its_platform_gives_the_outlet(tmp_path):
    """The same widget with the platform's name in one word ('GoogleNews')."""
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), "", "Ikuti Kabar Contoh di GoogleNews")
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Kabar Contoh"), sentences(FLOOD), [])


def test_a_follow_widget_of_generic_words_names_no_outlet(tmp_path):
    """'Ikuti Berita Terkini di Google News': outlet words only, no site's name."""
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), "", "Ikuti Berita Terkini di Google News")
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), ["Ikuti Berita Terkini di Google News"])
