"""Pairwise judgements: read a matrix or a ``{(a, b): value}`` mapping, check it.

A judgement ``a_ij`` says how many times item *i* is preferred to (more important than)
item *j*, on Saaty's scale 1/9 … 9 (Saaty 1980, Table 1.1). The matrix is reciprocal:
``a_ji = 1 / a_ij`` and ``a_ii = 1``. Missing judgements are ``nan`` in the returned
matrix; :mod:`mcda.ahp.completion` fills them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Union

import numpy as np

from mcda.errors import ValidationError
from mcda.limits import MAX_MAGNITUDE

__all__ = [
    "SAATY_SCALE",
    "Judgements",
    "JudgementsLike",
    "PairwiseMatrix",
    "nearest_scale_value",
    "parse_judgement",
    "to_pairwise_matrix",
]

#: The values of Saaty's fundamental scale: 1/9, 1/8, …, 1/2, 1, 2, …, 9.
SAATY_SCALE: tuple[float, ...] = tuple(
    [1 / k for k in range(9, 1, -1)] + [float(k) for k in range(1, 10)]
)

#: How far (relative) a_ij·a_ji may be from 1, so that 0.333 counts as the reciprocal of 3.
RECIPROCAL_TOLERANCE = 0.01

_FRACTION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)\s*\Z")

Judgements = Mapping[tuple[str, str], float | str]
JudgementsLike = Union[Judgements, "np.ndarray", Sequence[Sequence[float]]]


@dataclass(frozen=True)
class PairwiseMatrix:
    """A validated reciprocal matrix (n, n) with ``nan`` where a judgement is missing."""

    items: tuple[str, ...]
    values: np.ndarray

    @property
    def missing(self) -> tuple[tuple[int, int], ...]:
        """The missing pairs (i, j), i < j."""
        rows, cols = np.triu_indices(len(self.items), 1)
        gaps = np.isnan(self.values[rows, cols])
        return tuple(zip(rows[gaps].tolist(), cols[gaps].tolist(), strict=True))

    @property
    def given(self) -> tuple[tuple[int, int], ...]:
        """The judged pairs (i, j), i < j."""
        rows, cols = np.triu_indices(len(self.items), 1)
        known = ~np.isnan(self.values[rows, cols])
        return tuple(zip(rows[known].tolist(), cols[known].tolist(), strict=True))


def parse_judgement(value: Any, field: str = "judgement") -> float:
    """A judgement given as a positive number or a fraction string such as ``"1/3"``.

    Strings are exact (``"1/3"`` is one third); numbers are taken as written (``0.333``
    stays 0.333). Raises :class:`~mcda.errors.ValidationError` naming ``field``.
    """
    if isinstance(value, bool):
        raise ValidationError(f"{field}: must be a number or a fraction like '1/3', got {value!r}")
    if isinstance(value, str):
        text = value.strip()
        match = _FRACTION.match(text)
        if len(text) > 40:
            raise ValidationError(f"{field}: {text[:20]!r}… is not a number or a fraction")
        try:
            number = (
                float(Fraction(match.group(1)) / Fraction(match.group(2))) if match else float(text)
            )
        except (ValueError, ZeroDivisionError):
            raise ValidationError(
                f"{field}: {value!r} is not a number or a fraction like '1/3'"
            ) from None
        except OverflowError:
            number = math.inf
    elif isinstance(value, int | float | np.integer | np.floating):
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
    else:
        raise ValidationError(
            f"{field}: must be a number or a fraction like '1/3', got {type(value).__name__}"
        )
    shown = f"{number:g}" if math.isfinite(number) else repr(value)[:30]
    if not math.isfinite(number) or number <= 0:
        raise ValidationError(f"{field}: {shown} must be a positive finite number")
    if not 1 / MAX_MAGNITUDE <= number <= MAX_MAGNITUDE:
        raise ValidationError(f"{field}: {shown} is out of range (its reciprocal overflows)")
    return number


def on_scale(value: float) -> bool:
    """Whether ``value`` lies within Saaty's scale, 1/9 … 9 (intermediate values allowed)."""
    return 1 / 9 * (1 - 1e-3) <= value <= 9 * (1 + 1e-9)


def nearest_scale_value(value: float) -> float:
    """The value of Saaty's scale (1/9 … 9) closest to ``value`` on a log scale."""
    logs = np.log(np.array(SAATY_SCALE))
    return SAATY_SCALE[int(np.argmin(np.abs(logs - math.log(value))))]


def show_value(value: float) -> str:
    """A judgement for messages: ``3``, ``1/3``, or ``2.5``."""
    if value >= 1:
        return f"{value:g}"
    inverse = 1 / value
    if abs(inverse - round(inverse)) < 1e-9:
        return f"1/{round(inverse)}"
    return f"{value:g}"


def to_pairwise_matrix(
    judgements: JudgementsLike,
    items: Sequence[str] | None = None,
    *,
    check_scale: bool = True,
    name: str = "judgements",
) -> PairwiseMatrix:
    """Validate ``judgements`` and return the reciprocal matrix in the order of ``items``.

    Parameters
    ----------
    judgements
        A full reciprocal matrix (n, n) whose rows follow ``items`` (``nan`` marks a
        missing pair), or a mapping ``{(a, b): a_ab}`` in which one triangle suffices.
    items
        The item names. For a mapping it defaults to the order of first appearance and
        may list items missing from the mapping (they must still be compared); for a
        matrix it defaults to ``"1"``, ``"2"``, ….
    check_scale
        Reject values outside Saaty's scale 1/9 … 9.
    name
        The name used in error messages (e.g. a dotted field of a problem file).
    """
    if isinstance(judgements, Mapping):
        matrix, names = _from_mapping(judgements, items, name)
    else:
        matrix, names = _from_array(judgements, items, name)
    if check_scale:
        with np.errstate(invalid="ignore"):
            off = (matrix < 1 / 9 * (1 - 1e-3)) | (matrix > 9 * (1 + 1e-9))
        if np.any(off):
            # report the entry above 1 of the first offending pair
            i, j = np.argwhere(off | off.T)[0]
            if matrix[i, j] < 1:
                i, j = j, i
            raise ValidationError(
                f"{name}: ({names[i]}, {names[j]}) = {matrix[i, j]:g} is off Saaty's scale 1/9…9"
            )
    return PairwiseMatrix(tuple(names), matrix)


def _from_array(
    judgements: Any, items: Sequence[str] | None, name: str
) -> tuple[np.ndarray, list[str]]:
    try:
        matrix = np.array(judgements, dtype=float)
    except (TypeError, ValueError):
        raise ValidationError(f"{name}: not a numeric matrix") from None
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise ValidationError(f"{name}: the matrix must be square, got shape {matrix.shape}")
    n = matrix.shape[0]
    if n == 0:
        raise ValidationError(f"{name}: the matrix is empty")
    names = [str(i + 1) for i in range(n)] if items is None else [str(i) for i in items]
    if len(names) != n:
        raise ValidationError(f"{name}: {len(names)} items for a {n}×{n} matrix")
    _unique(names, name)
    if np.any(np.isinf(matrix)):
        raise ValidationError(f"{name}: entries must be finite")
    for i in range(n):
        if not np.isnan(matrix[i, i]) and abs(matrix[i, i] - 1) > 1e-9:
            raise ValidationError(
                f"{name}: diagonal entry ({names[i]}, {names[i]}) = {matrix[i, i]:g}, must be 1"
            )
        matrix[i, i] = 1.0
    if np.any(matrix[~np.isnan(matrix)] <= 0):
        i, j = np.argwhere(matrix <= 0)[0]
        raise ValidationError(
            f"{name}: ({names[i]}, {names[j]}) = {matrix[i, j]:g} must be positive"
        )
    rows, cols = np.triu_indices(n, 1)
    upper, lower = matrix[rows, cols], matrix[cols, rows]
    half = np.isnan(upper) != np.isnan(lower)
    if np.any(half):
        k = int(np.argmax(half))
        i, j = (rows[k], cols[k]) if not np.isnan(upper[k]) else (cols[k], rows[k])
        raise ValidationError(
            f"{name}: ({names[i]}, {names[j]}) is given but its reciprocal "
            f"({names[j]}, {names[i]}) is missing"
        )
    with np.errstate(invalid="ignore"):
        wrong = np.abs(upper * lower - 1) > RECIPROCAL_TOLERANCE
    if np.any(wrong):
        k = int(np.argmax(wrong))
        i, j = rows[k], cols[k]
        raise ValidationError(
            f"{name}: not reciprocal: ({names[i]}, {names[j]}) = {upper[k]:g} but "
            f"({names[j]}, {names[i]}) = {lower[k]:g}, expected {show_value(1 / upper[k])}"
        )
    # within the tolerance (0.333 against 3) the lower triangle becomes exactly 1/upper
    matrix[cols, rows] = 1.0 / upper
    return matrix, names


def _from_mapping(
    judgements: Mapping[Any, Any], items: Sequence[str] | None, name: str
) -> tuple[np.ndarray, list[str]]:
    names: list[str] = [str(i) for i in items] if items is not None else []
    if items is not None:
        _unique(names, name)
    pairs: dict[tuple[str, str], float] = {}
    for key, raw in judgements.items():
        if not isinstance(key, tuple) or len(key) != 2:
            raise ValidationError(f"{name}: key {key!r} is not a pair (a, b)")
        a, b = str(key[0]), str(key[1])
        field = f"{name}: ({a}, {b})"
        value = parse_judgement(raw, field)
        if a == b:
            if value != 1:
                raise ValidationError(f"{field} = {value:g}: an item compared with itself is 1")
            continue
        for item in (a, b):
            if item not in names:
                if items is not None:
                    raise ValidationError(
                        f"{field}: unknown item {item!r} (items: {', '.join(names)})"
                    )
                names.append(item)
        if (b, a) in pairs:
            other = pairs[(b, a)]
            if abs(value * other - 1) > RECIPROCAL_TOLERANCE:
                raise ValidationError(
                    f"{field} = {show_value(value)} contradicts ({b}, {a}) = {show_value(other)}"
                )
            continue
        if (a, b) in pairs:
            raise ValidationError(f"{field} is given twice")
        pairs[(a, b)] = value
    if not names:
        raise ValidationError(f"{name}: no judgements")
    index = {item: k for k, item in enumerate(names)}
    n = len(names)
    matrix = np.full((n, n), np.nan)
    np.fill_diagonal(matrix, 1.0)
    for (a, b), value in pairs.items():
        matrix[index[a], index[b]] = value
        matrix[index[b], index[a]] = 1.0 / value
    return matrix, names


def _unique(names: Sequence[str], name: str) -> None:
    seen: set[str] = set()
    for item in names:
        if item in seen:
            raise ValidationError(f"{name}: item {item!r} is listed twice")
        seen.add(item)
