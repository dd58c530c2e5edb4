"""Shared by the what-if and group tests: the case analysed once, the eleven directors'
folder written once, and a headless Chromium (Debian's, as in the report's test)."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from browser_support import CHROMIUM_ARGS, chromium  # noqa: F401 (re-exported)

from mcda.case import load_case

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "criteria" / "klimanord"
#: Small but real: every stage of the analysis runs, with one seed.
SAMPLES = 2_000
SEED = 7


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


