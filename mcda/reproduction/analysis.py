"""Reproduce one decision maker's choice from weights: the full per-decision analysis.

:func:`reproduce` answers, for one decision problem and a target alternative (the
file's ``[recommendation]`` by default): is the answer settled by Pareto dominance;
does any weight vector put the target first by the margin; on what share of the
weight simplex; with which central weights; which winning weights are nearest the
reference profile; within which range each criterion's weight must lie; and, if it
never wins, which weights bring it closest and what gap remains. Every weight vector
it reports is re-ranked with :func:`mcda.rank` and the verdict is kept beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError
from mcda.methods import Method
from mcda.model import Problem
from mcda.reproduction.closest import best_attempt, closest_weights, start_points
from mcda.reproduction.condition import (
    DEFAULT_MARGIN,
    Verification,
    WinCondition,
    reference_weights,
    win_condition,
)
from mcda.reproduction.dominance import Dominance, dominance
from mcda.reproduction.flip import Flip, minimal_flip
from mcda.reproduction.levels import level_witness
from mcda.reproduction.region import (
    RegionEstimate,
    WeightRange,
    draw_weights,
    weight_ranges,
    win_mask,
)
from mcda.reproduction.solver import Contest
from mcda.sampling import WeightConstraints, as_generator

if TYPE_CHECKING:
    import pandas as pd

    from mcda.sensitivity.smaa import SmaaResult
    from mcda.sensitivity.ternary import TernaryMap

__all__ = ["DEFAULT_SAMPLES", "Reproduction", "reproduce", "slice_criteria", "winning_slice"]

#: Monte Carlo samples for the share (standard error ≤ 0.005 at 10 000).
DEFAULT_SAMPLES = 10_000


@dataclass(frozen=True)
class Reproduction:
    """What it takes for ``target`` to rank first in ``problem`` under ``method``.

    Weights are (n,) arrays in the problem's criteria order.

    Attributes
    ----------
    dominance
        The target's Pareto position (when it decides the question, say so first).
    reproducible
        Some weights meeting ``constraints`` put the target first by at least ``margin``.
    region
        Share (first-rank acceptability), its standard error, central weights,
        sample count and seed, from :func:`mcda.smaa`.
    closest
        The winning weights nearest ``reference`` in L1 (``None`` if it never wins);
        ``closest_distance`` is that L1 distance.
    attempt
        When it never wins: the weights where its smallest lead is largest, and
        ``gap`` = margin − that lead (> 0). ``None`` when reproducible.
    weight_ranges
        Per criterion, the smallest and largest weight in the winning region.
    verifications
        The engine's verdict (``mcda.rank``) on each reported vector, by name:
        ``closest``, ``central``, ``<criterion>.low``, ``<criterion>.high``, ``attempt``.
    exact
        True when the method is linear and every optimum is an exact LP optimum.
    family, family_share, family_share_se
        The target's family (variants of one option, e.g. the recommendation's
        ``family``) and the share of the weight space in which some member of it ranks
        first, with its standard error; ``None`` when the target is in no family.
    """

    problem: Problem
    method: str
    target: str
    margin: float
    constraints: WeightConstraints
    reference: np.ndarray
    reference_name: str
    dominance: Dominance
    reproducible: bool
    region: RegionEstimate
    closest: np.ndarray | None
    closest_distance: float | None
    attempt: np.ndarray | None
    attempt_lead: float | None
    weight_ranges: tuple[WeightRange, ...]
    flip: Flip | None
    verifications: Mapping[str, Verification]
    exact: bool
    family: str | None = None
    family_share: float | None = None
    family_share_se: float | None = None

    @property
    def share(self) -> float:
        return self.region.share

    @property
    def central_weights(self) -> np.ndarray | None:
        return self.region.central_weights

    @property
    def gap(self) -> float:
        """How much lead the target lacks at its best weights (0 when it wins)."""
        if self.reproducible or self.attempt_lead is None:
            return 0.0
        return float(self.margin - self.attempt_lead)

    def as_mapping(self, weights: np.ndarray | None) -> dict[str, float] | None:
        """A weight vector as ``{criterion: weight}``."""
        if weights is None:
            return None
        return {c: float(w) for c, w in zip(self.problem.criterion_ids, weights, strict=True)}

    def to_frame(self) -> pd.DataFrame:
        """One row per criterion: ``reference``, ``closest`` (or ``attempt`` when it
        never wins), ``central``, and the range ``min``/``max`` (NaN where undefined)."""
        import pandas as pd

        missing = np.full(len(self.problem.criteria), np.nan)
        found = self.closest if self.closest is not None else self.attempt
        ranges = {item.criterion: item for item in self.weight_ranges}
        ids = self.problem.criterion_ids
        return pd.DataFrame(
            {
                "reference": self.reference,
                "closest" if self.reproducible else "attempt": missing if found is None else found,
                "central": missing if self.central_weights is None else self.central_weights,
                "min": [ranges[c].low if c in ranges else np.nan for c in ids],
                "max": [ranges[c].high if c in ranges else np.nan for c in ids],
            },
            index=pd.Index(ids, name="criterion"),
        )


def reproduce(
    problem: Problem,
    *,
    target: str | None = None,
    method: str | Method = "topsis",
    reference: str | Mapping[str, float] | ArrayLike | None = None,
    margin: float = DEFAULT_MARGIN,
    weight_constraints: WeightConstraints | None = None,
    n_samples: int = DEFAULT_SAMPLES,
    rng: int | np.random.Generator | None = None,
    acceptability: SmaaResult | None = None,
    flips: bool = True,
    ranges: bool = True,
) -> Reproduction:
    """Which weights make ``target`` rank first in ``problem``, and how robustly.

    Parameters
    ----------
    problem
        The decision problem (eligible alternatives only; screening applies). Scores
        are taken at their interval midpoints.
    target
        The alternative to reproduce; default the problem's recommendation.
    method
        A method of :data:`mcda.METHODS`; linear methods are solved exactly. ``topsis``
        (the default) and ``weighted_sum`` take the problem's normalisation.
    reference
        The profile to stay near: ``None``/``"equal"`` (equal weights), a profile
        name of the file, ``{criterion: weight}`` or a vector.
    margin
        The lead (in the method's score units, e.g. closeness) the target must have
        over every competitor to count as winning; every reported vector meets it.
    weight_constraints
        Intervals and ordinal statements on the weights (problem's criteria order),
        e.g. ``WeightConstraints.from_spec(ids, ["cost >= synergy"], {"cost": (0.1, 0.5)})``.
    n_samples, rng
        Monte Carlo samples for the share and the seed (int or Generator).
    acceptability
        An SMAA-2 result of the same problem (eligible alternatives, no weight
        constraints) to take the share and central weights from, so that an analysis
        prints one share (e.g. :func:`mcda.analyse`, with interval scores sampled);
        by default SMAA runs here on the midpoint scores.
    flips
        Also find the smallest weight change that puts another alternative first
        (:attr:`Reproduction.flip`; ``None`` without).
    ranges
        Also find each criterion's weight range over the winning region (empty without).

    Examples
    --------
    >>> import mcda
    >>> from mcda.reproduction import reproduce
    >>> problem = mcda.load_problem("criteria/examples/bikes.toml")  # doctest: +SKIP
    >>> reproduce(problem, method="wsm", rng=1).reproducible  # doctest: +SKIP
    True
    """
    from mcda.sensitivity.smaa import smaa

    condition = win_condition(problem, target, method)
    ids = problem.criterion_ids
    constraints = weight_constraints or WeightConstraints(len(ids))
    if constraints.n_criteria != len(ids):
        raise ValidationError(
            f"weight_constraints: made for {constraints.n_criteria} criteria, "
            f"{_where(problem)} has {len(ids)}"
        )
    generator = as_generator(rng)
    seed = rng if isinstance(rng, int) else None
    samples = draw_weights(n_samples, len(ids), constraints, generator)
    if acceptability is not None and (
        acceptability.alternatives != condition.alternatives or weight_constraints is not None
    ):
        raise ValidationError(
            "acceptability: must be SMAA of the same eligible alternatives, without weight "
            "constraints"
        )
    acceptability = acceptability or smaa(
        condition.matrix,
        condition.signs,
        n_samples=n_samples,
        rng=generator if seed is None else seed,
        method=condition.method,
        weight_constraints=constraints,
        pairwise_samples=1,
        alternatives=condition.alternatives,
        criteria=ids,
    )
    index = condition.target_index
    share = float(acceptability.rank_acceptability[index, 0])
    central = acceptability.central_weights[index]
    region = RegionEstimate(
        share=share,
        standard_error=float(acceptability.rank_acceptability_se[index, 0]),
        central_weights=None if share == 0 or not np.all(np.isfinite(central)) else central,
        n_samples=acceptability.n_samples,
        seed=acceptability.seed,
    )
    family = problem.family_of(condition.target)
    family_share = family_se = None
    if family is not None:
        members = [a for a in family.members if a in condition.alternatives]
        family_share, family_se = acceptability.share_of(members)
    contest = Contest(condition, np.arange(len(ids)))
    winning = samples[win_mask([contest], samples, margin)]
    w_ref = reference_weights(problem, reference)
    name = reference if isinstance(reference, str) else ("equal" if reference is None else "given")
    verifications: dict[str, Verification] = {}
    if region.central_weights is not None:
        verifications["central"] = condition.verify(region.central_weights, margin)
    starts = start_points(w_ref, winning, samples, [region.central_weights])
    solution = closest_weights(
        [contest], w_ref, margin=margin, constraints=constraints, starts=starts
    )
    if solution is None:  # a thin region the samples and starts missed? (TOPSIS)
        witness = level_witness(condition, margin, constraints)
        if witness is not None:
            starts = [witness, *starts]
            winning = np.vstack([winning, witness])
            solution = closest_weights(
                [contest], w_ref, margin=margin, constraints=constraints, starts=starts
            )
    attempt = attempt_lead = None
    weight_bounds: tuple[WeightRange, ...] = ()
    if solution is not None:
        verifications["closest"] = condition.verify(solution.weights, margin)
    if solution is not None and ranges:
        weight_bounds = weight_ranges(
            [contest], ids, margin=margin, constraints=constraints, winning=winning,
            extra_starts=[solution.weights],
        )
        for item in weight_bounds:
            verifications[f"{item.criterion}.low"] = condition.verify(item.low_weights, margin)
            verifications[f"{item.criterion}.high"] = condition.verify(item.high_weights, margin)
    if solution is None:
        best = best_attempt([contest], constraints=constraints, starts=starts)
        attempt, attempt_lead = best.weights, best.lead
        verifications["attempt"] = condition.verify(attempt, margin)
    flip = (
        minimal_flip(
            problem, w_ref, method=method, margin=margin, weight_constraints=constraints,
            samples=samples[:2000],
        )
        if flips
        else None
    )
    return Reproduction(
        problem=problem,
        method=condition.method.name,
        target=condition.target,
        margin=margin,
        constraints=constraints,
        reference=w_ref,
        reference_name=str(name),
        dominance=dominance(condition.matrix, condition.signs, condition.alternatives,
                            condition.target),
        reproducible=solution is not None,
        region=region,
        closest=None if solution is None else solution.weights,
        closest_distance=None if solution is None else solution.value,
        attempt=attempt,
        attempt_lead=attempt_lead,
        weight_ranges=weight_bounds,
        flip=flip,
        verifications=verifications,
        exact=_is_exact(condition),
        family=None if family is None else family.id,
        family_share=family_share,
        family_share_se=family_se,
    )


def _where(problem: Problem) -> str:
    return str(problem.path) if problem.path else problem.id


def _is_exact(condition: WinCondition) -> bool:
    return condition.linear is not None or len(condition.competitors) == 0


def slice_criteria(result: Reproduction) -> tuple[int, int, int]:
    """Indices of the three criteria for a ternary slice: those with the narrowest
    weight ranges (they shape the region), else the heaviest at the best attempt."""
    if result.weight_ranges:
        widths = np.array([item.high - item.low for item in result.weight_ranges])
        order = np.argsort(widths, kind="stable")
    else:
        base = result.attempt if result.attempt is not None else result.reference
        order = np.argsort(-np.asarray(base), kind="stable")
    first, second, third = sorted(int(i) for i in order[:3])
    return first, second, third


def winning_slice(
    result: Reproduction, criteria: tuple[int, int, int] | None = None, *, resolution: int = 60
) -> TernaryMap:
    """Who wins on the weight triangle of three criteria through the found weights (the
    closest winning weights, else the best attempt): a :func:`mcda.sensitivity.ternary_map`
    whose star marks those weights. Needs at least three criteria."""
    from mcda.sensitivity.ternary import ternary_map

    problem = result.problem
    if len(problem.criteria) < 3:
        raise ValidationError(f"{_where(problem)}: a ternary slice needs at least 3 criteria")
    base = result.closest if result.closest is not None else result.attempt
    condition = win_condition(problem, result.target, result.method)
    return ternary_map(
        condition.matrix,
        condition.signs,
        result.reference if base is None else base,
        criteria or slice_criteria(result),
        resolution=resolution,
        method=condition.method,
        alternatives=condition.alternatives,
        criterion_ids=problem.criterion_ids,
    )
