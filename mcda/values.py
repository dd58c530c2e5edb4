"""Anchored value scales: each criterion's scale mapped to [0, 1] between two fixed anchors.

In multi-attribute value theory (Keeney & Raiffa 1976, *Decisions with Multiple
Objectives*, ch. 3; von Winterfeldt & Edwards 1986, *Decision Analysis and Behavioral
Research*, ch. 8; Belton & Stewart 2002, *Multiple Criteria Decision Analysis*, ch. 5–6)
every criterion j has a value function v_j with v_j(worst anchor) = 0 and
v_j(best anchor) = 1. The anchors are fixed by the criterion's definition — a rubric's
lowest and highest level, a numeric criterion's plausible range (``bounds``) — not by the
alternatives that happen to be in the file. A weight w_j then states how much the swing
of criterion j from its worst to its best anchor matters, relative to the other swings,
and means the same in every decision that shares the criterion's definition.

A value function is linear between the anchors by default, or piecewise linear through
points given in the problem file (for rubric levels that are not equally far apart, or a
cost with a steeper penalty past a budget). This module is pure computation.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import overload

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError
from mcda.model import Direction

__all__ = ["ValueFunction", "ValueScales", "as_value_scales"]

#: Relative slack (of the anchored range) within which a value still counts as inside.
ANCHOR_TOLERANCE = 1e-9


@dataclass(frozen=True)
class ValueFunction:
    """A monotone piecewise-linear map from a criterion's scale to values in [0, 1].

    ``xs`` (strictly increasing, in the criterion's units) and ``vs`` (values in [0, 1])
    are its breakpoints; ``xs[0]`` and ``xs[-1]`` are the anchors. For a criterion to
    maximise ``vs`` rises from 0 to 1, for one to minimise it falls from 1 to 0. Build
    one with :meth:`linear` or :meth:`piecewise`.
    """

    xs: tuple[float, ...]
    vs: tuple[float, ...]
    direction: Direction

    @classmethod
    def linear(cls, low: float, high: float, direction: Direction) -> ValueFunction:
        """v = (x − low)/(high − low) to maximise, (high − x)/(high − low) to minimise."""
        low, high = float(low), float(high)
        if not (np.isfinite(low) and np.isfinite(high)) or low >= high:
            raise ValidationError(f"anchors: low {low:g} must be finite and below high {high:g}")
        vs = (0.0, 1.0) if direction is Direction.MAX else (1.0, 0.0)
        return cls((low, high), vs, direction)

    @classmethod
    def piecewise(
        cls, points: Sequence[tuple[float, float]], direction: Direction, *, field: str = "values"
    ) -> ValueFunction:
        """Through ``points`` ``[(x, v), …]``: x strictly increasing, v in [0, 1],
        monotone in the criterion's direction, 0 at its worst end and 1 at its best."""
        if len(points) < 2:
            raise ValidationError(f"{field}: needs at least two points [x, value]")
        xs = tuple(float(x) for x, _ in points)
        vs = tuple(float(v) for _, v in points)
        if not all(np.isfinite(xs)) or not all(np.isfinite(vs)):
            raise ValidationError(f"{field}: points must be finite numbers")
        for a, b in itertools.pairwise(xs):
            if b <= a:
                raise ValidationError(f"{field}: x must increase strictly ({a:g} then {b:g})")
        if any(v < 0 or v > 1 for v in vs):
            raise ValidationError(f"{field}: values must lie in [0, 1]")
        rising = direction is Direction.MAX
        worst, best = (vs[0], vs[-1]) if rising else (vs[-1], vs[0])
        if worst != 0 or best != 1:
            ends = (
                "0 at the lowest x and 1 at the highest"
                if rising
                else ("1 at the lowest x and 0 at the highest")
            )
            raise ValidationError(f"{field}: a '{direction.value}' criterion needs value {ends}")
        steps = np.diff(vs)
        if (rising and np.any(steps < 0)) or (not rising and np.any(steps > 0)):
            trend = "rise" if rising else "fall"
            raise ValidationError(
                f"{field}: values must {trend} with x for a '{direction.value}' criterion"
            )
        return cls(xs, vs, direction)

    @property
    def anchors(self) -> tuple[float, float]:
        """The lowest and highest point of the scale (worst and best, in some order)."""
        return self.xs[0], self.xs[-1]

    @property
    def is_linear(self) -> bool:
        """Whether the function is one straight line between the anchors."""
        if len(self.xs) == 2:
            return True
        line = np.interp(self.xs, (self.xs[0], self.xs[-1]), (self.vs[0], self.vs[-1]))
        return bool(np.allclose(line, self.vs, rtol=0, atol=1e-12))

    def __call__(self, x: ArrayLike) -> np.ndarray:
        """Values of ``x`` (any shape, inside the anchors); see :meth:`ValueScales.values`."""
        return np.interp(np.asarray(x, dtype=float), self.xs, self.vs)


@dataclass(frozen=True)
class ValueScales:
    """The value functions of all n criteria of a problem, in criteria order."""

    functions: tuple[ValueFunction, ...]

    @classmethod
    def from_bounds(
        cls,
        bounds: ArrayLike,
        directions: Sequence[Direction | str | int] | np.ndarray,
    ) -> ValueScales:
        """Linear value functions from anchors ``bounds`` (n, 2) = [[low, high], …]."""
        from mcda.methods.topsis import as_signs

        pairs = np.asarray(bounds, dtype=float)
        if pairs.ndim != 2 or pairs.shape[1] != 2:
            raise ValidationError(f"anchors: expected (n, 2) [[low, high], …], got {pairs.shape}")
        signs = as_signs(directions, len(pairs))
        functions = []
        for j, ((low, high), sign) in enumerate(zip(pairs, signs, strict=True)):
            if not (np.isfinite(low) and np.isfinite(high)) or low >= high:
                raise ValidationError(
                    f"anchors[{j}]: low {low:g} must be finite and below high {high:g}"
                )
            direction = Direction.MAX if sign > 0 else Direction.MIN
            functions.append(ValueFunction.linear(low, high, direction))
        return cls(tuple(functions))

    @property
    def anchors(self) -> np.ndarray:
        """(n, 2) lowest and highest point of each criterion's scale."""
        return np.array([f.anchors for f in self.functions], dtype=float)

    @property
    def signs(self) -> np.ndarray:
        """+1 for criteria to maximise, −1 for criteria to minimise, shape (n,)."""
        return np.array([f.direction.sign for f in self.functions], dtype=int)

    def check(self, matrix: ArrayLike, *, name: str = "matrix") -> np.ndarray:
        """``matrix`` (…, n) as floats, or a clear error when a value lies outside its
        criterion's anchors (beyond :data:`ANCHOR_TOLERANCE` of the range)."""
        array = np.asarray(matrix, dtype=float)
        if array.shape[-1:] != (len(self.functions),):
            raise ValidationError(
                f"{name}: expected {len(self.functions)} criteria (columns), "
                f"got shape {array.shape}"
            )
        anchors = self.anchors
        slack = ANCHOR_TOLERANCE * (anchors[:, 1] - anchors[:, 0])
        below = array < anchors[:, 0] - slack
        above = array > anchors[:, 1] + slack
        if np.any(below | above):
            index = np.argwhere(below | above)[0]
            j = int(index[-1])
            low, high = anchors[j]
            raise ValidationError(
                f"{name}: value {array[tuple(index)]:g} in column {j} lies outside its anchors "
                f"{low:g}–{high:g} (anchored scales need every value within them)"
            )
        return array

    def values(self, matrix: ArrayLike, *, check: bool = True) -> np.ndarray:
        """Values v_ij in [0, 1] (1 best) of ``matrix`` (…, n), column by column.

        Linear columns are one multiply-add; piecewise ones use :func:`numpy.interp`.
        Each value depends only on its own cell, never on the other alternatives.
        """
        array = self.check(matrix) if check else np.asarray(matrix, dtype=float)
        slope, offset, linear = self._affine
        out = array * slope + offset
        for j in np.flatnonzero(~linear):
            out[..., j] = self.functions[j](array[..., j])
        return np.clip(out, 0.0, 1.0, out=out)

    @cached_property
    def _affine(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per column: v = x·slope + offset for linear columns, and which are linear."""
        slope = np.zeros(len(self.functions))
        offset = np.zeros(len(self.functions))
        linear = np.zeros(len(self.functions), dtype=bool)
        for j, function in enumerate(self.functions):
            if function.is_linear:
                (x0, x1), (v0, v1) = function.anchors, (function.vs[0], function.vs[-1])
                slope[j] = (v1 - v0) / (x1 - x0)
                offset[j] = v0 - slope[j] * x0
                linear[j] = True
        return slope, offset, linear


@overload
def as_value_scales(
    anchors: None, directions: Sequence[Direction | str | int] | np.ndarray
) -> None: ...
@overload
def as_value_scales(
    anchors: ValueScales | ArrayLike, directions: Sequence[Direction | str | int] | np.ndarray
) -> ValueScales: ...
def as_value_scales(
    anchors: ValueScales | ArrayLike | None,
    directions: Sequence[Direction | str | int] | np.ndarray,
) -> ValueScales | None:
    """``anchors`` as :class:`ValueScales`: given as such, or as (n, 2) bounds (linear);
    ``None`` stays ``None``. The directions must agree with the value functions' own."""
    if anchors is None:
        return None
    if isinstance(anchors, ValueScales):
        from mcda.methods.topsis import as_signs

        signs = as_signs(directions, len(anchors.functions))
        if not np.array_equal(signs, anchors.signs):
            raise ValidationError("anchors: the value functions' directions differ from directions")
        return anchors
    return ValueScales.from_bounds(anchors, directions)
