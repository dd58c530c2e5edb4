"""The committed report opened in a real browser (headless Chromium through Playwright):
the first screen holds every answer, no console error or request, no horizontal scroll
on a phone, and the print as the page opens (appendices collapsed) fits its pages.

Skips only on a developer machine without Chromium; in CI (``CI=true``) a missing browser
fails the test, because ``.ci/run`` installs Debian's ``chromium``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_support import CHROMIUM_ARGS, chromium

import mcda
from mcda.case import CASE_ORDER
from mcda.findings import findings

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "reports" / "klimanord" / "index.html"
CASE = ROOT / "criteria" / "klimanord"
A4_WIDTH_PX = 794  # 210 mm at 96 px per inch


#: The bar of issue 13: the page as it opens prints on at most this many A4 pages,
#: the summary on one, the summary and the main body on at most 14.
MAX_PAGES = 16
MAX_MAIN_PAGES = 14
FIRST_SCREEN = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser():
    executable = chromium()
    from playwright.sync_api import sync_playwright

    assert REPORT.exists(), "reports/klimanord/index.html is missing: run `mcda report`"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _open(browser, viewport):
    page = browser.new_page(viewport=viewport)
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
    return page, console, errors, network


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.slow
def test_no_console_errors_and_no_network(browser) -> None:
    page, console, errors, network = _open(browser, FIRST_SCREEN)
    assert [text for kind, text in console if kind in ("error", "warning")] == []
    assert errors == []
    assert network == []
    count = page.evaluate("document.images.length")
    broken = page.evaluate(
        "Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).length"
    )
    assert count >= 8 and broken == 0


@pytest.mark.slow
def test_first_screen_holds_every_answer(browser) -> None:
    """Each decision's answer, naming the alternative the analysis puts first, lies
    wholly inside the first 1280 x 800 screen."""
    from mcda.analysis import analyse

    page = _open(browser, FIRST_SCREEN)[0]
    items = page.query_selector_all("ul.answers li")
    assert len(items) == len(CASE_ORDER)
    for item, name in zip(items, CASE_ORDER, strict=True):
        box = item.bounding_box()
        assert box is not None and box["y"] + box["height"] <= FIRST_SCREEN["height"], name
        problem = mcda.load_problem(CASE / name)
        found = findings(analyse(problem, n_samples=500, robustness_samples=0))
        text = item.inner_text()
        for alternative in found.first:
            assert problem.alternative(alternative).label.da in text


@pytest.mark.slow
def test_no_horizontal_scroll_on_a_phone(browser) -> None:
    page = _open(browser, PHONE)[0]
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.evaluate("window.innerWidth")
    # a wide table scrolls inside its own box, never the page
    wraps = page.evaluate(
        "Array.from(document.querySelectorAll('div.table-wrap')).filter("
        "d => getComputedStyle(d).overflowX === 'auto').length"
    )
    assert wraps == page.evaluate("document.querySelectorAll('div.table-wrap').length") > 0


@pytest.mark.slow
def test_print_fits_its_pages(browser) -> None:
    page = _open(browser, {"width": A4_WIDTH_PX, "height": 1123})[0]
    pdf = page.pdf(format="A4", print_background=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    width, height = (float(v) for v in boxes[0])
    assert (round(width), round(height)) == (596, 843)  # A4 in points
    assert _pages(pdf) <= MAX_PAGES
    page.add_style_tag(content="details.appendix, h2.part, footer { display: none !important }")
    assert _pages(page.pdf(format="A4", print_background=True)) <= MAX_MAIN_PAGES
    page.add_style_tag(content="main > section:not(#summary) { display: none !important }")
    assert _pages(page.pdf(format="A4", print_background=True)) == 1  # page one is the answer


@pytest.mark.slow
def test_appendices_open_on_click(browser) -> None:
    page = _open(browser, FIRST_SCREEN)[0]
    details = page.query_selector_all("details.appendix")
    assert details and all(d.get_attribute("open") is None for d in details)
    details[0].query_selector("summary").click()
    assert details[0].get_attribute("open") is not None
    assert page.is_visible("details.appendix table")


@pytest.mark.slow
def test_screenshot_is_not_blank(browser, tmp_path: Path) -> None:
    from PIL import Image

    page = _open(browser, FIRST_SCREEN)[0]
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot))
    image = Image.open(shot).convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:200]) / (image.size[0] * image.size[1])
    assert dark > 0.02, "the page looks blank"
