"""The what-if page in Chromium: how fast it opens and reacts, against a blank page.

Issue 14's bar: the page opens and reacts (slider to new ranking) within 100 ms on this
machine. The machine is shared, so the browser's own start-up drifts; a blank page
opened the same way, interleaved, is the baseline, and the ratio of the medians the
stable figure. Prints, over ``--repeat`` opens of the Klima Nord page (five decisions,
eleven directors):

* first contentful paint (sliders and ranking) of the page and of the blank page, each
  opened in a new tab and opened from a link in another page (as from the report);
* the page's script up to the first paint (parse the data, build, rank);
* the sentence (the nearest-weights search) and the map drawn, from navigation;
* per slider move: the ranking redrawn (synchronous), and the next frame with the
  sentence and the map.

Run: ``.venv/bin/python benchmarks/whatif_bench.py [--repeat N]`` (needs Debian's
chromium and the [test] extra).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser_support import CHROMIUM_ARGS  # noqa: E402  (the flags the browser tests use)

FCP = "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0"
MOVE = """(value) => new Promise((done) => {
    const slider = document.getElementById("d0-w1");
    const start = performance.now();
    slider.value = String(value);
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    const ranked = performance.now() - start;
    requestAnimationFrame(() => done([ranked, performance.now() - start]));
})"""


def wait(page, expression: str) -> float:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        value = page.evaluate(f"() => {expression}")
        if value:
            return float(value)
        page.wait_for_timeout(10)
    raise RuntimeError(f"timed out: {expression}")


def open_from_link(browser, folder: Path, target: str) -> float:
    """The first paint of ``target`` opened by a click on a link in another page of the
    same folder, in the same tab (how the chair opens whatif.html from the report)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((folder / "link.html").as_uri())
    page.click(f"a[href='{target}']")
    page.wait_for_url(f"**/{target}")
    paint = wait(page, FCP)
    page.close()
    return paint


def build_page(folder: Path) -> Path:
    from group_support import write_directors_folder

    from mcda.analysis import analyse
    from mcda.case import load_case
    from mcda.group import group_analysis, read_directors
    from mcda.whatif import whatif_page

    problems = {p.path.stem: p for p in load_case(ROOT / "criteria" / "klimanord")}
    analyses = [
        analyse(p, n_samples=5_000, rng=2026, robustness_samples=0) for p in problems.values()
    ]
    write_directors_folder(folder / "directors", problems)
    group = group_analysis(read_directors(folder / "directors", list(problems.values())), analyses)
    page = folder / "whatif.html"
    page.write_text(whatif_page(analyses, lang="da", group=group), encoding="utf-8")
    return page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        page_path = build_page(folder)
        size = page_path.stat().st_size
        blank = folder / "blank.html"
        blank.write_text(
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>-</title>"
            "</head><body><p>-</p></body></html>",
            encoding="utf-8",
        )
        (folder / "link.html").write_text(
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>-</title></head><body>"
            "<a href='whatif.html'>what-if</a> <a href='blank.html'>blank</a></body></html>",
            encoding="utf-8",
        )
        paints, blanks, scripts, complete, ranked, frames = [], [], [], [], [], []
        linked, linked_blanks = [], []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for _ in range(args.repeat):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(blank.as_uri())
                blanks.append(wait(page, FCP))
                page.close()
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(page_path.as_uri())
                paints.append(wait(page, FCP))
                complete.append(wait(page, "window.mcdaWhatif.timings.complete"))
                timings = page.evaluate("window.mcdaWhatif.timings")
                scripts.append(timings["ready"] - timings["script"])
                for k in range(10):
                    sync, frame = page.evaluate(MOVE, 0.1 + 0.05 * k)
                    ranked.append(sync)
                    frames.append(frame)
                page.close()
                linked_blanks.append(open_from_link(browser, folder, "blank.html"))
                linked.append(open_from_link(browser, folder, "whatif.html"))
            browser.close()

    def show(name: str, values: list[float]) -> None:
        print(f"{name:56s} median {statistics.median(values):7.1f} ms   best {min(values):7.1f} ms")

    print(f"what-if page ({size / 1024:.0f} kB), {args.repeat} opens, {len(frames)} slider moves")
    show("blank page: first paint, new tab", blanks)
    show("what-if page: first paint (sliders, ranking), new tab", paints)
    show("blank page: first paint, from a link", linked_blanks)
    show("what-if page: first paint, from a link", linked)
    show("what-if page: its script before the first paint", scripts)
    show("what-if page: sentence and map drawn", complete)
    show("slider -> ranking redrawn", ranked)
    show("slider -> next frame (sentence, map)", frames)
    print(
        f"ratio of medians, first paint / blank page's: new tab "
        f"{statistics.median(paints) / statistics.median(blanks):.2f}, from a link "
        f"{statistics.median(linked) / statistics.median(linked_blanks):.2f}"
    )


if __name__ == "__main__":
    main()
