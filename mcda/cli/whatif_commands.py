"""``mcda whatif``: the what-if page for a meeting (sliders, live ranking, the directors).

    mcda whatif FILE|DIR --out page.html [--lang da|en] [--weights-from DIR]
                [--seed N] [--samples N] [--no-progress]

Analyses every decision (:func:`mcda.analyse`, one seed), reads the directors' filled
forms when ``--weights-from`` is given (:mod:`mcda.group`) and writes one
self-contained HTML page (:func:`mcda.whatif.whatif_page`), atomically.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mcda.case import DEFAULT_CASE, case_files
from mcda.cli import arguments
from mcda.errors import ValidationError
from mcda.i18n import check_lang, t

#: The report's seed and the analysis's default samples, so the page's shares match.
DEFAULT_SEED = 2026
DEFAULT_SAMPLES = 20_000


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "whatif", help="write the what-if page: move the weights, see the ranking live"
    )
    parser.add_argument(
        "case",
        nargs="?",
        type=Path,
        default=DEFAULT_CASE,
        metavar="FILE|DIR",
        help=f"a problem file or a folder of them (default {DEFAULT_CASE})",
    )
    parser.add_argument("--out", type=Path, required=True, help="the .html page to write")
    parser.add_argument("--lang", default="da", help="da (default) or en")
    parser.add_argument(
        "--weights-from",
        type=Path,
        metavar="DIR",
        help="a folder of the directors' filled swing/AHP forms and weight CSVs",
    )
    parser.add_argument(
        "--seed",
        type=arguments.seed,
        default=DEFAULT_SEED,
        help=f"random seed of the analysis (default {DEFAULT_SEED})",
    )
    parser.add_argument(
        "--samples",
        type=arguments.samples,
        default=DEFAULT_SAMPLES,
        help=f"SMAA and reproduction samples per decision (default {DEFAULT_SAMPLES})",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress on stderr")
    parser.set_defaults(run=run_whatif)


def check_out(out: Path) -> None:
    """An ``.html`` file in a folder that exists (checked before any work)."""
    if out.suffix.lower() not in (".html", ".htm"):
        raise ValidationError(f"--out: {str(out)!r} must end in .html")
    if out.is_dir():
        raise ValidationError(f"--out: {out} is a folder; give the page's file name")
    if not out.parent.is_dir():
        raise ValidationError(f"--out: the folder {out.parent} does not exist")


def run_whatif(args: argparse.Namespace) -> str:
    from mcda.analysis import analyse
    from mcda.group import group_analysis, read_directors
    from mcda.output_set import write_file_atomically
    from mcda.problem_file import load_problem
    from mcda.progress import progress_bar
    from mcda.whatif import whatif_page

    lang = check_lang(args.lang)
    check_out(args.out)
    problems = [load_problem(path) for path in case_files(args.case)]
    directors = None
    if args.weights_from is not None:
        directors = read_directors(args.weights_from, problems)
    progress = None
    if not args.no_progress:
        progress = progress_bar(
            t("whatif_progress", lang),
            unit=t("progress_analyses", lang),
            summary=t("progress_summary", lang),
            lang=lang,
        )
    analyses = []
    for done, problem in enumerate(problems):
        if progress is not None:
            progress(done, len(problems))
        analyses.append(
            analyse(problem, n_samples=args.samples, rng=args.seed, robustness_samples=0)
        )
    if progress is not None:
        progress(len(problems), len(problems))
    group = None if directors is None else group_analysis(directors, analyses)
    page = whatif_page(analyses, lang=lang, group=group).encode("utf-8")
    write_file_atomically(args.out, page)
    return t(
        "whatif_written",
        lang,
        path=str(args.out),
        count=str(len(analyses)),
        size=f"{len(page) / 1024:.0f}",
    )
