"""One-at-a-time weight sweeps with exact rank-reversal points.

Each criterion's weight t runs from 0 to 1 while the other weights make up 1 − t:

* ``"proportional"`` (the default): the others keep their ratios,
  w_k(t) = (1 − t)·w_k / Σ_{l≠j} w_l, so the elicited profile is kept (equal shares
  when all other weights are zero);
* ``"equal"``: the change in t is shared equally by the others,
  w_k(t) = max(0, w_k − λ(t)) with λ chosen so the weights sum to 1; a weight that
  would turn negative stays at zero and the rest share the remainder.

Both paths pass through the current weights at t = w_j and never give a negative
weight. Rank reversals are bracketed on the grid (a sign change of the difference of
two alternatives' scores) and then found exactly by root finding on that difference:
for TOPSIS, all brackets at once with a vectorised bracketing solver
(:func:`bracketed_roots`, safeguarded Newton steps) on a quartic in the swept weight
with the sign and roots of the closeness difference (:func:`_cross_product`; checked
against ``scipy.optimize.brentq`` on the closeness itself in the tests); for other
methods with ``scipy.optimize.brentq`` per bracket. Reference for the approach:
Triantaphyllou, E. & Sánchez, A. (1997), A sensitivity analysis approach for some
deterministic multi-criteria decision-making methods, *Decision Sciences* 28(1),
151–194.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError
from mcda.methods import Method, get_method
from mcda.methods.topsis import Anchors, as_signs, check_matrix, squared_gaps
from mcda.model import Direction, Problem
from mcda.ranking import TIE_TOLERANCE, WeightsLike, problem_method, resolve_weights
from mcda.sensitivity._ranking import rank_keys
from mcda.values import as_value_scales
from mcda.weights import normalize_weights

__all__ = [
    "REDISTRIBUTIONS",
    "CriterionSweep",
    "RankReversal",
    "Redistribution",
    "SweepResult",
    "sweep_path",
    "sweep_problem",
    "weight_sweep",
]

Redistribution = Literal["proportional", "equal"]
REDISTRIBUTIONS: tuple[Redistribution, ...] = ("proportional", "equal")

#: Root-finding tolerance on the swept weight.
XTOL = 1e-12


class RankReversal(NamedTuple):
    """Two alternatives swap order where the swept weight equals ``weight``.

    ``ahead_below`` ranks better just below ``weight``, ``ahead_above`` just above
    (indices into the result's ``alternatives``). An immutable named tuple: a sweep
    finds hundreds, and a tuple is built several times faster than a frozen dataclass.
    """

    criterion: int
    weight: float
    ahead_below: int
    ahead_above: int


@dataclass(frozen=True)
class CriterionSweep:
    """The sweep of one criterion: P grid points, m alternatives, n criteria, R reversals.

    ``grid`` (P,) swept weight values; ``weights`` (P, n) the full weight vectors;
    ``scores`` and ``ranks`` (P, m); ``reversal_weights`` (R,) ascending and
    ``reversal_pairs`` (R, 2) the alternatives ahead just below and just above each;
    :attr:`reversals` gives the same as :class:`RankReversal` tuples.
    """

    criterion: int
    base_weight: float
    grid: np.ndarray
    weights: np.ndarray
    scores: np.ndarray
    ranks: np.ndarray
    reversal_weights: np.ndarray
    reversal_pairs: np.ndarray

    @cached_property
    def reversals(self) -> tuple[RankReversal, ...]:
        """The reversals sorted by weight (built from the arrays on first use)."""
        below, above = self.reversal_pairs.T.tolist()
        rows = zip(itertools.repeat(self.criterion), self.reversal_weights.tolist(), below, above)
        return tuple(map(RankReversal._make, rows))


@dataclass(frozen=True)
class SweepResult:
    """One-at-a-time sweeps of every criterion (see :func:`weight_sweep`)."""

    method: str
    higher_is_better: bool
    redistribution: Redistribution
    alternatives: tuple[str, ...]
    criteria: tuple[str, ...]
    base_weights: np.ndarray
    base_scores: np.ndarray
    base_ranks: np.ndarray
    sweeps: tuple[CriterionSweep, ...]

    def sweep(self, criterion: str | int) -> CriterionSweep:
        """The sweep of a criterion, by id or index."""
        if isinstance(criterion, str):
            if criterion not in self.criteria:
                raise ValidationError(
                    f"criterion: unknown {criterion!r} (criteria: {', '.join(self.criteria)})"
                )
            criterion = self.criteria.index(criterion)
        for sweep in self.sweeps:
            if sweep.criterion == criterion:
                return sweep
        raise ValidationError(f"criterion: {criterion!r} was not swept")

    @property
    def reversals(self) -> tuple[RankReversal, ...]:
        """Every reversal of every sweep."""
        return tuple(r for sweep in self.sweeps for r in sweep.reversals)


# -- the weight path --------------------------------------------------------------------


@dataclass(frozen=True)
class _Path:
    """w(t) = offset[p] + slope[p]·t on piece p = [breaks[p], breaks[p + 1]]."""

    breaks: tuple[float, ...]
    offsets: np.ndarray  # (pieces, n)
    slopes: np.ndarray  # (pieces, n)

    def piece(self, t: float) -> int:
        return min(max(bisect.bisect_right(self.breaks, t) - 1, 0), len(self.offsets) - 1)


def sweep_path(
    base: np.ndarray, criterion: int, grid: np.ndarray, redistribution: Redistribution
) -> np.ndarray:
    """Weight vectors (P, n) with weight ``criterion`` at each grid value, others redistributed.

    See the module docstring for the two rules. Rows sum to 1; no entry is negative.
    """
    t = np.asarray(grid, dtype=float)
    n = len(base)
    others = np.arange(n) != criterion
    remainder = 1.0 - t
    weights = np.zeros((len(t), n))
    weights[:, criterion] = t
    if n == 1:
        return weights
    rest = base[others]
    if redistribution == "proportional":
        share = rest / rest.sum() if rest.sum() > 0 else np.full(len(rest), 1.0 / len(rest))
        weights[:, others] = remainder[:, None] * share
    elif redistribution == "equal":
        weights[:, others] = _water_fill(rest, remainder)
    else:
        raise ValidationError(
            f"redistribution: {redistribution!r} is not one of {', '.join(REDISTRIBUTIONS)}"
        )
    return weights


def _water_fill(values: np.ndarray, totals: np.ndarray) -> np.ndarray:
    """max(0, v − λ) summing to each total R ≥ 0 (λ < 0 adds equally), shape (P, k)."""
    k = len(values)
    ordered = np.sort(values)[::-1]
    cumulative = np.cumsum(ordered)
    counts = np.arange(1, k + 1)
    levels = (cumulative[None, :] - totals[:, None]) / counts  # λ if the top ρ stay positive
    valid = ordered[None, :] > levels
    valid[:, 0] = True
    last = k - 1 - np.argmax(valid[:, ::-1], axis=1)
    level = levels[np.arange(len(totals)), last]
    return np.maximum(values[None, :] - level[:, None], 0.0)


def _path(base: np.ndarray, criterion: int, redistribution: Redistribution) -> _Path:
    """The exact piecewise-linear form of :func:`sweep_path` for root finding."""
    n = len(base)
    breaks = {0.0, 1.0}
    if redistribution == "equal" and n > 1:
        rest = np.delete(base, criterion)
        for value in rest:
            t = 1.0 - float(np.maximum(rest - value, 0.0).sum())
            if 0.0 < t < 1.0:
                breaks.add(t)
    ordered = tuple(sorted(breaks))
    # the weights at every break in one call (sweep_path treats each row on its own,
    # so these are the same numbers as a call per piece)
    ends = sweep_path(base, criterion, np.array(ordered), redistribution)
    offsets, slopes = [], []
    for piece, (low, high) in enumerate(itertools.pairwise(ordered)):
        slope = (ends[piece + 1] - ends[piece]) / (high - low)
        slopes.append(slope)
        offsets.append(ends[piece] - slope * low)
    return _Path(ordered, np.array(offsets), np.array(slopes))


# -- scores along the path --------------------------------------------------------------

PairFunction = Callable[[float], float]


class _Scorer:
    """Scores of a method on one matrix: batched over the grid, and per pair for brentq."""

    def __init__(self, method: Method, matrix: np.ndarray, signs: np.ndarray) -> None:
        self.method = method
        self.matrix = matrix
        self.signs = signs
        normalization = method.topsis_normalization
        self.gaps: tuple[np.ndarray, np.ndarray] | None = None
        if normalization is not None:
            self.gaps = squared_gaps(matrix, signs, normalization, method.anchors)

    def scores(self, weights: np.ndarray) -> np.ndarray:
        return self.method.score(self.matrix, weights, self.signs)

    def topsis_tables(
        self, paths: Sequence[_Path]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Quadratic coefficients of d±_i(t)² on every piece of every path.

        On a linear piece w(t) = o + s·t of a path, d±_i(t)² = Σ_j (o_j + s_j t)² G±_ij
        = c0 + c1 t + c2 t². Returns ``ideal`` and ``anti`` (paths, pieces, m, 3),
        ``breaks`` (paths, pieces + 1; padded with inf) and the piece counts (paths,).
        """
        if self.gaps is None:
            raise ValidationError(f"{self.method.name}: no closed form along the path")
        gap_ideal, gap_anti = self.gaps
        pieces = max(len(p.offsets) for p in paths)
        shape = (len(paths), pieces, self.matrix.shape[1])
        offsets, slopes = np.zeros(shape), np.zeros(shape)  # padding pieces stay 0
        breaks = np.full((len(paths), pieces + 1), np.inf)
        for number, path in enumerate(paths):
            count = len(path.offsets)
            offsets[number, :count], slopes[number, :count] = path.offsets, path.slopes
            breaks[number, : count + 1] = path.breaks
        basis = np.stack([offsets**2, 2 * offsets * slopes, slopes**2], axis=2)
        ideal = np.moveaxis(basis @ gap_ideal.T, 2, 3)  # (paths, pieces, 3, m) → (…, m, 3)
        anti = np.moveaxis(basis @ gap_anti.T, 2, 3)
        return ideal, anti, breaks, np.array([len(p.offsets) for p in paths])

    def pair_differences(self, path: _Path) -> Callable[[int, int], PairFunction]:
        """A factory of f(t) = score_i − score_k along ``path`` (closeness for TOPSIS)."""
        if self.gaps is None:

            def generic_pair(i: int, k: int) -> PairFunction:
                def generic(t: float) -> float:
                    p = path.piece(t)
                    w = path.offsets[p] + path.slopes[p] * t
                    s = self.method.score(self.matrix, np.maximum(w, 0.0), self.signs)
                    return float(s[i] - s[k])

                return generic

            return generic_pair
        # TOPSIS: d±_i(t)² = Σ_j (o_j + s_j t)² G±_ij, a quadratic in t on each piece
        gap_ideal, gap_anti = self.gaps
        basis = np.stack(
            [path.offsets**2, 2 * path.offsets * path.slopes, path.slopes**2], axis=1
        )  # (pieces, 3, n)
        ideal_table = np.moveaxis(basis @ gap_ideal.T, 1, 2).tolist()  # [piece][i] = (c0, c1, c2)
        anti_table = np.moveaxis(basis @ gap_anti.T, 1, 2).tolist()
        breaks = path.breaks
        single = len(path.offsets) == 1
        last = len(path.offsets) - 1
        sqrt = math.sqrt

        def topsis_pair(i: int, k: int) -> PairFunction:
            def topsis_difference(t: float) -> float:
                p = 0 if single else min(max(bisect.bisect_right(breaks, t) - 1, 0), last)
                a0, a1, a2 = ideal_table[p][i]
                b0, b1, b2 = anti_table[p][i]
                ideal = sqrt(max(a0 + t * (a1 + t * a2), 0.0))
                anti = sqrt(max(b0 + t * (b1 + t * b2), 0.0))
                total = ideal + anti
                first = anti / total if total > 0 else 0.5
                a0, a1, a2 = ideal_table[p][k]
                b0, b1, b2 = anti_table[p][k]
                ideal = sqrt(max(a0 + t * (a1 + t * a2), 0.0))
                anti = sqrt(max(b0 + t * (b1 + t * b2), 0.0))
                total = ideal + anti
                return first - (anti / total if total > 0 else 0.5)

            return topsis_difference

        return topsis_pair


def _brackets(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Grid brackets of sign changes of score_i − score_k, for every pair i < k.

    ``scores`` (C, P, m): C sweeps of P grid points. Returns the sweep number (B,),
    an int array (B, 4) of rows (i, k, left, right) — grid indices with opposite
    signs and only ties (|Δ| ≤ TIE_TOLERANCE) in between — and the sign of
    score_i − score_k at ``left`` (B,).
    """
    m = scores.shape[2]
    if m < 2:
        return np.zeros(0, dtype=int), np.zeros((0, 4), dtype=int), np.zeros(0, dtype=int)
    firsts, seconds = np.triu_indices(m, 1)
    count, points = scores.shape[:2]
    by_alternative = np.ascontiguousarray(scores.reshape(-1, m).T)  # (m, C·P): row gathers
    difference = np.empty((len(firsts), count * points))  # (pairs, C·P), pairs i < k
    row = 0
    for i in range(m - 1):  # one broadcast subtraction per i (row gathers cost 5× more)
        block = difference[row : row + m - 1 - i]
        np.subtract(by_alternative[i], by_alternative[i + 1 :], out=block)
        row += m - 1 - i
    # sign of the difference, 0 within the tie tolerance, as int8 in three passes
    sign = (difference > TIE_TOLERANCE).view(np.int8) - (difference < -TIE_TOLERANCE).view(
        np.int8
    )
    rows = sign.reshape(-1, points)  # (pairs·C, P): one sweep of one pair per row
    exact = np.asarray(rows.all(axis=1))  # no tie anywhere on this sweep
    # sign changes between neighbours over the flattened rows (one contiguous pass); a
    # "change" from a row's last point to the next row's first is no bracket
    flat = rows.reshape(-1)
    changes = np.flatnonzero(flat[1:] != flat[:-1])
    changes = changes[(changes + 1) % points != 0]
    row_of, lefts = np.divmod(changes, points)
    keep = exact[row_of]
    row_of, lefts = row_of[keep], lefts[keep]
    parts = [np.column_stack([row_of % count, row_of // count, lefts, lefts + 1])]
    for tied_row in np.flatnonzero(~exact).tolist():  # rare: sweeps with ties
        column = rows[tied_row]
        if not (np.any(column > 0) and np.any(column < 0)):
            continue
        nonzero = np.flatnonzero(column)
        changed = np.flatnonzero(column[nonzero[1:]] != column[nonzero[:-1]])
        pair, sweep = divmod(tied_row, count)
        parts.append(
            np.column_stack([
                np.full(len(changed), sweep), np.full(len(changed), pair),
                nonzero[changed], nonzero[changed + 1],
            ])
        )  # fmt: skip
    table = np.concatenate(parts).astype(int)  # (sweep, pair, left, right)
    found = np.column_stack(
        [firsts[table[:, 1]], seconds[table[:, 1]], table[:, 2], table[:, 3]]
    )
    signs_left = rows[table[:, 1] * count + table[:, 0], table[:, 2]]
    return table[:, 0], found, signs_left


def bracketed_roots(
    function: Callable[..., np.ndarray],
    lows: np.ndarray,
    highs: np.ndarray,
    *args: np.ndarray,
    value_and_slope: Callable[..., tuple[np.ndarray, np.ndarray]] | None = None,
    xtol: float = XTOL,
    max_iterations: int = 200,
) -> np.ndarray:
    """Roots of ``function(t, *args)`` in many brackets at once, each to within ``xtol``.

    The Illinois variant of regula falsi (Dowell & Jarratt 1971, *BIT* 11, 168–174)
    with a bisection step every fourth iteration: the bracket [low, high] keeps a sign
    change throughout, so each root is found whenever the function is continuous,
    as with ``scipy.optimize.brentq``, but for all brackets in one vectorised loop.
    With ``value_and_slope(t, *args)`` (the function and its derivative), Newton steps
    instead, kept inside the shrinking bracket and replaced by bisection when they
    leave it or slow down (``rtsafe`` of Press et al. 2007, *Numerical Recipes*, 3rd
    ed., §9.4); a Newton step shorter than ``xtol / 2`` ends the search. ``args`` are
    per-bracket arrays (first axis).
    """
    low = np.asarray(lows, dtype=float).copy()
    high = np.asarray(highs, dtype=float).copy()
    f_low = function(low, *args)
    f_high = function(high, *args)
    if np.any(np.sign(f_low) * np.sign(f_high) > 0):
        raise ValidationError("bracketed_roots: a bracket has no sign change")
    done = (f_low == 0) | (f_high == 0) | (high - low <= xtol)
    root = np.where(f_low == 0, low, np.where(f_high == 0, high, 0.5 * (low + high)))
    # Only the unfinished brackets are carried, compacted whenever some finish (each
    # bracket sees exactly the arithmetic it would in a masked update of all of them).
    rows = np.flatnonzero(~done)
    a, b, fa, fb = low[rows], high[rows], f_low[rows], f_high[rows]
    extra = tuple(arg[rows] for arg in args)
    if value_and_slope is not None:
        _newton(value_and_slope, root, rows, a, b, fa, fb, extra, xtol, max_iterations)
        return root
    side = np.zeros(len(rows), dtype=int)
    for iteration in range(max_iterations):
        if not rows.size:
            break
        with np.errstate(invalid="ignore", divide="ignore"):
            c = (a * fb - b * fa) / (fb - fa)
        bisect_now = ~((c > a) & (c < b)) | (iteration % 4 == 3)
        c = np.where(bisect_now, 0.5 * (a + b), c)
        fc = function(c, *extra)
        same_as_low = np.sign(fc) == np.sign(fa)
        # the root is in [c, b]: move low; else in [a, c]: move high (Illinois halving)
        fa, fb = (
            np.where(same_as_low, fc, np.where(side == -1, fa / 2, fa)),
            np.where(same_as_low, np.where(side == 1, fb / 2, fb), fc),
        )
        a, b = np.where(same_as_low, c, a), np.where(same_as_low, b, c)
        side = np.where(same_as_low, 1, -1)
        exact = fc == 0
        root[rows] = np.where(exact, c, 0.5 * (a + b))
        finished = exact | (b - a <= xtol)
        if finished.any():
            keep = ~finished
            rows, a, b, fa, fb, side = rows[keep], a[keep], b[keep], fa[keep], fb[keep], side[keep]
            extra = tuple(arg[keep] for arg in extra)
    return root


def _newton(
    value_and_slope: Callable[..., tuple[np.ndarray, np.ndarray]],
    root: np.ndarray,
    rows: np.ndarray,
    a: np.ndarray,
    b: np.ndarray,
    fa: np.ndarray,
    fb: np.ndarray,
    extra: tuple[np.ndarray, ...],
    xtol: float,
    max_iterations: int,
) -> None:
    """The Newton mode of :func:`bracketed_roots`; writes into ``root``."""
    with np.errstate(invalid="ignore", divide="ignore"):
        t = (a * fb - b * fa) / (fb - fa)  # start from the secant of the bracket
        t = np.where((t > a) & (t < b), t, 0.5 * (a + b))
        previous_step = b - a
        positive_low = fa > 0  # the sign at the low end, kept as the end moves
        for _ in range(max_iterations):
            if not rows.size:
                break
            ft, slope = value_and_slope(t, *extra)
            move_low = (ft > 0) == positive_low  # the root lies in [t, b]
            a = np.where(move_low, t, a)
            b = np.where(move_low, b, t)
            step = ft / slope
            candidate = t - step
            # bisect when Newton leaves the bracket (or is undefined) or halves too slowly
            bisect_now = ~((candidate > a) & (candidate < b)) | (
                np.abs(2 * step) > np.abs(previous_step)
            )
            new = np.where(bisect_now, 0.5 * (a + b), candidate)
            previous_step = new - t
            exact = ft == 0
            converged = np.abs(step) <= 0.5 * xtol  # (a step onto a bracket end counts too)
            finished = exact | converged | (b - a <= xtol)
            if finished.any():
                found = np.where(exact, t, np.where(converged, candidate, new))
                root[rows[finished]] = found[finished]
                keep = ~finished
                rows, a, b, new = rows[keep], a[keep], b[keep], new[keep]
                positive_low, previous_step = positive_low[keep], previous_step[keep]
                extra = tuple(arg[keep] for arg in extra)
            t = new
    root[rows] = t  # brackets still open after max_iterations: the latest estimate


def _pair_closeness_difference(t: np.ndarray, coefficients: np.ndarray) -> np.ndarray:
    """TOPSIS closeness of i minus that of k at t (B,), from the quadratic coefficients
    (c0, c1, c2) of d⁺² and d⁻² stacked (B, 4, 3) as (ideal_i, anti_i, ideal_k, anti_k);
    d² = c0 + t·(c1 + t·c2), closeness d⁻/(d⁺ + d⁻), 0.5 where both distances are 0."""
    # (4, 3, B): every operation below runs over long contiguous rows, not over
    # B short rows of 4 (one ufunc inner-loop call each)
    by_row = np.ascontiguousarray(np.moveaxis(coefficients, 0, -1))
    squares = by_row[:, 0] + t * (by_row[:, 1] + t * by_row[:, 2])
    distances = np.sqrt(np.maximum(squares, 0.0))
    total = distances[0::2] + distances[1::2]
    safe = np.where(total > 0, total, 1.0)
    closeness = np.where(total > 0, distances[1::2] / safe, 0.5)
    return closeness[0] - closeness[1]


def _cross_product(t: np.ndarray, coefficients: np.ndarray) -> np.ndarray:
    """P(t) = d⁻_i²·d⁺_k² − d⁻_k²·d⁺_i², a quartic with the sign of closeness_i − closeness_k.

    closeness_i − closeness_k = (d⁻_i d⁺_k − d⁻_k d⁺_i) / ((d⁺_i + d⁻_i)(d⁺_k + d⁻_k)),
    and x² − y² = (x − y)(x + y) with x, y ≥ 0: the same roots and signs, no square
    roots. ``coefficients`` (B, 4, 3): (c0, c1, c2) of d⁺_i², d⁻_i², d⁺_k², d⁻_k².
    """
    return _cross_product_and_slope(t, coefficients)[0]


def _cross_product_and_slope(
    t: np.ndarray, coefficients: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_cross_product` and its derivative in t."""
    c0, c1, c2 = coefficients[:, :, 0].T, coefficients[:, :, 1].T, coefficients[:, :, 2].T
    values = c0 + t * (c1 + t * c2)  # (4, B): d⁺_i², d⁻_i², d⁺_k², d⁻_k²
    slopes = c1 + 2 * t * c2
    ideal_i, anti_i, ideal_k, anti_k = values
    d_ideal_i, d_anti_i, d_ideal_k, d_anti_k = slopes
    value = anti_i * ideal_k - anti_k * ideal_i
    slope = (d_anti_i * ideal_k + anti_i * d_ideal_k) - (d_anti_k * ideal_i + anti_k * d_ideal_i)
    return value, slope


def _topsis_roots(
    scorer: _Scorer, paths: Sequence[_Path], numbers: np.ndarray, found: np.ndarray,
    lows: np.ndarray, highs: np.ndarray,
) -> np.ndarray:
    """Reversal weights for TOPSIS: exact closeness along the path, all brackets at once.

    A bracket that straddles a break of a piecewise-linear path is first narrowed to
    the piece that holds the sign change, so the closeness in each bracket is one
    closed form.
    """
    ideal, anti, breaks, counts = scorer.topsis_tables(paths)
    i, k = found[:, 0], found[:, 1]
    lows, highs = lows.copy(), highs.copy()

    def coefficients(rows: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, ...]:
        path = numbers[rows]
        piece = np.clip((breaks[path] <= t[:, None]).sum(axis=1) - 1, 0, counts[path] - 1)
        return (
            ideal[path, piece, i[rows]], anti[path, piece, i[rows]],
            ideal[path, piece, k[rows]], anti[path, piece, k[rows]],
        )  # fmt: skip

    def stacked(rows: np.ndarray, t: np.ndarray) -> np.ndarray:
        return np.stack(coefficients(rows, t), axis=1)  # (B, 4, 3)

    for column in range(1, breaks.shape[1] - 1):  # interior breaks, in increasing order
        point = breaks[numbers, column]
        rows = np.flatnonzero((point > lows) & (point < highs))
        if not rows.size:
            continue
        at_low = _pair_closeness_difference(lows[rows], stacked(rows, lows[rows]))
        at_point = _pair_closeness_difference(point[rows], stacked(rows, point[rows]))
        exact = at_point == 0  # the reversal is at the break itself
        left = (np.sign(at_point) != np.sign(at_low)) & ~exact  # it is before the break
        highs[rows] = np.where(left | exact, point[rows], highs[rows])
        lows[rows] = np.where(left, lows[rows], point[rows])
    everything = np.arange(len(found))
    middle = stacked(everything, 0.5 * (lows + highs))  # (B, 4, 3): one piece per bracket
    return bracketed_roots(
        _cross_product, lows, highs, middle, value_and_slope=_cross_product_and_slope
    )


def _reversal_roots(
    scorer: _Scorer, paths: Sequence[_Path], numbers: np.ndarray, found: np.ndarray,
    grid: np.ndarray,
) -> np.ndarray:
    """The exact reversal weight in every bracket (rows of :func:`_brackets`)."""
    lows, highs = grid[found[:, 2]], grid[found[:, 3]]
    if scorer.gaps is not None:
        return _topsis_roots(scorer, paths, numbers, found, lows, highs)
    from scipy.optimize import brentq

    roots = np.empty(len(found))
    factories = [scorer.pair_differences(path) for path in paths]
    for row, (i, k, _, _) in enumerate(found.tolist()):
        function = factories[numbers[row]](i, k)
        a, b = float(lows[row]), float(highs[row])
        try:
            roots[row] = brentq(function, a, b, xtol=XTOL)
        except ValueError:  # the grid sign and the exact function disagree at an end
            roots[row] = a if abs(function(a)) <= abs(function(b)) else b
    return roots


def _ranks(scores: np.ndarray, higher_is_better: bool) -> np.ndarray:
    keys = -scores if higher_is_better else scores
    return rank_keys(keys, TIE_TOLERANCE).ranks()


def weight_sweep(
    matrix: ArrayLike,
    directions: Sequence[Direction | str | int] | np.ndarray,
    weights: ArrayLike,
    *,
    points: int = 101,
    redistribution: Redistribution = "proportional",
    method: str | Method = "topsis",
    anchors: Anchors | None = None,
    criteria: Sequence[int] | None = None,
    alternatives: Sequence[str] | None = None,
    criterion_ids: Sequence[str] | None = None,
) -> SweepResult:
    """Sweep each criterion's weight from 0 to 1 and find every rank reversal exactly.

    Parameters
    ----------
    matrix
        Decision matrix (m alternatives, n criteria).
    directions
        Per criterion ``"max"``/``"min"`` (or Direction, ±1).
    weights
        The current weights (n,), rescaled to sum 1.
    points
        Grid points per sweep (≥ 2), evenly spaced on [0, 1]. Reversals are bracketed
        on this grid and then located by ``brentq``; two reversals of the same pair
        closer together than one grid step cancel out and are not seen.
    redistribution
        ``"proportional"`` (default) or ``"equal"``; see the module docstring.
    method
        A name from :data:`mcda.methods.METHODS` (or a :class:`~mcda.methods.Method`).
    anchors
        The criteria's anchors, (n, 2) or :class:`~mcda.values.ValueScales`, for the
        anchored methods.
    criteria
        Indices of the criteria to sweep (default all).
    alternatives, criterion_ids
        Labels recorded in the result.

    Returns
    -------
    SweepResult
    """
    array = check_matrix(matrix)
    m, n = array.shape
    signs = as_signs(directions, n)
    base = normalize_weights(weights, n)
    if base.ndim != 1:
        raise ValidationError(f"weights: expected one vector of {n}, got shape {base.shape}")
    if isinstance(points, bool) or not isinstance(points, int) or points < 2:
        raise ValidationError(f"points: expected an integer ≥ 2, got {points!r}")
    if redistribution not in REDISTRIBUTIONS:
        raise ValidationError(
            f"redistribution: {redistribution!r} is not one of {', '.join(REDISTRIBUTIONS)}"
        )
    chosen = get_method(method, anchors=as_value_scales(anchors, signs))
    swept = list(range(n)) if criteria is None else [int(j) for j in criteria]
    for j in swept:
        if not 0 <= j < n:
            raise ValidationError(f"criteria: index {j} is outside 0..{n - 1}")
    alternative_ids = tuple(alternatives) if alternatives is not None else tuple(
        f"a{i}" for i in range(m)
    )
    ids = tuple(criterion_ids) if criterion_ids is not None else tuple(f"c{j}" for j in range(n))
    if len(alternative_ids) != m or len(ids) != n:
        raise ValidationError(
            f"labels: {len(alternative_ids)} alternatives and {len(ids)} criteria "
            f"given for a {m} × {n} matrix"
        )
    scorer = _Scorer(chosen, array, signs)
    grid = np.linspace(0.0, 1.0, points)
    all_weights = np.concatenate(
        [sweep_path(base, j, grid, redistribution) for j in swept] + [base[None, :]]
    )
    all_scores = np.atleast_2d(scorer.scores(all_weights))
    all_ranks = _ranks(all_scores, chosen.higher_is_better)
    paths = [_path(base, j, redistribution) for j in swept]
    numbers, found, signs_left = _brackets(
        all_scores[: len(swept) * points].reshape(len(swept), points, m)
    )
    roots = _reversal_roots(scorer, paths, numbers, found, grid) if len(found) else np.zeros(0)
    i_ahead_below = (signs_left > 0) == chosen.higher_is_better
    ahead_below = np.where(i_ahead_below, found[:, 0], found[:, 1])
    ahead_above = np.where(i_ahead_below, found[:, 1], found[:, 0])
    order = np.lexsort((ahead_below, roots, numbers))  # by criterion, weight, alternative
    sorted_roots = roots[order]
    pairs = np.column_stack([ahead_below[order], ahead_above[order]])
    ends = np.cumsum(np.bincount(numbers, minlength=len(swept))).tolist()
    sweeps = []
    for number, j in enumerate(swept):
        rows = slice(number * points, (number + 1) * points)
        found_here = slice(ends[number - 1] if number else 0, ends[number])
        sweeps.append(
            CriterionSweep(
                criterion=j,
                base_weight=float(base[j]),
                grid=grid,
                weights=all_weights[rows],
                scores=all_scores[rows],
                ranks=all_ranks[rows],
                reversal_weights=sorted_roots[found_here],
                reversal_pairs=pairs[found_here],
            )
        )
    return SweepResult(
        method=chosen.name,
        higher_is_better=chosen.higher_is_better,
        redistribution=redistribution,
        alternatives=alternative_ids,
        criteria=ids,
        base_weights=base,
        base_scores=all_scores[-1],
        base_ranks=all_ranks[-1],
        sweeps=tuple(sweeps),
    )


def sweep_problem(
    problem: Problem,
    weights: WeightsLike = None,
    *,
    points: int = 101,
    redistribution: Redistribution = "proportional",
    method: str | Method = "topsis",
) -> SweepResult:
    """:func:`weight_sweep` over the eligible alternatives of ``problem`` (midpoint scores).

    ``weights`` is a profile name, ``{criterion: weight}``, a vector or ``None`` (the
    default profile).
    """
    eligible = problem.require_eligible()
    return weight_sweep(
        problem.matrix(eligible),
        problem.directions,
        resolve_weights(problem, weights),
        points=points,
        redistribution=redistribution,
        method=problem_method(problem, method),
        alternatives=eligible,
        criterion_ids=problem.criterion_ids,
    )
