"""The smallest change of weights that makes a different alternative rank first.

From a starting weight vector w₀ (a profile), for every alternative that does not
rank first there, find the nearest weights at which it wins by the margin, in two
norms: L1 (‖w − w₀‖₁, the total change; half of it is the weight moved from some
criteria to others) and L∞ (the largest change of any single weight). The flip is the
alternative with the smallest distance. This is the weight-space "minimum change"
sensitivity of Triantaphyllou & Sánchez (1997), *Decision Sciences* 28(1), 151–194,
generalised from pairs of criteria to all weights at once. Exact (LP) for linear
methods; SLSQP from several starts for TOPSIS.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from mcda.errors import DegenerateProblemError
from mcda.methods import Method
from mcda.model import Problem
from mcda.ranking import rank
from mcda.reproduction.closest import start_points
from mcda.reproduction.condition import (
    DEFAULT_MARGIN,
    Verification,
    win_condition,
)
from mcda.reproduction.levels import level_witness
from mcda.reproduction.region import win_mask
from mcda.reproduction.solver import Contest, Objective, optimise
from mcda.sampling import WeightConstraints

__all__ = ["Flip", "FlipOption", "minimal_flip"]

Norm = Literal["l1", "linf"]


@dataclass(frozen=True)
class FlipOption:
    """The nearest weights (``weights``, n) at which ``alternative`` wins, at distance
    ``distance`` from the start in ``norm``; ``verification`` by the engine."""

    alternative: str
    norm: Norm
    distance: float
    weights: np.ndarray
    verification: Verification


@dataclass(frozen=True)
class Flip:
    """Minimal change of weights from ``start`` (n) to a different winner.

    ``winners`` rank first at ``start``; ``l1`` and ``linf`` are the nearest flips in
    each norm (``None`` when no other alternative can win under any weights);
    ``options`` has every alternative that can be made to win, per norm, nearest first.
    """

    problem: Problem
    method: str
    start: np.ndarray
    winners: tuple[str, ...]
    l1: FlipOption | None
    linf: FlipOption | None
    options: tuple[FlipOption, ...]
    exact: bool


def minimal_flip(
    problem: Problem,
    start: np.ndarray,
    *,
    method: str | Method = "topsis",
    margin: float = DEFAULT_MARGIN,
    weight_constraints: WeightConstraints | None = None,
    samples: np.ndarray | None = None,
) -> Flip:
    """The smallest change of weights from ``start`` (n, criteria order) that puts an
    alternative other than the current winner(s) first.

    ``weight_constraints`` restrict the weights (as in :func:`mcda.smaa`); ``samples``
    (S, n), weight vectors meeting them, seed the nonlinear solver.
    """
    start = np.asarray(start, dtype=float)
    constraints = weight_constraints or WeightConstraints(len(start))
    samples = np.zeros((0, len(start))) if samples is None else samples
    try:
        winners = rank(problem, start, method=method).best
    except DegenerateProblemError:
        winners = ()
    options: list[FlipOption] = []
    exact = True
    for alternative in problem.eligible_ids:
        if alternative in winners:
            continue
        condition = win_condition(problem, alternative, method)
        exact &= condition.linear is not None
        contest = Contest(condition, np.arange(len(start)))
        winning = samples[win_mask([contest], samples, margin)] if len(samples) else samples
        starts = start_points(start, winning, samples)
        norms: tuple[Norm, Norm] = ("l1", "linf")
        for norm in norms:
            solution = optimise(
                [contest],
                Objective(norm, reference=start),
                margin=margin,
                constraints=constraints,
                starts=starts,
            )
            if solution is None and norm == "l1":  # a thin region missed? (TOPSIS)
                witness = level_witness(condition, margin, constraints)
                if witness is None:
                    break
                starts = [witness, *starts]
                solution = optimise(
                    [contest],
                    Objective(norm, reference=start),
                    margin=margin,
                    constraints=constraints,
                    starts=starts,
                )
            if solution is None:
                continue
            options.append(
                FlipOption(
                    alternative,
                    norm,
                    solution.value,
                    solution.weights,
                    condition.verify(solution.weights, margin),
                )
            )
    options.sort(key=lambda o: (o.norm, o.distance))

    def nearest(norm: Norm) -> FlipOption | None:
        return next((o for o in options if o.norm == norm), None)

    name = method.name if isinstance(method, Method) else method
    return Flip(
        problem, name, start, winners, nearest("l1"), nearest("linf"), tuple(options), exact
    )


def flip_distances(flip: Flip) -> Sequence[tuple[str, float, float]]:
    """Per alternative: (id, L1 distance, L∞ distance) — for tables."""
    by_alternative: dict[str, dict[str, float]] = {}
    for option in flip.options:
        by_alternative.setdefault(option.alternative, {})[option.norm] = option.distance
    return [
        (a, d.get("l1", float("nan")), d.get("linf", float("nan")))
        for a, d in by_alternative.items()
    ]
