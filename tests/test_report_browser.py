"""The committed report opened in a real browser (headless Chromium through Playwright).

Skips only on a developer machine without Chromium; in CI (``CI=true``) a missing browser
fails the test, because ``.ci/run`` installs Debian's ``chromium``.
"""

from __future__ import annotations

import io
import os
import re
import shutil
from pathlib import Path

import pytest

import mcda
from mcda.case import CASE_ORDER

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "reports" / "klimanord" / "index.html"
CASE = ROOT / "criteria" / "klimanord"
A4_WIDTH_PX = 794  # 210 mm at 96 px per inch
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    reason = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "playwright is not installed (pip install -e '.[test]')"
    if reason is None and not Path(path).exists():
        reason = "Chromium is not installed (apt-get install chromium)"
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser test cannot run in CI: {reason}")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="module")
def page_report():
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    assert REPORT.exists(), "reports/klimanord/index.html is missing: run `mcda report`"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": A4_WIDTH_PX, "height": 1123})
        console: list[tuple[str, str]] = []
        errors: list[str] = []
        network: list[str] = []
        page.on("console", lambda message: console.append((message.type, message.text)))
        page.on("pageerror", lambda error: errors.append(str(error)))

        def refuse(route) -> None:
            network.append(route.request.url)
            route.abort()

        page.route(re.compile(r"^(https?|wss?|ftp)://"), refuse)
        page.goto(REPORT.as_uri(), wait_until="load")
        yield page, console, errors, network
        browser.close()


@pytest.mark.slow
def test_no_console_errors_and_no_network(page_report) -> None:
    _, console, errors, network = page_report
    assert [text for kind, text in console if kind in ("error", "warning")] == []
    assert errors == []
    assert network == []


@pytest.mark.slow
def test_every_image_loaded(page_report) -> None:
    page = page_report[0]
    count = page.evaluate("document.images.length")
    broken = page.evaluate(
        "Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).length"
    )
    assert count >= 20
    assert broken == 0


@pytest.mark.slow
def test_summary_table_shows_t11s_choices(page_report) -> None:
    page = page_report[0]
    text = page.inner_text("#summary table")
    for name in CASE_ORDER:
        problem = mcda.load_problem(CASE / name)
        assert problem.recommendation is not None
        assert problem.alternative(problem.recommendation.alternative).label.da in text
    highlighted = page.eval_on_selector_all("tr.highlight", "rows => rows.length")
    assert highlighted == len(CASE_ORDER)


@pytest.mark.slow
def test_screenshot_is_a_non_blank_a4_width_page(page_report, tmp_path: Path) -> None:
    from PIL import Image

    page = page_report[0]
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot))
    image = Image.open(shot).convert("L")
    assert image.size[0] == A4_WIDTH_PX
    histogram = image.histogram()
    dark = sum(histogram[:200]) / (image.size[0] * image.size[1])
    assert dark > 0.02, "the page looks blank"
    assert len([h for h in histogram if h]) > 50, "too few grey levels for text and tables"


@pytest.mark.slow
def test_prints_on_a4(page_report) -> None:
    page = page_report[0]
    pdf = page.pdf(format="A4", print_background=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert boxes, "no pages in the printed PDF"
    width, height = (float(v) for v in boxes[0])
    assert (round(width), round(height)) == (596, 843)  # A4 in points
    assert len(io.BytesIO(pdf).getvalue()) > 10_000
