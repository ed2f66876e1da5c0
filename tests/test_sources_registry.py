"""The curated registry (curated/sources/): its size, the names the brief requires, and the Registry API on it."""

from __future__ import annotations

from collections import Counter

import pytest

from sikap.sources import registry, source_rows


@pytest.fixture(scope="module")
def reg():
    return registry()


def test_counts_by_country(reg):
    countries = Counter(src.value("country") for src in reg.entries.values())
    assert countries["ID"] >= 150
    assert sum(n for c, n in countries.items() if c not in ("ID", None)) >= 40


def test_existing_ids_are_kept(reg):
    """The dataset references these ids; they never change."""
    assert {"antara", "pantau", "usmnews", "starsunleash.com", "anadolu", "reuters", "detiknews", "axios"} <= set(reg.entries)
    antara = reg.entries["antara"]
    assert antara.value("redistribution") == "metadata_only" and antara.facts["licence"].source == "extracted"


# (name as cited, source id, "find" = matched in running text, "context" = only by match_context)
INTERNATIONAL = [
    ("AFP", "afp", "find"), ("Agence France-Presse", "afp", "find"), ("AP", "ap", "context"),
    ("Associated Press", "ap", "find"), ("Reuters", "reuters", "find"), ("Anadolu Agency", "anadolu", "find"),
    ("AA", "anadolu", "context"), ("Xinhua", "xinhua", "find"), ("Kyodo", "kyodo", "find"), ("Yonhap", "yonhap", "find"),
    ("Bernama", "bernama", "find"), ("TASS", "tass", "find"), ("RIA Novosti", "ria-novosti", "find"),
    ("Sputnik", "sputnik", "context"), ("Sputnik News", "sputnik", "find"), ("IRNA", "irna", "find"), ("WAFA", "wafa", "find"),
    ("Al Jazeera", "al-jazeera", "find"), ("Al Arabiya", "al-arabiya", "find"), ("BBC", "bbc", "find"), ("CNN", "cnn", "find"),
    ("CBS", "cbs", "find"), ("Fox News", "fox-news", "find"), ("NBC", "nbc", "find"), ("ABC", "abc-us", "context"),
    ("Bloomberg", "bloomberg", "find"), ("The New York Times", "nyt", "find"), ("The Washington Post", "washington-post", "find"),
    ("The Guardian", "guardian", "find"), ("The Times of Israel", "times-of-israel", "find"), ("Haaretz", "haaretz", "find"),
    ("Middle East Eye", "middle-east-eye", "find"), ("TRT", "trt", "find"), ("Arab News", "arab-news", "find"),
    ("SCMP", "scmp", "find"), ("South China Morning Post", "scmp", "find"), ("This Week in Asia", "this-week-in-asia", "find"),
    ("The Straits Times", "straits-times", "find"), ("Channel NewsAsia", "cna", "find"), ("CNA", "cna", "context"),
    ("The Sydney Morning Herald", "smh", "find"), ("BenarNews", "benarnews", "find"), ("Radio Free Asia", "rfa", "find"),
    ("Axios", "axios", "find"), ("Politico", "politico", "find"), ("The Wall Street Journal", "wsj", "find"),
    ("Financial Times", "ft", "find"), ("DW", "dw", "context"), ("Deutsche Welle", "dw", "find"), ("France 24", "france24", "find"),
    ("Sky News", "sky-news", "find"), ("Sky", "sky-news", "context"), ("Press TV", "press-tv", "find"),
    ("Tasnim", "tasnim", "context"), ("Fars", "fars", "context"), ("Mehr", "mehr", "context"),
    ("Jerusalem Post", "jerusalem-post", "find"), ("Ynet", "ynet", "find"), ("Kan", "kan", "context"),
    ("Qatar News Agency", "qna", "find"), ("Saudi Press Agency", "spa", "find"), ("WAM", "wam", "context"),
    ("MENA", "mena", "context"),
]

INDONESIAN = [
    ("TEMPO.CO, Jakarta -", "TEMPO.CO", "tempo.co"), ("Jakarta, CNN Indonesia --", "CNN Indonesia", "cnn-indonesia"),
    ("KONTAN.CO.ID - JAKARTA.", "KONTAN.CO.ID", "kontan"), ("Liputan6.com, Jakarta -", "Liputan6.com", "liputan6"),
    ("KOMPAS.com - Jakarta", "KOMPAS.com", "kompas.com"), ("dikutip dari Kompas.com", "Kompas.com", "kompas.com"),
    ("JAKARTA, KOMPAS —", "KOMPAS", "kompas"), ("Tempo.co melaporkan", "Tempo.co", "tempo.co"),
    ("REPUBLIKA.CO.ID, JAKARTA --", "REPUBLIKA.CO.ID", "republika"), ("CNNIndonesia.com", "CNNIndonesia.com", "cnn-indonesia"),
    ("dilansir detikcom", "detikcom", "detiknews"), ("kata dia kepada detikNews", "detikNews", "detiknews"),
    ("TRIBUNJOGJA.COM, YOGYA -", "TRIBUNJOGJA.COM", "tribun-jogja"), ("Jakarta, IDN Times -", "IDN Times", "idn-times"),
    ("Jakarta (ANTARA) -", "ANTARA", "antara"), ("Suara.com -", "Suara.com", "suara.com"), ("tirto.id -", "tirto.id", "tirto"),
]


@pytest.mark.parametrize("name,sid,how", INTERNATIONAL)
def test_international_names_are_matched_where_they_belong(reg, name, sid, how):
    in_text = [(s, m.group(0)) for s, m in reg.find(f"Menurut laporan {name}, serangan itu terjadi.")]
    assert reg.match_context(name) == sid
    if how == "find":
        assert in_text == [(sid, name)] and reg.match_alias(name) == sid
    else:  # a short or ambiguous name: never in running text, found in a context span
        assert in_text == [] and reg.match_alias(name) is None
        assert [(s, m.group(0)) for s, m in reg.find_context(f"dilansir {name}")] == [(sid, name)]


@pytest.mark.parametrize("text,name,sid", INDONESIAN)
def test_indonesian_self_names_are_found(reg, text, name, sid):
    assert [(s, m.group(0)) for s, m in reg.find(text)] == [(sid, name)]


def test_ambiguous_words_are_context_only(reg):
    """'Antara lain' (among others) is not ANTARA; the dateline '(Antara)' is, in context."""
    assert list(reg.find("Antara lain, Kontan saja Tirto dan Surya datang. Fajar menyingsing.")) == []
    assert reg.match_context("Antara") == "antara" and reg.match_context("Kontan") == "kontan"


@pytest.mark.parametrize("url,sid", [
    ("https://www.aljazeera.com/news/2025/9/9/x", "al-jazeera"), ("edition.cnn.com", "cnn"), ("apnews.com/article/x", "ap"),
    ("https://english.wafa.ps/Pages/Details/1", "wafa"), ("en.yna.co.kr", "yonhap"), ("abcnews.go.com/International", "abc-us"),
    ("news.sky.com", "sky-news"), ("https://www.scmp.com/week-asia/x", "scmp"), ("https://www.timesofisrael.com/x/", "times-of-israel"),
    ("m.tribunnews.com", "tribunnews"), ("https://www.kompas.com/x", "kompas.com"), ("jogja.tribunnews.com", "tribun-jogja"),
    ("https://news.detik.com/berita/d-1", "detiknews"), ("mataram.antaranews.com", "antara"), ("www3.nhk.or.jp", "nhk"),
    ("HTTPS://WWW.TEMPO.CO:443/x", "tempo.co"), ("kompas.id", "kompas"),
])
def test_match_domain(reg, url, sid):
    assert reg.match_domain(url) == sid


@pytest.mark.parametrize("url", ["indojpnn.net", "beritajakarta.biz.id", "portalmetrotv.biz", "bbctodays.pages.dev", "co.id",
                                 "localhost", "", "not a url", "sky.com", "go.com", "https://[::1]/"])
def test_match_domain_refuses_lookalikes_and_non_hosts(reg, url):
    assert reg.match_domain(url) is None


def test_groups_of_the_conglomerates(reg):
    expected = {"kompas": "Kompas Gramedia", "kompas.com": "Kompas Gramedia", "tribunnews": "Kompas Gramedia",
                "okezone": "MNC Group", "inews": "MNC Group", "liputan6": "Emtek", "detiknews": "CT Corp (Trans Media)",
                "cnn-indonesia": "CT Corp (Trans Media)", "tvone": "Visi Media Asia", "metro-tv": "Media Group",
                "jpnn": "Jawa Pos Group", "tempo.co": "Tempo Media Group", "republika": "Mahaka Media"}
    assert {sid: reg.entries[sid].value("group") for sid in expected} == expected


def test_names_and_lookup_for_evaluation(reg):
    names = reg.names("kompas.com")
    assert names.name == "KOMPAS.com" and "Kompas.com" in names.aliases and names.domains == ("kompas.com",)
    assert "AA" in reg.names("anadolu").context_aliases
    assert reg.lookup("kontan.co.id") == "kontan" and reg.lookup("TRIBUNJOGJA.com") == "tribun-jogja"
    assert reg.lookup("antara") == "antara" and reg.lookup("No Such Outlet") is None


def test_rows_say_curated_or_discovered(reg):
    rows = {r["source_id"]: r for r in source_rows(reg, {"contoh.id": "raw/x.txt: Jakarta, Contoh.id -"}, {}, {"contoh.id": 1}, {})}
    assert len(rows) == len(reg.entries) + 1
    new = rows["contoh.id"]
    assert new["status"] == "discovered" and new["redistribution"] == "unknown" and new["licence"] is None
    assert new["group"] is None and new["domain"] == "contoh.id" and new["n_articles"] == 1
    assert {"field": "name", "source": "extracted", "method": "dateline", "evidence": "raw/x.txt: Jakarta, Contoh.id -"} in new["provenance"]
    kompas = rows["kompas.com"]
    assert kompas["status"] == "curated" and kompas["group"] == "Kompas Gramedia" and kompas["domain"] == "kompas.com"
    fields = {p["field"]: p for p in kompas["provenance"]}
    assert fields["group"]["method"] == "curated/sources/indonesia.yaml" and fields["group"]["evidence"]
    assert fields["redistribution"]["source"] == "inferred"  # no terms known: unknown, never a guess
    assert all(r["licence"] is None for sid, r in rows.items() if sid != "antara")
