"""Which alternative wins where: a map over the weights of three criteria.

The three chosen criteria share the weight the current profile gives them,
W = w_a + w_b + w_c, in every proportion; the other criteria keep their profile
weights. The triangle of proportions (barycentric coordinates) is cut into N²
small triangles and the winner is computed at each one's centroid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError
from mcda.methods import Method, get_method
from mcda.methods.topsis import Anchors, as_signs, check_matrix
from mcda.model import Direction, Problem
from mcda.ranking import TIE_TOLERANCE, WeightsLike, problem_method, resolve_weights
from mcda.sensitivity._ranking import rank_keys
from mcda.values import as_value_scales
from mcda.weights import normalize_weights

__all__ = ["TernaryMap", "ternary_map", "ternary_problem", "triangle_cells"]

#: Winner code of a cell where several alternatives tie for first.
TIE = -1


@dataclass(frozen=True)
class TernaryMap:
    """Winners over the weight triangle of three criteria.

    ``cells`` (T, 3, 3): barycentric corners of each small triangle (rows: corners,
    columns: the three criteria); ``winners`` (T,): index into ``alternatives`` of the
    winner at each centroid, or ``TIE`` (−1); ``current`` (3,): the current weights'
    barycentric position; ``weights`` (T, n): the weight vector at each centroid.
    """

    method: str
    alternatives: tuple[str, ...]
    criteria: tuple[str, str, str]
    criterion_indices: tuple[int, int, int]
    resolution: int
    base_weights: np.ndarray
    cells: np.ndarray
    weights: np.ndarray
    winners: np.ndarray
    current: np.ndarray
    current_winner: int

    @property
    def area_shares(self) -> np.ndarray:
        """Share of the triangle won by each alternative, shape (m,) (ties excluded)."""
        counts = np.bincount(self.winners[self.winners >= 0], minlength=len(self.alternatives))
        return counts / len(self.winners)


def triangle_cells(resolution: int) -> np.ndarray:
    """The N² small triangles of a triangle cut N times per side, (N², 3, 3) barycentric."""
    n = resolution
    cells = []
    for i in range(n):
        for j in range(n - i):
            cells.append([(i, j), (i + 1, j), (i, j + 1)])
            if i + j <= n - 2:
                cells.append([(i + 1, j), (i, j + 1), (i + 1, j + 1)])
    ab = np.array(cells, dtype=float)  # (T, 3, 2)
    c = n - ab.sum(axis=2, keepdims=True)
    return np.concatenate([ab, c], axis=2) / n


def ternary_map(
    matrix: ArrayLike,
    directions: Sequence[Direction | str | int] | np.ndarray,
    weights: ArrayLike,
    criteria: Sequence[int],
    *,
    resolution: int = 60,
    method: str | Method = "topsis",
    anchors: Anchors | None = None,
    alternatives: Sequence[str] | None = None,
    criterion_ids: Sequence[str] | None = None,
) -> TernaryMap:
    """The winner at each of ``resolution``² cells of the weight triangle of ``criteria``.

    Parameters
    ----------
    matrix
        Decision matrix (m, n).
    directions
        Per criterion ``"max"``/``"min"``.
    weights
        Current weights (n,); criteria outside the three keep theirs.
    criteria
        Three distinct criterion indices.
    resolution
        Subdivisions per side, N ≥ 1 (N² cells).
    method
        A name from :data:`mcda.methods.METHODS` (or a :class:`~mcda.methods.Method`).
    anchors
        The criteria's anchors, (n, 2) or :class:`~mcda.values.ValueScales`, for the
        anchored methods.
    """
    array = check_matrix(matrix)
    m, n = array.shape
    signs = as_signs(directions, n)
    base = normalize_weights(weights, n)
    if base.ndim != 1:
        raise ValidationError(f"weights: expected one vector of {n}, got shape {base.shape}")
    trio = tuple(int(j) for j in criteria)
    if len(trio) != 3 or len(set(trio)) != 3 or not all(0 <= j < n for j in trio):
        raise ValidationError(
            f"criteria: need three distinct criteria among {n}, got {list(criteria)}"
        )
    if isinstance(resolution, bool) or not isinstance(resolution, int) or resolution < 1:
        raise ValidationError(f"resolution: expected an integer ≥ 1, got {resolution!r}")
    share = float(base[list(trio)].sum())
    if share <= 0:
        raise ValidationError(
            "weights: the three criteria have no weight in the profile; the map would be empty"
        )
    chosen = get_method(method, anchors=as_value_scales(anchors, signs))
    cells = triangle_cells(resolution)
    centroids = cells.mean(axis=1)
    grid = np.tile(base, (len(centroids), 1))
    grid[:, list(trio)] = share * centroids
    current = base[list(trio)] / share
    scores = np.atleast_2d(chosen.score(array, np.vstack([grid, base]), signs))
    keys = -scores if chosen.higher_is_better else scores
    ranked = rank_keys(keys, TIE_TOLERANCE)
    winners = np.where(ranked.size[:, 0] == 1, ranked.order[:, 0], TIE)
    ids = tuple(criterion_ids) if criterion_ids is not None else tuple(f"c{j}" for j in range(n))
    labels = tuple(alternatives) if alternatives is not None else tuple(f"a{i}" for i in range(m))
    if len(labels) != m or len(ids) != n:
        raise ValidationError(
            f"labels: {len(labels)} alternatives and {len(ids)} criteria given for a "
            f"{m} × {n} matrix"
        )
    return TernaryMap(
        method=chosen.name,
        alternatives=labels,
        criteria=(ids[trio[0]], ids[trio[1]], ids[trio[2]]),
        criterion_indices=(trio[0], trio[1], trio[2]),
        resolution=resolution,
        base_weights=base,
        cells=cells,
        weights=grid,
        winners=winners[:-1].astype(int),
        current=current,
        current_winner=int(winners[-1]),
    )


def ternary_problem(
    problem: Problem,
    criteria: Sequence[str],
    weights: WeightsLike = None,
    *,
    resolution: int = 60,
    method: str | Method = "topsis",
) -> TernaryMap:
    """:func:`ternary_map` for three criteria of ``problem`` named by id (eligible
    alternatives, midpoint scores)."""
    unknown = [c for c in criteria if c not in problem.criterion_ids]
    if unknown:
        raise ValidationError(
            f"criteria: unknown criterion {unknown[0]!r} "
            f"(criteria: {', '.join(problem.criterion_ids)})"
        )
    eligible = problem.require_eligible()
    return ternary_map(
        problem.matrix(eligible),
        problem.directions,
        resolve_weights(problem, weights),
        [problem.criterion_ids.index(c) for c in criteria],
        resolution=resolution,
        method=problem_method(problem, method),
        alternatives=eligible,
        criterion_ids=problem.criterion_ids,
    )
