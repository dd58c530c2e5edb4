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
    """COPRAS utility degree N_i in (0, 1] (1 for the best); higher is better.

    ``matrix`` (m, n) must be positive (COPRAS divides by column sums and by S−);
    ``weights`` (n,) sum to 1; ``signs`` (n,) are ±1.
    """
    if np.any(matrix <= 0):
        raise ValidationError("COPRAS needs positive values in every cell of the matrix")
    if matrix.shape[0] < 2:
        raise DegenerateProblemError("COPRAS is undefined for a single alternative")
    weighted = weights * matrix / matrix.sum(axis=0)
    benefit = weighted[:, signs > 0].sum(axis=1)
    cost = weighted[:, signs < 0].sum(axis=1)
    if np.all(cost == 0):
        significance = benefit
    else:
        significance = benefit + cost.sum() / (cost * (1.0 / cost).sum())
    return significance / significance.max()
