"""Where weights come from, resolved to one normalised vector before any ranking.

A caller may name weights in several ways: a profile of the problem file, a
``{criterion: weight}`` mapping, a vector in criteria order, ``None`` (the default
profile, else equal weights), or ``"ahp:SET"`` — the weights of the file's pairwise
judgement set SET (AIJ for a group; :mod:`mcda.ahp.problem`). :func:`resolve_weights`
turns each into a vector, so that the methods, the sensitivity analyses and the
ranking see numbers only (and :mod:`mcda.ranking` need not know AHP).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError
from mcda.model import Problem
from mcda.weights import normalize_weights

__all__ = ["AHP_PREFIX", "WeightsLike", "resolve_weights"]

WeightsLike = str | Mapping[str, float] | ArrayLike | None

#: ``"ahp:SET"``: the weights of judgement set SET.
AHP_PREFIX = "ahp:"


def resolve_weights(problem: Problem, weights: WeightsLike) -> np.ndarray:
    """Turn a profile name, a ``{criterion: weight}`` mapping, a vector or ``None``
    (the problem's default profile, else equal weights) into a normalised vector.
    ``"ahp:SET"`` takes the weights from the file's judgement set SET (see mcda.ahp)."""
    n = len(problem.criteria)
    if isinstance(weights, str) and weights.startswith(AHP_PREFIX):
        from mcda.ahp.problem import criteria_weights

        return criteria_weights(problem, weights[len(AHP_PREFIX) :])
    if weights is None or isinstance(weights, str):
        return problem.weights(weights)
    if isinstance(weights, Mapping) or hasattr(weights, "items"):  # a dict or a Series
        given = dict(weights.items())
        unknown = [k for k in given if k not in problem.criterion_ids]
        if unknown:
            raise ValidationError(f"weights: unknown criterion {unknown[0]!r}")
        missing = [c for c in problem.criterion_ids if c not in given]
        if missing:
            raise ValidationError(f"weights: missing criteria: {', '.join(missing)}")
        weights = [given[c] for c in problem.criterion_ids]
    vector = normalize_weights(weights, n)
    if vector.ndim != 1:
        raise ValidationError(f"weights: expected one vector of {n}, got shape {vector.shape}")
    return vector
