"""Shared by the what-if and group tests: the case analysed once, the eleven directors'
folder written once, and a headless Chromium (Debian's, as in the report's test)."""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from mcda.case import load_case

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "criteria" / "klimanord"
#: Small but real: every stage of the analysis runs, with one seed.
SAMPLES = 2_000
SEED = 7
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@functools.cache
def case_problems() -> dict:
    """The Klima Nord problems by file stem."""
    return {p.path.stem: p for p in load_case(CASE)}


@functools.cache
def case_analyses() -> tuple:
    from mcda.analysis import analyse

    return tuple(
        analyse(p, n_samples=SAMPLES, rng=SEED, robustness_samples=0)
        for p in case_problems().values()
    )


@functools.cache
def directors_folder() -> Path:
    """The eleven directors' filled forms (tests/group_support.py), written once."""
    from group_support import write_directors_folder

    folder = Path(tempfile.mkdtemp(prefix="mcda-directors-")) / "directors"
    write_directors_folder(folder, case_problems())
    return folder


def chromium() -> str:
    """Debian's Chromium, or skip (outside CI only: CI=true fails instead)."""
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
