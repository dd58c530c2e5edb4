"""Weights: checking and parsing weight vectors, and the ways to derive them.

* :mod:`~mcda.weights.vectors` — :func:`normalize_weights`, :func:`parse_weight_spec`;
* :mod:`~mcda.weights.objective` — from the data: :func:`equal_weights`,
  :func:`entropy_weights`, :func:`standard_deviation_weights`, :func:`critic_weights`;
* :mod:`~mcda.weights.ranked` — from a ranking of the criteria:
  :func:`rank_order_centroid`, :func:`rank_sum`, :func:`reciprocal_rank`;
* :mod:`~mcda.weights.swing` — from rated swings: :func:`swing_weights`,
  :func:`smart_weights`.

AHP weights from pairwise judgements live in :mod:`mcda.ahp`.
"""

from __future__ import annotations

from mcda.weights.objective import (
    critic_weights,
    entropy_weights,
    equal_weights,
    standard_deviation_weights,
)
from mcda.weights.ranked import rank_order_centroid, rank_sum, reciprocal_rank
from mcda.weights.swing import smart_weights, swing_weights
from mcda.weights.vectors import normalize_weights, parse_weight_spec

__all__ = [
    "critic_weights",
    "entropy_weights",
    "equal_weights",
    "normalize_weights",
    "parse_weight_spec",
    "rank_order_centroid",
    "rank_sum",
    "reciprocal_rank",
    "smart_weights",
    "standard_deviation_weights",
    "swing_weights",
]
