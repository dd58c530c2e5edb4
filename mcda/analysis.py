"""One analysis of a decision, computed once with one seed, read by every output.

:func:`analyse` runs, for one problem, everything the CLI, the report, the what-if page
and the notebooks show: the ranking on the default weights, the structural diagnostics,
SMAA-2 (with each family's share), the reproduction of the stated choice (with the
family's share), the sweeps and stability intervals, and the robustness to modelling
choices — each *with* and *without* the decision maker's stated requirements, so a
reader sees what the requirements decide and what the weights decide — and the stated
priorities (an AHP judgement set named by the recommendation) against the weights that
reproduce the choice. Every number an output prints comes from this object; nothing
is sampled twice (``seed`` and ``n_samples`` are recorded).

:func:`analyse_case` does this for every decision of a case and adds the joint view:
decisions with different criteria cannot share one weight vector (a swing weight is the
value of one criterion's range, and ranges of different criteria are not comparable),
so the case-level numbers combine the decisions' own results (see
``docs/reproduction.md``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from mcda.diagnostics import Diagnosis, diagnose
from mcda.errors import McdaError
from mcda.model import Family, Problem
from mcda.ranking import RankingResult, WeightsLike, rank, resolve_weights
from mcda.reproduction.analysis import Reproduction, reproduce
from mcda.reproduction.condition import DEFAULT_MARGIN
from mcda.robustness import RobustnessResult, robustness
from mcda.sampling import WeightConstraints
from mcda.sensitivity.smaa import SmaaResult, smaa_problem
from mcda.sensitivity.stability import StabilityResult, stability_intervals
from mcda.sensitivity.sweeps import SweepResult, sweep_problem

__all__ = [
    "CaseAnalysis",
    "DecisionAnalysis",
    "ReproductionOptions",
    "StatedPriorities",
    "View",
    "analyse",
    "analyse_case",
]

#: ``progress(stage, done, total)``: which stage has finished, of how many.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class View:
    """The problem with (``requirements=True``) or without the stated requirements:
    its ranking on the default weights, SMAA-2, and the reproduction of the stated
    choice (``None`` when there is none, or it is screened out in this view)."""

    requirements: bool
    problem: Problem
    ranking: RankingResult
    smaa: SmaaResult
    reproduction: Reproduction | None

    @property
    def target_share(self) -> float | None:
        """The stated choice's first-rank share (SMAA) in this view, if it is eligible."""
        stated = self.problem.recommendation
        if stated is None or stated.alternative not in self.smaa.alternatives:
            return None
        return self.smaa.share_of([stated.alternative])[0]

    @property
    def family_share(self) -> float | None:
        """The share of the stated choice's family (some member first), if it has one."""
        family = _family(self.problem)
        if family is None:
            return None
        members = [a for a in family.members if a in self.smaa.alternatives]
        return self.smaa.share_of(members)[0] if members else 0.0


@dataclass(frozen=True)
class StatedPriorities:
    """The decision maker's stated priorities (AHP weights from the judgement set the
    recommendation names) against the choice it made.

    ``winner`` / ``winner_without`` are who ranks first at the stated weights with and
    without the stated requirements; ``closest`` / ``closest_without`` the reproduction
    with the stated weights as the reference point: the winning weights nearest them
    (``distance`` is the L1 distance between the two weight vectors, in [0, 2]).
    """

    set_id: str
    weights: np.ndarray
    consistency_ratio: float | None
    winner: tuple[str, ...]
    winner_without: tuple[str, ...] | None
    closest: Reproduction | None
    closest_without: Reproduction | None

    def distance(self, requirements: bool = True) -> float | None:
        found = self.closest if requirements else self.closest_without
        if found is None or found.closest is None:
            return None
        return float(np.abs(found.closest - self.weights).sum())


@dataclass(frozen=True)
class DecisionAnalysis:
    """Everything shown about one decision (see the module docstring)."""

    problem: Problem
    method: str
    seed: int
    n_samples: int
    weights: np.ndarray
    diagnosis: Diagnosis
    with_requirements: View
    without_requirements: View | None
    sweeps: SweepResult | None
    stability: StabilityResult | None
    robustness: RobustnessResult | None
    stated: StatedPriorities | None

    @property
    def views(self) -> tuple[View, ...]:
        """The views to show: with the requirements, then without (when the problem has
        stated requirements)."""
        if self.without_requirements is None:
            return (self.with_requirements,)
        return (self.with_requirements, self.without_requirements)


@dataclass(frozen=True)
class CaseAnalysis:
    """Every decision of a case, and what can be said of them together."""

    decisions: tuple[DecisionAnalysis, ...]

    def joint_share(self, requirements: bool = True, family: bool = False) -> float | None:
        """The probability that every stated choice (or its family) comes first when
        each decision's weights are drawn on their own simplex, independently: the
        product of the decisions' shares. ``None`` when no decision states a choice."""
        shares = []
        for decision in self.decisions:
            if decision.problem.recommendation is None:
                continue
            view = decision.with_requirements
            if not requirements and decision.without_requirements is not None:
                view = decision.without_requirements
            share = view.family_share if family and view.family_share is not None else None
            share = view.target_share if share is None else share
            shares.append(0.0 if share is None else share)
        return math.prod(shares) if shares else None

    def stated_reproduce(self, requirements: bool = True) -> tuple[int, int]:
        """In how many decisions the stated choice ranks first at the stated priorities,
        of how many decisions state both a choice and priorities (without the stated
        requirements: where they screen nothing, the two views are one)."""
        counted = [d for d in self.decisions if d.stated is not None]
        wins = 0
        for decision in counted:
            stated = decision.stated
            if stated is None:
                continue
            relaxed = stated.winner_without
            winner = stated.winner if requirements or relaxed is None else relaxed
            target = decision.problem.recommendation
            if target is not None and winner == (target.alternative,):
                wins += 1
        return wins, len(counted)


def _family(problem: Problem) -> Family | None:
    """The family of the stated choice: the one the recommendation names, else the
    family the chosen alternative belongs to."""
    stated = problem.recommendation
    if stated is None:
        return None
    if stated.family is not None:
        return problem.family(stated.family)
    return problem.family_of(stated.alternative)


@dataclass(frozen=True)
class ReproductionOptions:
    """What the reproduction asks: which ``target`` (default: the stated choice), near
    which ``reference`` weights, under which ``weight_constraints`` and ``margin``;
    ``flips`` and ``ranges`` also search the smallest weight change that makes another
    alternative win and each criterion's weight range in the winning region (the
    costliest parts: the report, which shows neither, skips them)."""

    target: str | None = None
    reference: str | Mapping[str, float] | ArrayLike | None = None
    weight_constraints: WeightConstraints | None = None
    margin: float = DEFAULT_MARGIN
    flips: bool = True
    ranges: bool = True


def _view(
    problem: Problem,
    requirements: bool,
    weights: np.ndarray,
    method: str,
    n_samples: int,
    seed: int,
    options: ReproductionOptions,
) -> View:
    ranking = rank(problem, weights, method=method)
    result = smaa_problem(problem, n_samples=n_samples, rng=seed, method=method)
    stated = problem.recommendation
    target = options.target or (stated.alternative if stated is not None else None)
    reproduction = None
    if target is not None and target in problem.eligible_ids:
        reproduction = reproduce(
            problem,
            target=target,
            method=method,
            reference=options.reference,
            margin=options.margin,
            weight_constraints=options.weight_constraints,
            n_samples=n_samples,
            rng=seed,
            acceptability=result if options.weight_constraints is None else None,
            flips=options.flips,
            ranges=options.ranges,
        )
    return View(requirements, problem, ranking, result, reproduction)


def _stated(
    problem: Problem, method: str, n_samples: int, seed: int, has_requirements: bool
) -> StatedPriorities | None:
    from mcda.ahp.problem import criteria_weights, set_result

    stated = problem.recommendation
    if stated is None or stated.priorities is None:
        return None
    weights = criteria_weights(problem, stated.priorities)
    result = set_result(problem, stated.priorities)
    ratio = getattr(result, "consistency_ratio", None)
    relaxed = problem.without_stated_requirements() if has_requirements else None

    def closest(variant: Problem) -> Reproduction | None:
        if stated.alternative not in variant.eligible_ids:
            return None
        return reproduce(
            variant, method=method, reference=weights, n_samples=n_samples, rng=seed,
            flips=False, ranges=False,
        )  # fmt: skip

    return StatedPriorities(
        set_id=stated.priorities,
        weights=weights,
        consistency_ratio=None if ratio is None else float(ratio),
        winner=rank(problem, weights, method=method).best,
        winner_without=None if relaxed is None else rank(relaxed, weights, method=method).best,
        closest=closest(problem),
        closest_without=None if relaxed is None else closest(relaxed),
    )


def analyse(
    problem: Problem,
    weights: WeightsLike = None,
    *,
    method: str = "topsis",
    n_samples: int = 20_000,
    rng: int = 1,
    robustness_samples: int = 4_000,
    reproduction: ReproductionOptions | None = None,
    progress: Progress | None = None,
) -> DecisionAnalysis:
    """The whole analysis of ``problem`` (see the module docstring).

    Parameters
    ----------
    weights
        The weights of "the ranking": a profile name, ``{criterion: weight}``, a vector,
        or ``None`` for the file's default profile.
    method
        The ranking method (``topsis``: TOPSIS with the problem's normalisation).
    n_samples, rng
        SMAA and reproduction samples, and the one integer seed every stage uses.
    robustness_samples
        SMAA samples per modelling choice in the robustness analysis (0: skip it).
    reproduction
        The reproduction's target, reference weights, weight constraints and margin
        (default: the stated choice near equal weights).
    progress
        ``progress(stage, done, total)`` after each stage.
    """
    from mcda.errors import ValidationError

    if isinstance(rng, bool) or not isinstance(rng, int) or rng < 0:
        raise ValidationError(f"rng: the analysis needs an integer seed ≥ 0, got {rng!r}")
    vector = resolve_weights(problem, weights)
    options = reproduction or ReproductionOptions()
    relaxed = problem.without_stated_requirements()
    has_requirements = set(relaxed.eligible_ids) != set(problem.eligible_ids)
    stages = ["diagnostics", "with", "without", "sweeps", "robustness", "stated"]
    done = 0

    def tick(stage: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(stage, done, len(stages))

    diagnosis = diagnose(problem)
    tick("diagnostics")
    with_view = _view(problem, True, vector, method, n_samples, rng, options)
    tick("with")
    without_view = None
    if has_requirements:
        without_view = _view(relaxed, False, vector, method, n_samples, rng, options)
    tick("without")
    sweeps = stability = None
    if len(problem.eligible_ids) >= 2:
        sweeps = sweep_problem(problem, vector, method=with_view.ranking.method)
        stability = stability_intervals(sweeps, problem.families)
    tick("sweeps")
    robust = None
    if robustness_samples > 0 and len(problem.eligible_ids) >= 2:
        try:
            robust = robustness(problem, vector, n_samples=robustness_samples, rng=rng)
        except McdaError:
            robust = None
    tick("robustness")
    stated = _stated(problem, method, n_samples, rng, has_requirements)
    tick("stated")
    return DecisionAnalysis(
        problem=problem,
        method=with_view.ranking.method,
        seed=rng,
        n_samples=n_samples,
        weights=vector,
        diagnosis=diagnosis,
        with_requirements=with_view,
        without_requirements=without_view,
        sweeps=sweeps,
        stability=stability,
        robustness=robust,
        stated=stated,
    )


def analyse_case(
    problems: Sequence[Problem],
    *,
    method: str = "topsis",
    n_samples: int = 20_000,
    rng: int = 1,
    robustness_samples: int = 4_000,
    reproduction: Callable[[Problem], ReproductionOptions] | None = None,
    progress: Progress | None = None,
) -> CaseAnalysis:
    """:func:`analyse` for every decision of a case (each with its default weights);
    ``reproduction(problem)`` gives each decision's reproduction options."""
    return CaseAnalysis(
        tuple(
            analyse(
                problem,
                method=method,
                n_samples=n_samples,
                rng=rng,
                robustness_samples=robustness_samples,
                reproduction=None if reproduction is None else reproduction(problem),
                progress=progress,
            )
            for problem in problems
        )
    )
