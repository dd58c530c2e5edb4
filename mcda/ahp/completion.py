"""Complete a pairwise comparison matrix with missing judgements.

Two completions, both defined exactly when the comparison graph (items as vertices,
judged pairs as edges) is connected:

* ``"eigenvector"`` — the λmax-optimal completion of Bozóki, Fülöp & Rónyai (2010),
  *Mathematical and Computer Modelling* 52, 318–333: the missing entries minimise the
  principal eigenvalue. λmax is log-convex in the logarithms of the missing entries
  (their Theorem 2), so the minimum is unique; we find it with BFGS on those
  logarithms, using the exact gradient ∂λ/∂a_ij = v_i u_j / (vᵀu) (u, v the right and
  left Perron vectors).
* ``"llsm"`` — the logarithmic least squares completion (Kwiesielewicz 1996; Bozóki,
  Fülöp & Koczkodaj 2011, *Math. Comput. Modelling* 54): log-weights solve the graph
  Laplacian system L y = r, and a missing entry is w_i / w_j. For a complete matrix
  the weights are the row geometric means.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence

import numpy as np

from mcda.errors import ValidationError

__all__ = ["complete", "components", "llsm_weights", "perron"]


def components(values: np.ndarray) -> list[list[int]]:
    """The connected components of the comparison graph of ``values`` (nan = missing)."""
    n = values.shape[0]
    if not np.any(np.isnan(values)):
        return [list(range(n))]
    seen = [False] * n
    groups: list[list[int]] = []
    for start in range(n):
        if seen[start]:
            continue
        stack, group = [start], []
        seen[start] = True
        while stack:
            i = stack.pop()
            group.append(i)
            for j in range(n):
                if not seen[j] and not np.isnan(values[i, j]):
                    seen[j] = True
                    stack.append(j)
        groups.append(sorted(group))
    return groups


def check_connected(values: np.ndarray, items: Sequence[str], name: str) -> None:
    """Raise naming the groups of items that are never compared with each other."""
    groups = components(values)
    if len(groups) > 1:
        shown = " | ".join("{" + ", ".join(items[i] for i in g) + "}" for g in groups)
        raise ValidationError(
            f"{name}: incomplete judgements fall into {len(groups)} groups never compared "
            f"with each other: {shown}"
        )


def perron(matrix: np.ndarray) -> tuple[float, np.ndarray]:
    """The principal eigenvalue λmax and its eigenvector scaled to sum 1 (Perron–Frobenius)."""
    values, vectors = np.linalg.eig(matrix)
    k = int(np.argmax(values.real))
    vector = np.abs(vectors[:, k].real)
    return float(values[k].real), vector / vector.sum()


def llsm_weights(values: np.ndarray) -> np.ndarray:
    """Logarithmic least squares weights of a (possibly incomplete) matrix, summing to 1.

    Solves L y = r with L the Laplacian of the comparison graph and r_i = Σ_j log a_ij
    over judged j (Bozóki, Fülöp & Koczkodaj 2011, Theorem 4); the graph must be connected.
    """
    n = values.shape[0]
    known = ~np.isnan(values)
    np.fill_diagonal(known, False)
    logs = np.where(known, np.log(np.where(known, values, 1.0)), 0.0)
    laplacian = np.diag(known.sum(axis=1).astype(float)) - known.astype(float)
    rhs = logs.sum(axis=1)
    # L is singular (constant vectors); adding the all-ones matrix pins Σ y = 0.
    y = np.linalg.solve(laplacian + np.ones((n, n)), rhs)
    weights = np.exp(y - y.max())
    return weights / weights.sum()


def complete(
    values: np.ndarray, method: str = "eigenvector", *, tolerance: float = 1e-10
) -> np.ndarray:
    """A copy of ``values`` with every ``nan`` pair filled (see the module docstring).

    ``values`` must be reciprocal where given and its comparison graph connected.
    """
    missing = [
        (i, j)
        for i in range(values.shape[0])
        for j in range(i + 1, values.shape[0])
        if np.isnan(values[i, j])
    ]
    filled = values.copy()
    if not missing:
        return filled
    weights = llsm_weights(values)
    for i, j in missing:
        filled[i, j] = weights[i] / weights[j]
        filled[j, i] = weights[j] / weights[i]
    if method == "llsm":
        return filled
    if method != "eigenvector":
        raise ValidationError(f"completion: unknown method {method!r} (eigenvector, llsm)")
    return _lambda_optimal(filled, missing, tolerance)


def _lambda_optimal(
    start: np.ndarray, missing: list[tuple[int, int]], tolerance: float
) -> np.ndarray:
    from scipy.optimize import minimize

    rows = np.array([i for i, _ in missing])
    cols = np.array([j for _, j in missing])

    def build(x: np.ndarray) -> np.ndarray:
        matrix = start.copy()
        matrix[rows, cols] = np.exp(x)
        matrix[cols, rows] = np.exp(-x)
        return matrix

    def objective(x: np.ndarray) -> tuple[float, np.ndarray]:
        matrix = build(x)
        lam, right = perron(matrix)
        _, left = perron(matrix.T)
        scale = float(left @ right)
        gradient = (
            left[rows] * right[cols] * matrix[rows, cols]
            - left[cols] * right[rows] * matrix[cols, rows]
        ) / scale
        return lam, gradient

    x0 = np.log(start[rows, cols])
    if len(missing) == 1:
        return build(np.array([_root_1d(lambda x: objective(np.array([x]))[1][0], x0[0])]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        result = minimize(
            objective, x0, jac=True, method="BFGS", options={"gtol": tolerance, "maxiter": 500}
        )
    _, gradient = objective(result.x)
    if not np.all(np.isfinite(result.x)) or np.max(np.abs(gradient)) > 1e-6:
        raise ValidationError(
            "completion: the λmax-optimal completion did not converge "
            f"(gradient {np.max(np.abs(gradient)):.2g}); try method='geometric'"
        )
    return build(result.x)


def _root_1d(gradient: Callable[[float], float], x0: float) -> float:
    """The zero of the increasing derivative of a convex function of one variable."""
    from scipy.optimize import brentq

    g0 = gradient(x0)
    if g0 == 0:
        return x0
    step = -1.0 if g0 > 0 else 1.0
    other = x0 + step
    while np.sign(gradient(other)) == np.sign(g0):
        step *= 2
        other = x0 + step
        if abs(step) > 64:
            raise ValidationError("completion: the λmax-optimal value is unbounded")
    low, high = sorted((x0, other))
    return float(brentq(gradient, low, high, xtol=1e-14, rtol=1e-14))
