"""The weighted sum of normalised scores; on anchored scales, the additive value model.

On anchored scales (:mod:`mcda.values`) the score is V_i = Σ_j w_j v_j(x_ij): the
additive value function of multi-attribute value theory (Keeney & Raiffa 1976, ch. 3;
Belton & Stewart 2002, §5.2), with w_j the value of criterion j's swing from its worst
to its best anchor. With the column normalisations of :mod:`mcda.methods.topsis`
(``vector``, ``minmax``) it is the classic simple additive weighting (SAW; Hwang & Yoon
1981, pp. 99–103), whose scores depend on the other alternatives in the file.

The score is linear in the weights, which the reproduction analysis uses (exact LPs).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from mcda.methods.topsis import Anchors, Normalization, as_signs, check_matrix, normalize
from mcda.model import Direction
from mcda.weights import normalize_weights

__all__ = ["weighted_sum"]


def weighted_sum(
    matrix: ArrayLike,
    weights: ArrayLike,
    directions: Sequence[Direction | str | int] | np.ndarray,
    normalization: Normalization = "minmax",
    *,
    anchors: Anchors | None = None,
) -> np.ndarray:
    """Σ_j w_j r_ij for each alternative (higher is better).

    Parameters
    ----------
    matrix
        Decision matrix (m, n), finite values.
    weights
        One weight vector (n,) or a batch (S, n); non-negative, rescaled to sum 1.
    directions
        Per criterion ``"max"``/``"min"`` (or :class:`~mcda.model.Direction`, ±1).
    normalization
        ``"anchored"`` (values between fixed anchors: the additive value model),
        ``"minmax"`` (SAW, the default for arrays without anchors) or ``"vector"``.
    anchors
        For ``"anchored"``: (n, 2) [[low, high], …] or :class:`~mcda.values.ValueScales`.

    Returns
    -------
    numpy.ndarray
        Scores (m,) for one weight vector, (S, m) for a batch. On anchored scales a score
        is in [0, 1]: 1 would be an alternative at the best anchor of every criterion.

    Examples
    --------
    >>> weighted_sum([[2, 30], [4, 20]], [0.5, 0.5], ["max", "min"], "anchored",
    ...              anchors=[[1, 5], [0, 40]])
    array([0.25 , 0.625])
    """
    array = check_matrix(matrix)
    signs = as_signs(directions, array.shape[1])
    w = normalize_weights(weights, array.shape[1])
    normalized = normalize(array, signs, normalization, anchors)
    return normalized @ w if w.ndim == 1 else w @ normalized.T
