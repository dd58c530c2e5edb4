"""``mcda report``: the analysis of a case as a report (HTML, Markdown, figures, data)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mcda.case import DEFAULT_CASE
from mcda.cli import arguments
from mcda.i18n import check_lang, t
from mcda.output_set import check_output_folder
from mcda.progress import progress_bar
from mcda.report.build import (
    DEFAULT_ROBUSTNESS_SAMPLES,
    DEFAULT_SAMPLES,
    DEFAULT_SEED,
    ReportSettings,
    build_case_report,
)
from mcda.report.writer import write_report

DEFAULT_OUT = Path("reports/klimanord")


def register(subparsers: Any) -> None:
    report = subparsers.add_parser(
        "report", help="write the report of a case (HTML, Markdown, SVG figures, CSV data)"
    )
    report.add_argument(
        "--case",
        type=Path,
        default=DEFAULT_CASE,
        help=f"case folder or one problem file (default {DEFAULT_CASE})",
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
        default=DEFAULT_SAMPLES,
        help=f"weight samples per decision (default {DEFAULT_SAMPLES})",
    )
    report.add_argument(
        "--robustness-samples",
        type=arguments.samples,
        default=DEFAULT_ROBUSTNESS_SAMPLES,
        help=f"weight samples per modelling choice (default {DEFAULT_ROBUSTNESS_SAMPLES})",
    )
    report.add_argument(
        "--weights-from",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder of the directors' filled-in swing/AHP forms or CSVs (a section on their "
        "weights; without it the report says they are not included)",
    )
    report.add_argument("--quiet", action="store_true", help="no progress on stderr")
    report.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> str:
    check_output_folder(args.out)  # before the work, not after
    lang = check_lang(args.lang)
    settings = ReportSettings(
        case=args.case,
        lang=lang,
        seed=args.seed,
        samples=args.samples,
        robustness_samples=args.robustness_samples,
        weights_from=args.weights_from,
    )
    progress = None
    if not args.quiet:
        progress = progress_bar(
            t("progress_report", lang),
            unit=t("progress_steps", lang),
            summary=t("progress_summary", lang),
            lang=lang,
        )
    document = build_case_report(settings, progress)
    out = write_report(document, args.out)
    return f"{out / 'index.html'}\n{out / 'report.md'}\n{out / 'whatif.html'}"
