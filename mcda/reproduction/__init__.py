"""Reproduce a stated choice from weights (issue 6).

Which weights make a decision maker's choice rank first, on what share of the weight
simplex, nearest which profile, within which per-criterion ranges; whether one weight
vector makes all of several choices win at once; and the smallest change of weights
that makes another alternative win. See ``docs/reproduction.md``.
"""

from __future__ import annotations

from mcda.reproduction.analysis import DEFAULT_SAMPLES, Reproduction, reproduce, winning_slice
from mcda.reproduction.condition import DEFAULT_MARGIN, Verification, WinCondition, win_condition
from mcda.reproduction.dominance import Dominance, dominance
from mcda.reproduction.flip import Flip, FlipOption, minimal_flip
from mcda.reproduction.joint import Conflict, JointReproduction, reproduce_jointly
from mcda.reproduction.region import RegionEstimate, WeightRange

__all__ = [
    "DEFAULT_MARGIN",
    "DEFAULT_SAMPLES",
    "Conflict",
    "Dominance",
    "Flip",
    "FlipOption",
    "JointReproduction",
    "RegionEstimate",
    "Reproduction",
    "Verification",
    "WeightRange",
    "WinCondition",
    "dominance",
    "minimal_flip",
    "reproduce",
    "reproduce_jointly",
    "win_condition",
    "winning_slice",
]
