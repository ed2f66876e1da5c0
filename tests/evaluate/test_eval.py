"""sikap eval: the truth file is checked, figures are counted as documented, and the committed results
(evaluation/extraction.json) are a floor that the pipeline may not fall below on the development pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sikap.cli import app
from sikap.evaluate.devpages import dev_sets, find_devpages
from sikap.evaluate.report import evaluate_extraction
from sikap.evaluate.truth import TruthError, load_truth

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "evaluation" / "extraction.json"
PAGE = ("Kabar Contoh Hari Ini\n"
        "Rabu, 23 Oktober 2024 - 18:29 WIB\n"
        "JAKARTA, kabarcontoh.id - Pemerintah kota mengumumkan jadwal baru angkutan umum pada Rabu pagi. "
        "Perubahan itu berlaku mulai pekan depan untuk seluruh rute bus kota.\n"
        "Kepala dinas perhubungan mengatakan bahwa penumpang tidak perlu membeli kartu baru untuk naik bus.\n"
        "Baca juga: Tarif Parkir Naik Mulai Bulan Depan\n"
        "Menurut dia, jumlah penumpang bus kota naik tajam sejak awal tahun karena harga bahan bakar yang terus naik.\n"
        "Warga diminta memeriksa jadwal di halte sebelum berangkat, terutama pada akhir pekan.\n")


def _set(tmp_path: Path, truth: dict, page: str = PAGE) -> Path:
    (tmp_path / "pages").mkdir(parents=True, exist_ok=True)
    (tmp_path / "pages" / "01.txt").write_text(page, encoding="utf-8")
    row = {"nn": "01", "language": "id", "title": "Kabar Contoh Hari Ini", "published_date": "2024-10-23",
           "date_evidence": "Rabu, 23 Oktober 2024 - 18:29 WIB", "dateline_place": "Jakarta",
           "outlet": "kabarcontoh.id", "outlet_evidence": "kabarcontoh.id", "authors": [], "editors": [],
           "translators": [], "attributions": [],
           "boilerplate_lines": ["Rabu, 23 Oktober 2024 - 18:29 WIB", "Baca juga: Tarif Parkir Naik Mulai Bulan Depan"],
           "body_first_sentence": "Pemerintah kota mengumumkan jadwal baru angkutan umum pada Rabu pagi.",
           "body_last_sentence": "Warga diminta memeriksa jadwal di halte sebelum berangkat, terutama pada akhir pekan.",
           **truth}
    (tmp_path / "truth.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return tmp_path


def test_a_page_read_right_scores_right(tmp_path):
    s = _set(tmp_path, {})
    report = evaluate_extraction([(s / "pages", s / "truth.jsonl")])
    f = report.figures()
    for key in ("title", "published_date", "dateline_place", "outlet", "body_kept", "language_flag"):
        assert (f[key]["k"], f[key]["n"]) == (1, 1), key
    assert f["boilerplate_surviving"]["k"] == 0 and f["boilerplate_surviving"]["n"] == 2
    assert f["errors"]["k"] == 0 and f["claims_on_none"]["k"] == 0


def test_a_wrong_truth_is_counted_against(tmp_path):
    s = _set(tmp_path, {"title": None, "published_date": "2024-10-24", "boilerplate_lines": [
        "Kepala dinas perhubungan mengatakan bahwa penumpang tidak perlu membeli kartu baru untuk naik bus."]})
    f = evaluate_extraction([(s / "pages", s / "truth.jsonl")]).figures()
    assert f["title"]["k"] == 0 and f["published_date"]["k"] == 0
    assert f["boilerplate_surviving"]["k"] == 1  # a body line the reader called chrome is still in the text
    assert f["claims_on_none"]["failures"][0]["expected"] == "title: none"


@pytest.mark.parametrize("change,message", [
    ({"title": "Not On The Page"}, "title of page 01 is not a substring"),
    ({"language": ""}, "not read yet"),
])
def test_truth_errors_name_the_page(tmp_path, change, message):
    s = _set(tmp_path, change)
    with pytest.raises(TruthError, match=message):
        load_truth(s / "pages", s / "truth.jsonl")


def test_cli_errors_are_one_line(tmp_path):
    s = _set(tmp_path, {"title": "Not On The Page"})
    for args in (["eval", "extraction", "--set", str(s)], ["eval", "extraction", "--pages", str(s / "nowhere")],
                 ["eval", "extraction"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, args
        assert "Traceback" not in result.output and result.output.strip().count("\n") == 0, result.output


def test_cli_writes_results_with_the_command(tmp_path):
    s = _set(tmp_path / "set", {})
    out = tmp_path / "res.json"
    result = CliRunner().invoke(app, ["eval", "extraction", "--set", str(s), "--out", str(out)])
    assert result.exit_code == 0, result.output
    body = json.loads(out.read_text())
    assert body["command"].startswith("sikap eval extraction") and body["overall"]["title"]["k"] == 1
    assert "| title |" in out.with_suffix(".md").read_text()


def test_sample_is_deterministic_and_never_overwrites(tmp_path):
    raw = REPO / "raw"
    a, b = tmp_path / "a", tmp_path / "b"
    assert CliRunner().invoke(app, ["eval", "sample", "--raw", str(raw), "--n", "3", "--seed", "4", "--out", str(a)]).exit_code == 0
    assert CliRunner().invoke(app, ["eval", "sample", "--raw", str(raw), "--n", "3", "--seed", "4", "--out", str(b)]).exit_code == 0
    assert (a / "index.tsv").read_text() == (b / "index.tsv").read_text()
    for page in (a / "pages").iterdir():
        rel = next(line.split("\t")[1] for line in (a / "index.tsv").read_text().splitlines() if line.startswith(page.stem))
        assert page.read_bytes() == (raw / rel).read_bytes()
    again = CliRunner().invoke(app, ["eval", "sample", "--raw", str(raw), "--n", "3", "--out", str(a)])
    assert again.exit_code == 2 and "never overwritten" in again.output


def test_results_file_describes_itself():
    body = json.loads(RESULTS.read_text())
    assert body["command"].startswith("sikap eval extraction") and body["sets"]
    md = (REPO / "evaluation" / "extraction.md").read_text()
    for key, fig in body["overall"].items():
        assert f"| {key} | {fig['k']}/{fig['n']}" in md, key


def test_no_figure_falls_below_the_committed_level():
    """The regression guard: rerun the evaluation on the development pages (kept outside the repository,
    found by sikap.evaluate.devpages) and compare every figure with evaluation/extraction.json."""
    base = find_devpages(REPO)
    if base is None:
        pytest.skip("development pages not found (set SIKAP_DEVPAGES to the devpages folder)")
    committed = json.loads(RESULTS.read_text())
    sets = dev_sets(base)
    if [s.name for s in sets] != [s["name"] for s in committed["sets"]]:
        pytest.skip(f"development sets {[s.name for s in sets]} differ from those measured")
    now = evaluate_extraction([(s / "pages", s / "truth.jsonl") for s in sets]).figures()
    worse = []
    for key, was in committed["overall"].items():
        fig = now[key]
        if fig["n"] != was["n"]:
            worse.append(f"{key}: {fig['n']} cases now, {was['n']} measured")
        elif (fig["k"] < was["k"]) if was["higher_is_better"] else (fig["k"] > was["k"]):
            worse.append(f"{key}: {fig['k']}/{fig['n']} now, {was['k']}/{was['n']} committed")
    assert not worse, "; ".join(worse)


@pytest.mark.parametrize("listed,kept", [
    pytest.param(True, 1, id="the fragment listed as chrome: the span without it is kept whole"),
    pytest.param(False, 0, id="the fragment not listed: a span missing its words is lost"),
])
def test_a_fragment_of_chrome_inside_a_body_span(tmp_path, listed, kept):
    ad = "ADVERTISEMENT"  # an ad slot's label glued between two sentences of one line, cut out of it by inline.py
    last = f"Warga diminta memeriksa jadwal di halte sebelum berangkat. {ad} Jadwal lengkap terpasang di setiap halte."
    page = PAGE.replace("Warga diminta memeriksa jadwal di halte sebelum berangkat, terutama pada akhir pekan.", last)
    chrome = ["Rabu, 23 Oktober 2024 - 18:29 WIB", "Baca juga: Tarif Parkir Naik Mulai Bulan Depan"]
    s = _set(tmp_path, {"body_last_sentence": last, "boilerplate_lines": chrome + ([ad] if listed else [])}, page)
    f = evaluate_extraction([(s / "pages", s / "truth.jsonl")]).figures()
    assert f["body_kept"]["k"] == kept
