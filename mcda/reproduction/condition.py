"""The condition "the target ranks first": leads over every competitor as functions of w.

A :class:`WinCondition` fixes one decision problem, one ranking method and one target
alternative. Its :meth:`~WinCondition.leads` are the target's score minus each
competitor's score (oriented so that a positive lead means the target is ahead, also
for methods where a lower score is better), for a batch of weight vectors. The target
*wins by margin δ* at ``w`` when every lead is at least δ.

For methods the registry marks ``linear`` (WSM, PROMETHEE II, SPOTIS) the score is an
affine function of the weights on the simplex, so the leads are ``L @ w`` with a
coefficient matrix ``L`` read off at the simplex vertices (score at ``e_j``) and checked
at two further points. This is what makes the linear analysis exact (linear programs).

Reference for the oriented-lead formulation: Lahdelma & Salminen (2001), SMAA-2,
*Operations Research* 49(3), 444–454 (favourable weights of an alternative).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import DegenerateProblemError, ValidationError
from mcda.methods import Method
from mcda.methods.peers import tied_columns
from mcda.methods.topsis import squared_gaps
from mcda.model import Problem
from mcda.ranking import problem_method, rank, resolve_weights
from mcda.sampling import WeightConstraints

__all__ = [
    "DEFAULT_MARGIN",
    "Verification",
    "WinCondition",
    "admits",
    "reference_weights",
    "win_condition",
]

#: The stated margin: the target's score must lead every competitor by at least this.
DEFAULT_MARGIN = 1e-6

#: Relative tolerance of the linearity check on the coefficients read at the vertices.
_LINEARITY_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Verification:
    """The engine's verdict on one weight vector: ``mcda.rank`` re-run with it.

    ``wins`` is true when the target is the only alternative ranked first and leads
    every competitor by at least ``margin`` (in the method's score units).
    """

    weights: np.ndarray
    wins: bool
    lead: float
    winners: tuple[str, ...]
    margin: float


def admits(constraints: WeightConstraints, weights: np.ndarray, tolerance: float = 1e-9) -> bool:
    """Whether one weight vector (n,) meets ``constraints`` up to ``tolerance``."""
    w = np.asarray(weights, dtype=float)
    if np.any(w < constraints.lower_bounds - tolerance):
        return False
    if np.any(w > constraints.upper_bounds + tolerance):
        return False
    return all(w[heavier] >= w[lighter] - tolerance for heavier, lighter in constraints.order)


def reference_weights(
    problem: Problem, reference: str | Mapping[str, float] | ArrayLike | None
) -> np.ndarray:
    """The reference profile: equal weights for ``None`` or ``"equal"`` (unless the file
    defines a profile called ``equal``), a named profile of the file, or explicit weights."""
    if reference is None or (isinstance(reference, str) and reference == "equal"
                             and "equal" not in {p.id for p in problem.profiles}):
        return np.full(len(problem.criteria), 1.0 / len(problem.criteria))
    return resolve_weights(problem, reference)


@dataclass(frozen=True)
class WinCondition:
    """One problem, one method, one target: the target's leads as functions of weights.

    ``alternatives`` are the eligible alternatives (file order), ``matrix`` their
    decision matrix (m, n) at interval midpoints, ``competitors`` the others.
    ``linear`` is the lead coefficient matrix (m − 1, n) when the method is linear in
    the weights, else ``None``.
    """

    problem: Problem
    method: Method
    target: str
    alternatives: tuple[str, ...]
    matrix: np.ndarray
    signs: np.ndarray
    linear: np.ndarray | None
    topsis_gaps: tuple[np.ndarray, np.ndarray] | None = None

    @property
    def target_index(self) -> int:
        return self.alternatives.index(self.target)

    @property
    def competitors(self) -> tuple[str, ...]:
        return tuple(a for a in self.alternatives if a != self.target)

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        return self.problem.criterion_ids

    def utilities(self, weights: np.ndarray) -> np.ndarray:
        """Scores oriented so that higher is better: (S, m) for weights (S, n)."""
        batch = np.atleast_2d(np.asarray(weights, dtype=float))
        batch = batch / batch.sum(axis=1, keepdims=True)
        if self.topsis_gaps is not None:
            return _fast_closeness(self.topsis_gaps, batch)
        scores = np.asarray(self.method.score(self.matrix, batch, self.signs), dtype=float)
        return scores if self.method.higher_is_better else -scores

    def leads(self, weights: np.ndarray) -> np.ndarray:
        """The target's lead over each competitor, (S, m − 1) for weights (S, n)."""
        batch = np.atleast_2d(np.asarray(weights, dtype=float))
        if self.linear is not None:
            return batch @ self.linear.T
        utilities = self.utilities(batch)
        index = self.target_index
        others = [i for i in range(len(self.alternatives)) if i != index]
        return utilities[:, [index]] - utilities[:, others]

    def lead(self, weights: np.ndarray) -> np.ndarray:
        """The smallest lead, (S,): positive where the target ranks first alone."""
        leads = self.leads(weights)
        if leads.shape[1] == 0:
            return np.full(leads.shape[0], np.inf)
        return leads.min(axis=1)

    def verify(self, weights: ArrayLike, margin: float = DEFAULT_MARGIN) -> Verification:
        """Re-rank the problem with ``mcda.rank`` at ``weights`` and check the target wins."""
        vector = np.clip(np.asarray(weights, dtype=float), 0.0, None)
        try:
            result = rank(self.problem, vector, method=self.method)
        except DegenerateProblemError:
            return Verification(vector / vector.sum(), False, float("-inf"), (), margin)
        scores = result.scores if result.higher_is_better else -result.scores
        position = result.alternatives.index(self.target)
        others = np.delete(scores, position)
        lead = float(scores[position] - others.max()) if len(others) else float("inf")
        return Verification(
            weights=result.weights,
            wins=result.best == (self.target,) and lead >= margin,
            lead=lead,
            winners=result.best,
            margin=margin,
        )


def win_condition(
    problem: Problem, target: str | None = None, method: str | Method = "topsis"
) -> WinCondition:
    """The :class:`WinCondition` for ``target`` (default: the problem's recommendation).

    Raises :class:`~mcda.errors.ValidationError` when there is no target, the target is
    unknown, or it is screened out by a must-have constraint.
    """
    where = str(problem.path) if problem.path else problem.id
    chosen = problem_method(problem, method)
    if target is None:
        if problem.recommendation is None:
            raise ValidationError(
                f"{where}: recommendation: the file states no recommendation; name a target"
            )
        target = problem.recommendation.alternative
    if target not in problem.alternative_ids:
        raise ValidationError(
            f"{where}: target: no alternative {target!r} "
            f"(alternatives: {', '.join(problem.alternative_ids)})"
        )
    eligible = problem.eligible_ids
    if target not in eligible:
        reason = next(s for s in problem.screening() if s.alternative == target)
        raise ValidationError(
            f"{where}: target: {target!r} is screened out by constraint "
            f"{reason.constraint!r} ({reason.detail}); it cannot win under any weights"
        )
    matrix = problem.matrix(eligible)
    signs = problem.direction_signs
    gaps = None
    normalization = chosen.topsis_normalization
    if normalization is not None:
        gaps = squared_gaps(matrix, signs, normalization, chosen.anchors)
    condition = WinCondition(problem, chosen, target, eligible, matrix, signs, None, gaps)
    if len(eligible) == 1:  # nothing to beat: an empty (trivially linear) condition
        condition = WinCondition(
            problem, chosen, target, eligible, matrix, signs, np.zeros((0, len(signs))), gaps
        )
    elif chosen.linear:
        coefficients = _linear_leads(condition)
        if coefficients is not None:
            condition = WinCondition(
                problem, chosen, target, eligible, matrix, signs, coefficients, gaps
            )
    return condition


def _fast_closeness(gaps: tuple[np.ndarray, np.ndarray], weights: np.ndarray) -> np.ndarray:
    """TOPSIS closeness (S, m) for weights (S, n) from the squared gaps to the ideal and
    anti-ideal, d² = Σ_j w_j² gap_ij (as :func:`mcda.topsis`, without re-validating the
    matrix for each of the many calls an optimiser makes)."""
    squared = weights**2
    ideal = np.sqrt(squared @ gaps[0].T)
    anti = np.sqrt(squared @ gaps[1].T)
    total = ideal + anti
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, anti / np.where(total > 0, total, 1.0), 0.5)


def _linear_leads(condition: WinCondition) -> np.ndarray | None:
    """Lead coefficients (m − 1, n) read at the simplex vertices, or ``None`` when the
    method's scores turn out not to be affine in the weights (checked at two points)."""
    n = condition.matrix.shape[1]
    tied = tied_columns(condition.matrix)
    if np.all(tied):
        return np.zeros((len(condition.alternatives) - 1, n))
    columns = []
    for j in range(n):
        if tied[j]:
            columns.append(np.zeros(len(condition.alternatives) - 1))
            continue
        vertex = np.zeros(n)
        vertex[j] = 1.0
        columns.append(condition.leads(vertex)[0])
    coefficients = np.column_stack(columns)
    kept = ~tied
    for probe in (np.where(kept, 1.0, 0.0), np.where(kept, np.arange(1, n + 1.0), 0.0)):
        probe = probe / probe.sum()
        try:
            direct = condition.leads(probe)[0]
        except DegenerateProblemError:
            return None
        scale = max(1.0, float(np.abs(direct).max()))
        if np.abs(direct - coefficients @ probe).max() > _LINEARITY_TOLERANCE * scale:
            return None
    return coefficients
