"""One optimiser for every question of the reproduction analysis.

Variables are weights ``w`` (n,) in a common criteria order with ``Σw = 1`` and the
user's :class:`~mcda.sampling.WeightConstraints` (per-weight intervals and ordinal
statements such as ``w_cost ≥ w_robustness``, all linear). Constraints: in every
:class:`Contest` (one decision problem and its target) the target leads each
competitor by at least the margin δ. Objectives:

* ``l1`` / ``linf``: the distance ‖w − w_ref‖₁ or ‖w − w_ref‖∞ to a reference;
* ``min_weight`` / ``max_weight``: one criterion's weight (the range in the region);
* ``max_lead``: no win constraint; the largest smallest lead (how close it comes).

When every contest is linear in the weights the problem is a linear program solved
exactly with ``scipy.optimize.linprog`` (HiGHS); the absolute values and maxima are
modelled with auxiliary variables (Boyd & Vandenberghe 2004, *Convex Optimization*,
§6.1 and §4.3). Otherwise (TOPSIS) it is solved with SLSQP (Kraft 1988) from several
starts chosen by the caller, keeping the best result that meets the margin; a start
that already meets it is itself a candidate, so the answer is never worse than the
best start. Nonlinear answers are local optima, not certified global ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from mcda.errors import DegenerateProblemError
from mcda.reproduction.condition import WinCondition, admits
from mcda.sampling import WeightConstraints

__all__ = ["Contest", "Objective", "Solution", "optimise"]

ObjectiveKind = Literal["l1", "linf", "min_weight", "max_weight", "max_lead"]

#: Added to the margin inside the optimiser so that round-off cannot undo a win.
_LP_SLACK = 1e-12
_NLP_SLACK = 1e-9


@dataclass(frozen=True)
class Contest:
    """A :class:`WinCondition` placed in the common criteria order: the problem's
    criterion ``k`` is common criterion ``columns[k]``."""

    condition: WinCondition
    columns: np.ndarray

    def leads(self, weights: np.ndarray) -> np.ndarray:
        """Leads (S, m − 1) for common-order weights (S, n)."""
        return self.condition.leads(np.atleast_2d(weights)[:, self.columns])

    def lead(self, weights: np.ndarray) -> np.ndarray:
        """Smallest lead (S,)."""
        return self.condition.lead(np.atleast_2d(weights)[:, self.columns])

    def problem_weights(self, weights: np.ndarray) -> np.ndarray:
        """Common-order weights (n,) in the problem's criteria order."""
        return np.asarray(weights)[self.columns]


@dataclass(frozen=True)
class Objective:
    """What to optimise: see the module docstring. ``reference`` (n,) for the distances,
    ``index`` for the weight bounds."""

    kind: ObjectiveKind
    reference: np.ndarray | None = None
    index: int | None = None

    def value(self, weights: np.ndarray, contests: Sequence[Contest]) -> float:
        if self.kind == "l1":
            return float(np.abs(weights - self.reference).sum())
        if self.kind == "linf":
            return float(np.abs(weights - self.reference).max())
        if self.kind == "min_weight":
            return float(weights[self.index])
        if self.kind == "max_weight":
            return -float(weights[self.index])
        return -smallest_lead(contests, weights)


@dataclass(frozen=True)
class Solution:
    """An optimiser's answer: ``weights`` (n, common order), the objective ``value``
    (distances as they are; −w_j for ``max_weight``; −lead for ``max_lead``), the
    smallest ``lead`` over all contests, and whether it came from an exact LP."""

    weights: np.ndarray
    value: float
    lead: float
    exact: bool


def smallest_lead(contests: Sequence[Contest], weights: np.ndarray) -> float:
    """The smallest lead over every contest at one weight vector (n,)."""
    leads = [float(c.lead(weights)[0]) for c in contests]
    return min(leads) if leads else float("inf")


def optimise(
    contests: Sequence[Contest],
    objective: Objective,
    *,
    margin: float,
    constraints: WeightConstraints,
    starts: Sequence[np.ndarray] = (),
) -> Solution | None:
    """Optimise ``objective`` over the weights where every target wins by ``margin``.

    Returns ``None`` when no weights satisfy the constraints (exactly so for linear
    contests; for nonlinear ones, none was found from the starts).
    """
    if all(c.condition.linear is not None for c in contests):
        return _linear(contests, objective, margin=margin, constraints=constraints)
    return _nonlinear(
        contests, objective, margin=margin, constraints=constraints, starts=starts
    )


def _order_rows(constraints: WeightConstraints) -> np.ndarray:
    """Rows (k, n) with ``row @ w ≥ 0`` for each ordinal statement w_h ≥ w_l."""
    rows = np.zeros((len(constraints.order), constraints.n_criteria))
    for k, (heavier, lighter) in enumerate(constraints.order):
        rows[k, heavier] += 1.0
        rows[k, lighter] -= 1.0
    return rows


def _lead_rows(contests: Sequence[Contest], n: int) -> np.ndarray:
    rows = []
    for contest in contests:
        coefficients = contest.condition.linear
        if coefficients is None:  # pragma: no cover - optimise() checks linearity first
            raise TypeError("a nonlinear contest reached the linear program")
        block = np.zeros((coefficients.shape[0], n))
        block[:, contest.columns] = coefficients
        rows.append(block)
    return np.vstack(rows) if rows else np.zeros((0, n))


def _linear(
    contests: Sequence[Contest],
    objective: Objective,
    *,
    margin: float,
    constraints: WeightConstraints,
) -> Solution | None:
    from scipy.optimize import linprog

    n = constraints.n_criteria
    lower, upper = constraints.lower_bounds, constraints.upper_bounds
    rows = _lead_rows(contests, n)
    eye = np.eye(n)
    kind = objective.kind
    aux = {"l1": n, "linf": 1, "max_lead": 1}.get(kind, 0)
    cost = np.zeros(n + aux)
    upper_rows: list[np.ndarray] = []
    upper_rhs: list[np.ndarray] = []
    if kind in ("l1", "linf"):
        reference = np.asarray(objective.reference, dtype=float)
        cost[n:] = 1.0
        spread = -eye if kind == "l1" else -np.ones((n, 1))
        upper_rows += [np.hstack([eye, spread]), np.hstack([-eye, spread])]
        upper_rhs += [reference, -reference]
    elif kind in ("min_weight", "max_weight"):
        cost[objective.index] = 1.0 if kind == "min_weight" else -1.0
    else:
        cost[n] = -1.0
        upper_rows.append(np.hstack([-rows, np.ones((rows.shape[0], 1))]))
        upper_rhs.append(np.zeros(rows.shape[0]))
    if kind != "max_lead" and rows.shape[0]:
        upper_rows.append(np.hstack([-rows, np.zeros((rows.shape[0], aux))]))
        upper_rhs.append(np.full(rows.shape[0], -(margin + _LP_SLACK)))
    order = _order_rows(constraints)
    if len(order):
        upper_rows.append(np.hstack([-order, np.zeros((len(order), aux))]))
        upper_rhs.append(np.zeros(len(order)))
    aux_bounds = [(None, None)] if kind == "max_lead" else [(0.0, None)] * aux
    result = linprog(
        cost,
        A_ub=np.vstack(upper_rows) if upper_rows else None,
        b_ub=np.concatenate(upper_rhs) if upper_rhs else None,
        A_eq=np.hstack([np.ones((1, n)), np.zeros((1, aux))]),
        b_eq=[1.0],
        bounds=list(zip(lower, upper, strict=True)) + aux_bounds,
        method="highs",
    )
    if result.status != 0:
        return None
    weights = np.clip(result.x[:n], lower, upper)
    weights = weights / weights.sum()
    return Solution(
        weights, objective.value(weights, contests), smallest_lead(contests, weights), True
    )


def _safe_leads(contests: Sequence[Contest], weights: np.ndarray) -> np.ndarray:
    """All leads of all contests, (R,) for one weight vector or (B, R) for a batch;
    −1 where the weights are degenerate (all zero, or only on tied criteria)."""
    batch = np.clip(np.atleast_2d(weights), 0.0, None)
    sizes = sum(len(c.condition.competitors) for c in contests)
    totals = batch.sum(axis=1, keepdims=True)
    out = np.full((len(batch), sizes), -1.0)
    good = totals[:, 0] > 0
    if good.any():
        try:
            out[good] = np.hstack([c.leads(batch[good] / totals[good]) for c in contests])
        except DegenerateProblemError:
            for row in np.flatnonzero(good):
                try:
                    out[row] = np.hstack([c.leads(batch[row] / totals[row]) for c in contests])
                except DegenerateProblemError:
                    pass
    return out[0] if np.ndim(weights) == 1 else out


def _lead_jacobian(contests: Sequence[Contest], weights: np.ndarray) -> np.ndarray:
    """Forward-difference Jacobian (R, n) of the leads, all n steps in one batched call."""
    step = 1e-7
    n = len(weights)
    values = _safe_leads(contests, np.vstack([weights, weights + step * np.eye(n)]))
    return ((values[1:] - values[0]) / step).T


def _nonlinear(
    contests: Sequence[Contest],
    objective: Objective,
    *,
    margin: float,
    constraints: WeightConstraints,
    starts: Sequence[np.ndarray],
) -> Solution | None:
    from scipy.optimize import minimize

    n = constraints.n_criteria
    lower, upper = constraints.lower_bounds, constraints.upper_bounds
    kind = objective.kind
    aux = {"l1": n, "linf": 1, "max_lead": 1}.get(kind, 0)
    rows = sum(len(c.condition.competitors) for c in contests)
    reference = (
        np.asarray(objective.reference, dtype=float) if objective.reference is not None else None
    )
    cost = np.zeros(n + aux)
    if kind in ("l1", "linf"):
        cost[n:] = 1.0
    elif kind == "min_weight":
        cost[objective.index] = 1.0
    elif kind == "max_weight":
        cost[objective.index] = -1.0
    else:
        cost[n] = -1.0

    solver_constraints: list[dict[str, object]] = [
        {
            "type": "eq",
            "fun": lambda x: np.array([x[:n].sum() - 1.0]),
            "jac": lambda x: np.hstack([np.ones((1, n)), np.zeros((1, aux))]),
        }
    ]
    eye = np.eye(n)
    order = _order_rows(constraints)
    if len(order):
        order_matrix = np.hstack([order, np.zeros((len(order), aux))])
        order_constraint = {
            "type": "ineq",
            "fun": lambda x: order_matrix @ x,
            "jac": lambda x: order_matrix,
        }
        solver_constraints.append(order_constraint)
    if kind in ("l1", "linf"):
        spread = eye if kind == "l1" else np.ones((n, 1))
        matrix = np.vstack([np.hstack([-eye, spread]), np.hstack([eye, spread])])
        anchor = np.zeros(n) if reference is None else reference
        offset = np.concatenate([anchor, -anchor])
        solver_constraints.append(
            {"type": "ineq", "fun": lambda x: matrix @ x + offset, "jac": lambda x: matrix}
        )
    if kind == "max_lead":
        solver_constraints.append(
            {
                "type": "ineq",
                "fun": lambda x: _safe_leads(contests, x[:n]) - x[n],
                "jac": lambda x: np.hstack(
                    [_lead_jacobian(contests, x[:n]), -np.ones((rows, 1))]
                ),
            }
        )
    else:
        solver_constraints.append(
            {
                "type": "ineq",
                "fun": lambda x: _safe_leads(contests, x[:n]) - (margin + _NLP_SLACK),
                "jac": lambda x: np.hstack(
                    [_lead_jacobian(contests, x[:n]), np.zeros((rows, aux))]
                ),
            }
        )
    variable_bounds = list(zip(lower, upper, strict=True)) + (
        [(None, None)] if kind == "max_lead" else [(0.0, 2.0)] * aux
    )

    def initial(start: np.ndarray) -> np.ndarray:
        w = np.clip(start, lower, upper)
        w = w / w.sum()
        if kind == "l1":
            extra = np.abs(w - reference) + 1e-9
        elif kind == "linf":
            extra = np.array([np.abs(w - reference).max() + 1e-9])
        elif kind == "max_lead":
            extra = np.array([smallest_lead(contests, w)])
        else:
            extra = np.zeros(0)
        return np.concatenate([w, extra])

    candidates: list[np.ndarray] = []
    for start in starts:
        x0 = initial(np.asarray(start, dtype=float))
        candidates.append(x0[:n])
        result = minimize(
            lambda x: float(cost @ x),
            x0,
            jac=lambda x: cost,
            method="SLSQP",
            bounds=variable_bounds,
            constraints=solver_constraints,
            options={"maxiter": 300, "ftol": 1e-12},
        )
        candidates.append(result.x[:n])

    best: Solution | None = None
    for candidate in candidates:
        weights = np.clip(candidate, lower, upper)
        if weights.sum() <= 0:
            continue
        weights = weights / weights.sum()
        if not admits(constraints, weights):
            continue
        try:
            lead = smallest_lead(contests, weights)
        except DegenerateProblemError:
            continue
        if kind != "max_lead" and not lead >= margin:
            continue
        solution = Solution(weights, objective.value(weights, contests), lead, False)
        if best is None or solution.value < best.value - 1e-15:
            best = solution
    return best
