"""The ranking methods the engine knows, in one registry.

Every method has one signature, ``scores = method.score(matrix, weights, signs)``:
``matrix`` (m, n), ``weights`` (n,) or (S, n) summing to 1, ``signs`` (n,) of ±1,
returning scores (m,) or (S, m). ``higher_is_better`` says which way scores rank.
``linear`` marks methods whose score is linear in the weights (exact LP in the
reproduction analysis). The CLI lists this registry (``mcda methods``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from mcda.errors import DegenerateProblemError, ValidationError
from mcda.methods import peers
from mcda.methods.copras import copras
from mcda.methods.topsis import topsis

__all__ = ["METHODS", "Method", "get_method"]

ArrayMethod = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Method:
    """A ranking method over a decision matrix."""

    name: str
    title: str
    function: ArrayMethod
    higher_is_better: bool
    reference: str
    batched: bool = False
    linear: bool = False

    def score(self, matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
        """Scores (m,) for weights (n,), or (S, m) for a batch of weights (S, n)."""
        if weights.ndim == 1 or self.batched:
            return self.function(matrix, weights, signs)
        return np.stack([self.function(matrix, w, signs) for w in weights])


def _topsis_vector(matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
    return topsis(matrix, weights, signs, normalization="vector")


def _topsis_minmax(matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
    return topsis(matrix, weights, signs, normalization="minmax")


def _copras(matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
    keep = ~peers.tied_columns(matrix)
    if not np.any(keep & (weights > 0)):
        raise DegenerateProblemError(
            "COPRAS is undefined here: no weighted criterion separates the alternatives "
            "(TOPSIS gives them all closeness 0.5)"
        )
    return copras(matrix[:, keep], weights[keep] / weights[keep].sum(), signs[keep])


METHODS: dict[str, Method] = {
    method.name: method
    for method in (
        Method(
            "topsis",
            "TOPSIS (vector normalisation)",
            _topsis_vector,
            True,
            "Hwang & Yoon (1981)",
            batched=True,
        ),
        Method(
            "topsis_minmax",
            "TOPSIS (min-max normalisation)",
            _topsis_minmax,
            True,
            "Hwang & Yoon (1981); pymcdm's default normalisation",
            batched=True,
        ),
        Method("wsm", "Weighted sum (WSM)", peers.wsm, True, "Triantaphyllou (2000)", linear=True),
        Method("wpm", "Weighted product (WPM)", peers.wpm, True, "Triantaphyllou (2000)"),
        Method("vikor", "VIKOR (v = 0.5)", peers.vikor, False, "Opricovic & Tzeng (2004)"),
        Method(
            "promethee_ii",
            "PROMETHEE II (usual criterion)",
            peers.promethee_ii,
            True,
            "Brans & Vincke (1985)",
            linear=True,
        ),
        Method("spotis", "SPOTIS", peers.spotis, False, "Dezert et al. (2020)", linear=True),
        Method("copras", "COPRAS", _copras, True, "Zavadskas et al. (1994); own implementation"),
    )
}


def get_method(name: str) -> Method:
    """The registered method called ``name``; a clear error lists the known ones."""
    try:
        return METHODS[name]
    except KeyError:
        raise ValidationError(
            f"method: unknown method {name!r} (known: {', '.join(METHODS)})"
        ) from None
