"""Criterion directions in every encoding analysts bring, as one vector of ±1 signs.

Accepted per criterion: :class:`~mcda.model.Direction`; the strings ``"max"``/``"min"``
(also ``"maximize"``/``"minimize"``, any case, and scikit-criteria's ``">"``/``"<"``);
the integers ``1``/``-1`` (pymcdm's ``types``); and Python's builtins ``max``/``min``
(scikit-criteria's ``objectives=[max, min]``). A single string such as ``"max"`` is not
a sequence of directions: pass one per criterion.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from mcda.errors import ValidationError
from mcda.model import Direction

__all__ = ["DirectionsLike", "as_signs"]

#: What a caller may pass as the directions of n criteria.
DirectionsLike = Sequence[Any] | np.ndarray

_WORDS = {
    "max": 1,
    "maximize": 1,
    "maximise": 1,
    ">": 1,
    "min": -1,
    "minimize": -1,
    "minimise": -1,
    "<": -1,
}


def _sign(direction: Any) -> int | None:
    if isinstance(direction, Direction):
        return direction.sign
    if direction is max:
        return 1
    if direction is min:
        return -1
    if isinstance(direction, str):
        return _WORDS.get(direction.strip().lower())
    if isinstance(direction, bool):
        return None
    if isinstance(direction, int | np.integer | float | np.floating) and direction in (1, -1):
        return int(direction)
    value = getattr(direction, "value", None)  # scikit-criteria's Objective enum: ±1
    if value is not None and not isinstance(value, bool) and value in (1, -1):
        return int(value)
    return None


def as_signs(directions: DirectionsLike, n_criteria: int) -> np.ndarray:
    """Directions as an int array (n,) of +1 (maximise) / −1 (minimise).

    Raises :class:`~mcda.errors.ValidationError` naming the first entry that is not a
    direction, or when the count differs from ``n_criteria``.
    """
    if isinstance(directions, str):
        raise ValidationError(
            f"directions: give one direction per criterion, e.g. {['max'] * min(n_criteria, 3)}, "
            f"not the single string {directions!r}"
        )
    signs = []
    for index, direction in enumerate(directions):
        sign = _sign(direction)
        if sign is None:
            raise ValidationError(
                f"directions[{index}]: {direction!r} is not 'max', 'min', 1 or -1"
            )
        signs.append(sign)
    if len(signs) != n_criteria:
        raise ValidationError(f"directions: {len(signs)} given for {n_criteria} criteria")
    return np.array(signs, dtype=int)
