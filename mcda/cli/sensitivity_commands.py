"""``mcda sensitivity FILE --out DIR``: sweeps, stability, SMAA-2, ternary map, agreement.

Writes PNG and SVG plots and a ``sensitivity.json`` with every number behind them as
the folder DIR, one output set (:mod:`mcda.output_set`: complete or absent, the previous
set replaced whole), and prints a short summary.
"""

from __future__ import annotations

import argparse
import math
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from mcda.cli import arguments
from mcda.cli.output import table, to_json
from mcda.cli.params import add_param_argument, apply_params
from mcda.errors import ValidationError
from mcda.formatting import format_number
from mcda.i18n import check_lang, t
from mcda.limits import MAX_POINTS
from mcda.methods import get_method
from mcda.model import Lang, Problem
from mcda.output_set import check_output_folder, write_output_set
from mcda.problem_file import load_problem
from mcda.progress import progress_bar
from mcda.ranking import resolve_weights
from mcda.sampling import WeightConstraints
from mcda.sensitivity import (
    AgreementResult,
    SmaaResult,
    StabilityResult,
    SweepResult,
    TernaryMap,
    method_agreement,
    smaa_problem,
    stability_intervals,
    sweep_problem,
    ternary_problem,
)
from mcda.sensitivity.sweeps import REDISTRIBUTIONS

#: Sample counts from which the CLI shows progress on stderr (a bar on a terminal,
#: one line when done otherwise).
PROGRESS_FROM = 100_000

#: ``--plots`` choices.
PLOT_FORMATS = ("png,svg", "png", "svg", "none")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sensitivity",
        help="sensitivity of the ranking to the weights: plots (PNG, SVG) and numbers (JSON)",
    )
    parser.add_argument("file", help="problem file (TOML)")
    parser.add_argument("--out", required=True, help="directory for the plots and sensitivity.json")
    parser.add_argument(
        "--profile", help="weight profile to analyse (default: the file's default, else equal)"
    )
    parser.add_argument("--method", default="topsis", help="ranking method (default topsis)")
    add_param_argument(parser)
    parser.add_argument(
        "--samples", type=arguments.samples, default=100_000, help="SMAA weight samples"
    )
    parser.add_argument("--seed", type=arguments.seed, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--points", type=arguments.count(2, MAX_POINTS), default=101, help="grid points per sweep"
    )
    parser.add_argument(
        "--redistribution", choices=REDISTRIBUTIONS, default="proportional",
        help="how the other weights follow a swept weight (default proportional)",
    )  # fmt: skip
    parser.add_argument(
        "--ternary", help="three criteria for the weight triangle, 'a,b,c' (default: the "
        "three heaviest in the profile)",
    )  # fmt: skip
    parser.add_argument(
        "--order", action="append", default=[], metavar="'A >= B'",
        help="SMAA weight constraint, e.g. 'cost >= robustness' (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--interval", action="append", default=[], metavar="CRITERION=LOW:HIGH",
        help="SMAA bounds on one normalised weight, e.g. cost=0.1:0.4 (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--midpoints", action="store_true",
        help="SMAA on interval midpoints (default: draw each interval score uniformly)",
    )  # fmt: skip
    parser.add_argument(
        "--plots", choices=PLOT_FORMATS, default="png,svg",
        help="image formats to write (default png,svg; 'none' writes only sensitivity.json)",
    )  # fmt: skip
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.add_argument("--lang", default="da", help="language of labels: da (default) or en")
    parser.set_defaults(run=run_sensitivity)


# -- argument parsing -------------------------------------------------------------------


def parse_intervals(specs: list[str]) -> dict[str, tuple[float, float]]:
    """``["cost=0.1:0.4", ...]`` → ``{"cost": (0.1, 0.4)}``."""
    intervals: dict[str, tuple[float, float]] = {}
    for spec in specs:
        name, sep, bounds = spec.partition("=")
        low, colon, high = bounds.partition(":")
        try:
            if not sep or not colon:
                raise ValueError
            intervals[name.strip()] = (float(low), float(high))
        except ValueError:
            raise ValidationError(
                f"--interval: {spec!r} is not of the form criterion=low:high"
            ) from None
    return intervals


def ternary_criteria(problem: Problem, spec: str | None, weights: np.ndarray) -> list[str] | None:
    """The three criteria for the map: ``--ternary`` or the three heaviest."""
    if spec is not None:
        names = [part.strip() for part in spec.split(",")]
        if len(names) != 3:
            raise ValidationError(f"--ternary: expected three criteria 'a,b,c', got {spec!r}")
        for name in names:
            if name not in problem.criterion_ids:
                raise ValidationError(
                    f"--ternary: unknown criterion {name!r} "
                    f"(criteria: {', '.join(problem.criterion_ids)})"
                )
        if len(set(names)) != 3:
            raise ValidationError(f"--ternary: three different criteria needed, got {spec!r}")
        return names
    if len(problem.criteria) < 3:
        return None
    heaviest = np.argsort(-weights, kind="stable")[:3]
    return [problem.criterion_ids[i] for i in sorted(heaviest)]


# -- the command ------------------------------------------------------------------------


def run_sensitivity(args: argparse.Namespace) -> str:
    problem = apply_params(load_problem(args.file), args.method, args.param)
    return analyse_and_write(problem, args)


def sensitivity_folder(
    problem: Problem,
    out: str | Path,
    *,
    profile: str | None = None,
    method: str = "topsis",
    samples: int = 100_000,
    seed: int = 1,
    lang: str = "da",
    plots: str = "png,svg",
    progress: bool = True,
) -> str:
    """``mcda sensitivity`` for a problem in hand (e.g. from a DataFrame): writes the
    plots and ``sensitivity.json`` into ``out`` and returns the summary text.

    The options are those of the command, parsed by its own parser, so the defaults and
    checks are the same.
    """
    argv = ["sensitivity", "-", "--out", str(out), "--method", method, "--samples",
            str(samples), "--seed", str(seed), "--lang", lang, "--plots", plots]  # fmt: skip
    if profile is not None:
        argv += ["--profile", profile]
    if not progress:
        argv.append("--no-progress")
    from mcda.cli.main import build_parser

    return analyse_and_write(problem, build_parser(argv).parse_args(argv))


def analyse_and_write(problem: Problem, args: argparse.Namespace) -> str:
    """The analysis of ``problem`` with the command's options ``args``, written to
    ``args.out``; returns the summary text."""
    lang = check_lang(args.lang)
    out = check_output_folder(args.out)
    weights = resolve_weights(problem, args.profile)
    get_method(args.method)
    constraints = None
    if args.order or args.interval:
        constraints = WeightConstraints.from_spec(
            problem.criterion_ids, order=args.order, intervals=parse_intervals(args.interval)
        )
    trio = ternary_criteria(problem, args.ternary, weights)  # checked before any work
    sweeps = sweep_problem(
        problem, weights, points=args.points, redistribution=args.redistribution,
        method=args.method,
    )  # fmt: skip
    stability = stability_intervals(sweeps, problem.families)
    progress = None
    if args.samples >= PROGRESS_FROM and not args.no_progress:
        progress = progress_bar(
            t("sens_progress", lang),
            unit=t("progress_samples", lang),
            summary=t("progress_summary", lang),
        )
    smaa_result = smaa_problem(
        problem, n_samples=args.samples, rng=args.seed, method=args.method,
        score_uncertainty=not args.midpoints, weight_constraints=constraints, progress=progress,
    )  # fmt: skip
    ternary = (
        ternary_problem(problem, trio, weights, method=args.method) if trio is not None else None
    )
    agreement = method_agreement(problem, weights)
    kinds = () if args.plots == "none" else tuple(args.plots.split(","))
    files = render_files(problem, sweeps, stability, smaa_result, ternary, agreement, lang, kinds)
    files["sensitivity.json"] = to_json(
        summary_data(problem, args, weights, sweeps, stability, smaa_result, ternary, agreement)
    ).encode("utf-8")
    write_output_set(out, files)
    return (
        summary_text(problem, stability, smaa_result, lang)
        + "\n\n"
        + t("sens_written", lang, count=str(len(files)), path=str(out))
    )


def render_files(
    problem: Problem,
    sweeps: SweepResult,
    stability: StabilityResult,
    smaa_result: SmaaResult,
    ternary: TernaryMap | None,
    agreement: AgreementResult,
    lang: Lang,
    kinds: tuple[str, ...] = ("png", "svg"),
) -> dict[str, bytes]:
    """Every plot in each format of ``kinds`` (``"png"``, ``"svg"``), keyed by file name."""
    if not kinds:
        return {}
    from mcda.plotting import sensitivity as plots
    from mcda.plotting.files import draw, render

    common: dict[str, Any] = {"lang": lang, "problem": problem}
    drawings: list[tuple[str, Any]] = [
        (f"sweep_{criterion}", partial(plots.plot_sweep, sweeps, criterion, **common))
        for criterion in sweeps.criteria
    ]
    drawings.append(("tornado", partial(plots.plot_tornado, stability, **common)))
    drawings.append(
        ("rank_acceptability", partial(plots.plot_rank_acceptability, smaa_result, **common))
    )
    if ternary is not None:
        drawings.append(("ternary", partial(plots.plot_ternary, ternary, **common)))
    if agreement.rankings:
        drawings.append(("agreement", partial(plots.plot_agreement, agreement, lang=lang)))
    files: dict[str, bytes] = {}
    for name, plot in drawings:  # each on a figure of its own size, laid out once
        for kind, data in render(draw(plot), kinds, dpi=130).items():
            files[f"{name}.{kind}"] = data
    return files


# -- numbers ----------------------------------------------------------------------------


def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def summary_data(
    problem: Problem,
    args: argparse.Namespace,
    weights: np.ndarray,
    sweeps: SweepResult,
    stability: StabilityResult,
    smaa_result: SmaaResult,
    ternary: TernaryMap | None,
    agreement: AgreementResult,
) -> dict[str, Any]:
    """Everything behind the plots, as JSON-ready data."""
    criteria = list(problem.criterion_ids)
    return {
        "problem": str(problem.path) if problem.path else problem.id,
        "method": sweeps.method,
        "profile": args.profile or problem.default_profile,
        "weights": dict(zip(criteria, map(float, weights), strict=True)),
        "alternatives": list(sweeps.alternatives),
        "screened_out": [s.alternative for s in problem.screening()],
        "sweeps": {
            "redistribution": sweeps.redistribution,
            "points": len(sweeps.sweeps[0].grid) if sweeps.sweeps else 0,
            "reversals": [
                {
                    "criterion": criteria[r.criterion],
                    "weight": r.weight,
                    "ahead_below": sweeps.alternatives[r.ahead_below],
                    "ahead_above": sweeps.alternatives[r.ahead_above],
                }
                for r in sweeps.reversals
            ],
        },
        "stability": {
            "top": list(stability.top),
            "most_critical": stability.most_critical,
            "criteria": [
                {
                    "criterion": c.criterion,
                    "weight": c.weight,
                    "top_interval": list(c.top_interval),
                    "ranking_interval": list(c.ranking_interval),
                    "top_change": _finite(c.top_change),
                    "relative_top_change": _finite(c.relative_top_change),
                }
                for c in stability.criteria
            ],
        },
        "smaa": {
            "n_samples": smaa_result.n_samples,
            "seed": smaa_result.seed,
            "score_uncertainty": smaa_result.score_uncertainty,
            "acceptance_rate": smaa_result.acceptance_rate,
            "weight_order": list(args.order),
            "weight_intervals": list(args.interval),
            "rank_acceptability": smaa_result.rank_acceptability.tolist(),
            "rank_acceptability_se": smaa_result.rank_acceptability_se.tolist(),
            "central_weights": [
                None if np.isnan(row).any() else dict(zip(criteria, map(float, row), strict=True))
                for row in smaa_result.central_weights
            ],
            "confidence": smaa_result.confidence.tolist(),
            "confidence_samples": smaa_result.confidence_samples,
            "pairwise_winning": smaa_result.pairwise_winning.tolist(),
            "pairwise_samples": smaa_result.pairwise_samples,
        },
        "ternary": None
        if ternary is None
        else {
            "criteria": list(ternary.criteria),
            "resolution": ternary.resolution,
            "current_winner": (
                None if ternary.current_winner < 0 else ternary.alternatives[ternary.current_winner]
            ),
            "area_shares": dict(
                zip(ternary.alternatives, map(float, ternary.area_shares), strict=True)
            ),
        },
        "agreement": {
            "correlation": agreement.correlation,
            "methods": list(agreement.methods),
            "ranks": {r.method: r.ranks.tolist() for r in agreement.rankings},
            "correlations": agreement.correlations.tolist(),
            "not_applicable": dict(agreement.not_applicable),
        },
    }


def summary_text(
    problem: Problem, stability: StabilityResult, smaa_result: SmaaResult, lang: Lang
) -> str:
    """Top alternative, most critical criterion and the SMAA table, for the terminal."""

    def label(alternative: str) -> str:
        return problem.alternative(alternative).label.get(lang)

    critical = stability.most_critical
    lines = [
        f"{problem.title.get(lang)} — {', '.join(label(a) for a in stability.top)}",
        f"{t('sens_most_critical', lang)}: "
        + (problem.criterion(critical).label.get(lang) if critical else "—"),
        f"{t('sens_rank_acceptability', lang)}, "
        f"{t('sens_samples', lang, count=format_number(smaa_result.n_samples, lang, 0))}:",
        "",
    ]
    rows: list[dict[str, Any]] = [
        {
            "alternative": label(a),
            "rank1": float(smaa_result.rank_acceptability[i, 0]),
            "se": float(smaa_result.rank_acceptability_se[i, 0]),
            "confidence": float(smaa_result.confidence[i]),
        }
        for i, a in enumerate(smaa_result.alternatives)
    ]
    rows.sort(key=lambda row: -float(row["rank1"]))
    headers = [t("alternative", lang), "b¹", "± SE", "p^c"]
    columns = ["alternative", "rank1", "se", "confidence"]
    return "\n".join(lines) + table(rows, columns, headers, lang)


__all__ = ["analyse_and_write", "register", "run_sensitivity", "sensitivity_folder"]
