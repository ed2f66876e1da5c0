"""Layouts met on probe sets AO (2026-12: new pages of major Indonesian outlets) and AP (pages of small sites new to
sikap), this stop's fix rounds; sets AM, AQ (new sites) and AN (new pages of major outlets) were held out.

Each fixture is a whole page written for this test in a layout observed there (the text is invented), run through
the build's own steps; it states the page's whole truth (tests/extract/pagekit.py) and every story sentence must
survive whole. Families: a dateline whose lede a hard line break cuts; a page cut under a mid-text related block; a
photo caption opened by a label in capitals above the text's own dateline; a site's name closed by a comma after the
place; a regional information office in the outlet's place; a photo's credit in parentheses; a source note in
parentheses glued to the last sentence; a byline box of labels over names; a login modal; a picture copied as
markdown; an office credited as contributor; a video page's format label and player; an ad slot's label; the
header's weather widget beside today's date; "Via Outlet" under the text; captions opened as the agencies open theirs.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.corpus import DIPLOMACY, QUAKE, RICE, sentences
from tests.extract.pagekit import Truth, check, run_page
from tests.extract.test_layouts import lede, page

TITLE = "Harga Beras Medium Naik Dua Pekan Berturut-turut di Pasar Kota Contoh"


def test_a_dateline_whose_lede_a_hard_line_break_cuts(tmp_path):
    # the lede's first sentence runs over three lines; the dateline's dashes are not a photo's credit
    first = ["Jakarta, CNN Indonesia -- Dinas Perdagangan Kota", "Contoh mencatat harga beras medium naik menjadi",
             "Rp13.200 per kilogram dalam sepekan terakhir."]
    text = page(TITLE, first, lede("", RICE[1:]))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="CNN Indonesia"),
          ["Dinas Perdagangan Kota", "Contoh mencatat harga beras medium naik menjadi"] + sentences(RICE[1:]), [])


def test_a_wrapped_headline_is_still_no_dateline(tmp_path):
    # guard: a place, a dash and three words with no outlet is a headline's start, not a dateline
    doc = run_page(tmp_path, page("India - Pakistan di Ambang", "Perang Terbuka", lede("JAKARTA – ", RICE)))
    assert doc.meta.get("dateline_place") == "Jakarta"


def test_the_text_cut_under_a_mid_text_related_block(tmp_path):
    # the page's last line, cut mid-sentence, is the text going on, not one more related headline
    cut = "Stok cadangan di gudang dinyatakan cukup hingga tiga bulan ke depan, kata kepala gud"
    text = page(TITLE, lede("JAKARTA – ", RICE[:2]), "Berita Rekomendasi", cut)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE[:2]) + [cut], ["Berita Rekomendasi"])


def test_a_teaser_cut_by_the_pages_end_under_a_related_block_goes(tmp_path):
    # guard: in headline case, the cut line is a teaser
    teaser = "Stok Beras di Gudang Bulog Aman Sampai Akhir Tahun Kata Kepala"
    text = page(TITLE, lede("JAKARTA – ", RICE), "Berita Rekomendasi", teaser)
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), ["Berita Rekomendasi", teaser])


def test_a_labelled_caption_above_the_texts_own_dateline(tmp_path):
    caption = ("PASAR SEPI - Pedagang menunggu pembeli di pasar induk Kota Contoh pada 19 Desember 2024. Pada Selasa "
               "(28/1/2025), harga beras kembali naik.")
    text = page(TITLE, caption, TITLE, lede("KABARCONTOH.COM- ", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="KABARCONTOH.COM"), sentences(RICE), [caption])


def test_a_labelled_lede_without_a_dateline_below_stays(tmp_path):
    # guard: with no outlet's dateline under it, "LABEL - sentence" opening the text is the text
    ps = [" ".join(p) for p in RICE]
    text = page(TITLE, "PASAR SEPI - " + ps[0], ps[1:])
    doc = run_page(tmp_path, text)
    assert all(s in doc.text for s in sentences(RICE))


def test_a_sites_name_closed_by_a_comma_after_the_place(tmp_path):
    text = page(TITLE, lede("Pemalang - Kabar Contoh Online, Jum'at(13/8), ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Pemalang", outlet="Kabar Contoh Online"), sentences(RICE), [])


def test_a_sentences_subject_after_the_place_is_no_outlet(tmp_path):
    # guard: "Pemerintah Indonesia," ends with a country's name, not a masthead's word
    text = page(TITLE, lede("Jakarta - Pemerintah Indonesia, melalui Badan Pangan, ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), [])


def test_a_regional_information_office_in_the_outlets_place(tmp_path):
    text = page(TITLE, lede("SUKAMAJU, Diskominfo Contoh – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Sukamaju", outlet="Diskominfo Contoh"), sentences(RICE), [])
    text = page(TITLE, lede("DISKOMINFO CONTOH — ", QUAKE))
    check(tmp_path, text, Truth(title=TITLE, outlet="DISKOMINFO CONTOH"), sentences(QUAKE), [])


def test_a_photos_credit_in_parentheses_names_no_place_or_outlet(tmp_path):
    # the page opens on the photo's caption (a person's name and the credit), the text below it
    caption = "Sumardi (Istimewa) |"
    text = page(caption, lede("", RICE))
    check(tmp_path, text, Truth(), sentences(RICE), [caption])


def test_a_source_note_in_parentheses_glued_to_the_last_sentence(tmp_path):
    ps = [" ".join(p) for p in DIPLOMACY]
    text = page(TITLE, "JAKARTA – " + ps[0], ps[1], ps[2] + " (Sumber:Reuters)")
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", attributions=("Reuters",)), sentences(DIPLOMACY),
          ["(Sumber:Reuters)"])


def test_a_byline_box_of_labels_over_names(tmp_path):
    box = ["Reporter", "Editor", "Dewi Lestari"]
    text = page(TITLE, box, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", editors=("Dewi Lestari",)), sentences(RICE), box[:2])


def test_a_login_modal_printed_above_the_story(tmp_path):
    modal = ["Lupa Kata Sandi? Klik di Sini", "Konfirmasi Email",
             "Kami telah mengirimkan link aktivasi melalui email ke pembaca@contoh.id.", "Jika Anda tidak menerima email,",
             "Kirimkan Lagi Sekarang", "image-gnews"]
    text = page(modal, TITLE, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE), modal)


def test_a_picture_copied_as_markdown_and_an_office_credited(tmp_path):
    picture = "![Pasar Induk Kota Contoh](https://kabarcontoh.id/wp-content/uploads/2024/08/pasar-induk.jpeg)"
    credit = "Kontributor : Bawaslu Kota Contoh"
    text = page(picture, TITLE, lede("KOTA CONTOH — ", RICE), credit)
    check(tmp_path, text, Truth(title=TITLE, place="Kota Contoh"), sentences(RICE), [picture, credit])


def test_a_video_pages_format_label_and_player(tmp_path):
    title = "[FULL] Menteri Luar Negeri Dua Negara Sepakat Buka Penerbangan Langsung"
    player = ["00:00", "Kenapa Harga Beras Naik?", "06:50", "Video Selanjutnya dalam detik", "Lanjutkan"]
    text = page(title, player, title, "1 Juli 2024, 19:18 WIB", lede("", DIPLOMACY))
    check(tmp_path, text, Truth(title=title, published=dt.date(2024, 7, 1), basis="date_line"), sentences(DIPLOMACY),
          player[:1] + player[3:])


def test_an_ad_slots_label_is_no_headline(tmp_path):
    label = "Iklan - Scroll untuk Melanjutkan"
    text = page(label, TITLE, lede("Jakarta, Kabarcontoh.id - ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="Kabarcontoh.id"), sentences(RICE), [label])


def test_todays_date_beside_the_headers_weather_is_no_publication_date(tmp_path):
    header = ["24.4 C", "Manado", "Sabtu, 2 Juli 2022"]
    text = page(header, TITLE, lede("KABARCONTOH.ID—", RICE))
    check(tmp_path, text, Truth(title=TITLE, outlet="KABARCONTOH.ID"), sentences(RICE), header)


def test_a_dated_line_under_the_headline_is_still_the_date_line(tmp_path):
    # guard: with no weather widget above it, the date under the headline is the story's
    text = page(TITLE, "Sabtu, 2 Juli 2022", lede("KABARCONTOH.ID—", RICE))
    doc = run_page(tmp_path, text)
    assert doc.meta.get("published_date") == dt.date(2022, 7, 2)


def test_via_outlet_under_the_text_is_its_source(tmp_path):
    via = "Via Intisari.Grid.ID"
    text = page(TITLE, "Editor: Dewi Lestari", via, lede("JAKARTA – ", RICE))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", editors=("Dewi Lestari",), attributions=("Intisari",)),
          sentences(RICE), [via])


def test_captions_opened_as_the_agencies_open_theirs(tmp_path):
    credit = "AFP/Budi Santoso/AGENSI"
    collage = ("Kolase potret dua menteri luar negeri (kiri) dan (kanan), Minggu (27/2/2022). Keduanya disebut siap "
               "bertemu langsung pekan depan.")
    handout = ("Dalam foto selebaran ini, yang diambil dan dirilis oleh kementerian pada 24 Agustus 2025, dua menteri "
               "berjabat tangan di depan wartawan setelah pertemuan tertutup yang berlangsung selama dua jam di ibu kota.")
    credit2 = "Dua menteri berjabat tangan. (Handout/KEMENTERIAN/AFP)"
    text = page(TITLE, credit, collage, handout, credit2, lede("JAKARTA – ", DIPLOMACY))
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(DIPLOMACY), [credit, collage, handout, credit2])


def test_a_paragraph_telling_of_a_photo_stays(tmp_path):
    # guard: an opener without a credit beside it is the text's
    para = "Dalam foto yang beredar di media sosial, tampak antrean panjang pembeli di depan gudang beras."
    ps = [" ".join(p) for p in RICE]
    text = page(TITLE, "JAKARTA – " + ps[0], para, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta"), sentences(RICE) + [para], [])


def test_an_offices_dateline_over_a_lede_full_of_names(tmp_path):
    # a long first line whose words are mostly names is no headline: its unsure dateline is read
    first = ("SUKAMAJU, Diskominfo Contoh – Pelaksana Tugas (Plt) Bupati Kabupaten Contoh Selatan (Kacosel), Budi "
             "Hartono Wijaya meresmikan Jembatan Penghubung Desa Sukamaju Dengan Desa Sukamakmur, Kecamatan Sukamaju, "
             "Senin (3/4/2023).")
    ps = [" ".join(p) for p in RICE]
    text = page(TITLE, first, ps)
    check(tmp_path, text, Truth(title=TITLE, place="Sukamaju", outlet="Diskominfo Contoh", event=dt.date(2023, 4, 3)),
          sentences(RICE), [])


def test_a_byline_with_its_place_under_the_lede(tmp_path):
    byline = "Dewi Lestari - Jakarta"
    ps = [" ".join(p) for p in RICE]
    text = page(TITLE, "kabarcontoh.com, JAKARTA - " + ps[0], byline, ps[1:])
    check(tmp_path, text, Truth(title=TITLE, place="Jakarta", outlet="kabarcontoh.com", authors=("Dewi Lestari",)),
          sentences(RICE), [byline])


def test_a_versus_line_under_the_lede_is_no_byline(tmp_path):
    # guard: two places or a place and a team are no writer's name
    line = "Persija Jakarta - Bandung"
    ps = [" ".join(p) for p in RICE]
    doc = run_page(tmp_path, page(TITLE, "JAKARTA - " + ps[0], line, ps[1:]))
    assert not doc.meta.get("authors")
