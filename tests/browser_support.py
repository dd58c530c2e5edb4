"""Headless Chromium for the browser tests (test support): Debian's browser, the flags
this machine needs (no background networking), and skip-or-fail when it is missing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium() -> str:
    """Debian's Chromium, or skip (outside CI only: CI=true fails instead, because
    ``.ci/run`` installs it)."""
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
