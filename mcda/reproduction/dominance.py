"""Pareto dominance: when the answer does not depend on the weights at all.

Alternative a *dominates* b when a is at least as good as b on every criterion and
strictly better on at least one (directions respected). If the target is at least as
good as every other alternative on every criterion, no weights can put another one
ahead of it (TOPSIS, WSM and the other registered methods are monotone); if another
alternative dominates it, no weights put it first. Either way the weight analysis has
nothing to find, and the report says so instead of presenting a 100 % or 0 % share.

Reference: Belton & Stewart (2002), *Multiple Criteria Decision Analysis*, §2.2.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

__all__ = ["Dominance", "DominanceStatus", "dominance"]

DominanceStatus = Literal["dominates_all", "dominated", "neither"]


@dataclass(frozen=True)
class Dominance:
    """The target's Pareto position among the eligible alternatives.

    ``status``: ``"dominates_all"`` (dominates every other alternative: it ranks first
    under any weights, tied at most where all weight lies on criteria where it is only
    equal), ``"dominated"`` (some alternative is at least as good everywhere
    and better somewhere: listed in ``dominated_by``), or ``"neither"``.
    ``dominates`` lists the alternatives the target dominates.
    """

    target: str
    status: DominanceStatus
    dominated_by: tuple[str, ...]
    dominates: tuple[str, ...]

    @property
    def decides(self) -> bool:
        """True when dominance alone settles whether the target can rank first."""
        return self.status != "neither"


def dominance(
    matrix: np.ndarray, signs: np.ndarray, alternatives: tuple[str, ...], target: str
) -> Dominance:
    """The Pareto position of ``target``.

    Parameters
    ----------
    matrix
        Decision matrix (m, n) of the eligible alternatives.
    signs
        +1 for criteria to maximise, −1 to minimise, shape (n,).
    alternatives
        Ids of the m rows; ``target`` is one of them.
    """
    oriented = np.asarray(matrix, dtype=float) * np.asarray(signs)
    index = alternatives.index(target)
    row = oriented[index]
    others = [i for i in range(len(alternatives)) if i != index]
    dominated_by = tuple(
        alternatives[i]
        for i in others
        if np.all(oriented[i] >= row) and np.any(oriented[i] > row)
    )
    dominates = tuple(
        alternatives[i]
        for i in others
        if np.all(row >= oriented[i]) and np.any(row > oriented[i])
    )
    if dominated_by:
        status: DominanceStatus = "dominated"
    elif len(dominates) == len(others):
        status = "dominates_all"
    else:
        status = "neither"
    return Dominance(target, status, dominated_by, dominates)
