"""Swing elicitation: weights from how much each criterion's swing worst → best is worth.

The decision maker imagines every criterion at its worst level, picks the swing to
the best level they would improve first, and rates every other swing against it.

* SWING (von Winterfeldt, D. & Edwards, W. (1986). *Decision Analysis and Behavioral
  Research*, Cambridge University Press, pp. 286–287): the most important swing is
  rated 100, each other swing 0–100 relative to it; w_j = r_j / Σ r. Ratings
  100/80/60/30/10 give 0.357/0.286/0.214/0.107/0.036.
* SMART with swings (SMARTS; Edwards, W. & Barron, F. H. (1994), *Organizational
  Behavior and Human Decision Processes* 60(3), 306–325, steps 5–6): the swings are
  first *ranked*, then rated, the top-ranked at 100; the ratings must respect the
  ranking (a better rank never gets a lower rating, equal ranks equal ratings), which
  catches a rating typed against the wrong criterion. Weights as in SWING.

Ratings are a sequence in criteria order (an array comes back) or a ``{criterion:
rating}`` mapping (a dict comes back, in the same order).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from mcda.errors import ValidationError
from mcda.weights.ranked import check_ranks

__all__ = ["TOP_RATING", "smart_weights", "swing_weights"]

#: The rating of the most important swing.
TOP_RATING = 100.0


def _ratings(ratings: Any, name: str = "ratings") -> tuple[list[str] | None, np.ndarray]:
    names = None
    if isinstance(ratings, Mapping):
        names = [str(k) for k in ratings]
        values = list(ratings.values())
    elif isinstance(ratings, str):
        raise ValidationError(f"{name}: expected one rating per criterion, got {ratings!r}")
    else:
        values = list(ratings)
    if not values:
        raise ValidationError(f"{name}: no criteria given")
    out = []
    for index, value in enumerate(values):
        where = f"{name}.{names[index]}" if names else f"{name}[{index}]"
        if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
            raise ValidationError(f"{where}: {value!r} is not a number")
        if not math.isfinite(value):
            raise ValidationError(f"{where}: {value!r} is not finite")
        if value < 0:
            raise ValidationError(f"{where}: {value:g} is negative (ratings run 0–100)")
        if value > TOP_RATING:
            raise ValidationError(
                f"{where}: {value:g} exceeds {TOP_RATING:g}, the rating of the most important swing"
            )
        out.append(float(value))
    array = np.array(out)
    if array.max() != TOP_RATING:
        raise ValidationError(
            f"{name}: the most important swing must be rated {TOP_RATING:g} "
            f"(the highest given is {array.max():g})"
        )
    return names, array


def _result(names: list[str] | None, ratings: np.ndarray) -> np.ndarray | dict[str, float]:
    weights = ratings / ratings.sum()
    if names is None:
        return weights
    return {name: float(w) for name, w in zip(names, weights, strict=True)}


def swing_weights(
    ratings: Sequence[float] | np.ndarray | Mapping[str, float],
) -> np.ndarray | dict[str, float]:
    """SWING weights: ratings (0–100, the most important swing exactly 100) scaled to sum 1.

    Examples
    --------
    >>> swing_weights([100, 80, 60, 30, 10]).round(4)
    array([0.3571, 0.2857, 0.2143, 0.1071, 0.0357])
    """
    names, array = _ratings(ratings)
    return _result(names, array)


def smart_weights(
    ranks: Sequence[int] | np.ndarray | Mapping[str, int],
    ratings: Sequence[float] | np.ndarray | Mapping[str, float],
) -> np.ndarray | dict[str, float]:
    """SMART(S) weights from ranked and rated swings (rank 1 rated 100).

    ``ranks`` may tie (competition ranks, "1, 2, 2, 4"); tied swings must carry equal
    ratings, and a swing ranked below another must be rated lower.

    Examples
    --------
    >>> smart_weights({"cost": 1, "risk": 2, "reach": 2}, {"cost": 100, "risk": 50, "reach": 50})
    {'cost': 0.5, 'risk': 0.25, 'reach': 0.25}
    """
    names, array = _ratings(ratings)
    if isinstance(ranks, Mapping):
        if names is None:
            raise ValidationError("ranks, ratings: give both as mappings or both as sequences")
        unknown = [k for k in ranks if str(k) not in names]
        missing = [k for k in names if k not in {str(r) for r in ranks}]
        if unknown or missing:
            raise ValidationError(
                f"ranks: {'unknown' if unknown else 'missing'} criterion "
                f"{(unknown or missing)[0]!r} (ranks and ratings must name the same criteria)"
            )
        by_name = {str(k): v for k, v in ranks.items()}
        rank_values = check_ranks([by_name[name] for name in names], ties=True)
    else:
        rank_values = check_ranks(ranks, ties=True)
    if len(rank_values) != len(array):
        raise ValidationError(f"ranks: {len(rank_values)} ranks for {len(array)} ratings")
    labels = names or [f"[{i}]" for i in range(len(array))]

    def show(i: int) -> str:
        return repr(labels[i]) if names else f"ratings{labels[i]}"

    top = [i for i in range(len(array)) if rank_values[i] == 1]
    for i in top:
        if array[i] != TOP_RATING:
            raise ValidationError(
                f"ratings: {show(i)} is ranked 1 but rated {array[i]:g}; "
                f"the top-ranked swing is rated {TOP_RATING:g}"
            )
    order = np.argsort(rank_values, kind="stable")
    for a, b in itertools.pairwise(order):
        if rank_values[a] == rank_values[b] and array[a] != array[b]:
            raise ValidationError(
                f"ratings: {show(a)} and {show(b)} share rank {rank_values[a]} but are rated "
                f"{array[a]:g} and {array[b]:g}"
            )
        if rank_values[a] < rank_values[b] and array[a] <= array[b]:
            relation = "alike" if array[a] == array[b] else "in reverse"
            raise ValidationError(
                f"ratings: {show(a)} (rank {rank_values[a]}) and {show(b)} (rank "
                f"{rank_values[b]}) are rated {relation} ({array[a]:g}"
                + ("" if array[a] == array[b] else f" < {array[b]:g}")
                + "); a lower rank needs a lower rating, or give them the same rank"
            )
    return _result(names, array)
