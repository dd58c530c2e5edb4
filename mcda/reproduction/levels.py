"""A level-set search for TOPSIS winning weights: linear programs at fixed closeness.

TOPSIS distances depend on the weights only through u = w² (element-wise):
d⁺ᵢ² = Σⱼ uⱼ gapⁱᵈᵉᵃˡᵢⱼ and d⁻ᵢ² = Σⱼ uⱼ gapᵃⁿᵗⁱᵢⱼ, and closeness is unchanged when u is
scaled. For a fixed level c, "the target's closeness ≥ c and every competitor's
≤ c − δ" is linear in u:

    (1 − c)² d⁻ₜ² ≥ c² d⁺ₜ²   and   (c − δ)² d⁺ᵢ² ≥ (1 − c + δ)² d⁻ᵢ²,

so at each level one LP (maximise the smallest slack s over u ≥ 0, Σu = 1) decides
whether the target can win there. The slack is continuous in c; a grid of levels with
a bounded refinement of the best one finds winning weights even where random samples
and local starts miss a thin region, and a largest slack ≤ 0 over the grid is strong
(not certified) evidence that the target never wins. Ordinal constraints carry over
(w_h ≥ w_l ⇔ u_h ≥ u_l); interval bounds on normalised weights do not, so with those
the search is skipped.
"""

from __future__ import annotations

import numpy as np

from mcda.reproduction.condition import WinCondition
from mcda.sampling import WeightConstraints

__all__ = ["level_witness"]


def _slack(
    condition: WinCondition, level: float, margin: float, constraints: WeightConstraints
) -> tuple[float, np.ndarray | None]:
    """The largest smallest slack at closeness ``level`` and the u (n,) attaining it."""
    from scipy.optimize import linprog

    if condition.topsis_gaps is None:  # pragma: no cover - guarded by the caller
        raise TypeError("level search needs TOPSIS")
    ideal, anti = condition.topsis_gaps
    target = condition.target_index
    lower = level - margin
    if lower < 0 or level > 1:
        return -np.inf, None
    rows = [(1 - level) ** 2 * anti[target] - level**2 * ideal[target]]
    rows += [
        lower**2 * ideal[i] - (1 - lower) ** 2 * anti[i]
        for i in range(len(condition.alternatives))
        if i != target
    ]
    matrix = np.array(rows)
    n = matrix.shape[1]
    scale = max(1.0, float(np.abs(matrix).max()))
    upper_rows = [np.hstack([-matrix / scale, np.ones((len(rows), 1))])]
    for heavier, lighter in constraints.order:
        row = np.zeros(n + 1)
        row[lighter], row[heavier] = 1.0, -1.0
        upper_rows.append(row[None, :])
    result = linprog(
        np.r_[np.zeros(n), -1.0],
        A_ub=np.vstack(upper_rows),
        b_ub=np.zeros(sum(len(r) for r in upper_rows)),
        A_eq=np.r_[np.ones(n), 0.0][None, :],
        b_eq=[1.0],
        bounds=[(0.0, None)] * n + [(None, 1.0)],
        method="highs",
    )
    if result.status != 0:
        return -np.inf, None
    return float(result.x[n]), np.asarray(result.x[:n])


def level_witness(
    condition: WinCondition,
    margin: float,
    constraints: WeightConstraints,
    *,
    levels: int = 100,
) -> np.ndarray | None:
    """Weights (n,) at which the target wins by ``margin`` under TOPSIS, found by the
    level-set LPs, or ``None`` (none found; also for other methods and for interval
    constraints, where the search does not apply)."""
    from scipy.optimize import minimize_scalar

    bounded = np.any(constraints.lower_bounds > 0) or np.any(constraints.upper_bounds < 1)
    if condition.topsis_gaps is None or bounded or not condition.competitors:
        return None
    grid = np.linspace(margin, 1.0, levels)
    slacks = [_slack(condition, c, margin, constraints)[0] for c in grid]
    best = int(np.argmax(slacks))
    low, high = grid[max(best - 1, 0)], grid[min(best + 1, levels - 1)]
    refined = minimize_scalar(
        lambda c: -_slack(condition, c, margin, constraints)[0],
        bounds=(low, high),
        method="bounded",
        options={"xatol": 1e-10},
    )
    candidates = [float(refined.x), float(grid[best])]
    for level in candidates:
        slack, u = _slack(condition, level, margin, constraints)
        if u is None or not slack > 0:
            continue
        weights = np.sqrt(np.clip(u, 0.0, None))
        weights = weights / weights.sum()
        if condition.lead(weights)[0] >= margin:
            return weights
    return None
