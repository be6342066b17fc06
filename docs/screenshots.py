"""Screenshots of a run's report for the README, at 1280 and 390 px (Playwright driving
Debian's Chromium, offline):

    .venv/bin/araseclit analyze -o runs/sample
    .venv/bin/python docs/screenshots.py runs/sample/report.html
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent


def main(report: Path) -> None:
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium")
        for width, height in ((1280, 1000), (390, 844)):
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(report.resolve().as_uri() + "#citations")
            page.wait_for_selector("html[data-ready]")
            page.screenshot(path=str(HERE / f"report-{width}.png"))
            page.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
