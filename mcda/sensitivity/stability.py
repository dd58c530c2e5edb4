"""Stability intervals of the weights and the most critical criterion.

For each swept criterion, the interval of its weight (along the sweep path of
:mod:`mcda.sensitivity.sweeps`, the others redistributed) within which

* the top alternative stays on top (``top``), and
* the full ranking stays unchanged (``ranking``).

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


@dataclass(frozen=True)
class StabilityResult:
    """Stability intervals for every swept criterion (see :func:`stability_intervals`)."""

    method: str
    redistribution: str
    top: tuple[str, ...]
    criteria: tuple[CriterionStability, ...]

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
            }
            for c in self.criteria
        ]
        return pd.DataFrame(rows).set_index("criterion")


def _interval(weight: float, points: Sequence[float]) -> tuple[float, float]:
    below = [p for p in points if p <= weight + AT_BASE]
    above = [p for p in points if p >= weight - AT_BASE]
    return (max(below, default=0.0), min(above, default=1.0))


def _criterion(sweep: CriterionSweep, name: str, top: set[int]) -> CriterionStability:
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
    )


def stability_intervals(sweeps: SweepResult) -> StabilityResult:
    """Stability intervals of every swept criterion, read from its reversal points.

    A reversal that involves a top alternative is the first change of the top rank
    on its side of the current weight (the top alternative can only lose its place
    by being overtaken).
    """
    top = {int(i) for i in np.flatnonzero(sweeps.base_ranks == 1)}
    return StabilityResult(
        method=sweeps.method,
        redistribution=sweeps.redistribution,
        top=tuple(sweeps.alternatives[i] for i in sorted(top)),
        criteria=tuple(
            _criterion(sweep, sweeps.criteria[sweep.criterion], top) for sweep in sweeps.sweeps
        ),
    )
