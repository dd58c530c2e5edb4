"""Weight vectors: validation, normalisation, and parsing ``crit=w,...`` specifications."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError

__all__ = ["normalize_weights", "parse_weight_spec"]


def normalize_weights(weights: ArrayLike, n_criteria: int, *, name: str = "weights") -> np.ndarray:
    """Check weights and scale each vector to sum 1.

    Parameters
    ----------
    weights
        One vector of shape (n,) or a batch of shape (S, n): non-negative, finite, not
        all zero.
    n_criteria
        The number of criteria, n.

    Returns
    -------
    numpy.ndarray
        Float array of the same shape whose rows sum to 1.
    """
    array = np.asarray(weights, dtype=float)
    if array.ndim not in (1, 2) or array.shape[-1] != n_criteria:
        raise ValidationError(
            f"{name}: expected shape ({n_criteria},) or (S, {n_criteria}), got {array.shape}"
        )
    if not np.all(np.isfinite(array)):
        raise ValidationError(f"{name}: weights must be finite numbers")
    if np.any(array < 0):
        raise ValidationError(f"{name}: weights must not be negative, got {array.min():g}")
    largest = array.max(axis=-1, keepdims=True)
    if np.any(largest <= 0):
        raise ValidationError(f"{name}: weights are all zero")
    scaled = array / largest  # weights near 1e308 would overflow in the sum
    return scaled / scaled.sum(axis=-1, keepdims=True)


def parse_weight_spec(spec: str, criterion_ids: Sequence[str]) -> np.ndarray:
    """Parse ``"robustness=3,cost=2,..."`` into a normalised weight vector.

    Every criterion must be named exactly once; weights are relative (scaled to sum 1).
    """
    given: dict[str, float] = {}
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        key, sep, raw = part.partition("=")
        key = key.strip()
        if not sep:
            raise ValidationError(f"--weights: {part!r} is not of the form criterion=weight")
        if key not in criterion_ids:
            raise ValidationError(
                f"--weights: unknown criterion {key!r} (criteria: {', '.join(criterion_ids)})"
            )
        if key in given:
            raise ValidationError(f"--weights: criterion {key!r} is given twice")
        try:
            value = float(raw)
        except ValueError:
            raise ValidationError(f"--weights: {key}={raw.strip()!r} is not a number") from None
        given[key] = value
    missing = [c for c in criterion_ids if c not in given]
    if missing:
        raise ValidationError(f"--weights: missing criteria: {', '.join(missing)}")
    vector = np.array([given[c] for c in criterion_ids])
    return normalize_weights(vector, len(criterion_ids), name="--weights")
