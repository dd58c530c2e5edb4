"""Where weights come from, resolved to one normalised vector before any ranking.

A caller may name weights in several ways: a profile of the problem file, a
``{criterion: weight}`` mapping, a vector in criteria order, ``None`` (the default
profile, else equal weights), or ``"ahp:SET"`` — the weights of the file's pairwise
judgement set SET (AIJ for a group; :mod:`mcda.ahp.problem`), ``"swing:cost=100,
synergy=60,…"`` (SWING ratings of every criterion's swing, the top one 100), or
``"roc:cost>staffing>synergy…"`` (a ranking of all swings, most important first, into
rank-order centroid weights; also ``rank_sum:`` and ``reciprocal:``). :func:`resolve_weights`
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

__all__ = ["AHP_PREFIX", "ELICITED_PREFIXES", "WeightsLike", "elicited_weights", "resolve_weights"]

#: Prefixes of weights given as elicited swings or a ranking of the swings.
ELICITED_PREFIXES = ("swing:", "roc:", "rank_sum:", "reciprocal:")

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
    if isinstance(weights, str) and weights.startswith(ELICITED_PREFIXES):
        return elicited_weights(weights, problem.criterion_ids)
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


def elicited_weights(spec: str, criterion_ids: tuple[str, ...]) -> np.ndarray:
    """Weights from ``"swing:a=100,b=60,…"`` or ``"roc:a>b>…"`` (``rank_sum:``,
    ``reciprocal:``): every criterion named once; see the module docstring."""
    from mcda.weights import rank_order_centroid, rank_sum, reciprocal_rank, swing_weights

    kind, _, body = spec.partition(":")
    ids = list(criterion_ids)
    if kind == "swing":
        ratings: dict[str, float] = {}
        for part in (p.strip() for p in body.split(",") if p.strip()):
            name, sep, raw = part.partition("=")
            name = name.strip()
            if not sep:
                raise ValidationError(f"weights: {part!r} is not of the form criterion=rating")
            try:
                ratings[name] = float(raw)
            except ValueError:
                raise ValidationError(f"weights: {name}={raw.strip()!r} is not a number") from None
        order = ratings
    else:
        names = [n.strip() for n in body.split(">")]
        order = {n: float(i) for i, n in enumerate(names, start=1)}
        if len(order) != len(names):
            raise ValidationError(f"weights: {spec!r} names a criterion twice")
    unknown = [n for n in order if n not in ids]
    missing = [n for n in ids if n not in order]
    if unknown or missing:
        detail = (
            f"unknown criterion {unknown[0]!r}" if unknown else f"missing: {', '.join(missing)}"
        )
        raise ValidationError(f"weights: {spec!r}: {detail} (criteria: {', '.join(ids)})")
    rules = {"roc": rank_order_centroid, "rank_sum": rank_sum, "reciprocal": reciprocal_rank}
    found = (
        swing_weights(order)
        if kind == "swing"
        else rules[kind]({k: int(v) for k, v in order.items()})
    )
    return np.array([float(found[c]) for c in ids])
