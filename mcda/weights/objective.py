"""Objective weights: computed from the spread and correlation of the decision matrix.

Each function takes a decision matrix (m alternatives, n criteria) — an array, or a
pandas DataFrame, in which case a weight Series labelled by criterion comes back —
and returns weights (n,) summing to 1.

* :func:`equal_weights` — 1/n each.
* :func:`entropy_weights` — Shannon entropy of each column's shares (Hwang & Yoon 1981,
  pp. 52–54; Zeleny 1982): w_j ∝ 1 − E_j, E_j = −Σ_i p_ij ln p_ij / ln m,
  p_ij = x_ij / Σ_i x_ij, with 0 · ln 0 = 0.
* :func:`standard_deviation_weights` — w_j ∝ σ_j of the min-max normalised column
  (Diakoulaki, Mavrotas & Papayannakis 1995, §2); ``normalization=None`` uses the raw
  column, as pymcdm's and scikit-criteria's ``std_weights`` do.
* :func:`critic_weights` — CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995,
  *Computers & Operations Research* 22(7), 763–770): w_j ∝ σ_j Σ_k (1 − r_jk) over the
  direction-aware min-max normalised matrix (the best value 1, the worst 0), r the
  Pearson correlation.

Degenerate data is decided, never NaN: a criterion on which all alternatives tie has
no spread and gets weight 0 (CRITIC leaves it out of the others' correlation sums);
when no criterion is left with a positive weight, :class:`DegenerateProblemError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from numpy.typing import ArrayLike

from mcda.directions import DirectionsLike, as_signs
from mcda.errors import DegenerateProblemError, ValidationError
from mcda.labels import Labelled, split_frame, vector_in_order

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["critic_weights", "entropy_weights", "equal_weights", "standard_deviation_weights"]


def _matrix(matrix: Any) -> tuple[np.ndarray, Labelled | None]:
    values, labels = split_frame(matrix)
    array = np.asarray(values, dtype=float)
    if array.ndim != 2 or array.shape[0] < 1 or array.shape[1] < 1:
        raise ValidationError(f"matrix: expected shape (alternatives, criteria), got {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValidationError("matrix: values must be finite numbers (found NaN or infinity)")
    return array, labels


def _tied(array: np.ndarray) -> np.ndarray:
    spread = array.max(axis=0) - array.min(axis=0)
    return spread <= 1e-12 * np.maximum(1.0, np.abs(array).max(axis=0))


def _out(weights: np.ndarray, labels: Labelled | None) -> Any:
    return weights if labels is None else labels.criteria_series(weights)


def _share(raw: np.ndarray, method: str) -> np.ndarray:
    total = raw.sum()
    if not total > 0:
        raise DegenerateProblemError(
            f"{method} weights are undefined here: no criterion separates the alternatives"
        )
    return raw / total


def equal_weights(matrix: ArrayLike | pd.DataFrame) -> np.ndarray | pd.Series:
    """1/n for each of the n criteria."""
    array, labels = _matrix(matrix)
    n = array.shape[1]
    return _out(np.full(n, 1.0 / n), labels)


def entropy_weights(matrix: ArrayLike | pd.DataFrame) -> np.ndarray | pd.Series:
    """Entropy weights (n,): criteria whose values differ more get more weight.

    Values must be non-negative (they are read as shares of their column) and m ≥ 2.
    The method ignores directions: a column's diversity does not depend on whether more
    is better. A column of zeros or of equal values has entropy 1 and weight 0.

    Examples
    --------
    >>> entropy_weights([[1, 5], [1, 1], [1, 3]]).round(4)
    array([0., 1.])
    """
    array, labels = _matrix(matrix)
    m = array.shape[0]
    if m < 2:
        raise DegenerateProblemError("entropy weights need at least two alternatives")
    if np.any(array < 0):
        i, j = np.argwhere(array < 0)[0]
        raise ValidationError(
            f"matrix: entropy weights need non-negative values, got {array[i, j]:g} at [{i}, {j}]"
        )
    totals = array.sum(axis=0)
    shares = np.divide(array, totals, out=np.full_like(array, 1.0 / m), where=totals > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(shares > 0, shares * np.log(shares), 0.0)
    entropy = -terms.sum(axis=0) / np.log(m)
    diversity = np.clip(1.0 - entropy, 0.0, None)
    diversity[_tied(array)] = 0.0
    return _out(_share(diversity, "entropy"), labels)


def standard_deviation_weights(
    matrix: ArrayLike | pd.DataFrame, *, normalization: Literal["minmax"] | None = "minmax"
) -> np.ndarray | pd.Series:
    """Standard-deviation weights (n,): w_j ∝ σ_j (sample standard deviation, ddof 1).

    ``normalization="minmax"`` (default) first maps each column onto [0, 1], so the
    weights do not depend on the criteria's units; ``None`` takes the raw columns.
    """
    array, labels = _matrix(matrix)
    if array.shape[0] < 2:
        raise DegenerateProblemError("standard-deviation weights need at least two alternatives")
    if normalization not in ("minmax", None):
        raise ValidationError(f"normalization: {normalization!r} is not 'minmax' or None")
    tied = _tied(array)
    if normalization == "minmax":
        spread = np.where(tied, 1.0, array.max(axis=0) - array.min(axis=0))
        array = (array - array.min(axis=0)) / spread
    deviation = array.std(axis=0, ddof=1)
    deviation[tied] = 0.0
    return _out(_share(deviation, "standard-deviation"), labels)


def critic_weights(
    matrix: ArrayLike | pd.DataFrame, directions: DirectionsLike | Any
) -> np.ndarray | pd.Series:
    """CRITIC weights (n,): contrast (σ) times conflict (Σ 1 − r) of each criterion.

    Parameters
    ----------
    matrix
        (m, n) decision matrix, m ≥ 3 (a correlation needs three points to differ
        from ±1), or a DataFrame.
    directions
        Per criterion ``"max"``/``"min"`` (or ±1, …; a mapping by column with a
        DataFrame). Min criteria are mirrored so that the best value maps to 1, as
        Diakoulaki et al. (1995) define the normalisation.
    """
    array, labels = _matrix(matrix)
    m, n = array.shape
    signs = as_signs(
        vector_in_order(directions, labels.columns if labels else None, "directions"), n
    )
    if m < 3:
        raise DegenerateProblemError("CRITIC weights need at least three alternatives")
    keep = ~_tied(array)
    if keep.sum() < 2:
        raise DegenerateProblemError(
            "CRITIC weights are undefined here: fewer than two criteria separate the alternatives"
        )
    kept = array[:, keep]
    best = np.where(signs[keep] > 0, kept.max(axis=0), kept.min(axis=0))
    worst = np.where(signs[keep] > 0, kept.min(axis=0), kept.max(axis=0))
    normalized = (kept - worst) / (best - worst)
    deviation = normalized.std(axis=0, ddof=1)
    correlation = np.corrcoef(normalized, rowvar=False)
    information = np.zeros(n)
    information[keep] = deviation * (1.0 - correlation).sum(axis=0)
    return _out(_share(information, "CRITIC"), labels)
