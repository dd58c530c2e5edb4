"""Do the methods agree? Rankings under every registered method and their correlations.

Each method in :data:`mcda.methods.METHODS` ranks the eligible alternatives with the
same weights (TOPSIS with vector and min-max normalisation, WSM, WPM, VIKOR,
PROMETHEE II, SPOTIS, COPRAS, and AHP — ``mcda.rank(problem, method="ahp")`` — when
the problem file has pairwise judgements of the alternatives under every criterion).
A method that is undefined for the problem (it raises an
:class:`~mcda.errors.McdaError`, e.g. :class:`~mcda.errors.DegenerateProblemError`,
or AHP without judgements) is reported as not applicable, with the reason, and left
out of the correlations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from mcda.correlation import CORRELATIONS, rank_correlation
from mcda.errors import DegenerateProblemError, McdaError, ValidationError
from mcda.methods import GENERIC_METHODS, METHODS
from mcda.model import Problem
from mcda.ranking import WeightsLike, rank, resolve_weights

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EXTRA_METHODS", "AgreementResult", "MethodRanking", "method_agreement"]

#: Methods that :func:`mcda.rank` knows beyond the registry: AHP's hierarchic synthesis
#: of the file's pairwise judgements of the alternatives (see :mod:`mcda.ahp`).
EXTRA_METHODS = {
    "ahp": "AHP (hierarchic synthesis of judgements)",
    "ahp_ideal": "AHP (ideal mode)",
}

#: The methods compared by default: the registry, then AHP.
DEFAULT_EXTRA = ("ahp",)


@dataclass(frozen=True)
class MethodRanking:
    """One method's scores and 1-based ranks (m,) of the eligible alternatives."""

    method: str
    title: str
    scores: np.ndarray
    ranks: np.ndarray


@dataclass(frozen=True)
class AgreementResult:
    """Rankings by several methods and their rank correlations.

    ``correlations`` (k, k) is aligned with ``rankings`` (the applicable methods);
    ``not_applicable`` pairs each other method with the reason.
    """

    alternatives: tuple[str, ...]
    weights: np.ndarray
    correlation: str
    rankings: tuple[MethodRanking, ...]
    correlations: np.ndarray
    not_applicable: tuple[tuple[str, str], ...]

    @property
    def methods(self) -> tuple[str, ...]:
        return tuple(r.method for r in self.rankings)

    def to_frame(self) -> pd.DataFrame:
        """Ranks: one row per alternative, one column per applicable method."""
        import pandas as pd

        return pd.DataFrame(
            {r.method: r.ranks for r in self.rankings},
            index=pd.Index(self.alternatives, name="alternative"),
        )


def method_agreement(
    problem: Problem,
    weights: WeightsLike = None,
    *,
    methods: Sequence[str] | None = None,
    correlation: str = "spearman",
) -> AgreementResult:
    """Rank ``problem`` under each method and correlate the rankings.

    Parameters
    ----------
    problem
        The decision problem (screened alternatives are left out).
    weights
        Profile name, ``{criterion: weight}``, vector or ``None`` (default profile).
    methods
        Method names (default: every registered method, in registry order, then
        ``"ahp"``, which applies when the file has judgements of the alternatives).
    correlation
        A kind from :data:`mcda.correlation.CORRELATIONS` (default Spearman's ρ).
    """
    if correlation not in CORRELATIONS:
        raise ValidationError(
            f"correlation: unknown kind {correlation!r} (known: {', '.join(CORRELATIONS)})"
        )
    names = [*METHODS, *DEFAULT_EXTRA] if methods is None else list(methods)
    known = [*GENERIC_METHODS, *METHODS, *EXTRA_METHODS]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValidationError(
            f"methods: unknown method {unknown[0]!r} (known: {', '.join(known)})"
        )
    vector = resolve_weights(problem, weights)
    rankings: list[MethodRanking] = []
    skipped: list[tuple[str, str]] = []
    alternatives: tuple[str, ...] = problem.eligible_ids
    for name in names:
        try:
            result = rank(problem, vector, method=name)
        except McdaError as error:  # e.g. DegenerateProblemError; the others still count
            skipped.append((name, str(error)))
            continue
        alternatives = result.alternatives
        name = result.method
        if len(result.ranks) > 1 and np.all(result.ranks == result.ranks[0]):
            skipped.append((name, "ties every alternative; no rank correlation exists"))
            continue
        title = METHODS[name].title if name in METHODS else EXTRA_METHODS[name]
        rankings.append(MethodRanking(name, title, result.scores, result.ranks))
    if len(alternatives) < 2:
        raise DegenerateProblemError(
            f"{problem.path or problem.id}: fewer than two eligible alternatives; "
            "there is nothing to agree on"
        )
    k = len(rankings)
    correlations = np.eye(k)
    for a in range(k):
        for b in range(k):
            if a != b:
                correlations[a, b] = rank_correlation(
                    rankings[a].ranks, rankings[b].ranks, correlation
                )
    return AgreementResult(
        alternatives=alternatives,
        weights=vector,
        correlation=correlation,
        rankings=tuple(rankings),
        correlations=correlations,
        not_applicable=tuple(skipped),
    )
