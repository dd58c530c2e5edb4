"""The winning region of the weight simplex: its share, centre, per-criterion ranges and
ternary slices through it.

The *winning region* of a target is the set of weight vectors (non-negative, summing
to 1, inside the user's bounds) at which it leads every competitor by the margin. Its
share (first-rank acceptability) and central weights are estimated by Monte Carlo
over weights uniform on the simplex, as in SMAA-2 (Lahdelma & Salminen 2001,
*Operations Research* 49(3), 444–454); with bounds, samples outside them are rejected,
so the share is relative to the bounded part of the simplex. The range of each
criterion's weight inside the region is optimised (exact LP for linear methods).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcda.errors import ValidationError
from mcda.model import Problem
from mcda.reproduction.condition import WeightBounds, WinCondition
from mcda.reproduction.solver import Contest, Objective, optimise
from mcda.sampling import uniform_simplex

__all__ = [
    "RegionEstimate",
    "TernarySlice",
    "WeightRange",
    "estimate_region",
    "nearest_samples",
    "sample_weights",
    "ternary_slice",
    "weight_ranges",
]

#: Give up rejection sampling when bounds accept fewer than this share of the simplex.
_MIN_ACCEPTANCE = 1e-4


def sample_weights(
    n_samples: int, bounds: WeightBounds, rng: np.random.Generator
) -> np.ndarray:
    """``n_samples`` weight vectors uniform on the simplex inside ``bounds``, (S, n).

    Uniform on the simplex (Dirichlet(1, …, 1)), rejecting those outside the bounds.
    """
    n = len(bounds.lower)
    if n_samples < 1:
        raise ValidationError(f"n_samples: need at least 1, got {n_samples}")
    if bounds.is_trivial:
        return uniform_simplex(n_samples, n, rng)
    kept: list[np.ndarray] = []
    count = 0
    drawn = 0
    while count < n_samples:
        batch = uniform_simplex(max(n_samples, 1000), n, rng)
        drawn += len(batch)
        inside = batch[bounds.contains(batch)]
        kept.append(inside)
        count += len(inside)
        if drawn >= 10 * n_samples and count < _MIN_ACCEPTANCE * drawn:
            raise ValidationError(
                f"bounds: they leave only {count / drawn:.1e} of the weight simplex; "
                "loosen them"
            )
    return np.vstack(kept)[:n_samples]


def win_mask(contests: Sequence[Contest], samples: np.ndarray, margin: float) -> np.ndarray:
    """Mask (S,) of the samples at which every contest's target wins by ``margin``."""
    mask = np.ones(len(samples), dtype=bool)
    for contest in contests:
        mask &= contest.lead(samples) >= margin
    return mask


@dataclass(frozen=True)
class RegionEstimate:
    """Monte Carlo estimate of the winning region.

    ``share``: fraction of the ``n_samples`` weight vectors at which the target(s) win
    (standard error ``standard_error``); ``central_weights`` (n,): their mean, the SMAA
    central weight vector (``None`` when no sample wins); ``seed`` as given.
    """

    share: float
    standard_error: float
    central_weights: np.ndarray | None
    n_samples: int
    n_winning: int
    seed: int | None


def estimate_region(
    contests: Sequence[Contest],
    samples: np.ndarray,
    *,
    margin: float,
    seed: int | None,
) -> tuple[RegionEstimate, np.ndarray]:
    """Share and central weights of the region where every contest's target wins.

    Returns the estimate and the win mask (S,) over ``samples`` (S, n).
    """
    mask = win_mask(contests, samples, margin)
    count = int(mask.sum())
    share = count / len(samples)
    central = samples[mask].mean(axis=0) if count else None
    return (
        RegionEstimate(
            share=share,
            standard_error=float(np.sqrt(share * (1 - share) / len(samples))),
            central_weights=central,
            n_samples=len(samples),
            n_winning=count,
            seed=seed,
        ),
        mask,
    )


def nearest_samples(samples: np.ndarray, key: np.ndarray, count: int = 3) -> list[np.ndarray]:
    """The ``count`` samples with the smallest ``key`` (S,), best first."""
    if len(samples) == 0:
        return []
    order = np.argsort(key, kind="stable")[:count]
    return [samples[i] for i in order]


@dataclass(frozen=True)
class WeightRange:
    """The weight of one criterion inside the winning region: from ``low`` to ``high``,
    attained at ``low_weights`` and ``high_weights`` (n,) respectively."""

    criterion: str
    low: float
    high: float
    low_weights: np.ndarray
    high_weights: np.ndarray


def weight_ranges(
    contests: Sequence[Contest],
    criterion_ids: Sequence[str],
    *,
    margin: float,
    bounds: WeightBounds,
    winning: np.ndarray,
    extra_starts: Sequence[np.ndarray] = (),
) -> tuple[WeightRange, ...]:
    """Minimum and maximum of each criterion's weight over the winning region.

    ``winning`` (k, n) are known winning weight vectors (samples): starts for the
    nonlinear solver and a floor for its answer. Exact (LP) for linear methods.
    Returns an empty tuple when the region is empty.
    """
    ranges = []
    for index, criterion in enumerate(criterion_ids):
        ends = []
        for kind, sign in (("min_weight", 1.0), ("max_weight", -1.0)):
            starts = nearest_samples(winning, sign * winning[:, index]) if len(winning) else []
            solution = optimise(
                contests,
                Objective(kind, index=index),  # type: ignore[arg-type]
                margin=margin,
                bounds=bounds,
                starts=[*starts, *extra_starts],
            )
            if solution is None:
                return ()
            ends.append(solution.weights)
        ranges.append(
            WeightRange(criterion, float(ends[0][index]), float(ends[1][index]), ends[0], ends[1])
        )
    return tuple(ranges)


@dataclass(frozen=True)
class TernarySlice:
    """The winner on a triangle of weights: three criteria vary, the rest stay fixed.

    ``criteria`` are the three varying criteria; the other weights stay at ``base``
    (n,), so the three share ``mass`` = 1 − the fixed weights. ``fractions`` (P, 3)
    are barycentric coordinates of the grid points (each row sums to 1), ``weights``
    (P, n) the full weight vectors, ``winners`` (P,) the index into ``alternatives``
    of the sole first-ranked alternative (−1 for a tie).
    """

    problem: Problem
    target: str
    criteria: tuple[str, str, str]
    base: np.ndarray
    mass: float
    fractions: np.ndarray
    weights: np.ndarray
    winners: np.ndarray
    alternatives: tuple[str, ...]

    @property
    def base_fractions(self) -> np.ndarray:
        """Where ``base`` lies in the triangle (barycentric, 3)."""
        columns = [self.problem.criterion_ids.index(c) for c in self.criteria]
        part = self.base[columns]
        return part / part.sum() if part.sum() > 0 else np.full(3, 1.0 / 3.0)


def ternary_slice(
    condition: WinCondition,
    base: np.ndarray,
    criteria: tuple[str, str, str],
    *,
    resolution: int = 60,
) -> TernarySlice:
    """Who ranks first on a triangular grid through ``base`` (n,) over three criteria."""
    ids = condition.criterion_ids
    unknown = [c for c in criteria if c not in ids]
    if unknown or len(set(criteria)) != 3:
        raise ValidationError(f"criteria: need three distinct criteria of {', '.join(ids)}")
    if resolution < 2:
        raise ValidationError(f"resolution: need at least 2, got {resolution}")
    columns = [ids.index(c) for c in criteria]
    base = np.asarray(base, dtype=float)
    mass = float(base[columns].sum())
    grid = [
        (i, j, resolution - i - j)
        for i in range(resolution + 1)
        for j in range(resolution + 1 - i)
    ]
    fractions = np.array(grid, dtype=float) / resolution
    weights = np.repeat(base[None, :], len(fractions), axis=0)
    weights[:, columns] = fractions * mass
    if mass <= 0:
        weights[:, columns] = fractions / 3.0
    utilities = condition.utilities(weights)
    best = utilities.max(axis=1, keepdims=True)
    first = np.abs(utilities - best) <= 1e-10
    winners = np.where(first.sum(axis=1) == 1, utilities.argmax(axis=1), -1)
    return TernarySlice(
        problem=condition.problem,
        target=condition.target,
        criteria=criteria,
        base=base,
        mass=mass,
        fractions=fractions,
        weights=weights,
        winners=winners,
        alternatives=condition.alternatives,
    )
