"""Random weight vectors. Randomness enters through one ``rng`` (int seed or Generator)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from mcda.errors import ValidationError

__all__ = [
    "WeightConstraints",
    "WeightSampler",
    "as_generator",
    "constrained_simplex",
    "uniform_simplex",
]


def as_generator(rng: int | np.random.Generator | None) -> np.random.Generator:
    """``np.random.default_rng(rng)``; ``None`` draws fresh entropy (not reproducible)."""
    if isinstance(rng, bool):
        raise ValidationError(f"rng: expected an int seed or a Generator, got {rng!r}")
    return np.random.default_rng(rng)


def uniform_simplex(
    n_samples: int,
    n_criteria: int,
    rng: np.random.Generator,
    dtype: type[np.floating[Any]] = np.float64,
) -> np.ndarray:
    """``n_samples`` weight vectors uniform on the simplex {w ≥ 0, Σw = 1}, shape (S, n).

    Normalised standard exponentials, i.e. Dirichlet(1, …, 1) (Rubinstein & Kroese 2016,
    *Simulation and the Monte Carlo Method*, 3rd ed., §2.5.4).
    """
    if n_samples < 0 or n_criteria < 1:
        raise ValidationError(
            f"uniform_simplex: need n_samples ≥ 0 and n_criteria ≥ 1, got {n_samples}, {n_criteria}"
        )
    draws = rng.standard_exponential((n_samples, n_criteria), dtype=dtype)
    draws /= _row_sums(draws)[:, None]
    return draws


def _row_sums(values: np.ndarray) -> np.ndarray:
    """``values.sum(axis=1)`` for (S, n), bit for bit, and faster for short rows.

    numpy adds a row of fewer than 8 numbers strictly left to right (its pairwise
    summation starts at blocks of 8), so adding the columns one after another gives
    the same floats in n contiguous passes instead of one reduction call per row.
    """
    if values.shape[1] >= 8 or values.shape[0] == 0:
        return values.sum(axis=1)
    total = values[:, 0].copy()
    for j in range(1, values.shape[1]):
        total += values[:, j]
    return total


# -- constrained weights ---------------------------------------------------------------

#: Draws without one acceptance after which rejection sampling gives up.
MAX_FRUITLESS_DRAWS = 1_000_000


@dataclass(frozen=True)
class WeightConstraints:
    """Constraints on normalised weights: ordinal pairs and an interval per weight.

    ``order`` holds pairs ``(heavier, lighter)`` of criterion indices meaning
    ``w[heavier] >= w[lighter]`` (e.g. "cost ≥ robustness"); ``lower`` and ``upper``
    (n,) bound each weight (defaults 0 and 1). Weights always sum to 1.
    Build from criterion names with :meth:`from_spec`.
    """

    n_criteria: int
    order: tuple[tuple[int, int], ...] = ()
    lower: tuple[float, ...] | None = None
    upper: tuple[float, ...] | None = None

    def __post_init__(self) -> None:
        n = self.n_criteria
        if n < 1:
            raise ValidationError(f"weight constraints: need at least one criterion, got {n}")
        for heavier, lighter in self.order:
            for index in (heavier, lighter):
                if not 0 <= index < n:
                    raise ValidationError(
                        f"weight constraints: criterion index {index} is outside 0..{n - 1}"
                    )
            if heavier == lighter:
                raise ValidationError(
                    f"weight constraints: criterion {heavier} is ordered against itself"
                )
        for name, bound in (("lower", self.lower), ("upper", self.upper)):
            if bound is None:
                continue
            if len(bound) != n:
                raise ValidationError(
                    f"weight constraints: {name} has {len(bound)} bounds for {n} criteria"
                )
            if not all(math.isfinite(b) and 0.0 <= b <= 1.0 for b in bound):
                raise ValidationError(
                    f"weight constraints: {name} bounds must lie in [0, 1], got {list(bound)}"
                )
        low, high = self.lower_bounds, self.upper_bounds
        bad = np.flatnonzero(low > high)
        if bad.size:
            j = int(bad[0])
            raise ValidationError(
                f"weight constraints: criterion {j}: lower bound {low[j]:g} exceeds "
                f"upper bound {high[j]:g}"
            )
        if low.sum() > 1.0 + 1e-12:
            raise ValidationError(
                f"weight constraints: the lower bounds sum to {low.sum():g} > 1; no weights fit"
            )
        if high.sum() < 1.0 - 1e-12:
            raise ValidationError(
                f"weight constraints: the upper bounds sum to {high.sum():g} < 1; no weights fit"
            )

    @classmethod
    def from_ranks(
        cls, criterion_ids: Sequence[str], ranks: Mapping[str, int]
    ) -> WeightConstraints:
        """Ordinal constraints from a ranking of the swings (rank 1 the most important):
        a criterion ranked better weighs at least as much as one ranked worse (tied ranks
        are left unconstrained between them). Criteria without a rank are free."""
        ids = list(criterion_ids)
        unknown = [name for name in ranks if name not in ids]
        if unknown:
            raise ValidationError(
                f"ranks: unknown criterion {unknown[0]!r} (criteria: {', '.join(ids)})"
            )
        levels = sorted(set(ranks.values()))
        pairs = []
        for better, worse in itertools.pairwise(levels):
            for a in (n for n, r in ranks.items() if r == better):
                for b in (n for n, r in ranks.items() if r == worse):
                    pairs.append((ids.index(a), ids.index(b)))
        return cls(len(ids), tuple(pairs))

    @classmethod
    def from_spec(
        cls,
        criterion_ids: Sequence[str],
        order: Sequence[str] = (),
        intervals: Mapping[str, tuple[float, float]] | None = None,
    ) -> WeightConstraints:
        """Constraints from criterion names.

        ``order`` holds statements like ``"cost >= robustness"`` or chains
        ``"cost >= robustness >= synergy"`` (``<=`` reads the other way);
        ``intervals`` maps a criterion to ``(lower, upper)`` of its normalised weight.
        """
        ids = list(criterion_ids)
        pairs: list[tuple[int, int]] = []
        for statement in order:
            operator = ">=" if ">=" in statement else "<=" if "<=" in statement else None
            if operator is None or (">=" in statement and "<=" in statement):
                raise ValidationError(
                    f"weight order: {statement!r} must read 'a >= b' (or 'a <= b'), one direction"
                )
            names = [part.strip() for part in statement.split(operator)]
            for name in names:
                if name not in ids:
                    raise ValidationError(
                        f"weight order: {statement!r}: unknown criterion {name!r} "
                        f"(criteria: {', '.join(ids)})"
                    )
            if operator == "<=":
                names.reverse()
            pairs.extend(
                (ids.index(a), ids.index(b)) for a, b in itertools.pairwise(names)
            )
        lower = upper = None
        if intervals:
            low = [0.0] * len(ids)
            high = [1.0] * len(ids)
            for name, (a, b) in intervals.items():
                if name not in ids:
                    raise ValidationError(
                        f"weight interval: unknown criterion {name!r} (criteria: {', '.join(ids)})"
                    )
                if not (math.isfinite(a) and math.isfinite(b)) or a > b:
                    raise ValidationError(
                        f"weight interval: {name}: [{a:g}, {b:g}] is not an interval"
                    )
                low[ids.index(name)] = float(a)
                high[ids.index(name)] = float(b)
            lower, upper = tuple(low), tuple(high)
        return cls(len(ids), tuple(pairs), lower, upper)

    @property
    def lower_bounds(self) -> np.ndarray:
        return np.zeros(self.n_criteria) if self.lower is None else np.array(self.lower)

    @property
    def upper_bounds(self) -> np.ndarray:
        return np.ones(self.n_criteria) if self.upper is None else np.array(self.upper)

    @property
    def is_empty(self) -> bool:
        """True when nothing restricts the simplex."""
        return (
            not self.order
            and not np.any(self.lower_bounds > 0)
            and not np.any(self.upper_bounds < 1)
        )

    def admits(self, weights: np.ndarray) -> np.ndarray:
        """Boolean mask (S,) of the weight vectors (S, n) that meet every constraint."""
        ok = np.all(weights <= self.upper_bounds, axis=-1)
        for heavier, lighter in self.order:
            ok &= weights[..., heavier] >= weights[..., lighter]
        return ok


class WeightSampler:
    """Weights uniform on the simplex restricted by :class:`WeightConstraints`, exactly.

    Lower bounds are met by construction: ``w = l + (1 − Σl)·u`` with ``u`` uniform on
    the simplex is uniform on ``{w ≥ l, Σw = 1}`` (an affine image of the simplex).
    Upper bounds and ordinal constraints are met by rejection, which keeps the
    distribution exactly uniform on the constrained set (Rubinstein & Kroese 2016,
    §2.3.4); :attr:`acceptance_rate` reports the share of draws kept.
    """

    def __init__(
        self,
        n_criteria: int,
        rng: np.random.Generator,
        constraints: WeightConstraints | None = None,
        dtype: type[np.floating[Any]] = np.float64,
    ) -> None:
        if constraints is not None and constraints.n_criteria != n_criteria:
            raise ValidationError(
                f"weight constraints: made for {constraints.n_criteria} criteria, "
                f"the problem has {n_criteria}"
            )
        self.n_criteria = n_criteria
        self.rng = rng
        self.dtype = dtype
        self.constraints = None if constraints is None or constraints.is_empty else constraints
        self.drawn = 0
        self.accepted = 0
        self._buffer = np.empty((0, n_criteria), dtype=dtype)

    @property
    def acceptance_rate(self) -> float:
        """Share of raw draws that met the constraints (1.0 when unconstrained)."""
        return 1.0 if self.drawn == 0 else self.accepted / self.drawn

    def _raw(self, count: int) -> np.ndarray:
        weights = uniform_simplex(count, self.n_criteria, self.rng, self.dtype)
        if self.constraints is not None:
            low = self.constraints.lower_bounds
            if np.any(low > 0):
                weights = (low + (1.0 - low.sum()) * weights).astype(self.dtype)
        self.drawn += count
        return weights

    def draw(self, count: int) -> np.ndarray:
        """``count`` weight vectors (count, n) meeting the constraints."""
        if self.constraints is None:
            self.accepted += count
            return self._raw(count)
        parts = [self._buffer]
        have = len(self._buffer)
        fruitless = 0
        while have < count:
            rate = max(self.acceptance_rate if self.accepted else 0.0, 1e-3)
            batch = int(min(max(1024, 1.2 * (count - have) / rate), 1_000_000))
            raw = self._raw(batch)
            kept = raw[self.constraints.admits(raw)]
            self.accepted += len(kept)
            fruitless = fruitless + batch if len(kept) == 0 else 0
            if fruitless >= MAX_FRUITLESS_DRAWS:
                raise ValidationError(
                    f"weight constraints: none of {fruitless:,} uniform draws met them; "
                    "they leave no (or almost no) room for weights"
                )
            parts.append(kept)
            have += len(kept)
        pool = np.concatenate(parts)
        self._buffer = pool[count:]
        return pool[:count]


def constrained_simplex(
    n_samples: int,
    n_criteria: int,
    rng: np.random.Generator,
    constraints: WeightConstraints | None = None,
) -> tuple[np.ndarray, float]:
    """``n_samples`` weights (S, n) uniform on the constrained simplex, and the acceptance rate."""
    sampler = WeightSampler(n_criteria, rng, constraints)
    return sampler.draw(n_samples), sampler.acceptance_rate
