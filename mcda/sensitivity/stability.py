"""Stability intervals of the weights and the most critical criterion.

For each swept criterion, the interval of its weight (along the sweep path of
:mod:`mcda.sensitivity.sweeps`, the others redistributed) within which

* the top alternative stays on top (``top``),
* the full ranking stays unchanged (``ranking``), and
* when the top alternative belongs to a family (variants of one option), some member
  of that family stays on top (``family``): a swap between two members is no change
  of verdict.

Both are read from the exact reversal points of the sweep, so they agree with it by
construction. The most critical criterion is the one whose weight needs the
smallest relative change to alter the top rank (Triantaphyllou & Sánchez 1997,
"criticality degree"); relative change = |Δw_j| / w_j.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from mcda.model import Family
from mcda.sensitivity.sweeps import CriterionSweep, RankReversal, SweepResult

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CriterionStability", "StabilityResult", "stability_intervals"]

#: Reversals closer than this to the current weight count as "at" it.
AT_BASE = 1e-12


@dataclass(frozen=True)
class CriterionStability:
    """Stability of one criterion's weight.

    ``top_interval`` and ``ranking_interval`` are (low, high) in [0, 1] and contain
    ``weight``; an end at 0 or 1 means no reversal on that side. ``top_change`` is the
    smallest absolute change of the weight that alters the top rank (``inf`` if no
    weight does) and ``relative_top_change`` that change over ``weight`` (``inf`` for
    a zero weight).
    """

    criterion: str
    weight: float
    top_interval: tuple[float, float]
    ranking_interval: tuple[float, float]
    top_change: float
    relative_top_change: float
    top_reversal: RankReversal | None
    family_interval: tuple[float, float] | None = None


@dataclass(frozen=True)
class StabilityResult:
    """Stability intervals for every swept criterion (see :func:`stability_intervals`)."""

    method: str
    redistribution: str
    top: tuple[str, ...]
    criteria: tuple[CriterionStability, ...]
    family: str | None = None

    @property
    def most_critical(self) -> str | None:
        """The criterion with the smallest finite relative change altering the top rank
        (ties: the smaller absolute change); ``None`` when no weight change alters it."""
        finite = [c for c in self.criteria if math.isfinite(c.top_change)]
        if not finite:
            return None
        return min(finite, key=lambda c: (c.relative_top_change, c.top_change)).criterion

    def to_frame(self) -> pd.DataFrame:
        """One row per criterion: weight, intervals and changes."""
        import pandas as pd

        rows = [
            {
                "criterion": c.criterion,
                "weight": c.weight,
                "top_low": c.top_interval[0],
                "top_high": c.top_interval[1],
                "ranking_low": c.ranking_interval[0],
                "ranking_high": c.ranking_interval[1],
                "top_change": c.top_change,
                "relative_top_change": c.relative_top_change,
                **(
                    {"family_low": c.family_interval[0], "family_high": c.family_interval[1]}
                    if c.family_interval is not None
                    else {}
                ),
            }
            for c in self.criteria
        ]
        return pd.DataFrame(rows).set_index("criterion")


def _interval(weight: float, points: Sequence[float]) -> tuple[float, float]:
    below = [p for p in points if p <= weight + AT_BASE]
    above = [p for p in points if p >= weight - AT_BASE]
    return (max(below, default=0.0), min(above, default=1.0))


def _family_interval(sweep: CriterionSweep, top: int, members: set[int]) -> tuple[float, float]:
    """The weights around the current one within which a member of ``members`` (which
    holds the current ``top``) stays first: follow the top through the reversals on
    each side until a non-member takes it."""
    weight = sweep.base_weight
    reversals = sorted(sweep.reversals, key=lambda r: r.weight)
    high, current = 1.0, top
    for r in (r for r in reversals if r.weight > weight + AT_BASE):
        if r.ahead_below == current:
            current = r.ahead_above
            if current not in members:
                high = r.weight
                break
    low, current = 0.0, top
    for r in (r for r in reversed(reversals) if r.weight < weight - AT_BASE):
        if r.ahead_above == current:
            current = r.ahead_below
            if current not in members:
                low = r.weight
                break
    return low, high


def _criterion(
    sweep: CriterionSweep, name: str, top: set[int], members: set[int] | None = None
) -> CriterionStability:
    weight = sweep.base_weight
    involving_top = [
        r for r in sweep.reversals if r.ahead_below in top or r.ahead_above in top
    ]
    top_interval = _interval(weight, [r.weight for r in involving_top])
    ranking_interval = _interval(weight, [r.weight for r in sweep.reversals])
    nearest = min(involving_top, key=lambda r: abs(r.weight - weight), default=None)
    change = math.inf if nearest is None else abs(nearest.weight - weight)
    relative = change / weight if weight > 0 else math.inf
    return CriterionStability(
        criterion=name,
        weight=weight,
        top_interval=top_interval,
        ranking_interval=ranking_interval,
        top_change=change,
        relative_top_change=relative,
        top_reversal=nearest,
        family_interval=None if members is None else _family_interval(sweep, min(top), members),
    )


def stability_intervals(
    sweeps: SweepResult, families: Sequence[Family] = ()
) -> StabilityResult:
    """Stability intervals of every swept criterion, read from its reversal points.

    A reversal that involves a top alternative is the first change of the top rank
    on its side of the current weight (the top alternative can only lose its place
    by being overtaken). When the (single) top alternative belongs to one of
    ``families``, each criterion also gets the interval in which its family stays first.
    """
    top = {int(i) for i in np.flatnonzero(sweeps.base_ranks == 1)}
    family = None
    members: set[int] | None = None
    if len(top) == 1:
        leader = sweeps.alternatives[min(top)]
        family = next((f for f in families if leader in f.members), None)
        if family is not None:
            members = {sweeps.alternatives.index(a) for a in family.members
                       if a in sweeps.alternatives}
    return StabilityResult(
        method=sweeps.method,
        redistribution=sweeps.redistribution,
        top=tuple(sweeps.alternatives[i] for i in sorted(top)),
        criteria=tuple(
            _criterion(sweep, sweeps.criteria[sweep.criterion], top, members)
            for sweep in sweeps.sweeps
        ),
        family=None if family is None else family.id,
    )
