"""Rank correlations between two rankings of the same alternatives.

* ``spearman`` — Spearman's ρ on the ranks (``scipy.stats.spearmanr``);
* ``kendall`` — Kendall's τ-b, which handles ties (``scipy.stats.kendalltau``);
* ``weighted_spearman`` — r_w, weighting disagreement at the top more
  (Pinto da Costa & Soares 2005, via pymcdm);
* ``ws`` — the WS rank similarity coefficient (Sałabun & Urbaniak 2020, via pymcdm);
  asymmetric: the first ranking is the reference.

All take 1-based rank vectors; a ranking in which every alternative ties has no
correlation and raises :class:`~mcda.errors.DegenerateProblemError`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import DegenerateProblemError, ValidationError

__all__ = ["CORRELATIONS", "kendall", "rank_correlation", "spearman", "weighted_spearman", "ws"]


def _pair(x: ArrayLike, y: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    a = np.asarray(x, dtype=float)
    b = np.asarray(y, dtype=float)
    if a.ndim != 1 or a.shape != b.shape or len(a) < 2:
        raise ValidationError(
            f"rankings: need two rank vectors of equal length ≥ 2, got {a.shape} and {b.shape}"
        )
    if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))):
        raise ValidationError("rankings: ranks must be finite numbers")
    for name, v in (("first", a), ("second", b)):
        if np.all(v == v[0]):
            raise DegenerateProblemError(
                f"rankings: the {name} ranking ties every alternative; no correlation exists"
            )
    return a, b


def spearman(x: ArrayLike, y: ArrayLike) -> float:
    """Spearman's rank correlation ρ in [−1, 1]."""
    from scipy.stats import spearmanr

    a, b = _pair(x, y)
    return float(spearmanr(a, b).statistic)


def kendall(x: ArrayLike, y: ArrayLike) -> float:
    """Kendall's τ-b in [−1, 1]."""
    from scipy.stats import kendalltau

    a, b = _pair(x, y)
    return float(kendalltau(a, b).statistic)


def weighted_spearman(x: ArrayLike, y: ArrayLike) -> float:
    """Weighted Spearman r_w in [−1, 1] (Pinto da Costa & Soares 2005)."""
    from pymcdm.correlations import weighted_spearman as rw

    a, b = _pair(x, y)
    return float(rw(a, b))


def ws(x: ArrayLike, y: ArrayLike) -> float:
    """WS rank similarity coefficient in [0, 1] with ``x`` as the reference ranking."""
    from pymcdm.correlations import rank_similarity_coef

    a, b = _pair(x, y)
    return float(rank_similarity_coef(a, b))


CORRELATIONS: dict[str, Callable[[ArrayLike, ArrayLike], float]] = {
    "spearman": spearman,
    "kendall": kendall,
    "weighted_spearman": weighted_spearman,
    "ws": ws,
}


def rank_correlation(x: ArrayLike, y: ArrayLike, kind: str = "spearman") -> float:
    """The rank correlation ``kind`` (one of :data:`CORRELATIONS`) between two rankings."""
    try:
        function = CORRELATIONS[kind]
    except KeyError:
        raise ValidationError(
            f"correlation: unknown kind {kind!r} (known: {', '.join(CORRELATIONS)})"
        ) from None
    return function(x, y)
