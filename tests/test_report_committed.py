"""The committed example report (reports/klimanord/) matches what the code produces today.

Regenerate it with ``mcda report`` (the README's main job) after any change that moves a
number; this test then passes again. Only the date line may differ.
"""

from __future__ import annotations

import csv
import math
import os
from pathlib import Path

import pytest

from mcda.i18n import t
from mcda.report.build import ReportSettings, build_case_report
from mcda.report.writer import write_report

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "reports" / "klimanord"


def _without_date(text: str) -> str:
    label = t("report_date", "da")
    return "\n".join(line for line in text.splitlines() if not line.startswith(f"{label}: "))


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _same(old: list[str], new: list[str]) -> bool:
    """Cells equal as text, or as numbers to 1e-9 (last-digit noise of a library update)."""
    if len(old) != len(new):
        return False
    for a, b in zip(old, new, strict=True):
        if a == b:
            continue
        try:
            if not math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12):
                return False
        except ValueError:
            return False
    return True


@pytest.mark.slow
def test_committed_report_is_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the footer shows input paths relative to the repository
    fresh = write_report(build_case_report(ReportSettings()), tmp_path / "klimanord")
    regenerate = "regenerate it with `mcda report` from the repository root"
    assert (COMMITTED / "report.md").exists(), f"no committed report: {regenerate}"
    committed_md = _without_date((COMMITTED / "report.md").read_text(encoding="utf-8"))
    fresh_md = _without_date((fresh / "report.md").read_text(encoding="utf-8"))
    assert committed_md == fresh_md, f"reports/klimanord/report.md is stale: {regenerate}"
    committed = sorted(p.name for p in (COMMITTED / "data").glob("*.csv"))
    assert committed == sorted(p.name for p in (fresh / "data").glob("*.csv"))
    for name in committed:
        old = _rows(COMMITTED / "data" / name)
        new = _rows(fresh / "data" / name)
        assert len(old) == len(new), f"reports/klimanord/data/{name} is stale: {regenerate}"
        for old_row, new_row in zip(old, new, strict=True):
            assert _same(old_row, new_row), (
                f"reports/klimanord/data/{name} is stale ({old_row} != {new_row}): {regenerate}"
            )
    figures = sorted(p.name for p in (COMMITTED / "figures").iterdir())
    assert figures == sorted(p.name for p in (fresh / "figures").iterdir())
    assert os.path.getsize(COMMITTED / "index.html") > 100_000
