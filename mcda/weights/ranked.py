"""Weights from a ranking of the criteria (1 = most important), without ratings.

References: Edwards, W. & Barron, F. H. (1994). SMARTS and SMARTER: Improved simple
methods for multiattribute utility measurement. *Organizational Behavior and Human
Decision Processes* 60(3), 306–325 (rank-order centroid, eq. 2); Stillwell, W. G.,
Seaver, D. A. & Edwards, W. (1981). A comparison of weight approximation techniques in
multiattribute utility decision making. *OBHP* 28(1), 62–77 (rank sum, reciprocal rank).

For n criteria and rank k (1 … n):

* rank-order centroid  w_k = (1/n) Σ_{i=k}^{n} 1/i      (n = 5: .4567 .2567 .1567 .0900 .0400)
* rank sum             w_k = 2 (n + 1 − k) / (n (n + 1))
* reciprocal rank      w_k = (1/k) / Σ_{i=1}^{n} 1/i

``ranks`` is the rank of each criterion in criteria order (a sequence of whole
numbers, a ``{criterion: rank}`` mapping — then a dict comes back in the same
order — or a count n, meaning ranks 1 … n). The ranks must be 1 … n, each once:
these formulas are defined for strict rankings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, overload

import numpy as np

from mcda.errors import ValidationError

__all__ = ["check_ranks", "rank_order_centroid", "rank_sum", "reciprocal_rank"]

RanksLike = int | Sequence[int] | np.ndarray | Mapping[str, int]


def check_ranks(ranks: Sequence[Any] | np.ndarray, *, ties: bool = False) -> np.ndarray:
    """The ranks as an int array, checked: whole numbers ≥ 1, each 1 … n used.

    With ``ties`` equal ranks are allowed ("1, 2, 2, 4", competition style); without,
    the ranks must be a permutation of 1 … n.
    """
    values = list(ranks)
    if not values:
        raise ValidationError("ranks: no criteria given")
    out = []
    for index, rank in enumerate(values):
        if isinstance(rank, bool) or not isinstance(rank, int | np.integer | float):
            raise ValidationError(f"ranks[{index}]: {rank!r} is not a whole number")
        if rank != int(rank) or rank < 1:
            raise ValidationError(f"ranks[{index}]: {rank!r} is not a rank (1, 2, 3, …)")
        out.append(int(rank))
    array = np.array(out, dtype=int)
    n = len(array)
    if not ties:
        counts = np.bincount(array, minlength=n + 1)
        if np.any(counts > 1):
            tied = int(np.argmax(counts > 1))
            raise ValidationError(
                f"ranks: rank {tied} is given {counts[tied]} times; these weights need a "
                f"strict ranking 1 … {n} (SMART or SWING ratings allow equally important ones)"
            )
    if array.max() > n:
        raise ValidationError(f"ranks: rank {array.max()} exceeds the number of criteria ({n})")
    if ties:
        expected = np.sort(array)
        for position, rank in enumerate(expected, start=1):
            if rank > position:
                raise ValidationError(
                    f"ranks: rank {rank} follows {position - 1} better-ranked criteria; "
                    f"competition ranks would give {position}"
                )
    return array


def _by_position(n: int, weight: Callable[[int, int], float]) -> np.ndarray:
    return np.array([weight(k, n) for k in range(1, n + 1)])


def _roc(k: int, n: int) -> float:
    return sum(1.0 / i for i in range(k, n + 1)) / n


def _rank_sum(k: int, n: int) -> float:
    return 2.0 * (n + 1 - k) / (n * (n + 1))


def _reciprocal(k: int, n: int) -> float:
    return (1.0 / k) / sum(1.0 / i for i in range(1, n + 1))


@overload
def _apply(ranks: Mapping[str, int], weight: Callable[[int, int], float]) -> dict[str, float]: ...
@overload
def _apply(ranks: Any, weight: Callable[[int, int], float]) -> np.ndarray: ...
def _apply(ranks: Any, weight: Callable[[int, int], float]) -> Any:
    if isinstance(ranks, Mapping):
        names = list(ranks)
        array = check_ranks([ranks[name] for name in names])
        by_rank = _by_position(len(array), weight)
        return {name: float(by_rank[r - 1]) for name, r in zip(names, array, strict=True)}
    if isinstance(ranks, int | np.integer) and not isinstance(ranks, bool):
        if ranks < 1:
            raise ValidationError(f"ranks: expected at least 1 criterion, got {ranks}")
        return _by_position(int(ranks), weight)
    if isinstance(ranks, str):
        raise ValidationError(f"ranks: expected ranks per criterion, got the string {ranks!r}")
    array = check_ranks(ranks)
    return _by_position(len(array), weight)[array - 1]


def rank_order_centroid(ranks: RanksLike) -> np.ndarray | dict[str, float]:
    """Rank-order centroid weights (Edwards & Barron 1994): the centroid of the weight
    simplex region w_1 ≥ w_2 ≥ … ≥ w_n.

    Examples
    --------
    >>> rank_order_centroid(5).round(4)
    array([0.4567, 0.2567, 0.1567, 0.09  , 0.04  ])
    >>> rank_order_centroid({"cost": 2, "risk": 1})
    {'cost': 0.25, 'risk': 0.75}
    """
    return _apply(ranks, _roc)


def rank_sum(ranks: RanksLike) -> np.ndarray | dict[str, float]:
    """Rank-sum weights (Stillwell et al. 1981): proportional to n + 1 − rank.

    Examples
    --------
    >>> rank_sum(4)
    array([0.4, 0.3, 0.2, 0.1])
    """
    return _apply(ranks, _rank_sum)


def reciprocal_rank(ranks: RanksLike) -> np.ndarray | dict[str, float]:
    """Reciprocal-rank weights (Stillwell et al. 1981): proportional to 1 / rank.

    Examples
    --------
    >>> reciprocal_rank(3).round(4)
    array([0.5455, 0.2727, 0.1818])
    """
    return _apply(ranks, _reciprocal)
