"""In a real browser (Debian's headless Chromium driven by Playwright): an annotator made by
`sikap studio annotator add` logs in, sees only their tasks, cannot use their session on another
annotator's server, and gets a labeling form that fits 1440x900 (machine mentions closed, the evidence
labels the only span labels, every stance question visible without scrolling).

Screenshots go to pytest's tmp dir, or to SIKAP_SCREENSHOTS when set (to look at them).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from sikap.annotation.push import push
from tests.annotation.conftest import project_of

pytestmark = pytest.mark.studio
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1440, "height": 900}


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        message = f"no {CHROMIUM}: `apt-get install -y chromium` (scripts/install-browser.sh, run by `make test`)"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(str(tmp_path_factory.mktemp("chromium")), headless=True,
                                                        executable_path=CHROMIUM, args=FLAGS, viewport=VIEWPORT)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def _keep(path: Path) -> None:
    if os.environ.get("SIKAP_SCREENSHOTS"):
        Path(os.environ["SIKAP_SCREENSHOTS"]).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(os.environ["SIKAP_SCREENSHOTS"]) / path.name)


def login(page, url: str, email: str, password: str) -> None:
    page.goto(f"{url}/user/login/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(lambda u: "/user/login" not in u, timeout=60_000)


def test_annotator_logs_in_and_sees_only_their_tasks(browser, walkthrough, shots):
    ayu, budi = walkthrough.members["ayu"], walkthrough.members["budi"]
    page = browser.new_page()
    login(page, ayu.url, ayu.email, ayu.password)
    page.goto(f"{ayu.url}/projects/")
    page.get_by_text("sikap round 01").first.wait_for(timeout=60_000)
    page.screenshot(path=str(shots / "ayu-projects.png"))
    _keep(shots / "ayu-projects.png")
    project = project_of(walkthrough.admin("ayu"), 1).id
    tasks = page.request.get(f"{ayu.url}/api/tasks?project={project}&page_size=100").json()["tasks"]
    assigned = sorted(a for a, people in walkthrough.assignment().items() if "ayu" in people)
    assert sorted(t["data"]["article_id"] for t in tasks) == assigned and len(assigned) == 3
    page.goto(f"{ayu.url}/projects/{project}/data")
    footer = page.get_by_text(re.compile(r"^Tasks: \d+ / \d+$"))
    footer.wait_for(timeout=60_000)
    assert footer.inner_text().endswith("/ 3")  # the data manager lists her three tasks, not the six articles
    page.wait_for_timeout(1000)
    page.screenshot(path=str(shots / "ayu-data-manager.png"))
    _keep(shots / "ayu-data-manager.png")
    # The same browser on budi's server: ayu's session cookie (127.0.0.1 for both) is not valid there.
    page.goto(f"{budi.url}/projects/")
    page.wait_for_url(lambda u: "/user/login" in u, timeout=60_000)
    assert page.request.get(f"{budi.url}/api/projects/").status == 401
    page.close()


@pytest.fixture(scope="module")
def busiest(seed_build) -> dict:
    """The seed article with the most machine-found mentions (the one that buried evidence before)."""
    return max(seed_build[0].tables["articles"].to_pylist(), key=lambda r: len(r["target_mentions"] or []))


def test_labeling_form_fits_1440x900(browser, walkthrough, studio_team, seed_dataset, busiest, shots):
    push(studio_team, seed_dataset, 6, ["citra"], overlap=1, article_ids=[busiest["article_id"]])
    citra = walkthrough.members["citra"]
    page = browser.new_page()
    login(page, citra.url, citra.email, citra.password)
    project = project_of(walkthrough.admin("citra"), 6).id
    page.goto(f"{citra.url}/projects/{project}/data?labeling=1")
    page.get_by_text("Stance of the article toward each target").wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(shots / "labeling-1440x900.png"))
    _keep(shots / "labeling-1440x900.png")
    rows = page.locator(".sikap-row")
    assert rows.count() == 9  # eight stance targets and confidence
    for i in range(rows.count()):
        box = rows.nth(i).bounding_box()
        assert box and 0 <= box["y"] and box["y"] + box["height"] <= VIEWPORT["height"], (i, box)
    assert len(busiest["target_mentions"]) > 20
    texts = page.locator(".sikap-article .lsf-richtext")  # the mentions panel's text, then the article
    assert texts.count() == 2 and texts.first.bounding_box() is None  # mentions: closed until asked for
    assert page.locator(".htx-highlight").count() == 0  # no pre-filled region in the annotator's annotation
    assert page.locator(".lsf-label").count() == 8  # evidence labels: the only span labels
    page.get_by_text("Machine-found names of the targets").click()
    page.wait_for_timeout(800)
    page.screenshot(path=str(shots / "labeling-mentions-open.png"))
    _keep(shots / "labeling-mentions-open.png")
    assert texts.first.bounding_box() is not None
    assert page.get_by_text("(alias matching, " + busiest["mentions_model_version"] + ")").is_visible()
    assert page.locator(".htx-highlight").count() == 0
    # Evidence still works the usual way: choose a target, drag over words; one region, nothing else.
    page.locator(".lsf-label").first.click()
    box = texts.nth(1).bounding_box()
    page.mouse.move(box["x"] + 12, box["y"] + 12)
    page.mouse.down()
    page.mouse.move(box["x"] + 200, box["y"] + 14, steps=5)
    page.mouse.up()
    page.wait_for_timeout(800)
    page.screenshot(path=str(shots / "labeling-evidence.png"))
    _keep(shots / "labeling-evidence.png")
    assert page.locator(".htx-highlight").count() >= 1
    page.close()
