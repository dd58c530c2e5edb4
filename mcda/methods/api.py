"""Every ranking method one call away, with one signature.

``mcda.<method>(matrix, weights, directions, **parameters)`` for ``topsis``,
``weighted_sum``, ``wsm``, ``wpm``, ``vikor``, ``promethee_ii``, ``spotis`` and
``copras``:

* ``matrix`` — (m alternatives, n criteria): an array, nested lists, or a pandas
  DataFrame (then a Series labelled by alternative comes back, a DataFrame for a
  batch of weights);
* ``weights`` — (n,) or a batch (S, n), relative (rescaled to sum 1); with a
  DataFrame also a ``{criterion: weight}`` mapping or a Series;
* ``directions`` — per criterion ``"max"``/``"min"``, ±1 (pymcdm's types),
  scikit-criteria's ``max``/``min`` builtins, or a mapping by column;
* parameters — keyword-only: VIKOR's ``v``; PROMETHEE II's ``preference``, ``q``,
  ``p``, ``s`` (one value or one per criterion; a mapping by column with a
  DataFrame); SPOTIS's ``bounds``; TOPSIS's and the weighted sum's ``normalization``.

Whether higher scores are better is a property of the method
(``mcda.METHODS[name].higher_is_better``; a Series carries it in
``.attrs["higher_is_better"]``); :func:`mcda.rank` returns ranks with it. Each call
goes through the registry (:data:`mcda.METHODS`), the same code the CLI and the
sensitivity analyses use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.directions import DirectionsLike, as_signs
from mcda.errors import ValidationError
from mcda.labels import Labelled, is_frame, is_series, split_frame, vector_in_order
from mcda.methods import get_method
from mcda.methods.topsis import Anchors, Normalization, check_matrix
from mcda.weights import normalize_weights

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["copras", "promethee_ii", "spotis", "topsis", "vikor", "weighted_sum", "wpm", "wsm"]

ScoresOut = Any  # numpy.ndarray, or a labelled pandas Series / DataFrame


def _per_criterion(value: Any, labels: Labelled | None, name: str) -> Any:
    """A mapping by column (with a DataFrame) in criteria order; ``None`` where left out."""
    if not (isinstance(value, dict) or is_series(value)):
        return value
    if labels is None:
        raise ValidationError(f"{name}: a mapping needs a labelled matrix (a DataFrame)")
    given = {str(k): v for k, v in dict(value.items()).items()}
    unknown = [k for k in given if k not in labels.columns]
    if unknown:
        raise ValidationError(f"{name}: unknown criterion {unknown[0]!r}")
    return [given.get(c) for c in labels.columns]


def _prepare(
    matrix: Any, weights: Any, directions: DirectionsLike | Any
) -> tuple[np.ndarray, np.ndarray, np.ndarray, Labelled | None]:
    """The checked matrix (m, n), weights (n,) or (S, n), signs (n,) and any labels."""
    values, labels = split_frame(matrix)
    array = check_matrix(values)
    n = array.shape[1]
    columns = labels.columns if labels is not None else None
    signs = as_signs(vector_in_order(directions, columns, "directions"), n)
    if is_frame(weights):
        raise ValidationError("weights: give a vector, a batch array or a mapping, not a DataFrame")
    vector = normalize_weights(vector_in_order(weights, columns, "weights"), n)
    return array, vector, signs, labels


def _labelled(scores: np.ndarray, labels: Labelled | None, name: str, higher: bool) -> ScoresOut:
    if labels is None:
        return scores
    if scores.ndim == 2:
        return labels.batch(scores)
    series = labels.series(scores, name)
    series.attrs["higher_is_better"] = higher
    return series


def _score(
    name: str, matrix: Any, weights: Any, directions: Any, params: dict[str, Any] | None = None
) -> ScoresOut:
    """``name`` from the registry with ``params`` bound, labelled as the input was."""
    array, vector, signs, labels = _prepare(matrix, weights, directions)
    method = get_method(name)
    given = {k: _per_criterion(v, labels, k) for k, v in (params or {}).items() if v is not None}
    if given:
        method = method.with_params(given)
    scores = method.score(array, vector, signs)
    return _labelled(scores, labels, method.name, method.higher_is_better)


def topsis(
    matrix: Any,
    weights: Any,
    directions: DirectionsLike | Any,
    normalization: Normalization = "vector",
    *,
    anchors: Anchors | None = None,
) -> np.ndarray | pd.Series:
    """TOPSIS closeness (higher is better); :func:`mcda.methods.topsis.topsis` with labels.

    Examples
    --------
    >>> topsis([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], [0.3, 0.4, 0.3], ["max"] * 3).round(4)
    array([0.5037, 0.6581, 0.7482, 0.334 ])
    """
    from mcda.methods.topsis import topsis as closeness

    array, vector, signs, labels = _prepare(matrix, weights, directions)
    scores = closeness(array, vector, signs, normalization, anchors=anchors)
    return _labelled(scores, labels, f"topsis_{normalization}", True)


def weighted_sum(
    matrix: Any,
    weights: Any,
    directions: DirectionsLike | Any,
    normalization: Normalization = "minmax",
    *,
    anchors: Anchors | None = None,
) -> np.ndarray | pd.Series:
    """Σ_j w_j r_ij (higher is better); :func:`mcda.methods.additive.weighted_sum` with labels."""
    from mcda.methods.additive import weighted_sum as additive

    array, vector, signs, labels = _prepare(matrix, weights, directions)
    scores = additive(array, vector, signs, normalization, anchors=anchors)
    return _labelled(scores, labels, f"weighted_sum_{normalization}", True)


def wsm(matrix: Any, weights: Any, directions: DirectionsLike | Any) -> np.ndarray | pd.Series:
    """Weighted sum of sum-normalised values (pymcdm's WSM); higher is better."""
    return _score("wsm", matrix, weights, directions)


def wpm(matrix: Any, weights: Any, directions: DirectionsLike | Any) -> np.ndarray | pd.Series:
    """Weighted product of sum-normalised values (pymcdm's WPM); higher is better."""
    return _score("wpm", matrix, weights, directions)


def vikor(
    matrix: Any, weights: Any, directions: DirectionsLike | Any, *, v: float = 0.5
) -> np.ndarray | pd.Series:
    """VIKOR compromise index Q in [0, 1] (lower is better; Opricovic & Tzeng 2004).

    Examples
    --------
    >>> vikor([[1, 4], [3, 3], [4, 1]], [0.6, 0.4], ["max", "max"], v=0.6).round(3)
    array([1.  , 0.  , 0.35])
    """
    return _score("vikor", matrix, weights, directions, {"v": v})


def promethee_ii(
    matrix: Any,
    weights: Any,
    directions: DirectionsLike | Any,
    *,
    preference: Any = "usual",
    q: Any = None,
    p: Any = None,
    s: Any = None,
) -> np.ndarray | pd.Series:
    """PROMETHEE II net flow in [−1, 1] (higher is better; :mod:`mcda.methods.promethee`).

    ``preference``: ``usual``, ``ushape``, ``vshape``, ``level``, ``linear`` or
    ``gaussian`` — one for all criteria or one per criterion — with the thresholds
    ``q`` (indifference), ``p`` (preference), ``s`` (Gaussian) they need.
    """
    params = {"preference": preference, "q": q, "p": p, "s": s}
    return _score("promethee_ii", matrix, weights, directions, params)


def spotis(
    matrix: Any, weights: Any, directions: DirectionsLike | Any, *, bounds: Any = None
) -> np.ndarray | pd.Series:
    """SPOTIS distance to the ideal point (lower is better; Dezert et al. 2020).

    ``bounds`` (n, 2) [min, max] per criterion (a mapping by column with a
    DataFrame); by default the data's own range.
    """
    return _score("spotis", matrix, weights, directions, {"bounds": bounds})


def copras(matrix: Any, weights: Any, directions: DirectionsLike | Any) -> np.ndarray | pd.Series:
    """COPRAS utility degree in [0, 1] (higher is better; :mod:`mcda.methods.copras`)."""
    return _score("copras", matrix, weights, directions)
