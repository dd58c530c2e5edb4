"""TOPSIS: closeness to the ideal and distance from the anti-ideal alternative.

Reference: Hwang, C.-L. & Yoon, K. (1981). *Multiple Attribute Decision Making:
Methods and Applications*. Springer, pp. 128–140. Vector normalisation is the
textbook default; min-max normalisation is offered because pymcdm defaults to it.

``anchored`` is TOPSIS with absolute reference points: each criterion is mapped to
[0, 1] by its value function between fixed anchors (:mod:`mcda.values`), the ideal is 1
and the anti-ideal 0 on every criterion. A closeness then depends on the alternative's
own scores only, so adding or removing an alternative never reorders the others, and an
affine change of a criterion's scale together with its anchors changes nothing (cf.
the fixed "aspiration levels" of reference-point TOPSIS: Kuo 2017, *European Journal of
Operational Research* 260(2), 781–790; SPOTIS's bounds, Dezert et al. 2020).

Degenerate cases (decided, documented and tested; never NaN):

* with the column normalisations, a criterion on which all alternatives tie
  contributes nothing (its normalised column is set to zero, so it adds zero to both
  distances); with anchored scales it still counts (its distance from 1 and 0 is the
  same for every alternative);
* when no weighted criterion separates the alternatives (one alternative, all
  alternatives identical, or all weight on tied criteria), every alternative is at
  distance zero from both the ideal and the anti-ideal and gets closeness 0.5: all tie.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Union

import numpy as np
from numpy.typing import ArrayLike

from mcda.directions import DirectionsLike
from mcda.directions import as_signs as directions_as_signs
from mcda.errors import ValidationError
from mcda.model import Direction
from mcda.weights import normalize_weights

if TYPE_CHECKING:
    from mcda.values import ValueScales

__all__ = [
    "NORMALIZATIONS",
    "TopsisResult",
    "as_signs",
    "check_matrix",
    "normalize",
    "squared_gaps",
    "topsis",
    "topsis_steps",
]

Normalization = Literal["vector", "minmax", "anchored"]
NORMALIZATIONS: tuple[Normalization, ...] = ("anchored", "vector", "minmax")

#: Anchors as value scales, or as (n, 2) [[low, high], …] (linear value functions).
Anchors = Union["ValueScales", ArrayLike]


def as_signs(directions: DirectionsLike, n_criteria: int) -> np.ndarray:
    """Directions as +1 (maximise) / −1 (minimise), in any encoding of
    :func:`mcda.directions.as_signs` (Direction, "max"/"min", ±1, builtins max/min)."""
    return directions_as_signs(directions, n_criteria)


def check_matrix(matrix: ArrayLike) -> np.ndarray:
    """The decision matrix as a finite float array of shape (m, n), m, n ≥ 1."""
    array = np.asarray(matrix, dtype=float)
    if array.ndim != 2 or array.shape[0] < 1 or array.shape[1] < 1:
        raise ValidationError(f"matrix: expected shape (alternatives, criteria), got {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValidationError("matrix: values must be finite numbers (found NaN or infinity)")
    return array


#: A column whose spread is at most this fraction of its largest |x| ties (float noise).
TIED_SPREAD = 1e-12


def _unit_columns(matrix: np.ndarray) -> np.ndarray:
    """Each column divided by its largest |x| (zero columns kept), so that squares and
    differences neither overflow (|x| up to 1.8e308) nor underflow, and ties are judged
    relative to the column's own scale. Both normalisations are invariant to it."""
    scale = np.abs(matrix).max(axis=0)
    return matrix / np.where(scale > 0, scale, 1.0)


def normalize(
    matrix: np.ndarray,
    signs: np.ndarray,
    normalization: Normalization,
    anchors: Anchors | None = None,
) -> np.ndarray:
    """Normalised matrix r_ij with larger = better on every column.

    With ``vector`` and ``minmax`` a column ties when its spread is at most
    :data:`TIED_SPREAD` times its largest |x|: the test is scale-invariant (a column in
    units of 1e-13 is not a tie).

    ``vector``: r_ij = s_j · x_ij / ‖x_j‖ (s_j = ±1; the sign makes the ideal the
    column maximum, which leaves all distances as in Hwang & Yoon's formulation).
    ``minmax``: r_ij = (x_ij − min_j)/(max_j − min_j) for max criteria, the mirror
    image for min criteria. With both, tied columns are 0.
    ``anchored``: r_ij = v_j(x_ij), the criterion's value function between its fixed
    ``anchors`` (required), in [0, 1] whatever the other alternatives are.
    """
    if normalization == "anchored":
        if anchors is None:
            raise ValidationError(
                "normalization: 'anchored' needs anchors (each criterion's [low, high] "
                "or its value function)"
            )
        from mcda.values import as_value_scales

        return as_value_scales(anchors, signs).values(matrix)
    matrix = _unit_columns(matrix)
    spread = matrix.max(axis=0) - matrix.min(axis=0)
    tied = spread <= TIED_SPREAD  # relative to the column's largest |x|, now 1
    if normalization == "vector":
        norms = np.sqrt((matrix**2).sum(axis=0))
        safe = np.where(norms > 0, norms, 1.0)
        normalized = matrix / safe * signs
    elif normalization == "minmax":
        safe_spread = np.where(tied, 1.0, spread)
        low = matrix.min(axis=0)
        high = matrix.max(axis=0)
        normalized = np.where(
            signs > 0, (matrix - low) / safe_spread, (high - matrix) / safe_spread
        )
    else:
        raise ValidationError(
            f"normalization: {normalization!r} is not one of {', '.join(NORMALIZATIONS)}"
        )
    normalized[:, tied] = 0.0
    return normalized


def reference_points(
    normalized: np.ndarray, normalization: Normalization
) -> tuple[np.ndarray, np.ndarray]:
    """The ideal and anti-ideal (n,) of a normalised matrix (…, m, n): the column best
    and worst for the column normalisations, 1 and 0 for anchored scales."""
    if normalization == "anchored":
        n = normalized.shape[-1]
        return np.ones(n), np.zeros(n)
    return normalized.max(axis=-2), normalized.min(axis=-2)


def squared_gaps(
    matrix: np.ndarray,
    signs: np.ndarray,
    normalization: Normalization,
    anchors: Anchors | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Squared gaps (m, n) of each normalised score to the ideal and to the anti-ideal.

    d⁺_i² = Σ_j w_j² · gap_ideal_ij and d⁻_i² = Σ_j w_j² · gap_anti_ij: the fast paths
    of SMAA, the sweeps and the reproduction analysis start from these.
    """
    normalized = normalize(matrix, signs, normalization, anchors)
    ideal, anti = reference_points(normalized, normalization)
    return (ideal - normalized) ** 2, (normalized - anti) ** 2


def _distances(
    gaps: tuple[np.ndarray, np.ndarray], weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Euclidean distances to the ideal and anti-ideal, shapes (S, m) each.

    With w ≥ 0 the weighted ideal is w_j · r*_j, so d⁺_i² = Σ_j w_j² (r*_j − r_ij)²:
    one matrix product for all S weight vectors.
    """
    squared = weights**2
    ideal = np.sqrt(squared @ gaps[0].T)
    anti = np.sqrt(squared @ gaps[1].T)
    return ideal, anti


def _closeness(ideal: np.ndarray, anti: np.ndarray) -> np.ndarray:
    total = ideal + anti
    with np.errstate(invalid="ignore", divide="ignore"):
        closeness = np.where(total > 0, anti / np.where(total > 0, total, 1.0), 0.5)
    return closeness


def topsis(
    matrix: ArrayLike,
    weights: ArrayLike,
    directions: Sequence[Direction | str | int] | np.ndarray,
    normalization: Normalization = "vector",
    *,
    anchors: Anchors | None = None,
) -> np.ndarray:
    """Relative closeness of each alternative to the ideal solution (higher is better).

    Parameters
    ----------
    matrix
        Decision matrix, shape (m alternatives, n criteria), finite values.
    weights
        One weight vector (n,) or a batch (S, n); non-negative, rescaled to sum 1.
    directions
        Per criterion ``"max"``/``"min"`` (or :class:`~mcda.model.Direction`, ±1).
    normalization
        ``"vector"`` (Hwang & Yoon 1981, the default), ``"minmax"``, or ``"anchored"``
        (absolute reference points 1 and 0 on each criterion's value scale).
    anchors
        For ``"anchored"``: each criterion's [low, high] anchors, shape (n, 2) (linear
        value functions), or :class:`~mcda.values.ValueScales`.

    Returns
    -------
    numpy.ndarray
        Closeness in [0, 1]: shape (m,) for one weight vector, (S, m) for a batch.

    Examples
    --------
    >>> topsis([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], [0.3, 0.4, 0.3], ["max"] * 3).round(4)
    array([0.5037, 0.6581, 0.7482, 0.334 ])
    >>> topsis([[2, 30], [4, 20]], [0.5, 0.5], ["max", "min"], "anchored",
    ...        anchors=[[1, 5], [0, 40]]).round(4)
    array([0.25  , 0.6172])
    """
    array = check_matrix(matrix)
    signs = as_signs(directions, array.shape[1])
    w = normalize_weights(weights, array.shape[1])
    gaps = squared_gaps(array, signs, normalization, anchors)
    ideal, anti = _distances(gaps, np.atleast_2d(w))
    closeness = _closeness(ideal, anti)
    return closeness[0] if w.ndim == 1 else closeness


@dataclass(frozen=True)
class TopsisResult:
    """TOPSIS with its intermediate steps, for one weight vector.

    Attributes: ``normalized`` (m, n; larger is better on every column, tied columns 0),
    ``weighted`` (m, n), ``ideal`` and ``anti_ideal`` (n; in the weighted normalised
    space), ``distance_ideal`` and ``distance_anti_ideal`` (m), ``closeness`` (m).
    """

    normalization: Normalization
    weights: np.ndarray
    normalized: np.ndarray
    weighted: np.ndarray
    ideal: np.ndarray
    anti_ideal: np.ndarray
    distance_ideal: np.ndarray
    distance_anti_ideal: np.ndarray
    closeness: np.ndarray


def topsis_steps(
    matrix: ArrayLike,
    weights: ArrayLike,
    directions: Sequence[Direction | str | int] | np.ndarray,
    normalization: Normalization = "vector",
    *,
    anchors: Anchors | None = None,
) -> TopsisResult:
    """TOPSIS for one weight vector, keeping every intermediate step (see :func:`topsis`)."""
    array = check_matrix(matrix)
    signs = as_signs(directions, array.shape[1])
    w = normalize_weights(weights, array.shape[1])
    if w.ndim != 1:
        raise ValidationError(f"weights: topsis_steps takes one vector, got shape {w.shape}")
    normalized = normalize(array, signs, normalization, anchors)
    best, worst = reference_points(normalized, normalization)
    gaps = ((best - normalized) ** 2, (normalized - worst) ** 2)
    weighted = normalized * w
    ideal, anti = _distances(gaps, w[None, :])
    return TopsisResult(
        normalization=normalization,
        weights=w,
        normalized=normalized,
        weighted=weighted,
        ideal=best * w,
        anti_ideal=worst * w,
        distance_ideal=ideal[0],
        distance_anti_ideal=anti[0],
        closeness=_closeness(ideal, anti)[0],
    )
