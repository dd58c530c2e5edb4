"""PROMETHEE II net outranking flows with the six standard preference functions.

Reference: Brans, J. P., Vincke, Ph. & Mareschal, B. (1986). How to select and how to
rank projects: The PROMETHEE method. *EJOR* 24(2), 228–238, Table 1 (the six
"generalised criteria"); Brans & Vincke (1985), *Management Science* 31(6), 647–656.

For criteria j with direction s_j, the difference d = s_j (x_aj − x_bj) is turned into a
preference P_j(d) ∈ [0, 1] by the criterion's function (q indifference, p preference,
s Gaussian thresholds, in the criterion's unit; q is 0 where not given):

========= ============== ==========================================================
name      Brans' type    P(d) for d > 0 (P = 0 for d ≤ 0)
========= ============== ==========================================================
usual     I              1
ushape    II (quasi)     0 if d ≤ q, else 1
vshape    III            d / p if d ≤ p, else 1
level     IV             0 if d ≤ q, ½ if q < d ≤ p, else 1
linear    V              0 if d ≤ q, (d − q)/(p − q) if q < d ≤ p, else 1
gaussian  VI             1 − exp(−d² / (2 s²))
========= ============== ==========================================================

π(a, b) = Σ_j w_j P_j(a, b) with the weights summing to 1 over *all* criteria;
φ⁺(a) = Σ_b π(a, b)/(m − 1), φ⁻(a) = Σ_b π(b, a)/(m − 1), φ = φ⁺ − φ⁻ ∈ [−1, 1].
A criterion on which all alternatives tie adds 0 to every π, exactly as the definition
says (it is not dropped, and the other weights are not rescaled).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from mcda.errors import DegenerateProblemError, ValidationError

__all__ = ["PREFERENCE_FUNCTIONS", "criterion_flows", "promethee_ii"]

#: The six preference functions and the thresholds each needs (``level`` and ``linear``
#: also take q, 0 when not given).
PREFERENCE_FUNCTIONS: dict[str, tuple[str, ...]] = {
    "usual": (),
    "ushape": ("q",),
    "vshape": ("p",),
    "level": ("p",),
    "linear": ("p",),
    "gaussian": ("s",),
}
#: Other names in use for the same functions (pymcdm's ``vshape_2`` is type V).
ALIASES = {"u-shape": "ushape", "v-shape": "vshape", "vshape_2": "linear", "v-shape-2": "linear"}


def _per_criterion(value: Any, n: int, name: str) -> list[Any]:
    if value is None or isinstance(value, str | int | float | np.integer | np.floating):
        return [value] * n
    values = list(value)
    if len(values) != n:
        raise ValidationError(f"{name}: {len(values)} values for {n} criteria")
    return values


def _threshold(value: Any, name: str, j: int) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise ValidationError(f"{name}[{j}]: {value!r} is not a number")
    if not np.isfinite(value) or value < 0:
        raise ValidationError(f"{name}[{j}]: {value!r} must be a finite number ≥ 0")
    return float(value)


def _preference(d: np.ndarray, function: str, q: float, p: float, s: float) -> np.ndarray:
    positive = d > 0
    if function == "usual":
        return positive.astype(float)
    if function == "ushape":
        return (d > q).astype(float)
    if function == "vshape":
        return np.where(positive, np.minimum(d / p, 1.0), 0.0)
    if function == "level":
        return np.where(d > p, 1.0, np.where(d > q, 0.5, 0.0))
    if function == "linear":
        return np.where(d > p, 1.0, np.where(d > q, (d - q) / (p - q), 0.0))
    return np.where(positive, 1.0 - np.exp(-(d**2) / (2.0 * s * s)), 0.0)  # gaussian


def criterion_flows(
    matrix: np.ndarray,
    signs: np.ndarray,
    preference: str | Sequence[str] = "usual",
    *,
    q: Any = None,
    p: Any = None,
    s: Any = None,
) -> np.ndarray:
    """Single-criterion net flows φ_j(a), shape (n, m): φ = Σ_j w_j φ_j.

    ``preference``, ``q``, ``p`` and ``s`` are one value for every criterion or a
    sequence with one per criterion (``None`` where not needed).
    """
    m, n = matrix.shape
    if m < 2:
        raise DegenerateProblemError("PROMETHEE II needs at least two alternatives")
    functions = _per_criterion(preference, n, "preference")
    qs, ps, ss = (_per_criterion(v, n, name) for v, name in ((q, "q"), (p, "p"), (s, "s")))
    flows = np.empty((n, m))
    for j in range(n):
        raw = functions[j] if functions[j] is not None else "usual"
        function = ALIASES.get(str(raw).lower(), str(raw).lower())
        if function not in PREFERENCE_FUNCTIONS:
            raise ValidationError(
                f"preference[{j}]: {raw!r} is not one of {', '.join(PREFERENCE_FUNCTIONS)}"
            )
        given = {"q": _threshold(qs[j], "q", j), "p": _threshold(ps[j], "p", j),
                 "s": _threshold(ss[j], "s", j)}  # fmt: skip
        for needed in PREFERENCE_FUNCTIONS[function]:
            if given[needed] is None:
                raise ValidationError(f"{needed}[{j}]: missing (the {function} function needs it)")
        qj, pj, sj = given["q"] or 0.0, given["p"] or 0.0, given["s"] or 0.0
        if function in ("level", "linear") and not pj > qj:
            raise ValidationError(f"p[{j}]: {pj:g} must exceed q = {qj:g} ({function} function)")
        if function in ("vshape", "gaussian") and not (pj if function == "vshape" else sj) > 0:
            name = "p" if function == "vshape" else "s"
            raise ValidationError(f"{name}[{j}]: must be positive ({function} function)")
        column = signs[j] * matrix[:, j]
        difference = column[:, None] - column[None, :]  # d(a, b)
        preference_ab = _preference(difference, function, qj, pj, sj)
        flows[j] = (preference_ab.sum(axis=1) - preference_ab.sum(axis=0)) / (m - 1)
    return flows


def promethee_ii(
    matrix: np.ndarray,
    weights: np.ndarray,
    signs: np.ndarray,
    preference: str | Sequence[str] = "usual",
    *,
    q: Any = None,
    p: Any = None,
    s: Any = None,
) -> np.ndarray:
    """Net flows φ (m,) for weights (n,), or (S, m) for a batch (S, n); higher is better."""
    return weights @ criterion_flows(matrix, signs, preference, q=q, p=p, s=s)
