"""COPRAS (COmplex PRoportional ASsessment), implemented here rather than through pymcdm.

Reference: Zavadskas, E. K., Kaklauskas, A. & Šarka, V. (1994). The new method of
multicriteria complex proportional assessment of projects. *Technological and Economic
Development of Economy* 1(3), 131–139; formulation as in Zavadskas, Kaklauskas,
Peldschus & Turskis (2007), *Baltic Journal of Road and Bridge Engineering* 2(4),
195–203, eqs. (1)–(5):

    d_ij = w_j x_ij / Σ_i x_ij
    S+_i = Σ_{j max} d_ij,   S−_i = Σ_{j min} d_ij
    Q_i  = S+_i + Σ_k S−_k / (S−_i · Σ_k 1/S−_k)
    N_i  = Q_i / max_k Q_k          (utility degree, higher is better)

Why not pymcdm: pymcdm 1.4.0 computes ``Q = Sp + (min(Sm)·Sm)/(Sm·(min(Sm)/Sm))``,
which simplifies to ``Sp + Sm`` — cost criteria then *raise* the score — and it refuses
problems without a cost criterion. ``tests/test_copras.py`` shows the difference.
"""

from __future__ import annotations

import numpy as np

from mcda.errors import DegenerateProblemError, ValidationError

__all__ = ["copras"]


def copras(matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
    """COPRAS utility degree N_i in [0, 1] (1 for the best); higher is better.

    ``matrix`` (m, n) non-negative; ``weights`` (n,) sum to 1, or a batch (S, n) (then
    the result is (S, m)); ``signs`` (n,) are ±1.
    Every criterion enters as eqs. (1)–(5) define it, a tied one too (a tied cost
    criterion adds w/m to every S−, which changes Q). A 0 in a benefit column is
    allowed; the cost sums S− are divided by, so with a weighted cost criterion every
    alternative needs S− > 0. A column of zeros contributes nothing (0/0 taken as 0).
    """
    if np.any(matrix < 0):
        i, j = np.argwhere(matrix < 0)[0]
        raise ValidationError(
            f"matrix: COPRAS needs non-negative values, got {matrix[i, j]:g} at [{i}, {j}]"
        )
    if matrix.shape[0] < 2:
        raise DegenerateProblemError("COPRAS is undefined for a single alternative")
    totals = matrix.sum(axis=0)
    shares = np.divide(matrix, totals, out=np.zeros_like(matrix, dtype=float), where=totals > 0)
    batch = np.atleast_2d(weights)  # (S, n)
    benefit = batch[:, signs > 0] @ shares[:, signs > 0].T  # (S, m)
    cost = batch[:, signs < 0] @ shares[:, signs < 0].T
    without_cost = np.all(cost == 0, axis=1)
    if np.any(~without_cost & np.any(cost <= 0, axis=1)):
        row = int(np.argmax(~without_cost & np.any(cost <= 0, axis=1)))
        i = int(np.argmax(cost[row] <= 0))
        raise ValidationError(
            f"matrix: COPRAS divides by each alternative's weighted cost sum S−, and "
            f"alternative [{i}] has S− = 0 (all its cost values are 0)"
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        safe = np.where(cost > 0, cost, 1.0)
        relative = cost.sum(axis=1, keepdims=True) / (
            safe * (1.0 / safe).sum(axis=1, keepdims=True)
        )
    significance = benefit + np.where(without_cost[:, None], 0.0, relative)
    top = significance.max(axis=1, keepdims=True)
    if not np.all(top > 0):
        raise DegenerateProblemError(
            "COPRAS is undefined here: every alternative has significance 0"
        )
    result = significance / top
    return result[0] if np.ndim(weights) == 1 else result
