"""``mcda report``: the whole Klima Nord analysis as a report for T11."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from mcda.case import DEFAULT_CASE
from mcda.cli import arguments
from mcda.i18n import check_lang
from mcda.output_set import check_output_folder
from mcda.report.content import (
    DEFAULT_REPRODUCTION_SAMPLES,
    DEFAULT_SEED,
    DEFAULT_SMAA_SAMPLES,
    ReportSettings,
    build_case_report,
)
from mcda.report.writer import write_report

DEFAULT_OUT = Path("reports/klimanord")


def register(subparsers: Any) -> None:
    report = subparsers.add_parser(
        "report", help="write the report for T11 (HTML, Markdown, figures, CSV data)"
    )
    report.add_argument(
        "--case", type=Path, default=DEFAULT_CASE, help=f"case folder (default {DEFAULT_CASE})"
    )
    report.add_argument("--lang", default="da", help="da (default) or en")
    report.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})"
    )
    report.add_argument(
        "--seed",
        type=arguments.seed,
        default=DEFAULT_SEED,
        help=f"random seed (default {DEFAULT_SEED})",
    )
    report.add_argument(
        "--samples",
        type=arguments.samples,
        default=DEFAULT_SMAA_SAMPLES,
        help=f"SMAA weight samples per decision (default {DEFAULT_SMAA_SAMPLES})",
    )
    report.add_argument(
        "--reproduction-samples",
        type=arguments.samples,
        default=DEFAULT_REPRODUCTION_SAMPLES,
        help=f"samples for the reproduction analysis (default {DEFAULT_REPRODUCTION_SAMPLES})",
    )
    report.add_argument("--quiet", action="store_true", help="no progress messages on stderr")
    report.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> str:
    check_output_folder(args.out)  # before minutes of work, not after
    settings = ReportSettings(
        case=args.case,
        lang=check_lang(args.lang),
        seed=args.seed,
        smaa_samples=args.samples,
        reproduction_samples=args.reproduction_samples,
    )
    start = time.monotonic()

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"[{time.monotonic() - start:5.1f} s] {message}", file=sys.stderr, flush=True)

    document = build_case_report(settings, progress)
    progress("writing")
    out = write_report(document, args.out)
    return f"{out / 'index.html'}\n{out / 'report.md'}"
