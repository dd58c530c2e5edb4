"""Every director's winner, the aggregate (mean; AIJ) and the agreement (Kendall's W),
per decision (see :mod:`mcda.group`)."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.errors import InconsistentJudgementsWarning, ValidationError
from mcda.group.reading import DirectorsWeights
from mcda.model import Lang, Problem

if TYPE_CHECKING:
    from mcda.analysis import DecisionAnalysis

__all__ = ["DecisionGroup", "GroupAnalysis", "group_analysis"]


@dataclass(frozen=True)
class DecisionGroup:
    """The directors' weights for one decision and what they give.

    ``weights`` (k, n) are the directors' normalised weights in criteria order;
    ``winners[i]`` / ``winners_without[i]`` the alternatives ranked first with director
    i's weights with / without the stated requirements (``winners_without`` is ``None``
    when the requirements screen nothing). ``mean_weights`` is the mean of the
    normalised weights; ``aij_weights`` the AHP of the geometric mean of the judgements
    of the ``aij_members`` (directors who answered AHP forms; ``None`` if none).
    ``kendall_w`` is Kendall's W of the directors' weight rankings (``None`` for fewer
    than two). ``choice_share`` / ``family_share`` the share of directors for whom the
    stated choice (alone) / some member of its family comes first (``None`` without a
    stated choice or without directors).
    """

    problem: Problem
    method: str
    members: tuple[str, ...]
    methods: tuple[str, ...]
    sources: tuple[Path, ...]
    weights: np.ndarray
    consistency_ratios: tuple[float | None, ...]
    winners: tuple[tuple[str, ...], ...]
    winners_without: tuple[tuple[str, ...], ...] | None
    mean_weights: np.ndarray | None
    mean_winner: tuple[str, ...] | None
    mean_winner_without: tuple[str, ...] | None
    aij_members: tuple[str, ...]
    aij_weights: np.ndarray | None
    aij_consistency_ratio: float | None
    aij_winner: tuple[str, ...] | None
    kendall_w: float | None
    choice: str | None
    family: tuple[str, ...] = ()
    choice_share: float | None = None
    family_share: float | None = None
    choice_share_without: float | None = None

    def winner_counts(self, requirements: bool = True) -> list[tuple[tuple[str, ...], int]]:
        """How often each winner (a tuple: ties for first are one entry) occurs, most
        often first (then in the order first met)."""
        winners = (
            self.winners if requirements or self.winners_without is None else (self.winners_without)
        )
        counts: dict[tuple[str, ...], int] = {}
        for winner in winners:
            counts[winner] = counts.get(winner, 0) + 1
        return sorted(counts.items(), key=lambda item: -item[1])

    def as_json(self) -> dict[str, Any]:
        """Plain data (ids, numbers) for ``mcda group --format json``."""
        criteria = self.problem.criterion_ids

        def named(vector: np.ndarray | None) -> dict[str, float] | None:
            return (
                None
                if vector is None
                else {c: float(w) for c, w in zip(criteria, vector, strict=True)}
            )

        directors = []
        for i, member in enumerate(self.members):
            directors.append(
                {
                    "member": member,
                    "method": self.methods[i],
                    "source": self.sources[i].name,
                    "weights": named(self.weights[i]),
                    "consistency_ratio": self.consistency_ratios[i],
                    "winner": list(self.winners[i]),
                    "winner_without_requirements": (
                        None if self.winners_without is None else list(self.winners_without[i])
                    ),
                }
            )
        return {
            "problem": self.problem.id,
            "method": self.method,
            "choice": self.choice,
            "family": list(self.family),
            "directors": directors,
            "mean_weights": named(self.mean_weights),
            "mean_winner": None if self.mean_winner is None else list(self.mean_winner),
            "aij_members": list(self.aij_members),
            "aij_weights": named(self.aij_weights),
            "aij_consistency_ratio": self.aij_consistency_ratio,
            "aij_winner": None if self.aij_winner is None else list(self.aij_winner),
            "kendall_w": self.kendall_w,
            "choice_share": self.choice_share,
            "family_share": self.family_share,
            "choice_share_without_requirements": self.choice_share_without,
        }


@dataclass(frozen=True)
class GroupAnalysis:
    """:class:`DecisionGroup` per decision (in the order given), from one folder."""

    decisions: tuple[DecisionGroup, ...]
    directors: DirectorsWeights

    def decision(self, problem_id: str) -> DecisionGroup:
        for decision in self.decisions:
            if decision.problem.id == problem_id:
                return decision
        raise ValidationError(f"no decision {problem_id!r} in the group analysis")

    def sentences(self, lang: Lang = "da") -> dict[str, list[str]]:
        """Per decision (problem id), the findings as sentences for a report section."""
        from mcda.group.sentences import decision_sentences

        return {d.problem.id: decision_sentences(d, lang) for d in self.decisions}

    def as_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.directors.folder),
            "members": list(self.directors.members),
            "ignored": [{"file": p.name, "reason": r} for p, r in self.directors.ignored],
            "decisions": [d.as_json() for d in self.decisions],
        }


def _winner(problem: Problem, weights: np.ndarray, method: str) -> tuple[str, ...]:
    from mcda.ranking import rank

    return rank(problem, weights, method=method).best


def _share(winners: Sequence[tuple[str, ...]], members: Sequence[str]) -> float:
    """The share of winners that are one of ``members`` alone (a tie is not a win)."""
    return sum(len(w) == 1 and w[0] in members for w in winners) / len(winners)


def group_analysis(
    directors: DirectorsWeights,
    decisions: Sequence[DecisionAnalysis | Problem],
    *,
    method: str | None = None,
) -> GroupAnalysis:
    """Every director's winner, the aggregate and the agreement, per decision.

    ``decisions`` are analyses (:func:`mcda.analyse`; their method is used) or problems
    (``method``, default TOPSIS with the problem's normalisation). Decisions no director
    answered get an empty :class:`DecisionGroup`.
    """
    from mcda.ahp.group import group_ahp, kendall_w
    from mcda.analysis import DecisionAnalysis
    from mcda.ranking import problem_method

    out = []
    for decision in decisions:
        if isinstance(decision, DecisionAnalysis):
            problem, name = decision.problem, method or decision.method
        else:
            problem, name = decision, method or "topsis"
        name = problem_method(problem, name).name
        relaxed = problem.without_stated_requirements()
        screens = set(relaxed.eligible_ids) != set(problem.eligible_ids)
        answers = directors.of(problem.id)
        members = tuple(d.member for d in answers)
        n = len(problem.criteria)
        weights = np.array([d.weights for d in answers], dtype=float).reshape(len(answers), n)
        winners = tuple(_winner(problem, w, name) for w in weights)
        without = tuple(_winner(relaxed, w, name) for w in weights) if screens else None
        mean = weights.mean(axis=0) if len(answers) else None
        ahp_answers = [d for d in answers if d.method == "ahp"]
        aij = aij_cr = None
        if ahp_answers:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", InconsistentJudgementsWarning)
                result = group_ahp(
                    {d.member: {(a, b): v for a, b, v in d.judgements} for d in ahp_answers},
                    items=problem.criterion_ids,
                    warn=False,
                    name=f"{problem.id} (directors)",
                )
            aij = np.asarray(result.aij.weights, dtype=float)
            aij_cr = float(result.aij.consistency_ratio)
        stated = problem.recommendation
        family: tuple[str, ...] = ()
        if stated is not None:
            found = (
                problem.family(stated.family)
                if stated.family
                else problem.family_of(stated.alternative)
            )
            family = found.members if found is not None else (stated.alternative,)
        choice = "" if stated is None else stated.alternative
        has_share = stated is not None and len(answers) > 0
        out.append(
            DecisionGroup(
                problem=problem,
                method=name,
                members=members,
                methods=tuple(d.method for d in answers),
                sources=tuple(d.source for d in answers),
                weights=weights,
                consistency_ratios=tuple(d.consistency_ratio for d in answers),
                winners=winners,
                winners_without=without,
                mean_weights=mean,
                mean_winner=None if mean is None else _winner(problem, mean, name),
                mean_winner_without=(
                    None if mean is None or not screens else _winner(relaxed, mean, name)
                ),
                aij_members=tuple(d.member for d in ahp_answers),
                aij_weights=aij,
                aij_consistency_ratio=aij_cr,
                aij_winner=None if aij is None else _winner(problem, aij, name),
                kendall_w=float(kendall_w(weights)) if len(answers) >= 2 else None,
                choice=None if stated is None else stated.alternative,
                family=family,
                choice_share=_share(winners, [choice]) if has_share else None,
                family_share=_share(winners, family) if has_share else None,
                choice_share_without=(
                    _share(without, [choice]) if has_share and without is not None else None
                ),
            )
        )
    return GroupAnalysis(tuple(out), directors)
