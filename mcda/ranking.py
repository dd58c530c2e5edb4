"""Rank a decision problem: screen, score with a method, and rank with explicit ties."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike

from mcda.directions import DirectionsLike
from mcda.errors import ValidationError
from mcda.methods import Method, get_method
from mcda.model import Lang, Problem, Screening
from mcda.ranks import TIE_TOLERANCE, rank_scores
from mcda.weight_sources import WeightsLike, resolve_weights

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "AHP_METHODS",
    "TIE_TOLERANCE",
    "RankingResult",
    "WeightsLike",
    "problem_method",
    "rank",
    "rank_scores",
    "resolve_weights",
    "with_method_params",
]

#: The AHP ranking methods (hierarchic synthesis of a file's judgements) and their mode.
AHP_METHODS = {"ahp": "distributive", "ahp_ideal": "ideal"}


def with_method_params(
    problem: Problem, method: str | Method, params: Mapping[str, object]
) -> Problem:
    """``problem`` with ``params`` for ``method`` over its ``[methods.NAME]`` table."""
    name = problem_method(problem, method).name
    merged = dict(problem.method_params)
    merged[name] = MappingProxyType({**merged.get(name, {}), **params})
    return dataclasses.replace(problem, method_params=MappingProxyType(merged))


def problem_method(problem: Problem, method: str | Method | None = None) -> Method:
    """The method ``method`` (default TOPSIS) as it applies to ``problem``.

    A generic name (``topsis``, ``weighted_sum``) takes the problem's normalisation
    (``[problem] normalization``); the criteria's value scales are bound to every method
    that uses anchors when all criteria have them. An anchored method on a problem with
    a criterion lacking anchors gets a clear error naming that criterion. The method's
    parameters from the problem (``[methods.NAME]``, :attr:`Problem.method_params`) are
    bound.
    """
    chosen = get_method("topsis" if method is None else method, normalization=problem.normalization)
    given = problem.method_params.get(chosen.name) or (
        problem.method_params.get(method) if isinstance(method, str) else None
    )
    if given:  # [methods.NAME] of the file, or mcda ... --param
        chosen = chosen.with_params(given, criteria=problem.criterion_ids)
    if not chosen.uses_anchors or chosen.anchors is not None:
        return chosen
    if chosen.normalization == "anchored" or problem.has_anchors:
        return chosen.with_anchors(problem.value_scales())
    return chosen


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
    problem: Problem | ArrayLike | pd.DataFrame,
    weights: WeightsLike = None,
    method: str | Method = "topsis",
    *,
    values: ArrayLike | None = None,
    directions: DirectionsLike | Mapping[str, object] | None = None,
    params: Mapping[str, object] | None = None,
) -> RankingResult:
    """Rank the eligible alternatives of ``problem`` with ``method``.

    Parameters
    ----------
    problem
        The decision problem; alternatives failing a must-have constraint are screened
        out first and reported in ``screened``. A decision matrix (array or DataFrame,
        alternatives as rows) with ``directions`` is ranked as a problem of its own
        (:func:`mcda.tabular.problem_from_matrix`).
    weights
        A profile name, ``{criterion: weight}``, a vector in criteria order, or ``None``
        for the problem's default profile (equal weights if it has none).
    method
        A name from :data:`mcda.methods.METHODS` (see ``mcda methods``); ``topsis``
        (the default) and ``weighted_sum`` use the problem's normalisation.
    values
        An explicit matrix (eligible alternatives × criteria) to rank instead of the
        interval midpoints.
    directions
        Per criterion ``"max"``/``"min"`` (±1, …) when ``problem`` is a matrix.
    params
        The method's parameters (``{"v": 0.6}`` for VIKOR; see ``mcda methods``), over
        those of the problem file's ``[methods.NAME]`` table.
    """
    if not isinstance(problem, Problem):
        from mcda.tabular import problem_from_matrix

        if directions is None:
            raise ValidationError("directions: needed to rank a matrix ('max'/'min' per criterion)")
        problem = problem_from_matrix(problem, directions)
    elif directions is not None:
        raise ValidationError("directions: a problem has its own; give them only with a matrix")
    if params:
        problem = with_method_params(problem, method, params)
    if isinstance(method, str) and method in AHP_METHODS:  # the file's judgements
        return _rank_by_hierarchy(problem, resolve_weights(problem, weights), method)
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


def _rank_by_hierarchy(problem: Problem, weights: np.ndarray, method: str) -> RankingResult:
    """``rank(problem, weights, method="ahp")``: the global priorities of the file's
    judgements of the alternatives under the criteria weights (:mod:`mcda.ahp.problem`)."""
    from mcda.ahp.problem import problem_hierarchy

    problem.require_eligible()
    hierarchy = problem_hierarchy(problem, weights, mode=AHP_METHODS[method])
    return RankingResult(
        problem=problem,
        method=method,
        weights=weights,
        alternatives=hierarchy.alternatives,
        scores=hierarchy.priorities,
        ranks=rank_scores(hierarchy.priorities),
        higher_is_better=True,
        screened=problem.screening(),
    )
