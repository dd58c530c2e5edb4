"""``mcda reproduce``: which weights make the stated choices win (issue 6).

Prints, per decision, the findings as sentences and a table of weights (reference,
closest winning, central, range), then the joint finding across all decisions; or
the same as JSON (``{"decisions": [...], "joint": {...}}``). With ``--out DIR`` it
writes ``reproduction.json`` and, per decision, a ternary slice through the found
weights and a bar chart of the weight ranges (PNG), as one output set
(:mod:`mcda.output_set`: complete or absent).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np

from mcda.analysis import (
    CaseAnalysis,
    DecisionAnalysis,
    ReproductionOptions,
    View,
    analyse,
)
from mcda.analysis_text import requirements_sentence, stated_sentence
from mcda.case import DEFAULT_CASE, case_files
from mcda.cli import arguments
from mcda.cli.output import table, to_json
from mcda.cli.params import add_param_argument, apply_params
from mcda.errors import ValidationError
from mcda.formatting import format_share
from mcda.i18n import check_lang, t
from mcda.methods import get_method
from mcda.model import Lang, Problem
from mcda.output_set import check_output_folder, write_output_set
from mcda.problem_file import load_problem
from mcda.progress import progress_bar
from mcda.reproduction.analysis import DEFAULT_SAMPLES, Reproduction, winning_slice
from mcda.reproduction.condition import DEFAULT_MARGIN, reference_weights
from mcda.reproduction.joint import JointReproduction, label_of, reproduce_jointly
from mcda.reproduction.sentences import decision_sentences, joint_sentences
from mcda.sampling import WeightConstraints

DEFAULT_SEED = 20231


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "reproduce",
        help="find the weights under which the stated choices (e.g. T11's) come first",
    )
    parser.add_argument(
        "--case",
        default=DEFAULT_CASE,
        help=f"a problem file, or a directory of them (default {DEFAULT_CASE})",
    )
    parser.add_argument(
        "--target",
        help="alternative to reproduce instead of the recommendation, in every decision "
        "that has it",
    )
    parser.add_argument(
        "--reference",
        default="equal",
        help="profile to stay near: 'equal' (default) or a profile name of the files",
    )
    parser.add_argument("--method", default="topsis", help="ranking method (default topsis)")
    add_param_argument(parser)
    parser.add_argument(
        "--samples",
        type=arguments.samples,
        default=DEFAULT_SAMPLES,
        help=f"Monte Carlo samples for the shares (default {DEFAULT_SAMPLES})",
    )
    parser.add_argument(
        "--seed", type=arguments.seed, default=DEFAULT_SEED,
        help=f"random seed (default {DEFAULT_SEED})",
    )  # fmt: skip
    parser.add_argument(
        "--margin",
        type=arguments.margin,
        default=DEFAULT_MARGIN,
        help=f"lead in score the target needs over every other alternative "
        f"(default {DEFAULT_MARGIN:g})",
    )
    parser.add_argument(
        "--bounds",
        help="limits on single weights, e.g. 'cost=0.1:0.5,robustness=0.2:1'",
    )
    parser.add_argument(
        "--order",
        action="append",
        default=[],
        help="an ordinal statement on the weights, e.g. 'cost >= robustness' (repeatable)",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--lang", default="da", help="language: da (default) or en")
    parser.add_argument("--out", help="directory for reproduction.json and the plots")
    parser.add_argument("--no-progress", action="store_true", help="no progress on stderr")
    parser.set_defaults(run=run_reproduce)


def parse_bounds(spec: str | None) -> dict[str, tuple[float, float]] | None:
    """``"cost=0.1:0.5,..."`` → ``{"cost": (0.1, 0.5)}``."""
    if not spec:
        return None
    bounds: dict[str, tuple[float, float]] = {}
    for part in spec.split(","):
        key, sep, rest = part.partition("=")
        low, colon, high = rest.partition(":")
        if not sep or not colon:
            raise ValidationError(
                f"--bounds: {part.strip()!r} is not of the form criterion=low:high"
            )
        try:
            bounds[key.strip()] = (float(low), float(high))
        except ValueError:
            raise ValidationError(
                f"--bounds: {part.strip()!r}: low and high must be numbers"
            ) from None
    return bounds


def run_reproduce(args: argparse.Namespace) -> str:
    lang = check_lang(args.lang)
    if args.out:
        check_output_folder(args.out)
    problems = [
        apply_params(load_problem(path), args.method, args.param) for path in case_files(args.case)
    ]
    targets = _targets(problems, args.target)
    problems = [p for p in problems if p.id in targets or p.recommendation is not None]
    if not problems:
        raise ValidationError(
            f"{args.case}: no decision states a choice to reproduce; name one with --target"
        )
    bounds = parse_bounds(args.bounds)
    get_method(args.method)
    # Every option is checked before the first (long) analysis starts.
    constraints = {p.id: _constraints(p, args.order, bounds) for p in problems}
    reference = None if args.reference == "equal" else args.reference
    for problem in problems:
        reference_weights(problem, reference)

    def options(problem: Problem) -> ReproductionOptions:
        return ReproductionOptions(
            target=targets.get(problem.id),
            reference=reference,
            weight_constraints=constraints[problem.id],
            margin=args.margin,
        )

    progress = (
        None
        if args.no_progress
        else progress_bar(
            t("progress_reproduce", lang),
            unit=t("progress_analyses", lang),
            summary=t("progress_summary", lang),
            lang=lang,
        )
    )
    total = len(problems) + 1
    decisions = []
    for done, problem in enumerate(problems):
        if progress is not None:
            progress(done, total)
        decisions.append(
            analyse(
                problem, method=args.method, n_samples=args.samples, rng=args.seed,
                robustness_samples=0, reproduction=options(problem),
            )
        )  # fmt: skip
    case = CaseAnalysis(tuple(decisions))
    joint = None
    if all(set(p.criterion_ids) == set(problems[0].criterion_ids) for p in problems[1:]):
        joint = reproduce_jointly(
            problems,
            targets=targets,
            weight_constraints=constraints[problems[0].id],
            method=args.method,
            reference=reference,
            margin=args.margin,
            n_samples=args.samples,
            rng=args.seed,
        )
    if progress is not None:
        progress(total, total)
    data = reproduction_json(case, joint, lang)
    results = [
        d.with_requirements.reproduction
        for d in case.decisions
        if d.with_requirements.reproduction is not None
    ]
    if args.out:
        write_outputs(Path(args.out), results, data, lang)
    if args.format == "json":
        return to_json(data)
    return render_table(case, joint, lang)


def _constraints(
    problem: Problem, order: list[str], bounds: dict[str, tuple[float, float]] | None
) -> WeightConstraints | None:
    if not order and not bounds:
        return None
    return WeightConstraints.from_spec(problem.criterion_ids, order, bounds)


def _targets(problems: list[Problem], target: str | None) -> dict[str, str]:
    if target is None:
        return {}
    chosen = {p.id: target for p in problems if target in p.alternative_ids}
    if not chosen:
        raise ValidationError(
            f"--target: no decision has an alternative {target!r} "
            f"(alternatives: {', '.join(a for p in problems for a in p.alternative_ids)})"
        )
    return chosen


def _mapping(ids: tuple[str, ...], weights: np.ndarray | None) -> dict[str, float] | None:
    if weights is None:
        return None
    return {c: float(w) for c, w in zip(ids, weights, strict=True)}


def decision_json(result: Reproduction, lang: Lang) -> dict[str, Any]:
    """One decision in the JSON shape of issue 6 (plus supporting fields)."""
    ids = result.problem.criterion_ids
    flip = result.flip

    def flip_option(option: Any) -> dict[str, Any] | None:
        if option is None:
            return None
        return {
            "alternative": option.alternative,
            "distance": option.distance,
            "weights": _mapping(ids, option.weights),
        }

    return {
        "problem": label_of(result.problem),
        "target": result.target,
        "reproducible": result.reproducible,
        "share": result.share,
        "central_weights": _mapping(ids, result.central_weights),
        "closest_weights": _mapping(ids, result.closest),
        "weight_ranges": {
            item.criterion: {"min": item.low, "max": item.high} for item in result.weight_ranges
        },
        "method": result.method,
        "margin": result.margin,
        "exact": result.exact,
        "dominance": {
            "status": result.dominance.status,
            "dominated_by": list(result.dominance.dominated_by),
            "dominates": list(result.dominance.dominates),
        },
        "share_standard_error": result.region.standard_error,
        "samples": result.region.n_samples,
        "seed": result.region.seed,
        "reference": {"profile": result.reference_name, "weights": _mapping(ids, result.reference)},
        "closest_distance_l1": result.closest_distance,
        "attempt_weights": _mapping(ids, result.attempt),
        "gap": result.gap,
        "verified": {name: v.wins for name, v in result.verifications.items()},
        "flip": None
        if flip is None
        else {
            "winners": list(flip.winners),
            "l1": flip_option(flip.l1),
            "linf": flip_option(flip.linf),
        },
        "sentences": decision_sentences(result, lang),
    }


def joint_json(joint: JointReproduction, lang: Lang) -> dict[str, Any]:
    ids = joint.criterion_ids
    return {
        "reproducible": joint.reproducible,
        "share": joint.share,
        "closest_weights": _mapping(ids, joint.closest),
        "central_weights": _mapping(ids, joint.region.central_weights),
        "closest_distance_l1": joint.closest_distance,
        "share_standard_error": joint.region.standard_error,
        "decisions": [label_of(p) for p in joint.problems],
        "targets": list(joint.targets),
        "attempt_weights": _mapping(ids, joint.attempt),
        "alone": list(joint.alone),
        "conflicts": [
            {
                "first": c.first,
                "second": c.second,
                "weights": _mapping(ids, c.weights),
                "leads": list(c.leads),
            }
            for c in joint.conflicts
        ],
        "verified": {name: v.wins for name, v in joint.verifications.items()},
        "sentences": joint_sentences(joint, lang),
    }


def view_json(view: View, lang: Lang) -> dict[str, Any] | None:
    """One view (with or without the stated requirements) of a decision."""
    result = view.reproduction
    data = {} if result is None else decision_json(result, lang)
    return {
        **data,
        "eligible": list(view.problem.eligible_ids),
        "first_on_default_weights": list(view.ranking.best),
        "target_share": view.target_share,
        "family_share": view.family_share,
        "family_shares": view.smaa.family_first_rank,
    }


def stated_json(analysis: DecisionAnalysis) -> dict[str, Any] | None:
    """The stated priorities against the weights that reproduce the choice."""
    stated = analysis.stated
    if stated is None:
        return None
    ids = analysis.problem.criterion_ids

    def closest(result: Reproduction | None) -> dict[str, Any] | None:
        if result is None:
            return None
        found = result.closest
        return {
            "reproducible": result.reproducible,
            "closest_weights": _mapping(ids, found),
            "moved": None if found is None else float(np.abs(found - stated.weights).sum() / 2),
            "differences": None if found is None else _mapping(ids, found - stated.weights),
            "central_weights": _mapping(ids, result.central_weights),
        }

    return {
        "set": stated.set_id,
        "weights": _mapping(ids, stated.weights),
        "consistency_ratio": stated.consistency_ratio,
        "first_with_requirements": list(stated.winner),
        "first_without_requirements": None
        if stated.winner_without is None
        else list(stated.winner_without),
        "with_requirements": closest(stated.closest),
        "without_requirements": closest(stated.closest_without),
    }


def analysis_json(analysis: DecisionAnalysis, lang: Lang) -> dict[str, Any]:
    """One decision: the target, its family, both views, T11's requirements and the
    stated-vs-implied comparison, with the sentences."""
    problem = analysis.problem
    stated = problem.recommendation
    family = analysis.with_requirements.reproduction
    requirements = [
        {
            "id": c.id,
            "label": c.label.get(lang),
            "by": c.stated_by,
            "screens": list(c.fails),
        }
        for c in problem.stated_requirements
    ]
    return {
        "problem": label_of(problem),
        "target": None if family is None else family.target,
        "family": None if family is None else family.family,
        "recommendation": None if stated is None else stated.alternative,
        "method": analysis.method,
        "seed": analysis.seed,
        "samples": analysis.n_samples,
        "requirements": requirements,
        "with_requirements": view_json(analysis.with_requirements, lang),
        "without_requirements": None
        if analysis.without_requirements is None
        else view_json(analysis.without_requirements, lang),
        "stated_priorities": stated_json(analysis),
        "sentences": {
            "requirements": requirements_sentence(analysis, lang),
            "stated_priorities": stated_sentence(analysis, lang),
        },
    }


def reproduction_json(
    case: CaseAnalysis, joint: JointReproduction | None, lang: Lang
) -> dict[str, Any]:
    """``{"decisions": [...], "joint": {...}}``."""
    return {
        "decisions": [analysis_json(d, lang) for d in case.decisions],
        "joint": joint_json(joint, lang) if joint is not None else case_joint_json(case, lang),
    }


def case_joint_json(case: CaseAnalysis, lang: Lang) -> dict[str, Any]:
    """Decisions with different criteria: the product of their own shares (weights drawn
    for each decision on its own), and how often the stated priorities reproduce."""
    wins, total = case.stated_reproduce(True)
    wins_without, _ = case.stated_reproduce(False)
    return {
        "kind": "independent",
        "share_with_requirements": case.joint_share(True),
        "share_without_requirements": case.joint_share(False),
        "family_share_with_requirements": case.joint_share(True, family=True),
        "family_share_without_requirements": case.joint_share(False, family=True),
        "stated_priorities_reproduce": {"with": wins, "without": wins_without, "of": total},
        "sentences": [t("repro_joint_independent", lang)],
    }


def _weights_table(result: Reproduction, lang: Lang) -> str:
    problem = result.problem
    ranges = {item.criterion: item for item in result.weight_ranges}
    found = result.closest if result.closest is not None else result.attempt
    rows = []
    for index, criterion in enumerate(problem.criteria):
        item = ranges.get(criterion.id)
        rows.append(
            {
                "criterion": criterion.label.get(lang),
                "reference": float(result.reference[index]),
                "closest": None if found is None else float(found[index]),
                "central": None
                if result.central_weights is None
                else float(result.central_weights[index]),
                "min": None if item is None else item.low,
                "max": None if item is None else item.high,
            }
        )
    closest_key = "repro_closest_col" if result.reproducible else "repro_attempt_col"
    return table(
        rows,
        ["criterion", "reference", "closest", "central", "min", "max"],
        [
            t("criterion", lang),
            t("repro_reference", lang),
            t(closest_key, lang),
            t("repro_central_col", lang),
            t("repro_min", lang),
            t("repro_max", lang),
        ],
        lang,
    )


def render_table(case: CaseAnalysis, joint: JointReproduction | None, lang: Lang) -> str:
    blocks = []
    for analysis in case.decisions:
        problem = analysis.problem
        lines = [f"{problem.title.get(lang)} ({label_of(problem)})"]
        for view in analysis.views:
            if analysis.without_requirements is not None:
                key = (
                    "repro_with_requirements" if view.requirements else "repro_without_requirements"
                )
                lines.append(
                    t(key, lang, by=problem.recommendation.by if problem.recommendation else "")
                )
            if view.reproduction is not None:
                lines += [f"- {s}" for s in decision_sentences(view.reproduction, lang)]
        for sentence in (requirements_sentence(analysis, lang), stated_sentence(analysis, lang)):
            if sentence:
                lines.append(f"- {sentence}")
        result = analysis.with_requirements.reproduction
        if result is not None:
            lines += ["", _weights_table(result, lang)]
        blocks.append("\n".join(lines))
    lines = [t("repro_joint_title", lang)]
    if joint is not None:
        lines += [f"- {s}" for s in joint_sentences(joint, lang)]
    else:
        data = case_joint_json(case, lang)
        lines += [f"- {s}" for s in data["sentences"]]
        share = data["share_with_requirements"]
        if share is not None:
            lines.append(
                "- "
                + t(
                    "repro_joint_product",
                    lang,
                    with_=format_share(share, lang, 0),
                    without=format_share(data["share_without_requirements"] or 0.0, lang, 0),
                    wins=str(data["stated_priorities_reproduce"]["with"]),
                    wins_without=str(data["stated_priorities_reproduce"]["without"]),
                    total=str(data["stated_priorities_reproduce"]["of"]),
                )
            )
    blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def write_outputs(
    directory: Path, results: list[Reproduction], data: dict[str, Any], lang: Lang
) -> None:
    """``reproduction.json`` and two PNG plots per decision (with at least 3 criteria),
    written as one output set (:mod:`mcda.output_set`)."""
    from mcda.plotting.files import draw, render
    from mcda.plotting.reproduction import plot_weight_ranges, plot_winning_slice

    files = {"reproduction.json": (to_json(data) + "\n").encode("utf-8")}
    for result in results:
        name = result.problem.id
        figure = draw(plot_weight_ranges, result, lang=lang)
        files[f"{name}_weight_ranges.png"] = render(figure, ["png"], dpi=120)["png"]
        if len(result.problem.criteria) >= 3:
            figure = draw(plot_winning_slice, result, winning_slice(result), lang=lang)
            files[f"{name}_ternary.png"] = render(figure, ["png"], dpi=120)["png"]
    write_output_set(directory, files)
