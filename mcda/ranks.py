"""Ranks from scores: 1-based competition ranks with explicit ties.

A leaf module (numpy only), so that every family — methods, AHP, sensitivity — ranks
the same way without importing one another.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError

__all__ = ["TIE_TOLERANCE", "rank_scores"]

#: Scores closer than this (absolute) are treated as a tie.
TIE_TOLERANCE = 1e-10


def rank_scores(
    scores: ArrayLike, *, higher_is_better: bool = True, tolerance: float = TIE_TOLERANCE
) -> np.ndarray:
    """1-based competition ranks ("1224"): tied scores share the best rank of their group.

    Scores within ``tolerance`` of the previous one in sorted order are tied.
    """
    values = np.asarray(scores, dtype=float)
    if values.ndim != 1:
        raise ValidationError(f"scores: expected one vector, got shape {values.shape}")
    keyed = -values if higher_is_better else values
    order = np.argsort(keyed, kind="stable")
    ranks = np.empty(len(values), dtype=int)
    current = 1
    for position, index in enumerate(order):
        if position > 0 and keyed[index] - keyed[order[position - 1]] > tolerance:
            current = position + 1
        ranks[index] = current
    return ranks
