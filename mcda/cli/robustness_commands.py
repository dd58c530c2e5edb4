"""``mcda robustness FILE``: the headline under every modelling choice (normalisation,
method, contested scores), as a table, CSV or JSON, with an optional figure."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mcda.cli import arguments
from mcda.cli.output import FORMATS, table, to_csv, to_json
from mcda.errors import ValidationError
from mcda.i18n import check_lang, t
from mcda.model import Lang
from mcda.problem_file import load_problem
from mcda.robustness import DEFAULT_METHODS, RobustnessResult, choice_label, robustness

#: Figure formats ``--plot`` writes, by file suffix.
PLOT_SUFFIXES = (".png", ".svg")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "robustness",
        help="does the verdict survive the modelling choices (normalisation, method, "
        "contested scores)?",
    )
    parser.add_argument("file", help="problem file (TOML)")
    parser.add_argument(
        "--weights",
        help="weight profile for 'who ranks first' (default: the file's default, else equal)",
    )
    parser.add_argument(
        "--methods",
        help=f"comma-separated methods (default: {','.join(DEFAULT_METHODS)})",
    )
    parser.add_argument(
        "--samples",
        type=arguments.samples,
        default=10_000,
        help="SMAA weight samples per choice (default 10000)",
    )
    parser.add_argument("--seed", type=arguments.seed, default=1, help="random seed (default 1)")
    parser.add_argument("--plot", help="write the figure to this .png or .svg file")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument("--lang", default="da", help="language: da (default) or en")
    parser.add_argument("--no-progress", action="store_true", help="no progress on stderr")
    parser.set_defaults(run=run_robustness)


def run_robustness(args: argparse.Namespace) -> str:
    lang = check_lang(args.lang)
    plot = Path(args.plot) if args.plot else None
    if plot is not None and plot.suffix.lower() not in PLOT_SUFFIXES:
        raise ValidationError(f"--plot: {plot} must end in .png or .svg")
    if plot is not None and not plot.parent.is_dir():
        raise ValidationError(f"--plot: no folder {plot.parent}")
    problem = load_problem(args.file)
    methods = (
        DEFAULT_METHODS
        if args.methods is None
        else tuple(m.strip() for m in args.methods.split(",") if m.strip())
    )
    progress = None
    if not args.no_progress:  # a bar on a terminal, one line when done otherwise
        from mcda.progress import progress_bar

        progress = progress_bar(
            t("robust_progress", lang),
            unit=t("progress_choices", lang),
            summary=t("progress_summary", lang),
            lang=lang,
        )
    result = robustness(
        problem,
        args.weights,
        methods=methods,
        n_samples=args.samples,
        rng=args.seed,
        progress=progress,
    )
    if plot is not None:
        _write_plot(result, plot, lang)
    if args.format == "json":
        return to_json(json_data(result, lang))
    rows = summary_rows(result, lang)
    columns = ["alternative", "first", "low", "high"]
    if args.format == "csv":
        return to_csv(rows, columns)
    headers = [
        t(f"robust_{k}", lang) for k in ("alternative", "first_count", "share_low", "share_high")
    ]
    text = result.sentence(lang) + "\n\n" + table(rows, columns, headers, lang)
    if plot is not None:
        text += "\n\n" + t("robust_written", lang, path=str(plot))
    return text


def summary_rows(result: RobustnessResult, lang: Lang) -> list[dict[str, Any]]:
    """Per alternative: how many choices put it first, and its share range."""
    counts = result.first_counts()
    rows = []
    for alternative in result.alternatives:
        low, high = result.share_range(alternative)
        rows.append(
            {
                "alternative": result.problem.alternative(alternative).label.get(lang),
                "first": counts.get(alternative, 0),
                "low": low,
                "high": high,
            }
        )
    return rows


def json_data(result: RobustnessResult, lang: Lang) -> dict[str, Any]:
    """Every choice and its outcome, the verdict and its sentence."""
    problem = result.problem
    return {
        "problem": str(problem.path) if problem.path else problem.id,
        "seed": result.seed,
        "samples_per_choice": result.n_samples,
        "weights": dict(zip(problem.criterion_ids, map(float, result.weights), strict=True)),
        "contested": list(result.contested),
        "full_factorial": result.full_factorial,
        "leader": result.leader,
        "first_counts": result.first_counts(),
        "sentence": result.sentence(lang),
        "choices": [
            {
                "key": o.choice.key,
                "label": choice_label(o.choice, problem, lang),
                "method": o.choice.method,
                "readings": dict(o.choice.readings),
                "applicable": o.applicable,
                "reason": o.reason,
                "first": list(o.first),
                "shares": None
                if o.shares is None
                else dict(zip(result.alternatives, map(float, o.shares), strict=True)),
                "recommendation_share": o.recommendation_share,
                "family_share": o.family_share,
            }
            for o in result.outcomes
        ],
    }


def _write_plot(result: RobustnessResult, path: Path, lang: Lang) -> None:
    from mcda.output_set import write_file_atomically
    from mcda.plotting.files import draw, render
    from mcda.plotting.robustness import plot_robustness

    kind = path.suffix[1:].lower()  # plain text, fixed SVG ids: as every figure mcda writes
    data = render(draw(plot_robustness, result, lang=lang), [kind], dpi=130)[kind]
    write_file_atomically(path, data)
