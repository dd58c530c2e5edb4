"""Hierarchic synthesis: criteria weights × local priorities → global priorities.

Saaty (1980), ch. 3: the global priority of alternative a is Σ_c w_c · p_c(a), with
p_c the local priorities of the alternatives under criterion c (distributive mode,
local priorities summing to 1). In the ideal mode (Belton & Gear 1983; Saaty 1994,
*Interfaces* 24(6), 19–43) each criterion's local priorities are divided by their
largest value before weighting, and the sums are normalised to 1 — adding or removing
a non-best alternative then cannot reverse the order of the others.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike

from mcda.ahp.judgements import JudgementsLike
from mcda.ahp.priorities import AhpResult, ahp
from mcda.ahp.random_index import DEFAULT_TABLE
from mcda.errors import InconsistentJudgementsWarning, ValidationError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MODES", "HierarchyResult", "ahp_hierarchy", "synthesize"]

MODES: tuple[str, ...] = ("distributive", "ideal")


def synthesize(
    criteria_weights: ArrayLike, local_priorities: ArrayLike, mode: str = "distributive"
) -> np.ndarray:
    """Global priorities (m,) from criteria weights (n,) and local priorities (m, n).

    ``mode`` is ``"distributive"`` (Σ_c w_c p_c) or ``"ideal"`` (each column divided by
    its maximum first); the result sums to 1.
    """
    if mode not in MODES:
        raise ValidationError(f"mode: unknown synthesis mode {mode!r} (known: {', '.join(MODES)})")
    weights = np.asarray(criteria_weights, dtype=float)
    local = np.asarray(local_priorities, dtype=float)
    if weights.ndim != 1 or local.ndim != 2 or local.shape[1] != weights.shape[0]:
        raise ValidationError(
            f"synthesize: expected weights (n,) and local priorities (m, n), "
            f"got {weights.shape} and {local.shape}"
        )
    if not (np.all(np.isfinite(weights)) and np.all(np.isfinite(local))):
        raise ValidationError("synthesize: weights and priorities must be finite")
    if np.any(weights < 0) or np.any(local < 0) or weights.sum() <= 0:
        raise ValidationError("synthesize: weights and priorities must be non-negative")
    if mode == "ideal":
        local = local / local.max(axis=0, keepdims=True)
    totals = local @ (weights / weights.sum())
    return totals / totals.sum()


@dataclass(frozen=True)
class HierarchyResult:
    """A three-level hierarchy: goal → criteria → alternatives.

    ``local_priorities[a, c]`` is alternative a's priority under criterion c (summing to
    1 over a); ``priorities`` the global priorities (m,) summing to 1; ``criteria_result``
    the AHP of the criteria judgements (``None`` when weights were given directly);
    ``local_results`` one AHP result per criterion.
    """

    alternatives: tuple[str, ...]
    criteria: tuple[str, ...]
    criteria_weights: np.ndarray
    local_priorities: np.ndarray
    priorities: np.ndarray
    mode: str
    criteria_result: AhpResult | None
    local_results: tuple[AhpResult, ...]

    def to_frame(self) -> pd.DataFrame:
        """Rows alternatives: local priority per criterion, global priority and rank."""
        import pandas as pd

        from mcda.ranks import rank_scores

        frame = pd.DataFrame(
            self.local_priorities,
            index=pd.Index(list(self.alternatives), name="alternative"),
            columns=list(self.criteria),
        )
        frame["priority"] = self.priorities
        frame["rank"] = rank_scores(self.priorities)
        return frame


def ahp_hierarchy(
    alternative_judgements: Mapping[str, JudgementsLike | AhpResult],
    criteria_judgements: JudgementsLike | AhpResult | None = None,
    *,
    criteria_weights: Mapping[str, float] | ArrayLike | None = None,
    alternatives: Sequence[str] | None = None,
    mode: str = "distributive",
    method: str = "eigenvector",
    ri: str = DEFAULT_TABLE,
    warn: bool = True,
) -> HierarchyResult:
    """Global priorities of alternatives from pairwise judgements under each criterion.

    Parameters
    ----------
    alternative_judgements
        ``{criterion: judgements of the alternatives}`` (matrix, pair mapping or an
        :class:`AhpResult`), in criteria order.
    criteria_judgements
        Pairwise judgements of the criteria; or give ``criteria_weights`` instead.
    criteria_weights
        ``{criterion: weight}`` or a vector in the order of ``alternative_judgements``.
    alternatives
        The alternatives' order (required for matrices; default: the first criterion's).
    mode
        ``"distributive"`` or ``"ideal"`` (see :func:`synthesize`).
    method, ri, warn
        As in :func:`mcda.ahp`.
    """
    criteria = tuple(str(c) for c in alternative_judgements)
    if not criteria:
        raise ValidationError("hierarchy: no criteria")
    if (criteria_judgements is None) == (criteria_weights is None):
        raise ValidationError("hierarchy: give criteria_judgements or criteria_weights (one)")
    criteria_result = None
    if criteria_judgements is not None:
        criteria_result = (
            criteria_judgements
            if isinstance(criteria_judgements, AhpResult)
            else ahp(
                criteria_judgements,
                method,
                ri,
                items=criteria if not isinstance(criteria_judgements, Mapping) else None,
                warn=warn,
                name="criteria",
            )
        )
        unknown = set(criteria_result.items) ^ set(criteria)
        if unknown:
            raise ValidationError(
                f"criteria: judged criteria {sorted(criteria_result.items)} differ from "
                f"the criteria with alternative judgements {sorted(criteria)}"
            )
        weights = np.array([criteria_result.weight(c) for c in criteria])
    else:
        weights = _weights_vector(criteria_weights, criteria)  # type: ignore[arg-type]
    local_results = []
    order = None if alternatives is None else tuple(alternatives)
    for criterion in criteria:
        judged = alternative_judgements[criterion]
        with warnings.catch_warnings():
            if not warn:
                warnings.simplefilter("ignore", InconsistentJudgementsWarning)
            result = (
                judged
                if isinstance(judged, AhpResult)
                else ahp(judged, method, ri, items=order, warn=warn, name=f"{criterion}")
            )
        if order is None:
            order = result.items
        if set(result.items) != set(order):
            raise ValidationError(
                f"{criterion}: compares {sorted(result.items)}, expected {sorted(order)}"
            )
        local_results.append(result)
    if order is None:  # pragma: no cover - criteria is non-empty, so the loop set it
        raise ValidationError("hierarchy: no alternatives")
    local = np.column_stack([[r.weight(a) for a in order] for r in local_results])
    return HierarchyResult(
        alternatives=order,
        criteria=criteria,
        criteria_weights=weights,
        local_priorities=local,
        priorities=synthesize(weights, local, mode),
        mode=mode,
        criteria_result=criteria_result,
        local_results=tuple(local_results),
    )


def _weights_vector(
    weights: Mapping[str, float] | ArrayLike, criteria: tuple[str, ...]
) -> np.ndarray:
    from mcda.weights import normalize_weights

    if isinstance(weights, Mapping):
        unknown = [c for c in weights if c not in criteria]
        missing = [c for c in criteria if c not in weights]
        if unknown or missing:
            raise ValidationError(
                f"criteria_weights: unknown {unknown} / missing {missing} criteria"
            )
        weights = [weights[c] for c in criteria]
    return normalize_weights(weights, len(criteria), name="criteria_weights")
