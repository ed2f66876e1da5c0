"""The dateline gazetteer: what it holds, what it matches, what it refuses, and how loading guards the file."""

from __future__ import annotations

from collections import Counter
from itertools import cycle

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sikap.paths import curated_dir
from sikap.places import Place, PlacesError, key, load_places, read_gazetteer
from sikap.sources import registry

GAZ = load_places()
DATA = yaml.load((curated_dir() / "places.yaml").read_text(encoding="utf-8"),
                 Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
ID_UNITS = DATA["indonesia_regencies_cities"]
SECTIONS = [s for s in DATA if s not in ("provenance", "ambiguous")]


def test_counts():
    kinds = Counter((p.kind, p.country == "ID") for p in GAZ.places)
    assert kinds[("province", True)] == 38
    assert kinds[("regency", True)] + kinds[("city", True)] >= 480
    codes = [c for e in ID_UNITS for c in e["codes"]]
    assert len(codes) == len(set(codes)) == 514  # every kabupaten and kota, each once
    assert sum(c.split(".")[1] >= "71" for c in codes) == 98
    provinces = sorted(c for e in DATA["indonesia_provinces"] for c in e["codes"])
    assert provinces == sorted({c.split(".")[0] for c in codes})
    assert kinds[("country", False)] + kinds[("country", True)] >= 190
    assert kinds[("capital", False)] >= 180
    assert len(DATA["world_cities"]) >= 150


# every place named in the task: token = normal form / kind / country ("-" for none)
NAMED = {t.strip(): tuple(None if x.strip() == "-" else x.strip() for x in v.split("/"))
         for t, v in (row.split("=") for row in """
Jakarta = Jakarta / province / ID; BANDA ACEH = Banda Aceh / city / ID
Tulungagung = Tulungagung / regency / ID; NATUNA. = Natuna / regency / ID
Bojonegoro = Bojonegoro / regency / ID; Cilangkap = Cilangkap / other / ID; Senayan = Senayan / other / ID
Bekasi = Bekasi / city / ID; Depok = Depok / city / ID; Cikarang = Cikarang / other / ID
Nusa Dua = Nusa Dua / other / ID; Labuan Bajo = Labuan Bajo / other / ID; Sentul = Sentul / other / ID
Bogor = Bogor / city / ID; Pangkalpinang = Pangkalpinang / city / ID
Tanjungpinang = Tanjungpinang / city / ID; Bandar Lampung = Bandar Lampung / city / ID
Yogyakarta = Yogyakarta / city / ID; Jogja = Yogyakarta / city / ID; Yogya = Yogyakarta / city / ID
Bali = Bali / province / ID; Batu = Batu / city / ID; Suriah = Suriah / country / SY
Turki = Turki / country / TR; Wina = Wina / capital / AT; Vienna = Wina / capital / AT
Teheran = Teheran / capital / IR; Tehran = Teheran / capital / IR; Moskow = Moskow / capital / RU
Moscow = Moskow / capital / RU; Kairo = Kairo / capital / EG; Cairo = Kairo / capital / EG
Den Haag = Den Haag / city / NL; The Hague = Den Haag / city / NL; Damaskus = Damaskus / capital / SY
Damascus = Damaskus / capital / SY; Beijing = Beijing / capital / CN; Washington = Washington / capital / US
Washington D.C. = Washington / capital / US; Washington DC = Washington / capital / US
Yerusalem = Yerusalem / city / -; Jerusalem = Yerusalem / city / -; Gaza = Gaza / city / PS
Tel Aviv = Tel Aviv / city / IL; Doha = Doha / capital / QA; Riyadh = Riyadh / capital / SA
Ankara = Ankara / capital / TR; Istanbul = Istanbul / city / TR; Kyiv = Kyiv / capital / UA
Kiev = Kyiv / capital / UA; Brussel = Brussel / capital / BE; Brussels = Brussel / capital / BE
Jenewa = Jenewa / city / CH; Geneva = Jenewa / city / CH; New York = New York / city / US
London = London / capital / GB; Paris = Paris / capital / FR; Tokyo = Tokyo / capital / JP
Seoul = Seoul / capital / KR; Pyongyang = Pyongyang / capital / KP; Canberra = Canberra / capital / AU
Kuala Lumpur = Kuala Lumpur / capital / MY; Singapura = Singapura / country / SG
Singapore = Singapura / country / SG; Bangkok = Bangkok / capital / TH; Manila = Manila / capital / PH
Hanoi = Hanoi / capital / VN; New Delhi = New Delhi / capital / IN; Islamabad = Islamabad / capital / PK
Kabul = Kabul / capital / AF; Baghdad = Baghdad / capital / IQ; Beirut = Beirut / capital / LB
Amman = Amman / capital / JO; Sanaa = Sanaa / capital / YE; Ramallah = Ramallah / city / PS
Khartoum = Khartoum / capital / SD; Tripoli = Tripoli / capital / LY; Sydney = Sydney / city / AU
Los Angeles = Los Angeles / city / US; Hong Kong = Hong Kong / city / HK; Shanghai = Shanghai / city / CN
Dubai = Dubai / city / AE; Jeddah = Jeddah / city / SA; Mekkah = Mekkah / city / SA
Makkah = Mekkah / city / SA; Madinah = Madinah / city / SA; Rafah = Rafah / city / PS
Khan Younis = Khan Younis / city / PS; Kharkiv = Kharkiv / city / UA; Odesa = Odesa / city / UA
""".replace("\n", ";").split(";") if row.strip())}


@pytest.mark.parametrize("token", sorted(NAMED))
def test_named_places(token):
    place = GAZ.lookup(token)
    assert place is not None, token
    assert (place.name, place.kind, place.country) == NAMED[token]


@pytest.mark.parametrize(("token", "name"), [
    ("BANDA ACEH", "Banda Aceh"), ("banda aceh", "Banda Aceh"), ("Banda-Aceh", "Banda Aceh"),
    ("(Banda Aceh)", "Banda Aceh"),
    ("BANDA ACEH,", "Banda Aceh"), ("WASHINGTON D.C.", "Washington"), ("Washington, D.C.", "Washington"),
    ("PANGKAL PINANG", "Pangkalpinang"), ("Tanjung Pinang", "Tanjungpinang"), ("KUALA LUMPUR –", "Kuala Lumpur"),
    ("Khan Yunis", "Khan Younis"), ("SANA'A", "Sanaa"), ("YAOUNDÉ", "Yaounde"), ("São Paulo", "Sao Paulo"),
    ("Toli-Toli", "Tolitoli"), ("Bau-Bau", "Baubau"), ("JAKARTA.", "Jakarta"), ("Jabar", "Jawa Barat"),
    ("Kab. Bogor", "Kabupaten Bogor"), ("Kota Bogor", "Bogor"),
    ("Kabupaten Administrasi Kepulauan Seribu", "Kepulauan Seribu"),
])
def test_case_and_punctuation_variants(token, name):
    assert GAZ.lookup(token).name == name


NOT_PLACES = ["Berita", "Internasional", "Nasional", "Dunia", "Politik", "Ekonomi", "Olahraga", "Hukum", "Bisnis",
              "Opini", "Jumat", "Senin", "Selasa", "Rabu", "Kamis", "Sabtu", "Minggu", "Baca", "Foto", "Oleh", "Kota",
              "Nusantara", "Hukamanews", "HUKAMANEWS", "Radar Jabar", "RADAR JABAR", "Tempo", "Kompas", "Antara",
              "ANTARA", "Republika", "REPUBLIKA.CO.ID", "Detik", "Kontan", "Detakpos", "Jurnas.com", "Bali Post",
              "Tribun Jogja", "TRIBUNJOGJA.COM", "", "-", "—"]


@pytest.mark.parametrize("token", NOT_PLACES)
def test_words_and_outlets_are_not_places(token):
    assert GAZ.lookup(token) is None and GAZ.candidates(token) == ()


def test_registry_outlets_are_not_places_unless_declared():
    for alias in registry()._alias:
        if GAZ.lookup(alias) is not None:
            amb = GAZ.ambiguity(alias)
            assert amb and "outlet" in amb.collides_with, alias


def test_declared_ambiguities():
    assert {str(p) for p in GAZ.candidates("Jambi")} == {"Jambi (city)", "Jambi (province)"}
    assert str(GAZ.lookup("JAMBI")) == "Jambi (city)" and str(GAZ.lookup("Provinsi Jambi")) == "Jambi (province)"
    assert str(GAZ.lookup("Kabupaten Banjar")) == "Banjar (regency)"
    assert str(GAZ.lookup("Kota Banjar")) == "Banjar (city)"
    assert GAZ.lookup("Kabupaten Denpasar") is None  # Denpasar is only a kota
    # a kota and a kabupaten sharing a name share one entry, but "Kab. Bandung" is the regency, not the city
    assert str(GAZ.lookup("Kab. Bandung")) == "Kabupaten Bandung (regency)"
    assert GAZ.lookup("KAB BANDUNG").country == "ID"
    assert str(GAZ.lookup("Kota Bandung")) == "Bandung (city)" and str(GAZ.lookup("BANDUNG")) == "Bandung (city)"
    assert GAZ.lookup("Batu").name == "Batu" and GAZ.ambiguity("BATU").collides_with == ("word",)
    assert "outlet" in GAZ.ambiguity("Bali").collides_with and "outlet" in GAZ.ambiguity("Metro").collides_with
    assert GAZ.ambiguity("Kota").places == () and GAZ.lookup("Kota") is None
    assert GAZ.lookup("Kota Kinabalu").country == "MY"  # a whole name is never read as "Kota" + unit
    assert GAZ.ambiguity("Tulungagung") is None


def test_entries_are_well_formed():
    names = {e["name"] for s in ("indonesia_provinces", "indonesia_regencies_cities") for e in DATA[s]}
    for section in SECTIONS:
        for e in DATA[section]:
            assert e["country"] is None and e.get("note") or len(e["country"]) == 2 and e["country"].isupper(), e
            if section.startswith("indonesia"):
                assert e["country"] == "ID" and (section == "indonesia_provinces" or e["in"] in names | {"Jakarta"}), e


def test_load_is_cached():
    assert load_places() is GAZ


VARIANTS = [(Place(e["name"], e["kind"], e["country"]), v)
            for s in SECTIONS for e in DATA[s] for v in [e["name"], *e.get("variants", [])]]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(VARIANTS), st.integers(0, 2**64 - 1),
       st.lists(st.sampled_from(["", " ", "-", ". "]), min_size=1),
       st.sampled_from(["", "(", "\"", " "]), st.sampled_from(["", ")", ",", ".", " -"]))
def test_any_casing_spacing_and_surrounding_punctuation_finds_the_entry(pair, case_bits, separators, before, after):
    place, variant = pair
    cased = "".join(c.upper() if case_bits >> (i % 64) & 1 else c.lower() for i, c in enumerate(variant))
    token = before + "".join(w + sep for w, sep in zip(cased.split(), cycle(separators))).strip() + after
    assert place in GAZ.candidates(token)
    assert GAZ.lookup(token) == (place if len(GAZ.candidates(token)) == 1 else GAZ.ambiguity(token).prefer)


def _write(tmp_path, body: str):
    path = tmp_path / "places.yaml"
    path.write_text("provenance:\n  cities: {source: curated}\n" + body, encoding="utf-8")
    return path


TWO = ("cities:\n  - {name: Alpha, kind: city, country: ID, variants: [Same]}\n"
       "  - {name: Beta, kind: city, country: ID, variants: [SAME]}\n")


def test_undeclared_collision_names_both_entries(tmp_path):
    with pytest.raises(PlacesError, match=r"'same' names both Alpha \(city\) and Beta \(city\)"):
        read_gazetteer(_write(tmp_path, TWO))


def test_declared_collision_loads(tmp_path):
    amb = "ambiguous:\n  - {tokens: [Same], places: [Alpha (city), Beta (city)], prefer: Beta (city), note: x}\n"
    assert read_gazetteer(_write(tmp_path, TWO + amb)).lookup("same").name == "Beta"


@pytest.mark.parametrize(("body", "message"), [
    (TWO + "ambiguous:\n  - {tokens: [Same], places: [Alpha (city)], prefer: Alpha (city)}\n", "the file gives Alpha"),
    (TWO + "ambiguous:\n  - {tokens: [Same], places: [Alpha (city), Beta (city)]}\n", "needs a prefer"),
    (TWO + "ambiguous:\n  - {tokens: [Same], places: [Gamma (city)]}\n", "unknown entry 'Gamma \\(city\\)'"),
    ("cities:\n  - {name: Alpha, kind: village, country: ID}\n", "unknown kind"),
    ("cities:\n  - {name: Alpha, kind: city, country: ID}\n  - {name: Alpha, kind: city, country: MY}\n",
     "listed twice"),
    ("towns:\n  - {name: Alpha, kind: city, country: ID}\n", "'towns' has no provenance"),
])
def test_bad_files_are_refused(tmp_path, body, message):
    with pytest.raises(PlacesError, match=message):
        read_gazetteer(_write(tmp_path, body))


def test_key_ignores_case_accents_spaces_and_punctuation():
    assert key("Washington, D.C.") == key("WASHINGTON DC") == "washingtondc"
    assert key("Côte d'Ivoire") == "cotedivoire" and key(" - ") == ""
