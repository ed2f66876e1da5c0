"""captions: a photo caption is known by its credit; a credit names an agency but never attributes the text."""

from __future__ import annotations

import pytest

from sikap.pipeline.extract.captions import caption_prefix, credit_only, has_credit_tail, photo_tail, tail_start
from tests.extract.corpus import SENTENCES

CAPTION = "Warga berkumpul di alun-alun Kota Contoh."


@pytest.mark.parametrize("line", ["ANTARA FOTO/Andi Saputra", "ANDI SAPUTRA/AFP/Getty", "Foto/Dok", "Sumber :",
                                  "Kota Contoh/ILUSTRASI UNSPLASH/Andi Saputra", "KABARCONTOH.COM/HUMAS PEMKOT",
                                  "Foto: Humas Pemkot Contoh", "Sumber gambar, Getty Images"])
def test_a_credit_alone(line):
    assert credit_only(line)


def test_a_credit_with_an_abbreviation_is_a_credit():
    assert credit_only("Foto: Dok. Humas Pemkot Contoh")


@pytest.mark.parametrize("line", ["Ayu Lestari", "Harga Emas Turun Tipis Hari Ini", "Rp13.200/kg", "dan/atau",
                                  "Jakarta/Bogor", "Keterangan itu disampaikan pada 12/3."])
def test_not_a_credit(line):
    assert not credit_only(line)


@pytest.mark.parametrize("tail, photo", [
    (" (Foto: Ist)", True), (" (Humas Pemkot/Foto)", True), ("-(Foto/Getty Images)-", True), (" Foto/Dok", True),
    (" | Kredit Foto: Antara/Andi Saputra", True), (" (Tangkapan layar YouTube Pemkot Contoh)", True),
    (" [ANDI SAPUTRA / AFP]", False), ("/Andi Saputra", False), (" (Kabarcontoh.com/Andi Saputra)", False),
])
def test_credit_tails(tail, photo):
    line = CAPTION + tail
    assert has_credit_tail(line)
    assert photo_tail(line) is photo
    assert line[:tail_start(line)].rstrip(" .-") == CAPTION.rstrip(".")


@pytest.mark.parametrize("signoff", [" (isa/rds)", " (dhf/fra)"])
def test_a_sign_off_is_not_a_credit_tail(signoff):
    assert not has_credit_tail("Rapat lanjutan digelar pekan depan." + signoff)


def test_no_body_sentence_looks_like_a_caption():
    looks = [s for s in SENTENCES if credit_only(s) or caption_prefix(s) or has_credit_tail(s)]
    assert looks == []


def test_opener_scan_of_bytes_answers_as_the_lower_cased_text():
    from sikap.pipeline.extract.knowledge import curated_set
    from sikap.pipeline.extract.text import holds_any

    openers = curated_set("credits.yaml", "caption_openers", "casefold")
    for text in ["Dalam foto ini, warga antre.", "“DALAM FOTO INI” warga", "Kolase potret İbu", "tanpa pembuka",
                 "Dalam fOTO Yang beredar", "In this photo ‘taken’ …", "İn this photo", "in this phoTo?"]:
        assert holds_any(openers, text) == any(o in text.lower() for o in openers), text
    assert holds_any(frozenset({"foto?"}), "FOTO?") and not holds_any(frozenset({"foto?"}), "foto…")  # not ASCII-safe: as printed


def test_the_tail_is_tried_where_a_credit_may_start():
    """_tail tries TAIL only where _TAIL_START allows a match to open: every two characters a match of TAIL may
    begin with (read off the pattern) are allowed after a space, and the answer is TAIL.search's on credit-closed
    lines and on sentences."""
    import random

    from sikap.pipeline.extract import captions
    from sikap.pipeline.extract.byhead import start_pairs

    for pair in start_pairs(captions.TAIL):
        assert captions._TAIL_START.match(" " + pair, 1), pair
    credits = ["(Foto: Antara/Budi)", "- Ist", "Foto: AFP/NAME", "(AP Photo/John Doe, File)", "--Reuters News",
               "| Sumber : Tim Contoh", " /Agency/HO-Source", " Foto Agency.", " – Foto: Site.Digital", "agama-Fio Atmaja-",
               " Copyright: © NAME/OUTLET", "(Pexels)", "-twitter@handle-", " situs.com / Rumah Film", "[NAME/AFP]",
               " - Ist", "(NAME, Pool Photo via AFP)", "(Gambar Bernama)", " /Antara/HO-Humas", "(dhf/fra)"]
    rng = random.Random(3)
    for k in range(3000):
        line = rng.choice(SENTENCES)[:rng.randrange(0, 200)] + rng.choice(["", ".", ". ", ","]) + rng.choice(credits)
        line += rng.choice(["", ".", " ", "|"])
        want = captions.TAIL.search(line, max(0, len(line) - captions._TAIL_SPAN))
        if want is not None and captions._INITIALS.match(want.group(0).strip()):
            want = None
        got = captions._tail.__wrapped__(line)
        assert (got and got.span()) == (want and want.span()), line
