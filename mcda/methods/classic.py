"""WSM, WPM, VIKOR and SPOTIS, implemented here (cross-checked against pymcdm in the tests).

Each takes ``matrix`` (m, n), ``weights`` (n,) summing to 1 — (S, n) batches for the
linear ones — and ``signs`` (n,) of ±1. Implemented here rather than called through
pymcdm because importing pymcdm loads matplotlib and pandas (a second or more on the
command line), and because each method's own definition decides its degenerate cases:
no criterion is dropped and no weight is rescaled.

References:

* WSM and WPM on sum-normalised values (pymcdm's defaults): Triantaphyllou (2000),
  *Multi-criteria Decision Making Methods: A Comparative Study*, ch. 2; r_ij = x_ij/Σ x
  for benefit, (1/x_ij)/Σ 1/x for cost criteria. A criterion on which all alternatives
  tie adds w/m to every weighted sum (multiplies every product by (1/m)^w): the order is
  unchanged, as the method defines it. A 0 in a benefit column is allowed (a product
  score of 0); a cost criterion needs positive values (1/x).
* VIKOR: Opricovic, S. & Tzeng, G.-H. (2004). *EJOR* 156(2), 445–455, eqs. (1)–(3):
  S_i = Σ w_j (f*_j − f_ij)/(f*_j − f⁻_j), R_i = max_j of the same terms,
  Q_i = v (S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*); lower Q is better. On a
  criterion where f*_j = f⁻_j no alternative is behind the best, so its term is 0; where
  S⁻ = S* (or R⁻ = R*) all alternatives are equal on that measure and its part of Q is 0.
* SPOTIS: Dezert, J., Tchamova, A., Han, D. & Tacnet, J.-M. (2020). The SPOTIS rank
  reversal free method for multi-criteria decision-making support. *FUSION 2020*,
  eqs. (8)–(10): the weighted distance |x_ij − x*_j|/(max_j − min_j) to the ideal
  point of the criteria bounds; lower is better. With the data's own range as bounds,
  a tied criterion has distance 0 for every alternative.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import DegenerateProblemError, ValidationError

__all__ = ["spotis", "sum_normalize", "tied_columns", "vikor", "wpm", "wsm"]


def tied_columns(matrix: np.ndarray) -> np.ndarray:
    """Boolean mask (n,) of criteria on which all alternatives have the same value
    (up to float noise relative to the column's own scale, as in TOPSIS)."""
    from mcda.methods.topsis import TIED_SPREAD

    spread = matrix.max(axis=0) - matrix.min(axis=0)
    return spread <= TIED_SPREAD * np.abs(matrix).max(axis=0)


def sum_normalize(matrix: np.ndarray, signs: np.ndarray, method: str) -> np.ndarray:
    """r_ij = x_ij / Σ_i x_ij (benefit) or (1/x_ij) / Σ_i 1/x_ij (cost); shape (m, n)."""
    normalized = np.empty_like(matrix, dtype=float)
    for j in range(matrix.shape[1]):
        column = matrix[:, j]
        if signs[j] > 0:
            if np.any(column < 0) or not column.sum() > 0:
                raise ValidationError(
                    f"matrix: {method} needs non-negative values, not all zero, in benefit "
                    f"criterion [{j}] (got {column.min():g} … {column.max():g})"
                )
            normalized[:, j] = column / column.sum()
        else:
            if np.any(column <= 0):
                raise ValidationError(
                    f"matrix: {method} needs positive values in cost criterion [{j}] "
                    f"(it divides by them; got {column.min():g})"
                )
            inverse = 1.0 / column
            normalized[:, j] = inverse / inverse.sum()
    return normalized


def wsm(matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
    """Weighted sum of sum-normalised values, (m,) or (S, m); higher is better."""
    return weights @ sum_normalize(matrix, signs, "WSM").T


def wpm(matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
    """Weighted product Π_j r_ij^w_j of sum-normalised values, (m,) or (S, m) for a batch
    of weights (S, n); higher is better."""
    normalized = sum_normalize(matrix, signs, "WPM")
    with np.errstate(divide="ignore"):
        logs = np.where(normalized > 0, np.log(np.where(normalized > 0, normalized, 1.0)), -np.inf)
    batch = np.atleast_2d(weights)[:, None, :]  # (S, 1, n)
    # 0^0 = 1: a zero value on a criterion of weight 0 does not zero the product.
    with np.errstate(invalid="ignore"):
        terms = np.where(batch > 0, batch * logs, 0.0)
    scores = np.exp(terms.sum(axis=2))
    return scores[0] if np.ndim(weights) == 1 else scores


def vikor(
    matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray, *, v: float = 0.5
) -> np.ndarray:
    """VIKOR compromise index Q (m,) in [0, 1], or (S, m) for a batch of weights (S, n);
    lower is better.

    ``v`` ∈ [0, 1] weighs the group utility S against the individual regret R
    (0.5: consensus, Opricovic & Tzeng 2004).
    """
    if isinstance(v, bool) or not isinstance(v, int | float | np.integer | np.floating):
        raise ValidationError(f"v: {v!r} is not a number")
    if not 0.0 <= v <= 1.0:
        raise ValidationError(f"v: {v:g} is outside [0, 1]")
    if matrix.shape[0] < 2:
        raise DegenerateProblemError("VIKOR needs at least two alternatives")
    oriented = matrix * signs
    best = oriented.max(axis=0)
    worst = oriented.min(axis=0)
    spread = best - worst
    tied = tied_columns(matrix)
    gaps = np.where(tied, 0.0, (best - oriented) / np.where(tied, 1.0, spread))
    weighted = np.atleast_2d(weights)[:, None, :] * gaps  # (S, m, n)
    group = weighted.sum(axis=2)
    regret = weighted.max(axis=2)

    def scaled(values: np.ndarray) -> np.ndarray:
        """Each row to [0, 1]; a row whose values all tie becomes 0."""
        low = values.min(axis=1, keepdims=True)
        high = values.max(axis=1, keepdims=True)
        flat = high - low <= 1e-15 * np.maximum(1.0, np.abs(high))
        return np.where(flat, 0.0, (values - low) / np.where(flat, 1.0, high - low))

    scores = v * scaled(group) + (1.0 - v) * scaled(regret)
    return scores[0] if np.ndim(weights) == 1 else scores


def spotis(
    matrix: np.ndarray,
    weights: np.ndarray,
    signs: np.ndarray,
    *,
    bounds: ArrayLike | None = None,
) -> np.ndarray:
    """SPOTIS distance to the ideal point, (m,) or (S, m); lower is better.

    ``bounds`` (n, 2) are the criteria's [min, max] (every value must lie within
    them); by default the data's own range.
    """
    n = matrix.shape[1]
    if bounds is None:
        low, high = matrix.min(axis=0), matrix.max(axis=0)
    else:
        array = np.asarray(bounds, dtype=float)
        if array.shape != (n, 2) or not np.all(np.isfinite(array)):
            raise ValidationError(
                f"bounds: expected {n} finite [min, max] pairs, got {array.shape}"
            )
        low, high = array[:, 0], array[:, 1]
        bad = np.nonzero(~(high > low))[0]
        if bad.size:
            raise ValidationError(
                f"bounds[{bad[0]}]: min {low[bad[0]]:g} is not below max {high[bad[0]]:g}"
            )
        outside = np.argwhere((matrix < low) | (matrix > high))
        if outside.size:
            i, j = outside[0]
            raise ValidationError(
                f"matrix: [{i}, {j}] = {matrix[i, j]:g} lies outside bounds[{j}] "
                f"[{low[j]:g}, {high[j]:g}]"
            )
    spread = high - low
    flat = ~(spread > 0)
    ideal = np.where(signs > 0, high, low)
    distances = np.where(flat, 0.0, np.abs(matrix - ideal) / np.where(flat, 1.0, spread))
    return weights @ distances.T
