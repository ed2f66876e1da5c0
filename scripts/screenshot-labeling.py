"""Screenshot of the labeling form as an annotator sees it at 1440x900, rendered by a real Label Studio in
headless Chromium.

Proves that annotations/labeling-config.xml renders for annotators. Starts a throwaway server (a copy of
a migrated template data dir under .cache/, loopback only, removed afterwards), pushes the article of
dataset/ with the most machine-found mentions as round 1 (the server's admin stands in for the
annotator), logs in, opens the task as "Label All Tasks" does and saves the page as a PNG.

Needs: Label Studio (scripts/install-label-studio.sh), Debian's chromium and Playwright in the dev venv
(scripts/install-browser.sh and the test extras; never `playwright install`: the system chromium is used).

Usage: .venv/bin/python scripts/screenshot-labeling.py [--out annotations/labeling-interface.png]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
# Throwaway server credentials: loopback only, a temporary data dir deleted at the end.
USERNAME, PASSWORD, TOKEN = "admin@sikap.local", "screenshot-only-password", "screenshot-only-token-0123"


def start_server(work: Path):
    from sikap.studio import server

    settings = server.load_settings(root=REPO, environ={"SIKAP_LS_USERNAME": USERNAME, "SIKAP_LS_PASSWORD": PASSWORD,
                                                        "SIKAP_LS_TOKEN": TOKEN})
    template = server.template_data_dir(REPO / ".cache", settings)
    data = server.clone_data_dir(template, work / "data")
    return server.start(settings, data, port=server.free_port())


def push_busiest(url: str, dataset: Path) -> int:
    from sikap.annotation.client import Server, Team
    from sikap.annotation.push import push, read_articles

    articles = read_articles(dataset)[0]
    busiest = max(articles, key=lambda a: len(a["target_mentions"] or []))
    team = Team(main=None, members={"admin": Server(url, TOKEN, who="admin")}, emails={"admin": USERNAME},
                user_ids={"admin": 1}, adjudicators={})
    return push(team, dataset, 1, ["admin"], overlap=1, article_ids=[busiest["article_id"]]).projects["admin"]["project_id"]


def screenshot(url: str, project: int, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="chromium-") as profile, sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=CHROMIUM_FLAGS,
                                                        headless=True, viewport={"width": 1440, "height": 900})
        page = browser.new_page()
        page.goto(f"{url}/user/login/")
        page.fill("input[name=email]", USERNAME)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(lambda u: "/user/login" not in u, timeout=60_000)  # logged in: off the login page
        page.goto(f"{url}/projects/{project}/data?labeling=1")
        page.get_by_text("Stance of the article toward each target").wait_for(timeout=60_000)
        page.wait_for_timeout(1500)  # let fonts settle
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "annotations" / "labeling-interface.png")
    parser.add_argument("--dataset", type=Path, default=REPO / "dataset")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from sikap.studio import server

    work = Path(tempfile.mkdtemp(prefix="sikap-screenshot-"))
    handle = None
    try:
        handle = start_server(work)
        screenshot(handle.url, push_busiest(handle.url, args.dataset), args.out)
    finally:
        if handle is not None:
            server.stop(handle.data_dir)
        shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
