"""Peer methods through pymcdm, for comparison with TOPSIS.

Each adapter has the signature ``f(matrix, weights, signs) -> scores`` with ``matrix``
of shape (m, n), ``weights`` (n,) summing to 1 and ``signs`` (n,) of ±1. pymcdm is
imported lazily, so ``import mcda`` stays fast.

Before pymcdm is called, criteria on which all alternatives tie are removed (they
carry no information for the ranking, and VIKOR, SPOTIS and others divide by their
zero range). When no criterion separates the alternatives, the method is undefined
and :class:`~mcda.errors.DegenerateProblemError` is raised; a non-finite result from
pymcdm raises it too, so NaN never leaves this module.

References: WSM/WPM — Triantaphyllou (2000), *Multi-criteria Decision Making
Methods: A Comparative Study*, ch. 2; VIKOR — Opricovic & Tzeng (2004), EJOR 156,
445–455; PROMETHEE II — Brans & Vincke (1985), Management Science 31(6), 647–656
(usual preference function); SPOTIS — Dezert et al. (2020), FUSION, 1–8.
COPRAS is implemented in :mod:`mcda.methods.copras` (pymcdm's is wrong).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mcda.errors import DegenerateProblemError
from mcda.methods.topsis import TIED_SPREAD

__all__ = ["promethee_ii", "spotis", "tied_columns", "vikor", "wpm", "wsm"]


def tied_columns(matrix: np.ndarray) -> np.ndarray:
    """Boolean mask (n,) of criteria on which all alternatives have the same value
    (up to float noise relative to the column's own scale, as in TOPSIS)."""
    spread = matrix.max(axis=0) - matrix.min(axis=0)
    return spread <= TIED_SPREAD * np.abs(matrix).max(axis=0)


def _call(
    name: str, method: Any, matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray
) -> np.ndarray:
    keep = ~tied_columns(matrix)
    if matrix.shape[0] < 2 or not np.any(keep & (weights > 0)):
        raise DegenerateProblemError(
            f"{name} is undefined here: no weighted criterion separates the alternatives "
            "(TOPSIS gives them all closeness 0.5)"
        )
    kept_weights = weights[keep] / weights[keep].sum()
    with np.errstate(all="ignore"):
        scores = np.asarray(
            method(matrix[:, keep], kept_weights, signs[keep], validation=False), dtype=float
        )
    if not np.all(np.isfinite(scores)):
        raise DegenerateProblemError(
            f"{name} is undefined for this problem (pymcdm returned a non-finite score)"
        )
    return scores


def wsm(matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
    """Weighted sum of sum-normalised values (pymcdm ``WSM``); higher is better."""
    from pymcdm.methods import WSM

    return _call("WSM", WSM(), matrix, weights, signs)


def wpm(matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
    """Weighted product of sum-normalised values (pymcdm ``WPM``); higher is better."""
    from pymcdm.methods import WPM

    return _call("WPM", WPM(), matrix, weights, signs)


def vikor(
    matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray, *, v: float = 0.5
) -> np.ndarray:
    """VIKOR compromise index Q (pymcdm ``VIKOR``, v = 0.5); lower is better."""
    from pymcdm.methods import VIKOR

    return _call("VIKOR", VIKOR(v=v), matrix, weights, signs)


def promethee_ii(matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
    """PROMETHEE II net flow with the usual preference function; higher is better."""
    from pymcdm.methods import PROMETHEE_II

    return _call("PROMETHEE II", PROMETHEE_II("usual"), matrix, weights, signs)


def spotis(
    matrix: np.ndarray,
    weights: np.ndarray,
    signs: np.ndarray,
    *,
    bounds: np.ndarray | None = None,
) -> np.ndarray:
    """SPOTIS distance to the ideal point (pymcdm ``SPOTIS``); lower is better.

    ``bounds`` (n, 2) are the criteria's [min, max]; by default the data's own range.
    """
    from pymcdm.methods import SPOTIS

    keep = ~tied_columns(matrix)
    if bounds is None:
        bounds = np.column_stack([matrix.min(axis=0), matrix.max(axis=0)])
    bounds = np.asarray(bounds, dtype=float)
    full_bounds = bounds.copy()

    def method(m: np.ndarray, w: np.ndarray, s: np.ndarray, validation: bool) -> np.ndarray:
        return np.asarray(SPOTIS(full_bounds[keep])(m, w, s, validation=validation))

    return _call("SPOTIS", method, matrix, weights, signs)
