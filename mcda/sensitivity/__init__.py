"""Sensitivity of a ranking to the weights (and to uncertain scores).

* :mod:`~mcda.sensitivity.smaa` — SMAA-2 rank acceptability, central weights,
  confidence factors and pairwise winning indices;
* :mod:`~mcda.sensitivity.sweeps` — one-at-a-time weight sweeps with exact rank
  reversal points;
* :mod:`~mcda.sensitivity.stability` — stability intervals and the most critical
  criterion;
* :mod:`~mcda.sensitivity.ternary` — which alternative wins over a weight triangle;
* :mod:`~mcda.sensitivity.agreement` — rankings under every registered method and
  their rank correlations.

All return frozen results; plots live in :mod:`mcda.plotting.sensitivity`.
"""

from __future__ import annotations

from mcda.sensitivity.agreement import AgreementResult, MethodRanking, method_agreement
from mcda.sensitivity.smaa import SmaaResult, smaa, smaa_problem
from mcda.sensitivity.stability import CriterionStability, StabilityResult, stability_intervals
from mcda.sensitivity.sweeps import (
    CriterionSweep,
    RankReversal,
    SweepResult,
    sweep_problem,
    weight_sweep,
)
from mcda.sensitivity.ternary import TernaryMap, ternary_map, ternary_problem

__all__ = [
    "AgreementResult",
    "CriterionStability",
    "CriterionSweep",
    "MethodRanking",
    "RankReversal",
    "SmaaResult",
    "StabilityResult",
    "SweepResult",
    "TernaryMap",
    "method_agreement",
    "smaa",
    "smaa_problem",
    "stability_intervals",
    "sweep_problem",
    "ternary_map",
    "ternary_problem",
    "weight_sweep",
]
