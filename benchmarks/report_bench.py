"""Wall time of ``mcda report`` on the built-in case, and where it goes.

Target (issue 13): the Klima Nord report in ≤ 8 s on a quiet machine of this kind. The
machine is shared, so absolute times drift; two figures are stable:

* the phases of one in-process run (analysis, findings, figures and tables, rendering
  and writing), as shares of the whole;
* with ``--before DIR`` (an older tree with its ``mcda/`` package and its ``criteria/``,
  e.g. ``git archive 22b1b9a mcda criteria | tar -x -C DIR``: the report before issue
  13), the ratio of the median wall times of the old and the new command on their own
  built-in case, interleaved in the same run.

Run: ``.venv/bin/python benchmarks/report_bench.py [--repeat N] [--before DIR]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 8.0


def _command(out: Path) -> list[str]:
    # -P: the working directory is not put on sys.path, so PYTHONPATH picks the package
    return [sys.executable, "-P", "-m", "mcda.cli.main", "report", "--out", str(out), "--quiet"]


def _wall(tree: Path | None, out: Path) -> float:
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    start = time.perf_counter()
    subprocess.run(_command(out), cwd=tree or ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def phases() -> dict[str, float]:
    """Seconds per phase of one in-process report (Danish, default settings)."""
    os.chdir(ROOT)
    from mcda.analysis import analyse_case
    from mcda.case import DEFAULT_CASE, load_case
    from mcda.findings import findings
    from mcda.report.build import (
        DEFAULT_ROBUSTNESS_SAMPLES,
        DEFAULT_SAMPLES,
        DEFAULT_SEED,
        ReportSettings,
        build_case_report,
    )
    from mcda.report.writer import write_report

    out: dict[str, float] = {}
    start = time.perf_counter()
    problems = load_case(DEFAULT_CASE)
    case = analyse_case(
        problems, n_samples=DEFAULT_SAMPLES, rng=DEFAULT_SEED,
        robustness_samples=DEFAULT_ROBUSTNESS_SAMPLES,
    )  # fmt: skip
    out["analysis"] = time.perf_counter() - start
    start = time.perf_counter()
    for decision in case.decisions:
        findings(decision)
    out["findings"] = time.perf_counter() - start
    start = time.perf_counter()
    build_case_report(ReportSettings(figures=False))
    no_figures = time.perf_counter() - start
    start = time.perf_counter()
    document = build_case_report(ReportSettings())
    whole = time.perf_counter() - start
    out["figures"] = whole - no_figures
    out["tables and text"] = max(0.0, no_figures - out["analysis"] - out["findings"])
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        write_report(document, Path(folder) / "report")
    out["render and write"] = time.perf_counter() - start
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", type=Path, help="an older tree (mcda/ and criteria/)")
    args = parser.parse_args()
    found = phases()
    print("phases of one in-process run (figures: the build with them minus the build without):")
    total = sum(found.values())
    for name, seconds in found.items():
        print(f"  {name:26s} {seconds:6.2f} s  ({seconds / total:5.1%} of the report)")
    runs: dict[str, list[float]] = {"now": [], "before": []}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.repeat):
            runs["now"].append(_wall(None, Path(folder) / "now"))
            if args.before is not None:
                runs["before"].append(_wall(args.before, Path(folder) / "before"))
    now = statistics.median(runs["now"])
    print(f"mcda report: median {now:.2f} s, best {min(runs['now']):.2f} s "
          f"over {args.repeat} runs (target {TARGET_SECONDS:g} s: "
          f"{'met' if now <= TARGET_SECONDS else 'missed'})")  # fmt: skip
    if runs["before"]:
        before = statistics.median(runs["before"])
        print(f"before: median {before:.2f} s, best {min(runs['before']):.2f} s; "
              f"now / before = {now / before:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
