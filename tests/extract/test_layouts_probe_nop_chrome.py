"""Page chrome, titles, dates and body loss met on three fresh probes of 120 pages (2026-12, sets N, O and P).

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run
through the build's own steps; it states the page's whole truth (tests/extract/pagekit.py), every story
sentence must survive whole and every planted chrome line must be gone. Families: blog-theme and comment-form
footers, teaser labels, follow calls, republication notices, desk codes signing a text off.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import COUNCIL, DIPLOMACY, FLOOD, NAVY, QUAKE, RICE, paragraphs, sentences
from tests.extract.pagekit import Truth, check
from tests.extract.test_layouts import FLOOD_TITLE, page

NAVY_TITLE = "Latihan Patroli Gabungan Digelar Lima Hari di Perairan Selatan"
RICE_TITLE = "Harga Beras Medium Naik Lagi, Pedagang Keluhkan Pembeli Sepi"
QUAKE_TITLE = "Gempa Magnitudo 5,6 Guncang Pesisir Selatan, Tak Berpotensi Tsunami"


# -- blog themes and comment forms ------------------------------------------------------------------------------

def test_a_blog_themes_comment_footer_and_theme_credit_are_chrome(tmp_path):
    """A community blog: the text, then the theme's 'no comments' and 'post a comment' rows and its credit."""
    chrome = ["Tidak ada komentar:", "Posting Komentar", "Gambar tema oleh Fulan123. Diberdayakan oleh Blogger."]
    text = page(FLOOD_TITLE, "", paragraphs(FLOOD), "", chrome)
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), chrome)


def test_an_english_blog_footer_under_a_row_of_dashes_is_chrome(tmp_path):
    """A Malay-language blog on an English theme: a long row of dashes, then the comment and pager rows."""
    chrome = ["-" * 48, "Post a Comment", "Previous Post Next Post"]
    text = page(NAVY_TITLE, "", paragraphs(NAVY), "", chrome)
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), chrome)


def test_a_comment_counter_cut_by_the_pages_end_is_chrome(tmp_path):
    """A blog copy ends on the comment counter's first letters ('0 Kom')."""
    text = page(RICE_TITLE, "", paragraphs(RICE), "0 Kom")
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), ["0 Kom"])


def test_comment_forms_and_share_rows_of_news_themes_are_chrome(tmp_path):
    """WordPress news themes: the comment form's notice, a sign-in prompt, a share row, a discussion heading and
    a Facebook comments label under the text."""
    chrome = ["Share this post", "Sign in to leave a comment", "Discussion about this post",
              "Komentar Via Facebook :", "Your email address will not be published. Required fields are marked *"]
    text = page(QUAKE_TITLE, "", paragraphs(QUAKE), "", chrome)
    check(tmp_path, text, Truth(title=QUAKE_TITLE), sentences(QUAKE), chrome)


# -- teasers and follow calls between the paragraphs --------------------------------------------------------------

def test_teaser_labels_glued_or_spaced_before_another_headline_are_chrome(tmp_path):
    """Copies that print other stories' headlines between paragraphs after a label: glued after a colon, or after
    two spaces where the link began."""
    ps = paragraphs(FLOOD)
    teasers = ["ARTIKEL MENARIK:Warga Desa Contoh Gelar Kerja Bakti Bersihkan Saluran Air",
               "Cek Artikel:  Jembatan Gantung Baru Hubungkan Dua Kecamatan",
               "MEMBACA  Pasar Murah Digelar di Lima Titik",
               "Berita Lainnya  Harga Cabai Turun Jelang Akhir Pekan!"]
    text = page(FLOOD_TITLE, "", ps[0], teasers[0], ps[1], teasers[1], teasers[2], ps[2], teasers[3])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), teasers)


def test_follow_calls_naming_the_aggregator_and_a_video_announcement_are_chrome(tmp_path):
    """A portal's follow calls ('interested in more news, visit us at googlenews', 'please read ... on Google
    News') and the line that announced an embedded video."""
    chrome = ["Tertarik baca berita lainnya, kunjungi kami di googlenews",
              "Kalian wajib tonton video yang satu ini:",
              "Silakan baca konten menarik lainnya dari Kabarcontoh.id di Google News"]
    ps = paragraphs(RICE)
    text = page(RICE_TITLE, "", ps[0], chrome[0], ps[1:], chrome[1], chrome[2])
    # the follow call names the site itself, and the outlet rules read it (outlet_prompts.py)
    check(tmp_path, text, Truth(title=RICE_TITLE, outlet="Kabarcontoh.id"), sentences(RICE), chrome)


def test_a_related_widget_heading_and_an_image_class_name_inside_the_text_are_chrome(tmp_path):
    """A charity's news page: 'you may like' and an image's class name left between the paragraphs."""
    ps = paragraphs(NAVY)
    text = page(NAVY_TITLE, "", ps[0], "", "Mungkin anda suka", "", ps[1], "", "post-cover", "", ps[2])
    check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), ["Mungkin anda suka", "post-cover"])


# -- republication notices -------------------------------------------------------------------------------------

def test_a_notice_that_the_article_ran_first_elsewhere_is_chrome_and_names_the_source(tmp_path):
    """An aggregator's copy: under the headline, 'this article was first published at: site'."""
    notice = "Artikel ini telah lebih dulu tayang di: harianhaluan.com"
    text = page(FLOOD_TITLE, notice, "", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, attributions=("Harian Haluan",)), sentences(FLOOD), [notice])


def test_a_notice_that_the_article_is_adapted_from_a_url_is_chrome(tmp_path):
    """A copy on an unrelated domain closes with 'this article is adapted from the news: URL' (cut); the URL's
    site is the source."""
    notice = "Artikel ini Disadur Dari Berita : https://www.kabarcontoh.id/nasional/20250101-123/gempa-guncang-pes"
    text = page(QUAKE_TITLE, "", paragraphs(QUAKE), "", notice)
    check(tmp_path, text, Truth(title=QUAKE_TITLE, attributions=("kabarcontoh.id",)), sentences(QUAKE), [notice])


# -- desk codes signing a text off -----------------------------------------------------------------------------

def test_desk_codes_with_a_number_signing_the_text_off_are_chrome(tmp_path):
    """Regional sites sign off with a desk code holding a number, alone on a line or glued after the last
    sentence; an Islamic portal with initials in square brackets."""
    for n, (code, glued) in enumerate([("(Abc4)", False), ("(xy-3)", True), ("(Red-K07-ABC)", True),
                                       ("[QRS]", True)]):
        ps = paragraphs(RICE)
        if glued:
            ps[-1] += " " + code
            text = page(RICE_TITLE, "", ps)
        else:
            text = page(RICE_TITLE, "", ps, code)
        folder = tmp_path / str(n)
        folder.mkdir()
        check(folder, text, Truth(title=RICE_TITLE), sentences(RICE), [code])


# -- date lines -----------------------------------------------------------------------------------------------

def test_an_english_updated_stamp_under_an_empty_byline_label_is_the_pages_date_line(tmp_path):
    """A regional network's English page: headline, deck, an empty 'Written by' label, then 'Updated: Month D,
    YYYY', the page's only date."""
    title = "Navies of Two Countries Hold Joint Patrol Drill in Southern Waters"
    story = [["The navies of two neighbouring countries began a five-day joint exercise in southern waters on Monday.",
              "Six warships, two patrol aircraft and about 1,200 sailors are taking part in the drill."],
             ["Officials said the exercise focuses on search and rescue at sea.",
              "A larger exercise is planned for next year."]]
    text = page(title, "", "The drill tests joint patrols as foreign shipping grows in the area.", "", "Written by", "",
                "Updated: March 4, 2024", "", paragraphs(story))
    check(tmp_path, text, Truth(title=title, published=dt.date(2024, 3, 4), basis="updated"), sentences(story),
          ["Written by", "Updated: March 4, 2024"])


def test_a_date_line_glued_to_the_sites_name_gives_the_date(tmp_path):
    """A regional portal: the site's name glued to the weekday of its date line, the time with a dot."""
    line = "Kabarcontoh.idSelasa, 5 Maret 2024 14.05"
    text = page(FLOOD_TITLE, "", line, "", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE, outlet="Kabarcontoh.id", published=dt.date(2024, 3, 5),
                                basis="date_line"), sentences(FLOOD), [line])


# -- titles ---------------------------------------------------------------------------------------------------

def test_a_scroll_prompt_and_a_floating_ad_label_over_the_rubric_are_no_title(tmp_path):
    """A news theme prints its scroll prompt and a floating ad's label above the rubric and the headline."""
    chrome = ["Scroll ke bawah untuk membaca", "Example floating"]
    text = page(chrome, "", FLOOD_TITLE, "", paragraphs(FLOOD))
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), chrome)


def test_a_section_suffix_after_a_pipe_is_cut_from_the_title(tmp_path):
    """A page title closed by ' | Berita ...' (the section's name, no outlet)."""
    printed = "Gempa magnitudo 5,6 guncang pesisir selatan | Berita Gempa Terkini"
    text = page(printed, "", paragraphs(QUAKE))
    check(tmp_path, text, Truth(title="Gempa magnitudo 5,6 guncang pesisir selatan"), sentences(QUAKE), [])


def test_a_third_sites_name_and_dash_over_a_copied_text_is_no_title(tmp_path):
    """A copy on an unrelated domain: its own name and a dash alone on the first line, then the copied
    dateline on a line of its own and the text."""
    text = page("Rumahcontoh.my.id –", "Kota Contoh, ANTARA —", paragraphs(RICE))
    check(tmp_path, text, Truth(place="Kota Contoh", outlet="ANTARA"), sentences(RICE), ["Rumahcontoh.my.id –"])


def test_a_place_and_agency_closed_by_slashes_is_no_title(tmp_path):
    """An agency's page: 'City / Agency /' alone over the text, no headline."""
    text = page("Kota Contoh / Kantor Contoh /", "", paragraphs(NAVY))
    doc = check(tmp_path, text, Truth(place=None), sentences(NAVY), [])
    assert doc.meta.get("title") is None


def test_an_opinion_writers_description_under_the_byline_is_no_title(tmp_path):
    """An opinion column: 'Oleh: NAME', then the writer's description in lower case, then the text."""
    text = page("Oleh: Rahmawati", "Pegiat literasi", paragraphs(DIPLOMACY))
    check(tmp_path, text, Truth(authors=("Rahmawati",)), sentences(DIPLOMACY), ["Oleh: Rahmawati", "Pegiat literasi"])


# -- captions closed by credits of other shapes ----------------------------------------------------------------

def test_captions_closed_by_a_slashed_photo_credit_a_copyright_or_a_social_handle_are_chrome(tmp_path):
    """Captions between paragraphs: 'Foto: NAME/AGENCY', 'Foto: NAME/OUTLET Copyright: © NAME/OUTLET', a Malay
    'Foto NAME, D MONTH YYYY.', a screenshot's caption closed by '/ x' and one closed by '--@handle/x'."""
    caps = ["Warga melintasi jalan yang tergenang di Kota Contoh, Senin (4/3/2024). Foto: Budi Santoso/AGENSI",
            "Petugas memeriksa tanggul di tepi sungai, Selasa (5/3/2024). Foto: Rina Dewi/KABARCONTOH "
            "Copyright: © Rina Dewi/KABARCONTOH",
            "Menteri meninjau lokasi banjir di Kota Contoh. Foto AHMAD ZAKI, 5 MAC 2024.",
            "Tangkapan unggahan wali kota di akun media sosialnya tentang banjir / x"]
    ps = paragraphs(FLOOD)
    text = page(FLOOD_TITLE, "", ps[0], caps[0], caps[1], ps[1], "", caps[2], "", caps[3], "", ps[2])
    check(tmp_path, text, Truth(title=FLOOD_TITLE), sentences(FLOOD), caps)


def test_a_caption_closed_by_a_handle_and_platform_under_the_headline_is_chrome(tmp_path):
    """An aggregator: headline, then the photo's caption ending '.--@handle/x', then the text."""
    cap = "Menteri luar negeri menyampaikan keterangan seusai pertemuan dua jam di ibu kota.--@kabarcontoh/x"
    text = page("Dua Negara Sepakat Buka Jalur Penerbangan Langsung", cap, paragraphs(DIPLOMACY))
    check(tmp_path, text, Truth(title="Dua Negara Sepakat Buka Jalur Penerbangan Langsung"), sentences(DIPLOMACY),
          [cap])


# -- a related card closing an aggregator's copy ---------------------------------------------------------------

def test_a_related_card_closing_the_page_is_chrome_and_its_date_is_not_the_articles(tmp_path):
    """An aggregator's copy ends with one card of another story: headline, teaser, the outlet, its date."""
    card = ["Harga Gabah Petani Turun Jelang Panen Raya?",
            "Kabar penurunan harga gabah di tingkat petani menjelang panen raya, Selasa 5 Maret 2024 akhirnya dibantah.",
            "Kabarcontoh.id", "5 Maret 2024"]
    text = page(RICE_TITLE, "", paragraphs(RICE), card)
    check(tmp_path, text, Truth(title=RICE_TITLE), sentences(RICE), card)


def test_a_text_closed_by_its_outlet_and_date_keeps_its_date(tmp_path):
    """Guard: the site's own name and date under the text, with no card headline and teaser above them: the
    date is the article's (which outlet the name gives is the outlet rules' question, not asserted here)."""
    from tests.extract.pagekit import run_page

    text = page(RICE_TITLE, "", paragraphs(RICE), "Kabarcontoh.id", "5 Maret 2024")
    doc = run_page(tmp_path, text)
    assert doc.meta["published_date"] == dt.date(2024, 3, 5)
    assert all(s in doc.text for s in sentences(RICE))


# -- body --------------------------------------------------------------------------------------------------------

def test_a_cut_off_last_fragment_naming_an_institution_stays_in_the_text(tmp_path):
    """A small site's copy cut mid-sentence: the last line is four words opening with an office's name and
    ending on a function word ('The ministry is certain to'), the text's last fragment, not a credit line."""
    ps = paragraphs(COUNCIL)
    fragment = "Dinas Perdagangan dipastikan akan"
    text = page("Perda Perlindungan Pedagang Kecil Disahkan DPRD", "", ps, fragment)
    doc = check(tmp_path, text, Truth(title="Perda Perlindungan Pedagang Kecil Disahkan DPRD"), sentences(COUNCIL), [])
    assert doc.text.rstrip().endswith(fragment)


def test_a_signoff_in_parentheses_closed_by_its_own_full_stop_is_read(tmp_path):
    """A community blog closes its last sentence with '(Name).', a full stop after the parenthesis."""
    ps = paragraphs(FLOOD)
    ps[-1] += " (Suparman)."
    text = page(FLOOD_TITLE, "", ps)
    check(tmp_path, text, Truth(title=FLOOD_TITLE, authors=("Suparman",)), sentences(FLOOD), ["(Suparman)."])


def test_an_office_address_in_the_footer_is_chrome(tmp_path):
    """A portal's footer prints its office address one part a line: street and number, district, floor and mall."""
    chrome = ["Alamat", "Jalan Melati Raya XII Nomor 14,", "Lantai III Contoh Plaza,"]
    text = page(QUAKE_TITLE, "", paragraphs(QUAKE), "", chrome)
    check(tmp_path, text, Truth(title=QUAKE_TITLE), sentences(QUAKE), chrome)


def test_an_image_sources_bare_domain_under_the_headline_is_a_credit_not_the_outlet(tmp_path):
    """A small site: headline, then 'google.com' alone (where its photo came from), then its dateline."""
    ps = paragraphs(NAVY)
    text = page(NAVY_TITLE, "google.com", "", ["Kabarcontoh.id – " + ps[0]] + ps[1:])
    check(tmp_path, text, Truth(title=NAVY_TITLE, outlet="Kabarcontoh.id"), sentences(NAVY), ["google.com"])


def test_initials_closing_a_hard_wrapped_last_paragraph_are_chrome(tmp_path):
    """A blog prints its last quotation hard-wrapped into short lines; the last of them opens with an acronym in
    parentheses and initials close it."""
    ps = paragraphs(NAVY)
    wrapped = ["\"Latihan ini melibatkan kapal patroli, pesawat intai,",
               "dan pasukan khusus dari Angkatan Laut Kota Contoh",
               "(ALKC),\" pungkas Hendra. (*/ab)"]
    text = page(NAVY_TITLE, "", ps, wrapped)
    doc = check(tmp_path, text, Truth(title=NAVY_TITLE), sentences(NAVY), ["(*/ab)"])
    assert doc.text.rstrip().endswith("pungkas Hendra.")
