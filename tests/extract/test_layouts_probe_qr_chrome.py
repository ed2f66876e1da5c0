"""Page chrome, captions and titles met on the held-out probe sets Q and R (2026-12), after they were measured.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py), every story
sentence must survive whole and every planted chrome line must be gone. Families: theme buttons and notices
under the text, app-store and print-edition promotions, an aggregator's block heading, a gambling ad pasted
above a copy, a search plug-in's form and a site's tagline above the headline, a breadcrumb ending on the
headline, photo credits by a bar or after the caption's full stop, a lead photo's caption over a datelined lede,
another story's excerpt cut by an ellipsis after the text.
"""

from __future__ import annotations

import pytest

from tests.extract.corpus import FLOOD, NAVY, QUAKE, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, lede, page

NAVY_TITLE = "Latihan Patroli Gabungan Digelar Lima Hari di Perairan Selatan"
RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Keluhkan Pembeli Sepi"
QUAKE_TITLE = "Gempa Magnitudo 5,6 Guncang Pesisir Selatan, Tak Berpotensi Tsunami"


# -- lines under the text ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("footer", [
    pytest.param(["Back to top button"], id="a back-to-top button named with its kind"),
    pytest.param(["Baca kelanjutannya »"], id="a link button closed by an arrow"),
    pytest.param(["Konten ini dilindungi"], id="a copy-protection notice"),
    pytest.param(["Pasang aplikasi Kabar Contoh gratis di Google Play sekarang juga"], id="an app-store call"),
    pytest.param(["Aplikasi Kabar Contoh https://play.google.com/store/apps/details?id=id.kabarcontoh.app"],
                 id="an app-store link"),
    pytest.param(["Laporan selengkapnya bisa dibaca di Majalah Contoh Sains edisi Maret 2024"],
                 id="a print edition's promotion"),
    pytest.param(["Berita ini telah diterjemahkan secara automatik untuk pembaca pelbagai bahasa."],
                 id="a machine-translation notice"),
    pytest.param(["Berita serupa: kabar sejenis yang kami kumpulkan dari situs lain."], id="an aggregator's block"),
    pytest.param(["Post"], id="a post-navigation label alone"),
    pytest.param(["Back to top ↑"], id="a back-to-top label with its arrow"),
    pytest.param(["Dilarang menyalin isi halaman ini!"], id="a copy-protection notice in Indonesian"),
    pytest.param(["Get it on Google Play", "Download on the App Store"], id="app-store badges"),
    pytest.param(["Get all your news in one place."], id="a news aggregator app's slogan"),
    pytest.param(["This story has been automatically translated by machine for readers of other languages."],
                 id="a machine-translation notice in English"),
])
def test_footer_chrome_of_themes_and_aggregators(tmp_path, footer):
    text = page(RICE_TITLE, "", paragraphs(RICE), "", footer)
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), footer)


def test_a_gambling_ad_pasted_above_the_copy_is_chrome(tmp_path):
    """A hacked portal prints a gambling site's praise of itself above the article's copy."""
    ad = ["Agen slot gacor terpercaya di negeri ini, daftar sekarang dan menangkan hadiah besar setiap hari."]
    text = page(ad, QUAKE_TITLE, "", paragraphs(QUAKE))
    check(tmp_path, text, Truth(title=QUAKE_TITLE), sentences(QUAKE), ad)


# -- above the headline ------------------------------------------------------------------------------------------

def test_a_search_plugins_form_above_a_copy_without_headline_is_no_title(tmp_path):
    """A WordPress search plug-in's filter labels (English and translated) copied above a text whose headline was
    not copied: no label is the title."""
    chrome = ["More results...", "Generic selectors", "Cari yang sama persis", "Post Type Selectors",
              "Filter by Categories"]
    text = page(chrome, "", paragraphs(NAVY))
    check(tmp_path, text, Truth(), sentences(NAVY), chrome)


def test_a_sites_tagline_under_its_masthead_is_no_title(tmp_path):
    """The tagline under the masthead ('news portal of REGION') stands where a headline would."""
    chrome = ["Portal Berita dan Informasi Kota Contoh"]
    text = page(chrome, FLOOD_TITLE, "Oleh: Rina Marlina", "", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, authors=("Rina Marlina",)), sentences(FLOOD), chrome)


def test_a_breadcrumb_ending_on_the_headline_is_no_title(tmp_path):
    """'Home / Rubric / HEADLINE' over the headline: the trail is chrome, the headline the title."""
    chrome = [f"Home / Berita Daerah / {FLOOD_TITLE}"]
    text = page(chrome, FLOOD_TITLE, "", lede("KOTA CONTOH – ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Kota Contoh"), sentences(FLOOD), chrome)


# -- photo captions ----------------------------------------------------------------------------------------------

def test_a_caption_closed_by_the_agencys_name_after_foto_is_chrome(tmp_path):
    """A Malay broadcaster prints the caption above the headline, closed by 'Foto AGENCY.' with no date."""
    chrome = ["Menteri berucap di hadapan ribuan peserta himpunan di stadium kota malam ini. Foto Contohpress."]
    text = page(chrome, NAVY_TITLE, "", paragraphs(NAVY))
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), chrome)


def test_a_caption_credited_to_a_social_handle_is_no_title(tmp_path):
    """A page copied without its headline opens on the photo's caption credited 'Foto/X/@handle'."""
    chrome = ["Kedua menteri membahas kerja sama patroli di perairan selatan. Foto/X/@akun_contoh"]
    text = page(chrome, "", paragraphs(NAVY))
    check(tmp_path, text, Truth(), sentences(NAVY), chrome)


def test_a_photographers_name_and_agency_set_off_by_a_bar_credit_the_caption_above(tmp_path):
    """'NAME NAME | Agency' under the caption of a wire photo."""
    chrome = ["Warga mengantre beras murah di halaman kantor kelurahan, pekan lalu.", "Dewi Kartika | Reuters"]
    text = page(RICE_TITLE, "", chrome, paragraphs(RICE))
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), chrome)


def test_a_caption_credited_to_a_portal_of_three_words_over_the_lede(tmp_path):
    """'... Senin (2/9/2024). Portal Name Online/NAME': a caption closed by its photo's day and a credit."""
    chrome = ["WALI KOTA Contoh meninjau tanggul baru di tepi Sungai Cibiru, Senin (2/9/2024). Kabar Contoh Daring/Budi Santoso"]
    text = page(FLOOD_TITLE, chrome, lede("KOTA CONTOH | KABARCONTOH.ID – ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Kota Contoh", outlet="KABARCONTOH.ID"), sentences(FLOOD),
          chrome)


@pytest.mark.parametrize("caption", [
    "Pekerja membangun tanggul baru di tepi Sungai Cibiru, Kota Contoh, Rabu (4/9/2024).",
    "Petugas memasang pintu air tanggul baru di tepi Sungai Cibiru, Kota Contoh, Rabu (4/9/2024) malam.",
])
def test_a_lead_photos_caption_right_above_a_datelined_lede_is_chrome(tmp_path, caption):
    """The lead photo's caption, one sentence closed by its weekday and date (and the time of day), right above the
    dateline."""
    chrome = [caption]
    text = page(FLOOD_TITLE, chrome, lede("KABARCONTOH.ID, KOTA CONTOH – ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, place="Kota Contoh", outlet="KABARCONTOH.ID"), sentences(FLOOD),
          chrome)


# -- after the text ----------------------------------------------------------------------------------------------

def test_another_storys_excerpt_cut_by_an_ellipsis_after_the_text_is_chrome(tmp_path):
    """A related-post widget prints another story's first lines, cut by an ellipsis, under the last paragraph."""
    chrome = ["Pelatih Persatuan Contoh Hendrik Saputra kembali memuji anak asuhnya. Dalam laga melawan Garuda Muda "
              "sore tadi, gelandang asal Brasil itu mencetak dua gol yang membuat timnya..."]
    text = page(NAVY_TITLE, "", paragraphs(NAVY), chrome)
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), chrome)


def test_the_texts_own_last_paragraph_cut_by_an_ellipsis_stays(tmp_path):
    """A copy cut off in its last paragraph names the story's own people: it is the text's."""
    ps = paragraphs(NAVY)
    cut = "Menurut Hendra Wijaya, latihan berikutnya akan digelar di perairan timur dengan melibatkan..."
    text = page(NAVY_TITLE, "", ps, cut)
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY) + [cut], [])


# -- glued to the text -------------------------------------------------------------------------------------------

def test_an_end_mark_of_two_stars_glued_to_the_last_sentence_is_cut(tmp_path):
    """A regional portal closes its text with '**' after the last sentence's full stop."""
    ps = paragraphs(QUAKE)
    text = page(QUAKE_TITLE, "", ps[:-1], ps[-1] + " **")
    check(tmp_path, text, Truth(title=QUAKE_TITLE), sentences(QUAKE), ["**"])


def test_an_ad_label_glued_between_two_sentences_is_cut(tmp_path):
    """An English copy glues the ad slot's label between two sentences of a paragraph."""
    ps = paragraphs(NAVY)
    first, second = NAVY[1]
    text = page(NAVY_TITLE, "", ps[0], f"{first} Advertisement {second}", ps[2])
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), ["Advertisement"])


# -- titles ------------------------------------------------------------------------------------------------------

def test_a_sentence_case_headline_printed_twice_under_a_trail_is_the_title(tmp_path):
    """A translated wire page: a separator-less trail ending on the cut headline, then the sentence-case headline
    with its tags after a bar, a counter, the headline again, the text."""
    head = "Banjir merendam ratusan rumah warga di tepi sungai meskipun tanggul baru sudah hampir selesai dibangun"
    chrome = [f"Home Berita {head[:60]}...", f"{head} | Banjir kota Berita Daerah", "12",
              f"{head} | Banjir kota Berita Daerah"]
    text = page(chrome[:3], chrome[3], paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=head), sentences(FLOOD), [chrome[0], "| Banjir kota Berita Daerah"])


def test_other_headlines_cut_by_an_ellipsis_above_the_title_are_teasers(tmp_path):
    """A student magazine's header: its menu, then a list of newer posts whose headlines are cut by an ellipsis,
    then the article's headline."""
    chrome = ["• DAERAH", "• OPINI", "• NASIONAL", "Warga Desa Contoh Gelar Festival Panen Raya di Lapangan...",
              "Diskusi Sungai Bersih, Ungkap Pentingnya Peran Pemuda dalam..."]
    text = page("Kabar Contoh", chrome, FLOOD_TITLE, "", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), chrome)


def test_an_aggregators_cards_under_its_block_heading_are_teasers(tmp_path):
    """A news aggregator's block under the text: its heading glued to a blurb, a card (another outlet's headline
    glued to a long summary) over a button closed by an arrow, another card cut by the page's end."""
    chrome = ["Berita serupa: kabar sejenis yang kami kumpulkan dari situs lain.",
              "Warga bantaran sungai kembali mengungsi setelah hujan deras semalam - Harian Contoh Petugas mencatat "
              "ratusan rumah terendam, sementara warga di dua kelurahan memilih bertahan di lantai dua sambil menunggu "
              "air surut, dan dinas sosial membuka dapur umum di halaman kantor kecamatan sejak pagi tadi.",
              "Baca kelanjutannya »",
              "Pintu Air Baru Diuji Coba Pekan DepanPetugas memastikan pompa bekerja"]
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), chrome)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), chrome)


def test_a_share_widgets_labels_under_the_headline_name_nobody(tmp_path):
    """'Bagikan Halaman ini' and 'Share Button' under the headline: a widget's labels, not a byline."""
    chrome = ["Bagikan Halaman ini", "Share Button"]
    text = page(FLOOD_TITLE, chrome, lede("KABARCONTOH.ID – ", FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="KABARCONTOH.ID"), sentences(FLOOD), chrome)


def test_a_caption_credited_to_a_photographers_site_and_producer_is_chrome(tmp_path):
    """A caption printed twice above the headline, the second time credited 'site.com / Producer'."""
    cap = "Dua pemeran utama dalam film Sungai Contoh yang tayang di bioskop mulai 3 Maret 2024"
    chrome = [cap, cap + " fotografercontoh.com / Rumah Film Contoh"]
    text = page(chrome, FLOOD_TITLE, "", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), chrome)


def test_a_last_paragraph_cut_by_an_ellipsis_that_brings_in_a_new_speaker_stays(tmp_path):
    """The text's own last paragraph, cut by the copy, names a new speaker but tells the same story."""
    cut = ("Kepala Seksi Operasi Agus Prasetyo menambahkan, skenario patroli gabungan di perairan selatan akan diulang "
           "dengan kapal perang dan pesawat intai yang...")
    text = page(NAVY_TITLE, "", paragraphs(NAVY), cut)
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY) + [cut], [])


def test_a_crime_story_about_the_biggest_gambling_boss_is_text(tmp_path):
    """News about gambling names the trade ('bandar judi terbesar') without the ad's self-praise and call."""
    story = [["Polisi menangkap seorang bandar judi terbesar di Kota Contoh dalam penggerebekan di sebuah ruko, "
              "Selasa malam.", "Petugas menyita uang tunai dan puluhan telepon genggam dari lokasi."]] + NAVY[1:]
    text = page(NAVY_TITLE, "", paragraphs(story))
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(story), [])


def test_a_caption_closed_by_the_photographer_and_the_outlet_in_parentheses_is_chrome(tmp_path):
    """'What the photo shows (NAME NAME/Outlet)' under the text: no sentence ends before the credit, so it is no
    sign-off but the caption of a photo printed after the text."""
    chrome = ["Petugas berjaga di tepi tanggul yang baru dibangun (Budi Santoso/Antara)"]
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), chrome)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), chrome)


def test_three_editors_initials_under_the_last_paragraph_are_no_photo_credit(tmp_path):
    """'(abc/def/abc)' under the last paragraph signs the text off: the paragraph above is no photo's caption."""
    text = page(NAVY_TITLE, "", paragraphs(NAVY), "(hws/dsp/hws)")
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), ["(hws/dsp/hws)"])
