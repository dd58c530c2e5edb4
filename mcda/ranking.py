"""Rank a decision problem: screen, score with a method, and rank with explicit ties."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError
from mcda.methods import Method, get_method
from mcda.model import Lang, Problem, Screening
from mcda.weights import normalize_weights

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "RankingResult",
    "WeightsLike",
    "problem_method",
    "rank",
    "rank_scores",
    "resolve_weights",
]

WeightsLike = str | Mapping[str, float] | ArrayLike | None

#: Scores closer than this (absolute) are treated as a tie.
TIE_TOLERANCE = 1e-10


def rank_scores(
    scores: ArrayLike, *, higher_is_better: bool = True, tolerance: float = TIE_TOLERANCE
) -> np.ndarray:
    """1-based competition ranks ("1224"): tied scores share the best rank of their group.

    Scores within ``tolerance`` of the previous one in sorted order are tied.
    """
    values = np.asarray(scores, dtype=float)
    if values.ndim != 1:
        raise ValidationError(f"scores: expected one vector, got shape {values.shape}")
    keyed = -values if higher_is_better else values
    order = np.argsort(keyed, kind="stable")
    ranks = np.empty(len(values), dtype=int)
    current = 1
    for position, index in enumerate(order):
        if position > 0 and keyed[index] - keyed[order[position - 1]] > tolerance:
            current = position + 1
        ranks[index] = current
    return ranks


def problem_method(problem: Problem, method: str | Method | None = None) -> Method:
    """The method ``method`` (default TOPSIS) as it applies to ``problem``.

    A generic name (``topsis``, ``weighted_sum``) takes the problem's normalisation
    (``[problem] normalization``); the criteria's value scales are bound to every method
    that uses anchors when all criteria have them. An anchored method on a problem with
    a criterion lacking anchors gets a clear error naming that criterion.
    """
    chosen = get_method("topsis" if method is None else method, normalization=problem.normalization)
    if not chosen.uses_anchors or chosen.anchors is not None:
        return chosen
    if chosen.normalization == "anchored" or problem.has_anchors:
        return chosen.with_anchors(problem.value_scales())
    return chosen


def resolve_weights(problem: Problem, weights: WeightsLike) -> np.ndarray:
    """Turn a profile name, a ``{criterion: weight}`` mapping, a vector or ``None``
    (the problem's default profile, else equal weights) into a normalised vector.
    ``"ahp:SET"`` takes the weights from the file's judgement set SET (see mcda.ahp)."""
    n = len(problem.criteria)
    if isinstance(weights, str) and weights.startswith("ahp:"):
        from mcda.ahp.problem import criteria_weights

        return criteria_weights(problem, weights[len("ahp:") :])
    if weights is None or isinstance(weights, str):
        return problem.weights(weights)
    if isinstance(weights, Mapping):
        unknown = [k for k in weights if k not in problem.criterion_ids]
        if unknown:
            raise ValidationError(f"weights: unknown criterion {unknown[0]!r}")
        missing = [c for c in problem.criterion_ids if c not in weights]
        if missing:
            raise ValidationError(f"weights: missing criteria: {', '.join(missing)}")
        weights = [weights[c] for c in problem.criterion_ids]
    vector = normalize_weights(weights, n)
    if vector.ndim != 1:
        raise ValidationError(f"weights: expected one vector of {n}, got shape {vector.shape}")
    return vector


@dataclass(frozen=True)
class RankingResult:
    """A ranking of a problem's eligible alternatives by one method.

    ``alternatives``, ``scores`` and ``ranks`` are aligned and in file order and cover
    the eligible alternatives; ``screened`` lists the others with the reason.
    ``weights`` are the normalised weights actually used, in criteria order.
    """

    problem: Problem
    method: str
    weights: np.ndarray
    alternatives: tuple[str, ...]
    scores: np.ndarray
    ranks: np.ndarray
    higher_is_better: bool
    screened: tuple[Screening, ...]

    @property
    def best(self) -> tuple[str, ...]:
        """The alternatives ranked first (more than one when tied)."""
        return tuple(a for a, r in zip(self.alternatives, self.ranks, strict=True) if r == 1)

    def rank_of(self, alternative: str) -> int | None:
        """The rank of ``alternative`` (``None`` if it was screened out)."""
        for a, r in zip(self.alternatives, self.ranks, strict=True):
            if a == alternative:
                return int(r)
        if alternative in self.problem.alternative_ids:
            return None
        raise ValidationError(f"no alternative {alternative!r}")

    def to_frame(self, lang: Lang = "en") -> pd.DataFrame:
        """All alternatives in file order: label, score, rank, and why screened out."""
        import pandas as pd

        by_id = dict(zip(self.alternatives, zip(self.scores, self.ranks, strict=True), strict=True))
        screened = {s.alternative: s.reason(lang) for s in self.screened}
        rows = []
        for alternative in self.problem.alternatives:
            score, rank_ = by_id.get(alternative.id, (None, None))
            rows.append(
                {
                    "alternative": alternative.id,
                    "label": alternative.label.get(lang),
                    "score": score,
                    "rank": rank_,
                    "screened_out": screened.get(alternative.id),
                }
            )
        frame = pd.DataFrame(rows).set_index("alternative")
        frame["score"] = frame["score"].astype("Float64")
        frame["rank"] = frame["rank"].astype("Int64")
        return frame


def rank(
    problem: Problem,
    weights: WeightsLike = None,
    method: str | Method = "topsis",
    *,
    values: ArrayLike | None = None,
) -> RankingResult:
    """Rank the eligible alternatives of ``problem`` with ``method``.

    Parameters
    ----------
    problem
        The decision problem; alternatives failing a must-have constraint are screened
        out first and reported in ``screened``.
    weights
        A profile name, ``{criterion: weight}``, a vector in criteria order, or ``None``
        for the problem's default profile (equal weights if it has none).
    method
        A name from :data:`mcda.methods.METHODS` (see ``mcda methods``); ``topsis``
        (the default) and ``weighted_sum`` use the problem's normalisation.
    values
        An explicit matrix (eligible alternatives × criteria) to rank instead of the
        interval midpoints.
    """
    if method in ("ahp", "ahp_ideal"):  # hierarchic synthesis of the file's judgements
        from mcda.ahp.problem import rank_problem

        return rank_problem(problem, resolve_weights(problem, weights), method)
    chosen = problem_method(problem, method)
    vector = resolve_weights(problem, weights)
    eligible = problem.require_eligible()
    if values is None:
        matrix = problem.matrix(eligible)
    else:
        matrix = np.asarray(values, dtype=float)
        if matrix.shape != (len(eligible), len(problem.criteria)):
            raise ValidationError(
                f"values: expected shape {(len(eligible), len(problem.criteria))} "
                f"(eligible alternatives × criteria), got {matrix.shape}"
            )
        if not np.all(np.isfinite(matrix)):
            raise ValidationError("values: must be finite numbers")
    scores = chosen.score(matrix, vector, problem.direction_signs)
    return RankingResult(
        problem=problem,
        method=chosen.name,
        weights=vector,
        alternatives=eligible,
        scores=scores,
        ranks=rank_scores(scores, higher_is_better=chosen.higher_is_better),
        higher_is_better=chosen.higher_is_better,
        screened=problem.screening(),
    )
