"""AHP over a problem file's ``[[judgements]]``: weights, hierarchy ranking, groups.

* :func:`set_result` — the AHP of one judgement set (a :class:`GroupResult` when the set
  has several members).
* :func:`criteria_weights` — weights in criteria order from a set of criteria judgements
  (AIJ for a group): the ``ahp:SET`` weight source of ``mcda rank --weights``.
* :func:`problem_hierarchy` — ``mcda rank FILE --method ahp`` (``mcda.rank`` turns it
  into a ranking): criteria weights × local priorities of the eligible alternatives
  under each criterion.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from mcda.ahp.group import GroupResult, group_ahp
from mcda.ahp.hierarchy import HierarchyResult, ahp_hierarchy
from mcda.ahp.priorities import AhpResult, ahp
from mcda.ahp.random_index import DEFAULT_TABLE
from mcda.errors import ValidationError
from mcda.model import JudgementSet, Problem

__all__ = [
    "criteria_weights",
    "judgement_set",
    "problem_hierarchy",
    "set_result",
]

def _where(problem: Problem, field: str) -> str:
    return f"{problem.path}: {field}" if problem.path else field


def judgement_set(problem: Problem, set_id: str) -> tuple[JudgementSet, ...]:
    """The tables (one per member) of the judgement set ``set_id``."""
    tables = tuple(s for s in problem.judgements if s.id == set_id)
    if not tables:
        known = ", ".join(dict.fromkeys(s.id for s in problem.judgements)) or "none"
        raise ValidationError(
            _where(problem, f"judgements: no judgement set {set_id!r} (sets: {known})")
        )
    return tables


def _pairs(table: JudgementSet, keep: Sequence[str]) -> dict[tuple[str, str], float]:
    return {(a, b): v for a, b, v in table.pairs if a in keep and b in keep}


def set_result(
    problem: Problem,
    set_id: str,
    *,
    method: str = "eigenvector",
    ri: str = DEFAULT_TABLE,
    items: Sequence[str] | None = None,
    warn: bool = True,
) -> AhpResult | GroupResult:
    """The AHP of judgement set ``set_id``; a :class:`GroupResult` if it has members.

    ``items`` defaults to every criterion (criteria judgements) or every eligible
    alternative (judgements of alternatives); pairs naming other items are left out.
    """
    tables = judgement_set(problem, set_id)
    first = tables[0]
    if items is None:
        items = problem.criterion_ids if first.of == "criteria" else problem.eligible_ids
    name = _where(problem, f"judgements.{set_id}")
    if len(tables) == 1 and tables[0].member is None:
        return ahp(_pairs(first, items), method, ri, items=items, warn=warn, name=name)
    return group_ahp(
        {t.member or t.id: _pairs(t, items) for t in tables},
        weights=[t.member_weight for t in tables],
        items=items,
        method=method,
        ri=ri,
        warn=warn,
        name=name,
    )


def criteria_weights(
    problem: Problem, set_id: str, *, method: str = "eigenvector", ri: str = DEFAULT_TABLE
) -> np.ndarray:
    """Criteria weights (n,) in criteria order from judgement set ``set_id`` (AIJ for a group)."""
    tables = judgement_set(problem, set_id)
    if tables[0].of != "criteria":
        raise ValidationError(
            _where(problem, f"judgements.{set_id}: compares alternatives, not criteria")
        )
    result = set_result(problem, set_id, method=method, ri=ri)
    return np.asarray(result.weights, dtype=float)


def problem_hierarchy(
    problem: Problem,
    weights: ArrayLike,
    *,
    mode: str = "distributive",
    method: str = "eigenvector",
    ri: str = DEFAULT_TABLE,
    warn: bool = True,
) -> HierarchyResult:
    """Global priorities of the eligible alternatives from the file's judgements.

    Every criterion needs exactly one judgement set of alternatives under it; ``weights``
    (n,) are the criteria weights in criteria order.
    """
    eligible = problem.eligible_ids
    by_criterion: dict[str, list[str]] = {c: [] for c in problem.criterion_ids}
    for table in problem.judgements:
        if table.of == "alternatives" and table.criterion is not None:
            ids = by_criterion[table.criterion]
            if table.id not in ids:
                ids.append(table.id)
    missing = [c for c, ids in by_criterion.items() if not ids]
    if missing:
        raise ValidationError(
            _where(
                problem,
                "judgements: method ahp needs pairwise judgements of the alternatives under "
                f"every criterion; none under: {', '.join(missing)}",
            )
        )
    doubled = [f"{c} ({', '.join(ids)})" for c, ids in by_criterion.items() if len(ids) > 1]
    if doubled:
        raise ValidationError(
            _where(problem, f"judgements: several sets judge the same criterion: {doubled[0]}")
        )
    local = {}
    for criterion, (set_id,) in by_criterion.items():
        result = set_result(problem, set_id, method=method, ri=ri, items=eligible, warn=warn)
        local[criterion] = result.aij if isinstance(result, GroupResult) else result
    return ahp_hierarchy(
        local,
        criteria_weights=np.asarray(weights, dtype=float),
        alternatives=eligible,
        mode=mode,
        method=method,
        ri=ri,
        warn=warn,
    )
