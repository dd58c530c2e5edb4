"""The weights closest to a reference profile at which the target(s) win, and, when
no weights do, the weights that bring them closest.

Distance is the L1 norm ‖w − w_ref‖₁ (the total weight moved, counted on both the
criteria that lose and the ones that gain; half of it is the weight shifted). For
linear methods the minimum is exact (``linprog``); for TOPSIS it is found by SLSQP
from several starts: the reference, the nearest winning samples and the central
weights (see :mod:`mcda.reproduction.solver`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcda.reproduction.region import nearest_samples
from mcda.reproduction.solver import Contest, Objective, Solution, optimise
from mcda.sampling import WeightConstraints

__all__ = ["best_attempt", "closest_weights", "start_points"]


def start_points(
    reference: np.ndarray,
    winning: np.ndarray,
    samples: np.ndarray,
    extra: Sequence[np.ndarray | None] = (),
    *,
    count: int = 3,
) -> list[np.ndarray]:
    """Starts for the nonlinear solver: the reference, the ``count`` winning samples
    nearest to it and ``extra``; when no sample wins, also points near the simplex's
    vertices and ``count`` further samples, to search the whole simplex."""
    n = len(reference)
    starts = [np.asarray(reference, dtype=float)]
    starts += nearest_samples(winning, np.abs(winning - reference).sum(axis=1), count)
    starts += [e for e in extra if e is not None]
    if len(winning) == 0:
        starts += list(0.9 * np.eye(n) + 0.1 / n)
        starts += list(samples[:count])
    return starts


def closest_weights(
    contests: Sequence[Contest],
    reference: np.ndarray,
    *,
    margin: float,
    constraints: WeightConstraints,
    starts: Sequence[np.ndarray] = (),
) -> Solution | None:
    """The weights nearest ``reference`` (L1) at which every target wins by ``margin``;
    ``None`` if there are none (exact for linear methods, else none found)."""
    return optimise(
        contests,
        Objective("l1", reference=np.asarray(reference, dtype=float)),
        margin=margin,
        constraints=constraints,
        starts=starts,
    )


def best_attempt(
    contests: Sequence[Contest],
    *,
    constraints: WeightConstraints,
    starts: Sequence[np.ndarray] = (),
) -> Solution:
    """The weights where the smallest lead of the target(s) is largest: how close they
    come to winning. ``Solution.lead`` is that lead (negative when they never win)."""
    solution = optimise(
        contests, Objective("max_lead"), margin=0.0, constraints=constraints, starts=starts
    )
    if solution is None:  # pragma: no cover - max_lead has no win constraint
        raise RuntimeError("max_lead optimisation returned no solution")
    return solution
