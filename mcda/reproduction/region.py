"""The winning region of the weight simplex: its share, centre and per-criterion ranges.

The *winning region* of a target is the set of weight vectors (non-negative, summing
to 1, meeting the user's :class:`~mcda.sampling.WeightConstraints`) at which it leads
every competitor by the margin. For one decision its share (first-rank
acceptability) and central weights come from :func:`mcda.smaa` (SMAA-2, Lahdelma &
Salminen 2001, *Operations Research* 49(3), 444–454). For several decisions at once
(the intersection of their regions, which SMAA does not cover) :func:`estimate_region`
counts the weight samples at which every target wins, with the same sampler. The
range of each criterion's weight inside the region is optimised (exact LP for linear
methods).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcda.errors import ValidationError
from mcda.reproduction.solver import Contest, Objective, optimise
from mcda.sampling import WeightConstraints, WeightSampler

__all__ = [
    "RegionEstimate",
    "WeightRange",
    "draw_weights",
    "estimate_region",
    "nearest_samples",
    "weight_ranges",
    "win_mask",
]


def draw_weights(
    n_samples: int, n_criteria: int, constraints: WeightConstraints | None,
    rng: np.random.Generator,
) -> np.ndarray:
    """``n_samples`` weight vectors (S, n) uniform on the simplex restricted by
    ``constraints`` (exactly, by :class:`~mcda.sampling.WeightSampler`)."""
    if isinstance(n_samples, bool) or n_samples < 1:
        raise ValidationError(f"n_samples: need at least 1, got {n_samples}")
    return WeightSampler(n_criteria, rng, constraints).draw(n_samples)


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
    (first-rank acceptability; standard error ``standard_error``); ``central_weights``
    (n,): their mean, the SMAA central weight vector (``None`` when no sample wins);
    ``seed`` as given.
    """

    share: float
    standard_error: float
    central_weights: np.ndarray | None
    n_samples: int
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
    constraints: WeightConstraints,
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
                constraints=constraints,
                starts=[*starts, *extra_starts],
            )
            if solution is None:
                return ()
            ends.append(solution.weights)
        ranges.append(
            WeightRange(criterion, float(ends[0][index]), float(ends[1][index]), ends[0], ends[1])
        )
    return tuple(ranges)
